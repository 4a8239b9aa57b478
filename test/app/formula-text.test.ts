import { formulaKey, sameFormula } from "../../src/app/formula-text";
import { compareCell } from "../../src/app/verify-cells";

describe("sameFormula folds what spreadsheet programs rewrite on save", () => {
  it.each([
    // LibreOffice Calc, as seen on every example scorecard it re-saved:
    [
      "ROUND(ROUND(SUM(D45:D50),10),'评分模型'!$C$86)",
      "ROUND(ROUND(SUM(D45:D50),10),评分模型!$C$86)",
    ],
    ["COUNTA('Directors'!$B$2:$B$8)", "COUNTA(Directors!$B$2:$B$8)"],
    ["OR('治理概况'!$B$19=TRUE,'治理概况'!$B$19=1)", "OR(治理概况!$B$19=TRUE(),治理概况!$B$19=1)"],
    ["IF(ISBLANK('Credit request'!$B$4),\"\",1)", "IF(ISBLANK('Credit request'!$B$4),\"\",1)"],
    // Excel and hand-typed forms:
    ["ROUND(B34*B35,10)", "=round(b34*b35, 10)"],
    ['IF(B13>=\'评分模型\'!$C$61,"A","B")', ' = IF( B13 >= \'评分模型\'!$C$61 , "A" , "B" ) '],
    ["IFERROR(A1,0)", "_xlfn.IFERROR(A1,0)"],
    ["INDEX('评分模型'!$B$111:$B$119,1)", "@INDEX('评分模型'!$B$111:$B$119,1)"],
    ["'Model 2'!A1", "'MODEL 2'!a1"],
    ["'It''s'!A1", "'it''s'!A1"],
    ["FALSE", "FALSE()"],
  ])("%s ≡ %s", (expected, found) => {
    expect(sameFormula(expected, found)).toBe(true);
  });

  it.each([
    ['IF(ISNUMBER(B34),ROUNDDOWN(ROUND(B34*B35/B36,10),0)*B36,"")', "B34*10"],
    ["B16", '"A"'],
    ['IF(A1="a",1,0)', 'IF(A1="A",1,0)'], // a string's case is its content
    ['"a  b"', '"a b"'], // and so are its blanks
    ["$C$7", "C7"], // $ anchors are kept
    ["'评分模型'!$C$7", "'评分模型 (2)'!$C$7"],
    ["A1:B2 B1:C3", "A1:B2,B1:C3"], // the intersection operator is not a blank to drop
    ["SUM(A1)", "SUM(A1)+0"],
    ["10", "10.0"], // numbers as written
    ["Table1[@Col]", "Table1[Col]"], // a table's @ is not implicit intersection
    ["TRUE", "NOT(FALSE)"],
  ])("%s ≢ %s", (expected, found) => {
    expect(sameFormula(expected, found)).toBe(false);
  });

  it("keeps string literals as they are, even when they look like references", () => {
    expect(formulaKey("'评分模型'!A1&\"'评分模型'!a1 _xlfn.\"")).toBe(
      "'评分模型'!A1&\"'评分模型'!a1 _xlfn.\""
    );
  });
});

describe("compareCell", () => {
  const formulaCell = { ref: "B37", value: 25_000_000, formula: 'IF(ISNUMBER(B34),B34*B35,"")' };

  it("takes a formula with the engine's value, as written or as LibreOffice writes it", () => {
    expect(
      compareCell(formulaCell, { value: 25_000_000, formula: formulaCell.formula })
    ).toBeNull();
    expect(
      compareCell(formulaCell, {
        value: 25_000_000 * (1 + 1e-12),
        formula: 'if(isnumber(B34), B34*B35, "")',
      })
    ).toBeNull();
  });

  it("names each way a formula cell can differ", () => {
    expect(compareCell(formulaCell, { value: 25_000_000, formula: "" })).toMatchObject({
      kind: "formulaReplaced",
      found: "25000000",
    });
    expect(compareCell(formulaCell, { value: 25_000_000, formula: "B34*10" })).toEqual({
      kind: "formula",
      expected: `=${formulaCell.formula}`,
      found: "=B34*10",
    });
    expect(compareCell(formulaCell, { value: 1, formula: formulaCell.formula })).toEqual({
      kind: "cell",
      expected: "25000000",
      found: "1",
    });
  });

  it("takes a constant as written: numbers within 1e-9, text exactly, booleans, blank", () => {
    expect(compareCell({ ref: "B90", value: 4 }, { value: 4 + 1e-12, formula: "" })).toBeNull();
    expect(compareCell({ ref: "B4", value: "甲" }, { value: "甲", formula: "" })).toBeNull();
    expect(compareCell({ ref: "B23", value: null }, { value: null, formula: "" })).toBeNull();
    expect(compareCell(undefined, { value: "", formula: "" })).toBeNull();
    // LibreOffice saves a boolean constant as the formula TRUE() or FALSE().
    expect(compareCell({ ref: "B72", value: true }, { value: true, formula: "TRUE()" })).toBeNull();
  });

  it("names each way a constant or a blank cell can differ", () => {
    expect(compareCell({ ref: "B90", value: 4 }, { value: "4", formula: "" })).toEqual({
      kind: "value",
      expected: "4",
      found: "4",
    });
    expect(compareCell({ ref: "B4", value: "甲" }, { value: "甲 ", formula: "" })).toMatchObject({
      kind: "value",
    });
    expect(
      compareCell({ ref: "B72", value: true }, { value: true, formula: "NOT(FALSE)" })
    ).toEqual({ kind: "valueReplaced", expected: "TRUE", found: "=NOT(FALSE)" });
    expect(
      compareCell({ ref: "B72", value: true }, { value: false, formula: "FALSE()" })
    ).toMatchObject({ kind: "valueReplaced" });
    expect(compareCell(undefined, { value: 0, formula: "" })).toEqual({
      kind: "unexpectedCell",
      expected: "",
      found: "0",
    });
    expect(compareCell({ ref: "B23", value: null }, { value: 2, formula: "1+1" })).toEqual({
      kind: "unexpectedCell",
      expected: "",
      found: "=1+1",
    });
  });

  it("compares a text with what a cell can store (well-formed, at most 32,767 characters)", () => {
    const long = "长".repeat(40_000);
    expect(
      compareCell({ ref: "B23", value: long }, { value: `${"长".repeat(32_766)}…`, formula: "" })
    ).toBeNull();
    expect(
      compareCell({ ref: "B4", value: "a\uD800b" }, { value: "a\uFFFDb", formula: "" })
    ).toBeNull();
  });
});
