import { mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { portfolioPlan, REPORT_LAYOUT } from "../../../src/app";
import { writePlanToNewFile } from "../../../src/adapters/xlsx/write-workbook";
import { GRADES } from "../../../src/core";
import { convertWithLibreOffice, libreOfficeGate } from "../../support/libreoffice";
import { describeFor } from "../../support/required-program";
import { chartSummaries } from "./helpers/portfolio-summaries";
import { unzipAll } from "./helpers/rezip";

/**
 * LibreOffice opens the portfolio with its chart part: it recalculates the distribution's
 * COUNTIF formulas to the counts the product wrote, keeps the chart (re-saved as its own chart
 * part over the same cells) and prints it (PDF export). Recalculation on load is forced by the
 * run's office profile, so the counts below are LibreOffice's, not the cached ones.
 */
const describeIfLibreOffice = describeFor(libreOfficeGate());

describeIfLibreOffice("LibreOffice opens, recalculates and prints the portfolio chart", () => {
  const dir = mkdtempSync(join(tmpdir(), "govscore-portfolio-chart-"));
  const summaries = chartSummaries();
  const plan = portfolioPlan(summaries, { language: "zh-CN", generatedAt: "2025-03-01" });
  const file = join(dir, "portfolio.xlsx");
  const counts = GRADES.map((g) => summaries.filter((s) => s.finalGrade === g).length);

  beforeAll(async () => {
    await writePlanToNewFile(plan, file, { expected: null });
    await convertWithLibreOffice([file], join(dir, "xlsx"));
    // The converter names every output .xlsx; with the PDF filter it holds a PDF.
    await convertWithLibreOffice([file], join(dir, "pdf"), "calc_pdf_Export");
    renameSync(join(dir, "pdf", "portfolio.xlsx"), join(dir, "pdf", "portfolio.pdf"));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("recalculates the distribution's counts to the product's", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "xlsx", "portfolio.xlsx"));
    const report = workbook.getWorksheet(plan.sheets[1]!.name)!;
    const recalculated = GRADES.map((_, i) => {
      const { type, result } = report.getCell(`B${REPORT_LAYOUT.firstGrade + i}`);
      expect(type).toBe(ExcelJS.ValueType.Formula);
      // exceljs reads a formula's cached 0 as no result.
      return result ?? 0;
    });
    expect(recalculated).toEqual(counts);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("keeps the chart: a bar chart over the report's grades and counts", async () => {
    const parts = await unzipAll(readFileSync(join(dir, "xlsx", "portfolio.xlsx")));
    const charts = [...parts.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = parts.get(charts[0]!)!.toString("utf8").replace(/'/g, "");
    expect(chart).toContain("<c:barChart>");
    const first = REPORT_LAYOUT.firstGrade;
    const last = first + GRADES.length - 1;
    expect(chart).toContain(`组合报表!$B$${first}:$B$${last}`);
    expect(chart).toContain(`组合报表!$A$${first}:$A$${last}`);
  });

  it("prints it: the PDF export has the data pages and the report", () => {
    const pdf = readFileSync(join(dir, "pdf", "portfolio.pdf")).toString("latin1");
    expect(pdf.startsWith("%PDF")).toBe(true);
    expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
