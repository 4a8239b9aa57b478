import { readInputs } from "../../../src/workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { boardSheet, clientWorkbook, profileSheet, shareholderSheet } from "./client";
import { inputsOf, issuesOf, located, rendered } from "./snapshots";

/** The seed client, with changes made to its register sheet (股东名册). */
function withRegister(
  change: (sheet: SheetSnapshot) => SheetSnapshot,
  extra: Partial<WorkbookSnapshot> = {}
) {
  return {
    ...extra,
    sheets: [change(shareholderSheet()), boardSheet(), profileSheet()],
  };
}

describe("what the officer sees is what is scored", () => {
  it("refuses a register on a very hidden sheet, naming the sheet, in both languages", () => {
    // The officer sees a visible decoy; the very hidden sheet is the one that would be scored.
    const decoy = { ...shareholderSheet({}, "股东名册（副本）"), name: "Decoy" };
    const snapshot: WorkbookSnapshot = {
      sheets: [
        { ...shareholderSheet(), visibility: "veryHidden" },
        decoy,
        boardSheet(),
        profileSheet(),
      ],
    };
    const outcome = readInputs(snapshot);
    expect(located(issuesOf(outcome))).toEqual(["sheet.veryHidden @ 股东名册!A1"]);
    const [issue] = issuesOf(outcome);
    expect(rendered(issue!, "en-US")).toContain("very hidden");
    expect(rendered(issue!, "zh-CN")).toContain("深度隐藏");
  });

  it("reads a hidden sheet, hidden rows and hidden columns, and says so", () => {
    const outcome = readInputs(
      withRegister((s) => ({
        ...s,
        visibility: "hidden",
        hiddenRows: [2, 3, 4, 40],
        hiddenColumns: [
          { first: 2, last: 2 },
          { first: 30, last: 40 },
        ],
      }))
    );
    const inputs = inputsOf(outcome);
    expect(inputs.shareholders?.rows).toHaveLength(6);
    expect(located(outcome.notices.filter((n) => /hidden/.test(n.code)))).toEqual([
      "sheet.hidden @ 股东名册!A1",
      "rows.hidden @ 股东名册!A3",
      "columns.hidden @ 股东名册!C1",
    ]);
    const rows = outcome.notices.find((n) => n.code === "rows.hidden")!;
    expect(rendered(rows, "en-US")).toContain("Rows 3–5");
    expect(rendered(rows, "zh-CN")).toContain("3–5");
  });

  it("lists formula input cells as read from the file's cache, naming them", () => {
    const outcome = readInputs({
      ...withRegister((s) => ({
        ...s,
        formulas: s.values.map((row, r) => row.map((_, c) => (r === 1 && c === 2 ? "B9*2" : ""))),
      })),
      formulaValues: "cached",
    });
    inputsOf(outcome);
    const notice = outcome.notices.find((n) => n.code === "formula.cached")!;
    expect(located([notice])).toEqual(["formula.cached @ 股东名册!C2"]);
    expect(rendered(notice, "en-US")).toContain("C2");
    expect(rendered(notice, "zh-CN")).toContain("无法重新计算");
  });

  it("says a recalculated constant formula replaced a stale cached value", () => {
    const snapshot: WorkbookSnapshot = {
      ...withRegister((s) => ({
        ...s,
        formulas: s.values.map((row, r) => row.map((_, c) => (r === 1 && c === 2 ? "60" : ""))),
        recalculated: [{ row: 1, column: 2, cached: 95 }],
      })),
      formulaValues: "cached",
    };
    const outcome = readInputs(snapshot);
    inputsOf(outcome);
    const notice = outcome.notices.find((n) => n.code === "formula.recalculated")!;
    expect(located([notice])).toEqual(["formula.recalculated @ 股东名册!C2"]);
    expect(rendered(notice, "en-US")).toMatch(/=60 gives 60.*\(95\) was out of date/);
  });

  it("in the add-in (values Excel calculated), names formula inputs without a warning about the cache", () => {
    const outcome = readInputs({
      ...withRegister((s) => ({
        ...s,
        formulas: s.values.map((row, r) => row.map((_, c) => (r === 1 && c === 2 ? "B9*2" : ""))),
      })),
      formulaValues: "calculated",
    });
    expect(outcome.notices.map((n) => n.code)).toContain("formula.inputs");
    expect(outcome.notices.map((n) => n.code)).not.toContain("formula.cached");
  });

  it("adds nothing for a workbook with no hidden parts and no formulas", () => {
    const outcome = readInputs(clientWorkbook());
    expect(outcome.notices.filter((n) => /hidden|formula/.test(n.code)).map((n) => n.code)).toEqual(
      []
    );
  });
});
