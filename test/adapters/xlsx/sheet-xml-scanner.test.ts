import fc from "fast-check";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import type { ReadIssue } from "../../../src/adapters/xlsx/read-issue";
import { SheetXmlScanner } from "../../../src/adapters/xlsx/sheet-xml-scanner";

const sheet = { name: "Register", part: "xl/worksheets/sheet1.xml" };

function scan(chunks: readonly string[]): ReadIssue | undefined {
  const scanner = new SheetXmlScanner(sheet, DEFAULT_READ_LIMITS);
  for (const chunk of chunks) {
    const found = scanner.push(chunk);
    if (found) return found;
  }
  return undefined;
}

/** Splits `text` at the given cut points. */
function split(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, i) => text.slice(start, points[i] ?? text.length));
}

const bombs = [
  ['<dimension ref="A1:XFD1048576"/>', "sheet.dimensionTooLarge"],
  ['<x:mergeCell ref="A1:XFD1048576" />', "sheet.mergeTooLarge"],
  ["<mergeCell ref='B2:A1'/><mergeCell\n ref=\"A1:XFE1\"/>", "sheet.mergeTooLarge"],
  ['<mergeCell ref="1:1"/>', "sheet.invalidRange"],
] as const;

describe("SheetXmlScanner", () => {
  it.each(bombs)("finds %s however the XML is chunked", (tag, code) => {
    const xml = `<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="1">${tag}</mergeCells></worksheet>`;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(scan(split(xml, cuts))?.code).toBe(code);
      })
    );
  });

  it("passes ordinary merges, mergeCells wrappers and a normal dimension", () => {
    const xml =
      '<dimension ref="A1:L200001"/><sheetData/><mergeCells count="2">' +
      '<mergeCell ref="A1:C1"/><mergeCell ref="A2:A40"/></mergeCells>';
    expect(scan(split(xml, [3, 17, 50, 51, 52]))).toBeUndefined();
  });

  it("counts merges across chunks", () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxMergedRangesPerSheet: 3 };
    const scanner = new SheetXmlScanner(sheet, limits);
    const merge = (i: number): string => `<mergeCell ref="A${i}:B${i}"/>`;
    expect([1, 2, 3].map((i) => scanner.push(merge(i)))).toEqual([undefined, undefined, undefined]);
    expect(scanner.push(merge(4))?.code).toBe("sheet.tooManyMerges");
  });

  it("refuses an endless mergeCell tag but skips other long tags", () => {
    const padding = "x".repeat(70 * 1024);
    expect(scan([`<mergeCell pad="${padding}`, '" ref="A1:B2"/>'])?.code).toBe(
      "sheet.invalidRange"
    );
    expect(scan([`<c r="A1" pad="${padding}`, '"><v>1</v></c><mergeCell ref="A1:B2"/>'])).toBe(
      undefined
    );
  });
});
