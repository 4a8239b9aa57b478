import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CELL_STYLES } from "../../src/workbook/cell-styles";
import { convertWithLibreOffice, libreOfficeGate } from "../support/libreoffice";
import { describeFor } from "../support/required-program";
import { runCliInProcess } from "./in-process-cli";

/**
 * The committee summary (评审摘要) of every example as the command line writes it: the sheet the
 * workbook opens on, right before the scorecard; its print settings (A4 portrait, one page, every
 * font at least 9 pt); the other product sheets' print settings (landscape, titles repeated, one
 * page wide); and LibreOffice prints the summary of every example on exactly one page.
 */

const EXAMPLES = readdirSync(join(__dirname, "../../examples"))
  .filter((file) => file.endsWith(".xlsx") && !file.includes("broken"))
  .map((file) => file.replace(/\.xlsx$/, ""));

const describeIfLibreOffice = describeFor(libreOfficeGate());

/** The smallest font size any style of the product can give (a style without one is 11 pt). */
const MIN_STYLE_FONT = Math.min(...Object.values(CELL_STYLES).map((s) => s.font?.size ?? 11));

function fontSizes(sheet: ExcelJS.Worksheet): number[] {
  const sizes: number[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      sizes.push(cell.font?.size ?? 11);
    })
  );
  return sizes;
}

/** Pages of a PDF: its page objects (not the page tree's "/Pages"). */
function pdfPages(bytes: Buffer): number {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describeIfLibreOffice("the committee summary of every example", () => {
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "govscore-summary-"));
    mkdirSync(join(dir, "in"));
    for (const name of EXAMPLES)
      copyFileSync(
        join(__dirname, "../../examples", `${name}.xlsx`),
        join(dir, "in", `${name}.xlsx`)
      );
    const run = await runCliInProcess(["score", "in", "--out", ".", "--lang", "zh"], {
      cwd: dir,
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(run.code).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens the workbook, sits before the scorecard and is set to print on one A4 page at ≥ 9 pt", async () => {
    expect(MIN_STYLE_FONT).toBeGreaterThanOrEqual(9);
    for (const name of EXAMPLES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, `${name}.scored.xlsx`));
      const tabs = workbook.worksheets.map((w) => w.name);
      const summary = workbook.getWorksheet("评审摘要");
      expect(summary).toBeDefined();
      if (summary === undefined) return;
      expect(tabs.indexOf("评审摘要")).toBe(tabs.indexOf("治理评分卡") - 1);
      expect(workbook.views[0]?.activeTab).toBe(tabs.indexOf("评审摘要"));
      const setup = summary.pageSetup;
      expect([setup.orientation, setup.paperSize, setup.fitToPage]).toEqual(["portrait", 9, true]);
      expect([setup.fitToWidth, setup.fitToHeight]).toEqual([1, 1]);
      expect(Math.min(...fontSizes(summary))).toBeGreaterThanOrEqual(10);
      const texts = new Set<string>();
      summary.eachRow((row) => row.eachCell((cell) => void texts.add(String(cell.text))));
      for (const label of [
        "审批结论",
        "治理得分",
        "最终等级",
        "资料完整度",
        "签批",
        "经办",
        "审查",
        "审批",
      ])
        expect(texts).toContain(label);
      // The outcome comes first in the conclusion, as a formula over the scorecard's outcome cell.
      let outcomeRow = 0;
      summary.eachRow((row, n) => {
        if (outcomeRow === 0 && row.getCell(1).value === "审批结论") outcomeRow = n;
      });
      const conclusion = (summary.getColumn(1).values as unknown[]).indexOf("评审结论");
      expect(outcomeRow).toBe(conclusion + 1);
      expect(String(summary.getCell(`B${outcomeRow}`).formula)).toContain("治理评分卡");

      const scorecard = workbook.getWorksheet("治理评分卡")!;
      expect(scorecard.pageSetup.orientation).toBe("landscape");
      expect(scorecard.pageSetup.printTitlesRow).toMatch(/^\$?1:\$?2$/);
      expect(Math.min(...fontSizes(scorecard))).toBeGreaterThanOrEqual(9);
      for (const other of ["评分模型", "审计日志"]) {
        const sheet = workbook.getWorksheet(other)!;
        expect(sheet.pageSetup.orientation).toBe("landscape");
        expect([sheet.pageSetup.fitToWidth, sheet.pageSetup.fitToHeight]).toEqual([1, 0]);
        expect(sheet.pageSetup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
      }
    }
  });

  it("prints on exactly one page in LibreOffice, for every example", async () => {
    // A copy holding the summary alone, its formulas replaced by their values (the same texts).
    const pdfDir = join(dir, "pdf");
    mkdirSync(pdfDir);
    const copies: string[] = [];
    for (const name of EXAMPLES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, `${name}.scored.xlsx`));
      for (const sheet of [...workbook.worksheets])
        if (sheet.name !== "评审摘要") workbook.removeWorksheet(sheet.id);
      const summary = workbook.getWorksheet("评审摘要")!;
      summary.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula !== undefined) {
            const result = (cell.value as ExcelJS.CellFormulaValue).result;
            cell.value = result === undefined ? null : (result as ExcelJS.CellValue);
          }
        })
      );
      workbook.definedNames.model = [];
      const copy = join(dir, `${name}.summary.xlsx`);
      await workbook.xlsx.writeFile(copy);
      copies.push(copy);
    }
    await convertWithLibreOffice(copies, pdfDir, "calc_pdf_Export");
    const pages = EXAMPLES.map((name) => [
      name,
      pdfPages(readFileSync(join(pdfDir, `${name}.summary.xlsx`))),
    ]);
    expect(pages).toEqual(EXAMPLES.map((name) => [name, 1]));
  });
});
