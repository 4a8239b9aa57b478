import fc from "fast-check";
import { approveWorkbook, overrideWorkbook, verifyWorkbook } from "../../src/app";
import { columnLetters, columnNumber, parseCell } from "../../src/workbook/a1";
import type { PlannedCell, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { applyPlanToSnapshot, LATER, scoreAndApply, withCell, withFormula } from "./helpers";

/**
 * Any single edit of a cell the product wrote, or of a cell it left blank inside a product
 * sheet's printed rectangle, makes verify fail: a constant typed over a formula or a value, a
 * formula's cached value changed, a formula typed in (keeping what the cell shows). Edits that
 * change nothing (the same value, a number within 1e-9) are not edits.
 */

interface Target {
  readonly sheet: string;
  readonly role: SheetPlan["role"];
  readonly ref: string;
  /** What the product wrote; undefined for a cell it left blank. */
  readonly cell: PlannedCell | undefined;
}

function targetsOf(plan: WorkbookPlan): Target[] {
  return plan.sheets.flatMap((sheet) => {
    const planned = new Map(sheet.cells.map((c) => [c.ref, c]));
    const at = sheet.cells.map((c) => parseCell(c.ref)!);
    const rows = Math.max(...at.map((a) => a.row));
    const columns = Math.max(...at.map((a) => columnNumber(a.column)));
    const targets: Target[] = [];
    // Every cell of the rectangle the sheet's cells span, written or left blank.
    for (let row = 1; row <= rows; row++)
      for (let column = 1; column <= columns; column++) {
        const ref = `${columnLetters(column)}${row}`;
        targets.push({ sheet: sheet.name, role: sheet.role, ref, cell: planned.get(ref) });
      }
    return targets;
  });
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

/** Whether a cell showing `b` holds the value `a` wrote (the comparison's own tolerance). */
function sameConstant(a: CellValue | undefined, b: CellValue): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

type Edit =
  | { readonly kind: "constant"; readonly value: CellValue }
  | { readonly kind: "cached"; readonly value: CellValue }
  | { readonly kind: "formula"; readonly formula: (cell: PlannedCell | undefined) => string };

const value = fc.oneof(
  fc.integer({ min: -1_000, max: 100_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom("A", "B", "C", "D", "是", "否", "TRUE", "0", "1", " "),
  fc.boolean(),
  fc.constant(null)
);

/** Formulas that are not the one the product wrote, whatever the cell showed. */
const formula = fc.constantFrom<(cell: PlannedCell | undefined) => string>(
  (c) => (c?.formula === undefined ? "1+1" : `${c.formula}+0`),
  (c) => (c?.formula === undefined ? '"x"' : `N(${c.formula})`),
  (c) => {
    // The value it showed, as a literal: ="D" over the grade, =4 over a count.
    const v = c?.value ?? null;
    if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
    if (typeof v === "number") return String(v);
    if (typeof v === "boolean") return v ? "NOT(FALSE)" : "NOT(TRUE)";
    return '""';
  },
  () => "NOW()"
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  value.map((v) => ({ kind: "constant" as const, value: v })),
  value.map((v) => ({ kind: "cached" as const, value: v })),
  formula.map((f) => ({ kind: "formula" as const, formula: f }))
);

/** The workbook with the edit applied, or null when it changes nothing. */
function edited(workbook: WorkbookSnapshot, target: Target, e: Edit): WorkbookSnapshot | null {
  const { cell } = target;
  const isFormula = cell?.formula !== undefined;
  switch (e.kind) {
    case "constant":
      if (!isFormula && sameConstant(cell?.value ?? null, e.value)) return null;
      // The audit log's format column: "" and "1" both mean format 1 (see the report).
      if (target.role === "auditLog" && target.ref.startsWith("K") && target.ref !== "K1")
        if (blank(e.value) || e.value === "1") return null;
      return withCell(workbook, target.sheet, target.ref, e.value, false);
    case "cached":
      if (!isFormula || sameConstant(cell?.value ?? null, e.value)) return null;
      return withCell(workbook, target.sheet, target.ref, e.value);
    case "formula": {
      const shown = cell?.value === "" ? null : (cell?.value ?? null);
      return withFormula(workbook, target.sheet, target.ref, e.formula(cell), shown);
    }
  }
}

function scoredAndOverridden(): { workbook: WorkbookSnapshot; plan: WorkbookPlan }[] {
  const scored = scoreAndApply();
  const outcome = overrideWorkbook(scored.workbook, {
    finalGrade: "C",
    reason: "担保充足",
    officer: "王芳",
    now: LATER,
    language: "zh-CN",
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const pending = applyPlanToSnapshot(scored.workbook, outcome.plan);
  const approved = approveWorkbook(pending, { approver: "李明", now: LATER, language: "zh-CN" });
  if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
  return [
    { workbook: scored.workbook, plan: scored.update.plan },
    { workbook: pending, plan: outcome.plan },
    { workbook: applyPlanToSnapshot(pending, approved.plan), plan: approved.plan },
  ];
}

describe("verify sees any single-cell edit of a product sheet", () => {
  const cases = scoredAndOverridden().map((c) => ({ ...c, targets: targetsOf(c.plan) }));

  it("both workbooks verify unedited", () => {
    for (const c of cases) expect(verifyWorkbook(c.workbook, { language: "en-US" }).ok).toBe(true);
  });

  it("fails for every edit", () => {
    // Half the edits hit a cell the product wrote, half any cell of the sheets' rectangles.
    const target = fc.record({
      workbook: fc.nat(cases.length - 1),
      written: fc.boolean(),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(target, edit, (pick, e) => {
        const c = cases[pick.workbook]!;
        const list = pick.written ? c.targets.filter((t) => t.cell !== undefined) : c.targets;
        const t = list[pick.at % list.length]!;
        const workbook = edited(c.workbook, t, e);
        fc.pre(workbook !== null);
        const outcome = verifyWorkbook(workbook!, { language: "en-US" });
        if (outcome.ok) {
          const what = e.kind === "formula" ? `=${e.formula(t.cell)}` : JSON.stringify(e.value);
          throw new Error(`${t.sheet}!${t.ref} ${e.kind} ${what} still verifies`);
        }
      }),
      { numRuns: 60 }
    );
    // About 40 ms a verification: 2–3 s alone, more on a machine the whole suite shares.
  });
});
