import { defaultParameters, ModelInvariantError, type FactorId } from "../../core";
import type { PlannedValue, SheetPlan, WorkbookPlan } from "../plan";
import { ROWS, scorecardRows } from "./layout";

const PRODUCT_ROWS = scorecardRows(defaultParameters());

/** Where the key figures of every scorecard are (the top part of the layout is fixed). */
export const SCORECARD_CELLS = {
  score: `B${ROWS.score}`,
  scoreGrade: `B${ROWS.scoreGrade}`,
  cap: `B${ROWS.cap}`,
  modelGrade: `B${ROWS.modelGrade}`,
  finalGrade: `B${ROWS.overrideFinalGrade}`,
  completeness: `B${ROWS.completeness}`,
  adjustedRating: `B${ROWS.adjustedRating}`,
  recommendedLimit: `B${ROWS.recommendedLimit}`,
  recommendedTenor: `B${ROWS.recommendedTenor}`,
  override: {
    modelGrade: `B${ROWS.overrideModelGrade}`,
    finalGrade: `B${ROWS.overrideFinalGrade}`,
    reason: `B${ROWS.overrideReason}`,
    officer: `B${ROWS.overrideOfficer}`,
    /** Layout 4 shows the time in B and records its ISO text here. */
    at: `E${ROWS.overrideAt}`,
    /** The grade the officer set (the final grade in effect is `finalGrade`). */
    requested: `B${ROWS.overrideRequested}`,
    approvalStatus: `B${ROWS.approvalStatus}`,
    approver: `B${ROWS.overrideApprover}`,
    approvedAt: `E${ROWS.approvedAt}`,
  },
  modelStatus: `B${ROWS.modelStatus}`,
  /** Audit log rows (B) and the last row's hash (C), as of this scorecard. */
  auditRows: `B${ROWS.auditHead}`,
  auditHead: `C${ROWS.auditHead}`,
  /** The points of each factor of the product's model. */
  factorPoints: Object.fromEntries(
    PRODUCT_ROWS.factorIds.map((id) => [id, `B${PRODUCT_ROWS.factorRow(id)}`])
  ) as Readonly<Record<FactorId, string>>,
} as const;

export interface ScorecardIndex {
  readonly sheet: string;
  /** Every formula cell with the engine's value, which a recalculation must reproduce. */
  readonly formulaCells: readonly { readonly ref: string; readonly value: PlannedValue }[];
  readonly cells: typeof SCORECARD_CELLS;
}

/**
 * The scorecard's formula cells with their expected values, and the key figures' addresses, so a
 * verifier can read them back from the saved workbook.
 * @example scorecardIndex(plan).cells.score // "B13"
 */
export function scorecardIndex(plan: WorkbookPlan | SheetPlan): ScorecardIndex {
  const sheet = "sheets" in plan ? plan.sheets.find((s) => s.role === "scorecard") : plan;
  if (sheet === undefined || sheet.role !== "scorecard")
    throw new ModelInvariantError("scorecardIndex needs a scorecard plan");
  return {
    sheet: sheet.name,
    formulaCells: sheet.cells
      .filter((c) => c.formula !== undefined)
      .map((c) => ({ ref: c.ref, value: c.value })),
    cells: SCORECARD_CELLS,
  };
}
