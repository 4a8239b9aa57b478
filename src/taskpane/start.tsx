/**
 * Starting the task pane: wait for Office.js, then render <App/> inside Fluent UI's provider with
 * the workbook port. Also renders when opened outside Office (a plain browser, UI tests), where
 * office.js may be missing or never connect to a host: the pane then says it needs Excel.
 */
import { FluentProvider } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { formatMessage, msg } from "../core/i18n/format-message";
import type { WorkbookPort } from "../workbook/port";
import App from "./App";
import { hostDisplayLanguage, uiLanguageOf } from "./language";
import { addPaneMessages } from "./pane-messages";
import { hostOfficeTheme, paneTheme } from "./theme";

export const CONTAINER_ID = "container";

export interface StartOptions {
  /**
   * Makes the port over the live workbook; called only once Office.js reports an Excel host.
   * A function, so the entry imports the Office.js adapter and tests pass a fake.
   */
  readonly createPort: () => WorkbookPort;
}

const roots = new WeakMap<HTMLElement, Root>();

/** The port, or why there is none: not in Excel (null), or Excel too old for the adapter. */
type Connection = { readonly port: WorkbookPort | null } | { readonly portError: unknown };

function connect(makePort: () => WorkbookPort | null): Connection {
  try {
    return { port: makePort() };
  } catch (portError) {
    return { portError };
  }
}

function render(connection: Connection): void {
  const container = document.getElementById(CONTAINER_ID);
  if (!container) {
    throw new Error(`#${CONTAINER_ID} is missing from taskpane.html`);
  }
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  // Office's theme (light, dark, colourful), read once Office is ready; the page behind the
  // pane takes the same background, so no white band shows below a short pane.
  const theme = paneTheme(hostOfficeTheme());
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  root.render(
    <StrictMode>
      <FluentProvider theme={theme}>
        <App
          initialLanguage={uiLanguageOf(hostDisplayLanguage())}
          {...("port" in connection
            ? { port: connection.port }
            : { port: null, portError: connection.portError })}
        />
      </FluentProvider>
    </StrictMode>
  );
}

/** Never lets an error escape: nobody awaits the Office.onReady promise. */
function renderSafely(makePort: () => WorkbookPort | null): void {
  try {
    render(connect(makePort));
  } catch (err) {
    console.error("Governance Scorecard: the task pane failed to start.", err);
    const container = document.getElementById(CONTAINER_ID) ?? document.body;
    // Plain text only: no markup from error messages.
    const failed = msg("office.paneFailedToStart");
    container.textContent = `${formatMessage(failed, "en-US")} / ${formatMessage(failed, "zh-CN")}`;
  }
}

/** True when office.js loaded (it is absent in a plain browser if the script was blocked). */
function officeJsLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/** Office.js reports the host it runs in; only Excel has a workbook to port. */
function isExcel(host: Office.HostType | null | undefined): boolean {
  return host !== null && host !== undefined && String(host) === "Excel";
}

export function startTaskpane({ createPort }: StartOptions): void {
  addPaneMessages();
  if (!officeJsLoaded()) {
    renderSafely(() => null);
    return;
  }
  Office.onReady().then(
    (info) => renderSafely(() => (isExcel(info.host) ? createPort() : null)),
    (err: unknown) => {
      console.warn("Office.onReady failed; rendering without a host.", err);
      renderSafely(() => null);
    }
  );
}
