import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextEncoder } from "util";
import {
  formatMessage,
  msg,
  type Language,
  type MessageArg,
  type MessageKey,
} from "../../src/core";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import App from "../../src/taskpane/App";
import { OFFICER_STORAGE_KEY } from "../../src/taskpane/hooks/useOfficerName";
import { FakeWorkbookPort } from "./fake-port";

// jsdom has no TextEncoder; the fingerprints' SHA-256 (@noble/hashes) needs it, as browsers have it.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });

export const NOW = "2025-03-01T09:30:00+08:00";
export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/** A Storage kept in memory (jsdom's localStorage is shared between tests). */
export function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/** The catalogue text a test expects, in the language under test. */
export function texts(language: Language) {
  return (key: MessageKey, params?: Readonly<Record<string, MessageArg>>) =>
    formatMessage(msg(key, params), language);
}

export interface RenderOptions {
  readonly storage?: Storage | null;
  readonly officer?: string;
}

/** The task pane on a fake workbook, the officer already known unless said otherwise. */
export function renderTaskpane(
  workbook: WorkbookSnapshot | FakeWorkbookPort,
  language: Language,
  options: RenderOptions = {}
) {
  const port = workbook instanceof FakeWorkbookPort ? workbook : new FakeWorkbookPort(workbook);
  const storage =
    options.storage !== undefined
      ? options.storage
      : memoryStorage({ [OFFICER_STORAGE_KEY]: options.officer ?? "王芳" });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} initialLanguage={language} clock={() => NOW} storage={storage} />
    </FluentProvider>
  );
  return { port, user, storage, t: texts(language), ...view };
}
