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
});
