import { readFileSync } from "fs";
import * as vm from "vm";
import { chromium } from "playwright-core";
import { createOfficeWorkbookPort } from "../../src/adapters/office";
import { CHROMIUM, CHROMIUM_ARGS, chromiumGate } from "../e2e/browser";
import { excelHostBundle } from "../support/addin-build";
import { describeFor } from "../support/required-program";
import type { ExcelHost } from "./index";

/**
 * The host bundled for a browser: one script that installs Office, Excel and excelHost on the
 * page, run here in a bare JavaScript context and in Chromium. The bundle is the run's shared
 * build (test/support/addin-build.ts), which the e2e suite loads too.
 */

let bundle = "";

beforeAll(async () => {
  bundle = await excelHostBundle();
});

interface PageGlobals {
  Office: { context: { displayLanguage: string } };
  Excel: { run: ExcelHost["run"] };
  excelHost: ExcelHost;
}

it("installs the globals from options set before it loads, and the adapter reads through them", async () => {
  const context = vm.createContext({
    console,
    TextEncoder,
    setTimeout,
    __EXCEL_HOST_OPTIONS__: {
      displayLanguage: "zh-CN",
      workbook: {
        sheets: [
          {
            name: "股东名册",
            values: [
              ["股东名称", "持股比例"],
              ["甲", 1],
            ],
          },
        ],
      },
    },
  });
  vm.runInContext(readFileSync(bundle, "utf8"), context);
  const page = context as unknown as PageGlobals;
  expect(page.Office.context.displayLanguage).toBe("zh-CN");
  const port = createOfficeWorkbookPort({
    run: page.Excel.run,
    requirements: page.excelHost.Office.context.requirements,
  });
  const snapshot = await port.readSnapshot();
  expect(snapshot.sheets[0]?.values).toEqual([
    ["股东名称", "持股比例"],
    ["甲", 1],
  ]);
  expect(page.excelHost.requests).toHaveLength(1);
});

/** Fails in CI without Chromium, skipped with a warning elsewhere. */
const describeIfChromium = describeFor(chromiumGate());

describeIfChromium("in Chromium", () => {
  it("calculates formulas, counts requests and dumps the workbook", async () => {
    // A fresh temporary profile per launch (Playwright passes its own --user-data-dir).
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.addInitScript(() => {
        (window as unknown as { __EXCEL_HOST_OPTIONS__: unknown }).__EXCEL_HOST_OPTIONS__ = {
          displayLanguage: "en-US",
        };
      });
      await page.goto("about:blank");
      await page.addScriptTag({ path: bundle });
      const result = await page.evaluate(async () => {
        const { Excel, excelHost } = window as unknown as PageGlobals;
        const values = await Excel.run({ delayForCellEdit: true }, async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          sheet.getRange("A1:B1").values = [[2, 3]];
          sheet.getRange("C1").formulas = [["=A1*B1"]];
          const range = sheet.getRange("C1");
          range.load("values");
          await context.sync();
          return range.values;
        });
        excelHost.reset({ sheets: [{ name: "Other", values: [["x"]] }] });
        return {
          values,
          requests: excelHost.requests.length,
          sheets: excelHost.dump().sheets.map((s) => s.name),
        };
      });
      expect(errors).toEqual([]);
      expect(result).toEqual({ values: [[6]], requests: 1, sheets: ["Other"] });
    } finally {
      await browser.close();
    }
  });
});
