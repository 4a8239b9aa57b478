import { formatMessage, msg, type FactorId, type Language } from "../../core";
import type { KnockoutId } from "../../core";

/**
 * The scorecard's fixed top part: every key figure sits at the same address for every client, so
 * a verifier can find it without reading labels. The factor details, red flags and gaps follow
 * from `DETAILS_FIRST_ROW` and vary in length.
 *
 * Columns: A label | B value | C weight / cap | D weighted | E note, source or rule.
 */
export const ROWS = {
  title: 1,
  subtitle: 2,
  clientSection: 3,
  clientName: 4,
  clientId: 5,
  date: 6,
  modelVersion: 7,
  modelFingerprint: 8,
  inputFingerprint: 9,
  missingDataPolicy: 10,
  resultSection: 12,
  score: 13,
  scoreGrade: 14,
  cap: 15,
  modelGrade: 16,
  finalGrade: 17,
  completeness: 18,
  overrideSection: 20,
  overrideModelGrade: 21,
  overrideFinalGrade: 22,
  overrideReason: 23,
  overrideOfficer: 24,
  overrideApprover: 25,
  overrideAt: 26,
  adjustmentSection: 28,
  meaning: 29,
  baseRating: 30,
  notches: 31,
  adjustedRating: 32,
  currency: 33,
  requestedLimit: 34,
  multiplier: 35,
  roundingUnit: 36,
  recommendedLimit: 37,
  requestedTenor: 38,
  tenorCap: 39,
  recommendedTenor: 40,
  enhancedCovenants: 41,
  factorSection: 43,
  factorHeader: 44,
  firstFactor: 45,
  knockoutSection: 52,
  knockoutHeader: 53,
  firstKnockout: 54,
} as const;

export const DETAILS_FIRST_ROW = 59;

export const FACTOR_ORDER: readonly FactorId[] = ["F1", "F2", "F3", "F4", "F5", "F6"];
export const KNOCKOUT_ORDER: readonly KnockoutId[] = [
  "insiderConcentration",
  "ownershipUnclear",
  "adverseAudit",
  "subsidiaryTunnelling",
];

/**
 * The factor table row of a factor.
 * @example factorRow("F2") // 46
 */
export function factorRow(id: FactorId): number {
  return ROWS.firstFactor + FACTOR_ORDER.indexOf(id);
}

/**
 * The knock-out table row of a knock-out.
 * @example knockoutRow("adverseAudit") // 56
 */
export function knockoutRow(id: KnockoutId): number {
  return ROWS.firstKnockout + KNOCKOUT_ORDER.indexOf(id);
}

/** The last column of the printed area. */
export const LAST_COLUMN = "E";
export const COLUMN_WIDTHS: readonly number[] = [30, 22, 10, 12, 62];

/** The names of the three sheets a scored workbook gets, in a language. */
export interface ScorecardSheetNames {
  readonly scorecard: string;
  readonly model: string;
  readonly auditLog: string;
}

/**
 * @example scorecardSheetNames("zh-CN") // { scorecard: "治理评分卡", model: "评分模型", auditLog: "审计日志" }
 */
export function scorecardSheetNames(language: Language): ScorecardSheetNames {
  return {
    scorecard: formatMessage(msg("sheet.scorecard"), language),
    model: formatMessage(msg("sheet.model"), language),
    auditLog: formatMessage(msg("sheet.auditLog"), language),
  };
}
