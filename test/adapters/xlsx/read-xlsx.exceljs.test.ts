import ExcelJS from "exceljs";
import { readWorkbookFile, snapshotFromExcelJs } from "../../../src/adapters/xlsx/read-xlsx";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { suiteTempDir } from "./helpers/temp-dir";

// A read that reaches the parse worker starts a worker thread (under a second; more when busy).

const temp = suiteTempDir("exceljs");

/** A small governance workbook exercising every kind of cell the conversion handles. */
function buildWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();

  const register = workbook.addWorksheet("股东名册");
  register.addTable({
    name: "Shareholders",
    ref: "A1",
    columns: [{ name: "Holder" }, { name: "Shares" }, { name: "Stake" }],
    rows: [
      ["张三", 1200, 0.35],
      ["  Trailing space ", 800, 0.0125],
    ],
  });
  register.getCell("C2").numFmt = "0.00%";
  register.getCell("C3").numFmt = "0.00%";
  register.getCell("A4").value = "Total";
  register.getCell("B4").value = { formula: "SUM(B2:B3)", result: 2000 };
  register.getCell("C4").value = { formula: "=C2+C3", result: 0.3625 };
  register.getCell("C4").numFmt = "0.00%";
  register.getCell("A6").value = "Board notes";
  register.mergeCells("A6:C6");
  register.getCell("A7").value = 35;
  register.getCell("B7").value = 0.35;

  const checks = workbook.addWorksheet("Checks");
  checks.getCell("A1").value = true;
  checks.getCell("B1").value = false;
  checks.getCell("A2").value = { error: "#N/A" };
  checks.getCell("B2").value = { error: "#REF!" };
  checks.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  checks.getCell("D2").value = { formula: "NOPE()", result: { error: "#NAME?" } };
  checks.getCell("A3").value = {
    richText: [{ text: "Independent " }, { text: "director", font: { bold: true } }],
  };
  checks.getCell("B3").value = { text: "Annual report", hyperlink: "https://example.com/ar" };
  checks.getCell("A4").value = new Date(Date.UTC(2021, 2, 4));
  checks.getCell("A4").numFmt = "yyyy-mm-dd";
  checks.getCell("B4").value = { formula: "A4+1", result: new Date(Date.UTC(2021, 2, 5)) };
  checks.getCell("B4").numFmt = "yyyy-mm-dd";
  checks.getCell("A5").value = "=not a formula";
  checks.getCell("B5").value = "";
  checks.getCell("E6").value = 1;
  checks.getCell("A7").value = 10;
  checks.fillFormula("A8:A9", "A7*2", [20, 40]);
  return workbook;
}

const G = "General";
const PCT = "0.00%";

const expected: WorkbookSnapshot = {
  names: [],
  sheets: [
    {
      name: "股东名册",
      values: [
        ["Holder", "Shares", "Stake"],
        ["张三", 1200, 0.35],
        ["  Trailing space ", 800, 0.0125],
        ["Total", 2000, 0.3625],
        [],
        ["Board notes"],
        [35, 0.35],
      ],
      numberFormats: [[G, G, G], [G, G, PCT], [G, G, PCT], [G, G, PCT], [], [G], [G, G]],
      formulas: [
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
        ["", "SUM(B2:B3)", "C2+C3"],
        [],
        [""],
        ["", ""],
      ],
      tables: [{ name: "Shareholders", range: "A1:C3" }],
    },
    {
      name: "Checks",
      values: [
        [true, false],
        [{ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" }, { error: "#NAME?" }],
        ["Independent director", "Annual report"],
        ["2021-03-04", "2021-03-05"],
        ["=not a formula", ""],
        [null, null, null, null, 1],
        [10],
        [20],
        [40],
      ],
      numberFormats: [
        [G, G],
        [G, G, G, G],
        [G, G],
        ["yyyy-mm-dd", "yyyy-mm-dd"],
        [G, G],
        [G, G, G, G, G],
        [G],
        [G],
        [G],
      ],
      formulas: [
        ["", ""],
        ["", "", "1/0", "NOPE()"],
        ["", ""],
        ["", "A4+1"],
        ["", ""],
        ["", "", "", "", ""],
        [""],
        ["A7*2"],
        ["A8*2"],
      ],
      tables: [],
    },
  ],
};

describe("reading .xlsx files written by exceljs", () => {
  it("reads every kind of cell into the exact snapshot", async () => {
    const path = temp.file(
      "governance.xlsx",
      Buffer.from(await buildWorkbook().xlsx.writeBuffer())
    );
    const result = await readWorkbookFile(path);
    // The file reader says where formula values come from: the file's cache.
    expect(result).toEqual({ ok: true, value: { ...expected, formulaValues: "cached" } });
  });

  it("converts an in-memory exceljs workbook the same way", () => {
    expect(snapshotFromExcelJs(buildWorkbook())).toEqual(expected);
  });
});
