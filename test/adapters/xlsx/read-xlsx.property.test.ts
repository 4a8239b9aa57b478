import ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookFile, snapshotFromExcelJs } from "../../../src/adapters/xlsx/read-xlsx";
import type { SheetSnapshot } from "../../../src/workbook/snapshot";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("property");

type Plain = string | number | boolean | null;

/**
 * Text a spreadsheet file can hold. Left out: characters XML 1.0 forbids (exceljs drops them),
 * "\r" (XML parsers turn "\r\n" into "\n"), and literal "_xHHHH_" (exceljs decodes that escape when
 * reading but does not write it).
 */
function isXmlCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  const allowedControl = code === 0x09 || code === 0x0a;
  return (code >= 0x20 || allowedControl) && code !== 0xfffe && code !== 0xffff;
}

const storableText = fc
  .string({ unit: "grapheme", maxLength: 40 })
  .filter((s) => [...s].every(isXmlCharacter))
  .filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s));

const text = fc.oneof(
  storableText,
  fc.tuple(fc.constantFrom("=", "+", "@", "-", " ", "'"), storableText).map(([a, b]) => a + b)
);
const cell: fc.Arbitrary<Plain> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null)
);
const grid = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });

function workbookOf(rows: readonly (readonly Plain[])[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    })
  );
  return workbook;
}

/** What the snapshot must hold: rows cut after their last value, trailing empty rows dropped. */
function expectedSheet(rows: readonly (readonly Plain[])[]): SheetSnapshot {
  const values = rows.map((row) => {
    const kept = row.map((value) => (Object.is(value, -0) ? 0 : value));
    while (kept.length > 0 && kept[kept.length - 1] === null) kept.pop();
    return kept;
  });
  while (values.length > 0 && values[values.length - 1]?.length === 0) values.pop();
  return {
    name: "Data",
    values,
    numberFormats: values.map((row) => row.map(() => "General")),
    tables: [],
  };
}

describe("cells written by exceljs come back equal", () => {
  it("in process (write, load, convert)", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const bytes = await workbookOf(rows).xlsx.writeBuffer();
        const loaded = new ExcelJS.Workbook();
        await loaded.xlsx.load(bytes);
        expect(snapshotFromExcelJs(loaded)).toEqual({ names: [], sheets: [expectedSheet(rows)] });
      }),
      { numRuns: 150 }
    );
    // 150 workbooks written and parsed in process: seconds on a loaded 2-core machine.
  });

  it("through readWorkbookFile and its worker", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 10, maxLength: 20 }), {
          minLength: 20,
          maxLength: 40,
        }),
        async (rows) => {
          const bytes = Buffer.from(await workbookOf(rows).xlsx.writeBuffer());
          const result = await readWorkbookFile(temp.file(`run-${(run += 1)}.xlsx`, bytes));
          expect(result).toEqual({
            ok: true,
            value: { formulaValues: "cached", names: [], sheets: [expectedSheet(rows)] },
          });
        }
      ),
      { numRuns: 4 }
    );
  });
});
