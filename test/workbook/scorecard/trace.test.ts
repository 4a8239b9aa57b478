import type { Language } from "../../../src/core";
import { absoluteCell } from "../../../src/workbook/a1";
import { scorecardPlan } from "../../../src/workbook/scorecard";
import { allCases, GENERATED_AT, type ScorecardCase } from "./cases";

/**
 * Layout 3 writes more of the trace as formulas (the LibreOffice recalculation checks their
 * values): yes/no items written as 是/否 or Yes/No, read through the model sheet's yes-words,
 * and a concert group's distress test over every member's pledge and freeze cells. Layout 2
 * keeps the engine's values there, so workbooks it wrote still verify.
 */
const CASES = allCases();
const byName = (name: string, language?: Language) =>
  CASES.find((c) => c.name === name && (language === undefined || c.language === language))!;

function planOf(c: ScorecardCase, layoutVersion: number) {
  return scorecardPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language: c.language,
    generatedAt: GENERATED_AT,
    layoutVersion,
  });
}

/** The formula cells that refer to a cell of the Profile sheet. */
function formulasOn(c: ScorecardCase, layoutVersion: number, sheet: string, cell: string) {
  const ref = `'${sheet}'!${absoluteCell(cell)}`;
  return planOf(c, layoutVersion).cells.filter((x) => x.formula?.includes(ref) === true);
}

describe("the formula trace of layout 3", () => {
  it.each([
    "auditCommittee",
    "externalAudit",
    "payLinkedToPerformance",
    "equityIncentive",
  ] as const)("reads the F6 item %s written as 是/否 by formula, via the yes-words", (key) => {
    const c = byName("yesWords");
    const at = c.client.inputs.profile[key]?.at;
    expect(at).toBeDefined();
    expect(c.client.layout.profileItems[key]?.yesWord).toBe(true);
    const cells = formulasOn(c, 3, at!.sheet, at!.cell);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells[0]!.formula).toMatch(/MATCH\(/);
    expect(cells[0]!.value).toBe(c.client.inputs.profile[key]?.value === true);
    // Layout 2 wrote the engine's value and named the cell.
    expect(formulasOn(c, 2, at!.sheet, at!.cell)).toEqual([]);
  });

  it("tests a concert group's distress by formula over every member's cells", () => {
    const c = byName("concert");
    const members = c.client.inputs.shareholders!.rows.filter((r) => r.pledgedShare?.value != null);
    expect(members.length).toBeGreaterThan(0);
    const distress = (layoutVersion: number) =>
      planOf(c, layoutVersion).cells.find(
        (x) => x.formula !== undefined && /^OR\(.*>'/.test(x.formula) && x.value === true
      );
    expect(distress(3)?.formula).toBeDefined();
    expect(distress(2)).toBeUndefined();
  });

  it("counts directors in management and tests chair-is-GM by formula over one row per director", () => {
    for (const name of ["seed", "gradeA", "concert"]) {
      const c = byName(name);
      const board = c.client.inputs.board!.rows;
      const f4 = c.result.factors.find((f) => f.id === "F4")!;
      const overlap = f4.measures.find((m) => m.id === "overlap")!.value;
      const plan = planOf(c, 3);
      const count = plan.cells.find((x) => x.formula?.startsWith("COUNTIF(B") === true);
      expect(count?.value).toBe(overlap.kind === "ratio" ? overlap.numerator.toNumber() : -1);
      // The range holds one row per director, each the engine's reading of one post cell.
      const [from, to] = /COUNTIF\(B(\d+):B(\d+),TRUE\)/
        .exec(count!.formula!)!
        .slice(1)
        .map(Number);
      expect(to! - from! + 1).toBe(board.length);
      const notes = plan.cells.filter(
        (x) =>
          x.ref.startsWith("E") && Number(x.ref.slice(1)) >= from! && Number(x.ref.slice(1)) <= to!
      );
      board.forEach((r, i) =>
        expect(String(notes[i]?.value)).toContain(r.managementPost!.at!.cell)
      );
      const chair = plan.cells.find((x) => /^OR\(B\d+(,B\d+)*\)$|^FALSE$/.test(x.formula ?? ""));
      expect(chair?.value).toBe(c.result.factors.find((f) => f.id === "F4")!.notes.length > 0);
      expect(planOf(c, 2).cells.some((x) => x.formula?.startsWith("COUNTIF(B") === true)).toBe(
        false
      );
    }
  });
});
