/**
 * The shipped pages in an old Office webview: Chromium plays Internet Explorer 11 (Trident) and
 * the EdgeHTML webview by their user agents, with the production build served from 127.0.0.1 and
 * the in-memory Excel host standing in for office.js. The plain ES5 script that runs first says,
 * in Office's language, which Office is needed; the modern bundles do not start; the ribbon's
 * commands open the same message. Needs /usr/bin/chromium: fails in CI without it.
 */
import { parse } from "acorn";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { formatMessage, msg, type Language } from "../../src/core";
import { productionAddin, excelHostBundle } from "../support/addin-build";
import { describeFor } from "../support/required-program";
import { USER_AGENTS } from "../old-office/user-agents";
import { chromiumGate, withPaneBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

const ROOT = path.resolve(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
const SCRIPT = readFileSync(path.join(ROOT, "src", "old-office", "old-office.js"), "utf8");

const describeInChromium = describeFor(chromiumGate());

const text = (key: Parameters<typeof msg>[0], language: Language) =>
  formatMessage(msg(key), language);

describeInChromium("old Office webviews in Chromium", () => {
  let tmp = "";
  let server: StaticServer | null = null;
  let hostBundle = "";
  let dist = "";

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "gs-old-office-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    const [build, bundle] = await Promise.all([productionAddin(), excelHostBundle()]);
    if (build.log.code !== 0) throw new Error(`the production build failed:\n${build.log.output}`);
    dist = build.dir;
    hostBundle = bundle;
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await server?.close();
    if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
  });

  test.each(["taskpane", "commands"])(
    "%s.html runs the ES5 script inline, before office.js and its bundle",
    (page) => {
      const html = readFileSync(path.join(dist, `${page}.html`), "utf8");
      const first = /<script\b([^>]*)>([\s\S]*?)<\/script>/.exec(html);
      expect(first?.[1]).not.toMatch(/\bsrc=/);
      // As shipped (the production build minifies it): still ECMAScript 5, still the texts.
      const shipped = first?.[2] ?? "";
      expect(() => parse(shipped, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
      for (const language of ["zh-CN", "en-US"] as const)
        expect(shipped).toContain(text("office.unsupported.needed", language));
      expect(shipped.length).toBeLessThan(SCRIPT.length);
    }
  );

  test.each([
    ["trident", "zh-CN", "zh-CN"],
    ["trident", "en-US", "en-US"],
    // Office's display language wins over the browser's.
    ["edgeHtml", "en-US", "zh-CN"],
    ["edgeHtml", "zh-CN", "en-US"],
  ] as const)(
    "%s, browser %s, Office %s: the pane says which Office is needed, in Office's language",
    async (kind, locale, displayLanguage) => {
      await withPaneBrowser(
        {
          tmpDir: tmp,
          hostBundle,
          hostOptions: { displayLanguage },
          userAgent: USER_AGENTS[kind],
          locale,
        },
        async ({ page, pageErrors, offSite }) => {
          await page.goto(`${server?.baseUrl ?? ""}taskpane.html`);
          const message = page.locator("#old-office");
          await message
            .getByRole("heading", { level: 1 })
            .filter({ hasText: text("office.unsupported.title", displayLanguage) })
            .waitFor();
          expect(await message.getAttribute("lang")).toBe(displayLanguage);
          const paragraphs = await message.locator("p").allInnerTexts();
          expect(paragraphs).toEqual([
            text(`office.unsupported.${kind}`, displayLanguage),
            text("office.unsupported.needed", displayLanguage),
          ]);
          // The modern pane never started (EdgeHTML could run it and paint over the message).
          expect(await page.locator(".fui-FluentProvider").count()).toBe(0);
          expect(pageErrors).toEqual([]);
          expect(offSite).toEqual([]);
          await page.screenshot({
            path: path.join(SCREENSHOTS, `old-office-${kind}-${displayLanguage}.png`),
            fullPage: true,
          });
        }
      );
    }
  );

  test("the ribbon's commands open the message in a dialog instead of doing nothing", async () => {
    await withPaneBrowser(
      {
        tmpDir: tmp,
        hostBundle,
        hostOptions: { displayLanguage: "zh-CN" },
        userAgent: USER_AGENTS.trident,
      },
      async ({ page, pageErrors }) => {
        await page.goto(`${server?.baseUrl ?? ""}commands.html`);
        const opened = await page.evaluate(async () => {
          type Handler = (event: { completed: () => void }) => void;
          const w = window as unknown as {
            excelHost: { actions: ReadonlyMap<string, Handler> };
            Office: { context: Record<string, unknown> };
          };
          // Registered by the ES5 script once Office is ready; the modern bundle stood back.
          for (let i = 0; i < 100 && w.excelHost.actions.size < 2; i++)
            await new Promise((resolve) => setTimeout(resolve, 50));
          const urls: string[] = [];
          w.Office.context.ui = {
            displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
              urls.push(url);
              cb({ status: "succeeded", value: { addEventHandler: () => undefined } });
            },
          };
          const names = [...w.excelHost.actions.keys()].sort();
          for (const name of names) w.excelHost.actions.get(name)?.({ completed: () => undefined });
          return { names, urls };
        });
        expect(opened.names).toEqual(["createTemplate", "scoreWorkbook"]);
        expect(opened.urls).toEqual([
          `${server?.baseUrl ?? ""}taskpane.html?unsupported=trident`,
          `${server?.baseUrl ?? ""}taskpane.html?unsupported=trident`,
        ]);
        expect(pageErrors).toEqual([]);
      }
    );
  });
});
