import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { portfolioColumn, portfolioPlan, REPORT_LAYOUT } from "../../../src/app";
import { insertDrawing } from "../../../src/adapters/xlsx/chart-parts";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { writePlanToNewFile } from "../../../src/adapters/xlsx/write-workbook";
import { GRADES } from "../../../src/core";
import { chartSummaries } from "./helpers/portfolio-summaries";
import { unzipAll } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("portfolio-chart");

describe("the portfolio's grade-distribution chart (exceljs writes none; chart-parts adds it)", () => {
  const summaries = chartSummaries();
  const plan = portfolioPlan(summaries, { language: "zh-CN", generatedAt: "2025-03-01" });
  const [data, report] = plan.sheets;
  let parts = new Map<string, Buffer>();
  let path = "";

  beforeAll(async () => {
    path = `${temp.path()}/portfolio.xlsx`;
    await writePlanToNewFile(plan, path, { expected: null });
    parts = await unzipAll(readFileSync(path));
  });

  const text = (name: string) => parts.get(name)?.toString("utf8") ?? "";

  it("adds the chart, the drawing, their relationships and content types", () => {
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ])
      expect(parts.has(name)).toBe(true);
    const types = text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const sheetRels = text("xl/worksheets/_rels/sheet2.xml.rels");
    const id = /Id="(rId\d+)"[^>]*relationships\/drawing"/.exec(sheetRels)?.[1];
    expect(id).toBeDefined();
    // On the report sheet (the second), after its page setup, as the schema orders them.
    const sheet = text("xl/worksheets/sheet2.xml");
    expect(sheet).toContain(`<drawing r:id="${id}"/>`);
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    expect(text("xl/worksheets/sheet1.xml")).not.toContain("<drawing ");
  });

  it("charts the report's distribution, whose counts are COUNTIF formulas over the final grades", () => {
    const first = REPORT_LAYOUT.firstGrade;
    const last = first + GRADES.length - 1;
    const chart = text("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain(`<c:f>'组合报表'!$A$${first}:$A$${last}</c:f>`);
    expect(chart).toContain(`<c:f>'组合报表'!$B$${first}:$B$${last}</c:f>`);
    expect(chart).toContain("各最终等级客户数");
    const counts = GRADES.map((g) => summaries.filter((s) => s.finalGrade === g).length);
    const cached = [...chart.matchAll(/<c:numCache>.*?<\/c:numCache>/g)][0]?.[0] ?? "";
    expect([...cached.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(counts);
    const grades = `'组合汇总'!$${portfolioColumn("finalGrade")}$5:$${portfolioColumn("finalGrade")}$9`;
    expect(report!.cells.find((c) => c.ref === `B${first}`)).toMatchObject({
      formula: `COUNTIF(${grades},A${first})`,
      value: counts[0],
    });
    expect(text("xl/drawings/drawing1.xml")).toContain('descr="各最终等级客户数"');
  });

  it("is still a package exceljs and the product's reader open", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([data!.name, report!.name]);
    const report2 = workbook.getWorksheet(report!.name)!;
    expect(report2.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: `${REPORT_LAYOUT.clientHeader}:${REPORT_LAYOUT.clientHeader}`,
    });
    expect(workbook.getWorksheet(data!.name)!.pageSetup).toMatchObject({
      orientation: "landscape",
      scale: 75,
      printTitlesRow: "4:4",
      printTitlesColumn: "A:B",
    });
    const read = await readWorkbookFile(path);
    expect(read.ok).toBe(true);
  });

  it("puts the drawing before the parts the worksheet schema orders after it", () => {
    expect(
      insertDrawing('<worksheet><sheetData/><tableParts count="1"/></worksheet>', "rId3")
    ).toBe(
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><drawing r:id="rId3"/><tableParts count="1"/></worksheet>`
    );
  });
});
