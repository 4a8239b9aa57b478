import fc from "fast-check";
import {
  absoluteCell,
  boundingRange,
  cellAddress,
  cellCount,
  columnLetters,
  columnNumber,
  contains,
  displayRef,
  intersect,
  isWithinGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  sheetCell,
  sheetPrefix,
  sheetRange,
  splitSheetRef,
  type CellRange,
} from "../../src/workbook/a1";

const columnNo = fc.integer({ min: 1, max: MAX_COLUMNS });
const rowNo = fc.integer({ min: 1, max: MAX_ROWS });
const range: fc.Arbitrary<CellRange> = fc
  .tuple(rowNo, rowNo, columnNo, columnNo)
  .map(([r1, r2, c1, c2]) => ({
    top: Math.min(r1, r2) - 1,
    bottom: Math.max(r1, r2) - 1,
    left: Math.min(c1, c2) - 1,
    right: Math.max(c1, c2) - 1,
  }));
/** Any sheet name Excel allows: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
const sheetName = fc
  .string({ minLength: 1, maxLength: 31, unit: "grapheme" })
  .filter((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'"));

describe("column letters", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("column %d is %s", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  it("round-trips every column of the grid", () => {
    fc.assert(fc.property(columnNo, (n) => columnNumber(columnLetters(n)) === n));
    for (let n = 1; n <= MAX_COLUMNS; n++) expect(columnNumber(columnLetters(n))).toBe(n);
  });

  it("orders letters as numbers: shorter first, then alphabetically", () => {
    fc.assert(
      fc.property(columnNo, columnNo, (a, b) => {
        const [x, y] = [columnLetters(a), columnLetters(b)];
        const byText = x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
        return Math.sign(byText) === Math.sign(a - b);
      })
    );
  });
});

describe("cells", () => {
  it("writes 0-based indexes as A1", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(4, 2)).toBe("C5");
    expect(cellAddress(MAX_ROWS - 1, MAX_COLUMNS - 1)).toBe("XFD1048576");
  });

  it("parses a cell into letters and a 1-based row", () => {
    expect(parseCell("$C$7")).toEqual({ column: "C", row: 7 });
    expect(parseCell(" c7 ")).toEqual({ column: "C", row: 7 });
    expect(parseCell("XFD1048576")).toEqual({ column: "XFD", row: 1_048_576 });
    expect(absoluteCell("c7")).toBe("$C$7");
  });

  it.each(["", "A", "7", "A0", "XFE1", "A1048577", "AAAA1", "A1:B2", "A-1", "1A"])(
    "refuses %j as a cell",
    (text) => {
      expect(parseCell(text)).toBeNull();
      expect(absoluteCell(text)).toBeNull();
    }
  );

  it("round-trips every cell of the grid", () => {
    fc.assert(
      fc.property(rowNo, columnNo, (row, column) => {
        const text = cellAddress(row - 1, column - 1);
        expect(parseCell(text)).toEqual({ column: columnLetters(column), row });
        expect(absoluteCell(text)).toBe(`$${columnLetters(column)}$${row}`);
      })
    );
  });
});

describe("ranges", () => {
  it("parses ranges 0-based, corners in any order", () => {
    expect(parseRange("A1:F12")).toEqual({ top: 0, left: 0, bottom: 11, right: 5 });
    expect(parseRange("$A$1:$F$12")).toEqual({ top: 0, left: 0, bottom: 11, right: 5 });
    expect(parseRange("C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseRange("b3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseRange("xfd1048576")).toEqual({
      top: 1_048_575,
      left: 16_383,
      bottom: 1_048_575,
      right: 16_383,
    });
  });

  it.each(["", "A", "1", "A0", "A1:", "A1:B", "AAAAA1", "A1:B2:C3", "1:1", "A:A", "A1:B2!"])(
    "refuses %j",
    (text) => {
      expect(parseRange(text)).toBeNull();
      expect(parseRange(text, "unbounded")).toBeNull();
    }
  );

  it("refuses a range beyond XFD or row 1,048,576, unless asked for one", () => {
    for (const text of ["A1:XFE1", "A1048577", "XFD1:XFD1048577", "AAAA1"]) {
      expect(parseRange(text)).toBeNull();
      const beyond = parseRange(text, "unbounded");
      expect(beyond).not.toBeNull();
      expect(isWithinGrid(beyond!)).toBe(false);
    }
    expect(parseRange("A1:XFE1", "unbounded")).toEqual({
      top: 0,
      left: 0,
      bottom: 0,
      right: 16_384,
    });
    expect(isWithinGrid(parseRange("A1:XFD1048576")!)).toBe(true);
  });

  it("round-trips every range of the grid", () => {
    fc.assert(
      fc.property(range, (r) => {
        const text = rangeAddress(r);
        expect(parseRange(text)).toEqual(r);
        expect(parseRange(text.toLowerCase())).toEqual(r);
        expect(parseRange(text.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"))).toEqual(r);
        expect(isWithinGrid(r)).toBe(true);
        expect(text.includes(":")).toBe(cellCount(r) > 1);
      })
    );
  });

  it("counts, intersects, contains and bounds ranges", () => {
    const [a, b] = [parseRange("A1:C3")!, parseRange("B2:D4")!];
    expect(cellCount(a)).toBe(9);
    expect(rangeAddress(intersect(a, b)!)).toBe("B2:C3");
    expect(intersect(a, parseRange("D4")!)).toBeNull();
    expect(rangeAddress(boundingRange(a, b))).toBe("A1:D4");
    expect(contains(a, parseRange("B2")!)).toBe(true);
    expect(contains(a, b)).toBe(false);
    fc.assert(
      fc.property(range, range, (x, y) => {
        const both = intersect(x, y);
        const hull = boundingRange(x, y);
        expect(contains(hull, x) && contains(hull, y)).toBe(true);
        if (both !== null) expect(contains(x, both) && contains(y, both)).toBe(true);
        expect(both === null).toBe(intersect(y, x) === null);
      })
    );
  });
});

describe("sheet-qualified references", () => {
  it("quotes every sheet in formulas", () => {
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(sheetPrefix("评分模型")).toBe("'评分模型'!");
    expect(sheetCell("评分模型", "C", 7)).toBe("'评分模型'!$C$7");
    expect(sheetRange("评分模型", "C", 7, 25)).toBe("'评分模型'!$C$7:$C$25");
    expect(sheetRange("M", "A", 1, 6, "D")).toBe("'M'!$A$1:$D$6");
  });

  it("shows references in notes as people read them", () => {
    expect(displayRef("股东名册", "C2:C40")).toBe("股东名册!C2:C40");
    expect(displayRef("Sheet1", "$A$1")).toBe("Sheet1!A1");
    expect(displayRef("My sheet", "A1")).toBe("'My sheet'!A1");
    expect(displayRef("2024", "A1")).toBe("'2024'!A1");
    expect(displayRef("O'Brien", "A1")).toBe("'O''Brien'!A1");
  });

  it("splits sheet-qualified references", () => {
    expect(splitSheetRef("'It''s'!$B$2:$C$3")).toEqual({ sheet: "It's", ref: "$B$2:$C$3" });
    expect(splitSheetRef("Sheet1!A1")).toEqual({ sheet: "Sheet1", ref: "A1" });
    expect(splitSheetRef("'a!b'!A1")).toEqual({ sheet: "a!b", ref: "A1" });
    expect(splitSheetRef("A1")).toBeNull();
    expect(splitSheetRef("0.35")).toBeNull();
  });

  it("round-trips any sheet name through a formula prefix and a note", () => {
    fc.assert(
      fc.property(sheetName, range, (sheet, r) => {
        const ref = rangeAddress(r);
        expect(splitSheetRef(`${sheetPrefix(sheet)}${ref}`)).toEqual({ sheet, ref });
        expect(splitSheetRef(displayRef(sheet, ref))).toEqual({ sheet, ref });
      })
    );
  });
});
