/**
 * Task pane entry: waits for Office.js, then renders <App/> inside Fluent UI's provider.
 * Also renders when opened outside Office (a plain browser, UI tests), where office.js may be
 * missing or never connect to a host. Keep this file generic; the task pane lives in ./App.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import App from "./App";

const CONTAINER_ID = "container";

let root: Root | undefined;

function render(): void {
  const container = document.getElementById(CONTAINER_ID);
  if (!container) {
    throw new Error(`#${CONTAINER_ID} is missing from taskpane.html`);
  }
  root ??= createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>
    </StrictMode>
  );
}

/** Never lets an error escape: nobody awaits the Office.onReady promise. */
function renderSafely(): void {
  try {
    render();
  } catch (err) {
    console.error("Governance Scorecard: the task pane failed to start.", err);
    const container = document.getElementById(CONTAINER_ID) ?? document.body;
    // Plain text only: no markup from error messages.
    container.textContent =
      "Governance Scorecard could not start. Reload the task pane. / 治理评分卡无法启动，请重新加载任务窗格。";
  }
}

/** True when office.js loaded (it is absent in a plain browser if the script was blocked). */
function officeJsLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

if (officeJsLoaded()) {
  Office.onReady().then(
    () => renderSafely(),
    (err: unknown) => {
      console.warn("Office.onReady failed; rendering without a host.", err);
      renderSafely();
    }
  );
} else {
  renderSafely();
}
