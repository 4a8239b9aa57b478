/**
 * The old-Office page script (src/old-office/old-office.js): ECMAScript 5, so Internet Explorer 11
 * parses it; its texts are the catalogue's; it recognises the webviews the add-in cannot run in and
 * makes the ribbon's commands show the message. Its run in Chromium with those webviews' user
 * agents is test/e2e/old-office.e2e.test.ts.
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { formatMessage, LANGUAGES, msg, type MessageKey } from "../../src/core";
import { USER_AGENTS } from "./user-agents";

const SCRIPT = readFileSync(join(__dirname, "../../src/old-office/old-office.js"), "utf8");

interface Dialog {
  url: string;
  closed: (() => void) | null;
}

/** Runs the script in a bare window with the user agent, the way a webview would load it. */
function runIn(userAgent: string, search = "") {
  const dialogs: Dialog[] = [];
  const window: Record<string, unknown> = {
    navigator: { userAgent, language: "en-US" },
    location: { search, href: `https://apps.example.cn/gs/commands.html${search}` },
    addEventListener: () => undefined,
    Office: {
      context: {
        ui: {
          displayDialogAsync: (
            url: string,
            _options: unknown,
            callback: (result: unknown) => void
          ) => {
            const dialog: Dialog = { url, closed: null };
            dialogs.push(dialog);
            callback({
              status: "succeeded",
              value: {
                addEventHandler: (_type: string, handler: () => void) => (dialog.closed = handler),
              },
            });
          },
        },
      },
    },
  };
  const document = { readyState: "loading", getElementById: () => null };
  vm.runInNewContext(SCRIPT, { window, document });
  return { window, dialogs };
}

describe("the old-Office script", () => {
  it("is ECMAScript 5, as Internet Explorer 11 parses it", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // A later syntax is refused by the same check (the check itself works).
    expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("holds the catalogue's texts in both languages", () => {
    const keys: MessageKey[] = [
      "office.unsupported.title",
      "office.unsupported.trident",
      "office.unsupported.edgeHtml",
      "office.unsupported.needed",
    ];
    for (const key of keys)
      for (const language of LANGUAGES)
        expect(SCRIPT).toContain(JSON.stringify(formatMessage(msg(key), language)));
  });

  it.each([
    ["trident", USER_AGENTS.trident, "trident"],
    ["edgeHtml", USER_AGENTS.edgeHtml, "edgeHtml"],
    ["WebView2 (Chromium Edge)", USER_AGENTS.webView2, null],
    ["Safari (Office on Mac)", USER_AGENTS.safari, null],
  ])("recognises %s", (_name, userAgent, kind) => {
    const { window } = runIn(userAgent);
    expect(window.GovScoreOldOffice).toEqual({ kind, language: "en-US" });
    // Only an old webview gets the ES5 commands.
    expect(typeof window.scoreWorkbook).toBe(kind === null ? "undefined" : "function");
  });

  it("makes each ribbon command open the message in a dialog, and complete when it closes", () => {
    const { window, dialogs } = runIn(USER_AGENTS.trident);
    for (const name of ["scoreWorkbook", "createTemplate"]) {
      const completed = jest.fn();
      (window[name] as (event: { completed: () => void }) => void)({ completed });
      const dialog = dialogs[dialogs.length - 1];
      expect(dialog?.url).toBe("https://apps.example.cn/gs/taskpane.html?unsupported=trident");
      expect(completed).not.toHaveBeenCalled();
      dialog?.closed?.();
      expect(completed).toHaveBeenCalledTimes(1);
    }
  });

  it("completes a command whose dialog cannot open", () => {
    const { window } = runIn(USER_AGENTS.edgeHtml);
    (window.Office as { context: unknown }).context = {};
    const completed = jest.fn();
    (window.scoreWorkbook as (event: { completed: () => void }) => void)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("shows the message when the dialog's page asks for it", () => {
    const { window } = runIn(USER_AGENTS.webView2, "?unsupported=edgeHtml");
    expect(window.GovScoreOldOffice).toMatchObject({ kind: "edgeHtml" });
  });
});
