import ExcelJS from "exceljs";
import { applyPlan, PlanApplyError } from "../../../src/adapters/xlsx/apply-plan";
import { definedNamesOf } from "../../../src/adapters/xlsx/defined-names";
import { snapshotFromExcelJs } from "../../../src/adapters/xlsx/snapshot-from-exceljs";
import type { SheetPlan, WorkbookPlan } from "../../../src/workbook/plan";

const scorecard = (name: string, header = "Client"): SheetPlan => ({
  name,
  role: "scorecard",
  cells: [
    { ref: "A1", value: '=HYPERLINK("http://x","y")', style: "title" },
    { ref: "B2", value: 25.5, formula: "SUM(C1:C2)", numberFormat: "0.00" },
    { ref: "B3", value: false, formula: "1=2" },
    { ref: "B4", value: "x".repeat(40_000) },
  ],
  merges: ["A5:C5"],
  validations: [{ range: "D2:D20", list: ["A", "B", "C", "D"] }],
  freeze: { rows: 1, columns: 0 },
  print: {
    area: "A1:E40",
    orientation: "portrait",
    paper: "A4",
    fitToWidth: true,
    header,
    footer: "2025-03-01",
  },
});

/** A scorecard plan with what the product's scorecard has at the top (its signature). */
const productScorecard = (version: string): SheetPlan[] => [
  {
    name: "Scorecard",
    role: "scorecard",
    cells: [
      { ref: "A1", value: "Corporate governance scorecard" },
      { ref: "A2", value: "Model fingerprint" },
      { ref: "B2", value: version },
      { ref: "A3", value: "Input fingerprint" },
    ],
  },
];

function userWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Register").getCell("A1").value = "Holder";
  workbook.addWorksheet("Notes").getCell("A1").value = "mine";
  return workbook;
}

describe("applyPlan", () => {
  it("writes texts as text, formulas with their cached values, and Excel's limits", async () => {
    const workbook = userWorkbook();
    expect(applyPlan(workbook, { sheets: [scorecard("Scorecard")] }).sheets).toEqual({
      scorecard: "Scorecard",
    });
    const sheet = workbook.getWorksheet("Scorecard")!;
    expect(sheet.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A1").value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getCell("B2").value).toEqual({ formula: "SUM(C1:C2)", result: 25.5 });
    expect(sheet.getCell("B3").result).toBe(false);
    expect(String(sheet.getCell("B4").value)).toHaveLength(32_767);
    expect(sheet.getCell("B2").numFmt).toBe("0.00");
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(saved.getWorksheet("Scorecard")!.getCell("D7").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"A,B,C,D"'],
    });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:E40",
    });
    expect(definedNamesOf(workbook)).toEqual([
      { name: "GovScore_scorecard", sheet: "Scorecard", range: "A1" },
    ]);
  });

  it("escapes & in the header and keeps header and footer within 255 characters", () => {
    const workbook = userWorkbook();
    applyPlan(workbook, { sheets: [scorecard("Scorecard", "R&D Holdings & Co")] });
    expect(workbook.getWorksheet("Scorecard")!.headerFooter).toMatchObject({
      oddHeader: "&LR&&D Holdings && Co",
      oddFooter: "&L2025-03-01&R&P / &N",
    });
    const long = userWorkbook();
    applyPlan(long, { sheets: [scorecard("Scorecard", "&".repeat(300))] });
    const header = long.getWorksheet("Scorecard")!.headerFooter.oddHeader!;
    expect(header.length).toBeLessThanOrEqual(255);
    expect(header.slice(2, -1)).toMatch(/^(&&)+$/);
  });

  it("replaces the product's sheet in its place and never a user's sheet of the same name", () => {
    const workbook = userWorkbook();
    applyPlan(workbook, { sheets: productScorecard("v1") });
    workbook.addWorksheet("Later");
    applyPlan(workbook, { sheets: productScorecard("v2") }, snapshotFromExcelJs(workbook));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Register",
      "Notes",
      "Scorecard",
      "Later",
    ]);
    expect(workbook.getWorksheet("Scorecard")!.getCell("B2").value).toBe("v2");
    const clash: WorkbookPlan = { sheets: [{ ...scorecard("notes"), role: "model" }] };
    expect(() => applyPlan(workbook, clash, snapshotFromExcelJs(workbook))).toThrow(PlanApplyError);
    expect(workbook.getWorksheet("Notes")!.getCell("A1").value).toBe("mine");
  });

  it("never replaces a sheet a marker points at unless its own read trusts the marker", () => {
    const workbook = userWorkbook();
    workbook.definedNames.add("Notes!$A$1", "GovScore_scorecard");
    // The user's sheet does not carry the scorecard's signature: a plan of that name is refused…
    const named: WorkbookPlan = { sheets: [{ ...scorecard("Notes") }] };
    expect(() => applyPlan(workbook, named, snapshotFromExcelJs(workbook))).toThrow(PlanApplyError);
    // …and one beside it is written, the marker moved to it, the user's sheet left as it was.
    applyPlan(workbook, { sheets: productScorecard("v1") }, snapshotFromExcelJs(workbook));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Register", "Notes", "Scorecard"]);
    expect(workbook.getWorksheet("Notes")!.getCell("A1").value).toBe("mine");
    expect(definedNamesOf(workbook)).toEqual([
      { name: "GovScore_scorecard", sheet: "Scorecard", range: "A1" },
    ]);
    // Without the read, nothing is replaced either: not even the product's own sheet.
    expect(() => applyPlan(workbook, { sheets: productScorecard("v2") })).toThrow(PlanApplyError);
  });
});
