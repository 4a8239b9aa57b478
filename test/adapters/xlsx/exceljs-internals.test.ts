/**
 * Contract tests: the exceljs behaviour src/adapters/xlsx/exceljs-internals.ts relies on, pinned
 * at exceljs 4.4.0. When an upgrade breaks one, the test's name says which assumption went.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  definedNameCells,
  hyperlinkText,
  loadXlsx,
  parsedAsWorksheet,
  replaceSheetValidations,
  setTabOrder,
  sheetTables,
  sheetValidations,
  tabOrder,
  xlsxBytes,
} from "../../../src/adapters/xlsx/exceljs-internals";
import { quoteSheet } from "../../../src/workbook/a1";
import { baseWorkbook, SHEET_PART } from "./helpers/hostile-files";
import { rezip, unzipAll } from "./helpers/rezip";

const LIST: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: ['"a,b"'] };

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await loadXlsx(back, Buffer.from(await xlsxBytes(workbook)));
  return back;
}

async function sheetXmlOf(workbook: ExcelJS.Workbook): Promise<string> {
  const parts = await unzipAll(Buffer.from(await xlsxBytes(workbook)));
  return parts.get(SHEET_PART)?.toString("utf8") ?? "";
}

const sqrefs = (xml: string): string[] =>
  [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1] ?? "");

describe("exceljs, as the xlsx adapter relies on it", () => {
  it("is version 4.4.0 (re-check every contract below before changing the pin)", () => {
    const manifest = join(__dirname, "../../../node_modules/exceljs/package.json");
    const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
    expect(version).toBe("4.4.0");
  });

  describe("data validations (worksheet.dataValidations.model)", () => {
    it("keeps a validation set on a cell under the cell's address", () => {
      const sheet = new ExcelJS.Workbook().addWorksheet("S");
      sheet.getCell("B2").dataValidation = LIST;
      sheet.getCell("B3").dataValidation = LIST;
      expect(sheetValidations(sheet)).toEqual({ B2: LIST, B3: LIST });
    });

    it("writes a run of ten or more per-cell validations as overlapping ranges (why we compact)", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      for (let row = 2; row <= 12; row++) sheet.getCell(`B${row}`).dataValidation = LIST;
      expect(sqrefs(await sheetXmlOf(workbook))).toEqual(["B10:B12", "B2:B12"]);
    });

    it("writes a range key as it is, and reads it back as one entry per cell", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("B2").dataValidation = LIST;
      replaceSheetValidations(sheet, { "B2:B12": LIST });
      expect(sheetValidations(sheet)).toEqual({ "B2:B12": LIST });
      expect(sqrefs(await sheetXmlOf(workbook))).toEqual(["B2:B12"]);
      const back = (await roundTrip(workbook)).getWorksheet("S")!;
      const keys = Object.keys(sheetValidations(back));
      expect(keys.sort()).toEqual(Array.from({ length: 11 }, (_, i) => `B${i + 2}`).sort());
      expect(back.getCell("B12").dataValidation).toMatchObject(LIST);
    });
  });

  describe("tab order (worksheet.orderNo)", () => {
    it("numbers sheets in the order they are added", () => {
      const workbook = new ExcelJS.Workbook();
      const [a, b] = [workbook.addWorksheet("A"), workbook.addWorksheet("B")];
      expect([tabOrder(a), tabOrder(b)]).toEqual([1, 2]);
    });

    it("puts a sheet added later back in the place of one removed, in memory and in the file", async () => {
      const workbook = new ExcelJS.Workbook();
      const old = workbook.addWorksheet("Old");
      workbook.addWorksheet("User");
      const place = tabOrder(old);
      workbook.removeWorksheet(old.id);
      setTabOrder(workbook.addWorksheet("New"), place);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["New", "User"]);
      expect((await roundTrip(workbook)).worksheets.map((w) => w.name)).toEqual(["New", "User"]);
    });
  });

  describe("tables (table.model)", () => {
    it("gives each table's name and full range, in memory and after loading a file", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.addTable({
        name: "Holders",
        ref: "B2",
        columns: [{ name: "Name" }, { name: "Stake" }],
        rows: [
          ["A", 0.5],
          ["B", 0.5],
        ],
      });
      expect(sheetTables(sheet)).toEqual([{ name: "Holders", range: "B2:C4" }]);
      expect(sheetTables((await roundTrip(workbook)).getWorksheet("S")!)).toEqual([
        { name: "Holders", range: "B2:C4" },
      ]);
    });
  });

  describe("defined names", () => {
    it("lists each covered cell as a location with sheetName and address", () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("It's 评分");
      workbook.definedNames.add("'It''s 评分'!$A$1", "Marker");
      expect(definedNameCells(workbook)).toEqual([
        { name: "Marker", sheet: "It's 评分", address: "A1" },
      ]);
    });

    it("models a name as its ranges, the sheet quoted only when it must be", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Plain");
      workbook.addWorksheet("It's");
      workbook.definedNames.add("'Plain'!$A$1", "One");
      workbook.definedNames.add("'It''s'!$B$2", "Two");
      const expected = [
        { name: "One", ranges: ["Plain!$A$1"] },
        { name: "Two", ranges: ["'It''s'!$B$2"] },
      ];
      expect(workbook.definedNames.model).toEqual(expected);
      expect((await roundTrip(workbook)).definedNames.model).toEqual(expected);
    });

    it.each(["S", "It's 评分"])(
      "removes a name on %j by the location definedNameCells gives",
      (name) => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet(name);
        workbook.definedNames.add(`${quoteSheet(name)}!$A$1`, "Marker");
        for (const cell of definedNameCells(workbook))
          workbook.definedNames.remove(`${quoteSheet(cell.sheet)}!${cell.address}`, cell.name);
        expect(workbook.definedNames.model).toEqual([]);
      }
    );
  });

  describe("cells", () => {
    it("keeps a formatted hyperlink text as rich text, typed as a string", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      const richText = [{ text: "Annual " }, { text: "report", font: { bold: true } }];
      sheet.getCell("A1").value = {
        text: { richText } as unknown as string,
        hyperlink: "https://example.com/ar",
      };
      const value = (await roundTrip(workbook)).getWorksheet("S")!.getCell("A1").value;
      expect(value).toMatchObject({
        text: { richText: [{ text: "Annual " }, { text: "report" }] },
      });
      expect(hyperlinkText(value as ExcelJS.CellHyperlinkValue)).toBe("Annual report");
    });

    it("gives a merged range's master value for every cell, with the type Merge", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = "Notes";
      sheet.mergeCells("A1:C1");
      const back = (await roundTrip(workbook)).getWorksheet("S")!;
      expect(back.getCell("B1").type).toBe(ExcelJS.ValueType.Merge);
      expect(back.getCell("B1").value).toBe("Notes");
    });

    it("keeps a formula's falsy cached result in cell.result", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = { formula: "1-1", result: 0 };
      sheet.getCell("A2").value = { formula: "1>2", result: false };
      const back = (await roundTrip(workbook)).getWorksheet("S")!;
      expect([back.getCell("A1").result, back.getCell("A2").result]).toEqual([0, false]);
    });

    it("translates a shared formula from its master for each cell", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("S");
      sheet.getCell("A1").value = 10;
      sheet.fillFormula("A2:A3", "A1*2", [20, 40]);
      const back = (await roundTrip(workbook)).getWorksheet("S")!;
      expect([back.getCell("A2").formula, back.getCell("A3").formula]).toEqual(["A1*2", "A2*2"]);
    });
  });

  describe("the file", () => {
    it("writes a Node Buffer and loads one", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("S").getCell("A1").value = 1;
      const bytes = await xlsxBytes(workbook);
      expect(Buffer.isBuffer(bytes)).toBe(true);
      const back = (await roundTrip(workbook)).getWorksheet("S")!;
      expect(back.getCell("A1").value).toBe(1);
    });

    it("parses as a worksheet any entry whose name contains xl/worksheets/sheetN.xml", async () => {
      const broken = "<worksheet><sheetData><row r=";
      const load = async (part: string) =>
        loadXlsx(
          new ExcelJS.Workbook(),
          await rezip(await baseWorkbook(), { [part]: { data: broken } })
        );
      for (const part of ["evil/xl/worksheets/sheet9.xml", "xl/worksheets/sheet9.xml.bak"]) {
        expect(parsedAsWorksheet(part)).toBe(true);
        await expect(load(part)).rejects.toThrow();
      }
      for (const part of ["evil/xl/worksheets/sheetX.xml", "xl/worksheets/Sheet9.xml"]) {
        expect(parsedAsWorksheet(part)).toBe(false);
        await expect(load(part)).resolves.toBeUndefined();
      }
    });
  });
});
