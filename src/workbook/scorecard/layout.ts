import {
  formatMessage,
  ModelInvariantError,
  msg,
  scoredFactors,
  type Language,
  type ModelParameters,
} from "../../core";
import { WORKBOOK_LAYOUT_VERSION } from "../versions";

/**
 * The scorecard's fixed top part: every key figure sits at the same address for every client, so
 * a verifier can find it without reading labels. The factor table starts at `firstFactor`; its
 * length, the knock-out table's and everything after them follow from the model
 * (`scorecardRows`). Each workbook layout has its table; a layout is never edited once a release
 * wrote it (`verify` rebuilds older scorecards with theirs).
 *
 * Columns: A label | B value | C weight / cap | D weighted | E note, source or rule.
 */
const LAYOUT_1 = {
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
} as const;

/** Layout 2 adds the format versions, the model's status, the approval and the audit chain's head. */
const LAYOUT_2 = {
  ...LAYOUT_1,
  /** Layout version, model schema version, audit event format. */
  versions: 11,
  /** Approved model or non-standard parameters. */
  modelStatus: 19,
  /** The grade the officer set (the final grade in effect is `overrideFinalGrade`). */
  overrideRequested: 23,
  overrideReason: 24,
  overrideOfficer: 25,
  overrideAt: 26,
  approvalStatus: 27,
  overrideApprover: 28,
  approvedAt: 29,
  /** Audit log rows and the hash of the last, as of this scorecard. */
  auditHead: 30,
  adjustmentSection: 32,
  meaning: 33,
  baseRating: 34,
  notches: 35,
  adjustedRating: 36,
  currency: 37,
  requestedLimit: 38,
  multiplier: 39,
  roundingUnit: 40,
  recommendedLimit: 41,
  requestedTenor: 42,
  tenorCap: 43,
  recommendedTenor: 44,
  enhancedCovenants: 45,
  factorSection: 47,
  factorHeader: 48,
  firstFactor: 49,
} as const;

/**
 * Layout 3 adds the credit outcome (in the spacer row above the credit adjustment), the
 * provisional mark beside the completeness (C18), each knock-out's policy (column D of the
 * knock-out table), and the committee summary sheet; no cell of layout 2 moves. It also writes
 * one term per concept on the product sheets (`sheet-texts.ts`) and more of the trace as
 * formulas: the F4 helper columns on the right of the factor details, F6 yes/no words and the
 * major-holder distress test (`factors/`).
 */
const LAYOUT_3 = {
  ...LAYOUT_2,
  /** Proceed, refer or decline, from the knock-out table and the model's policies. */
  outcome: 31,
} as const;

/**
 * Layout 4 writes every cell of layout 3 where it was (no fixed row moves) and adds:
 * - the reading notes after the gaps, at the foot of the scorecard (`sections/reading-notes.ts`),
 *   and a line counting them on the summary;
 * - yes/no figures as 1 and 0 shown as 是/否 (Yes/No), and the times of rows 6, 26 and 29 shown in
 *   B as the officer reads them while column E records the ISO time the verifier reads
 *   (`recordedTimeColumn`);
 * - a member scored with its group workbook: the group-derived inputs block between the
 *   knock-outs and the factor details (`sections/group-inputs.ts`), which move down by its rows.
 */
const LAYOUT_4 = { ...LAYOUT_3 } as const;

/** The fixed rows of a layout; the rows a layout does not have are undefined. */
export type FixedRows = { readonly [K in keyof typeof LAYOUT_1]: number } & {
  readonly [K in Exclude<keyof typeof LAYOUT_3, keyof typeof LAYOUT_1>]?: number;
};

const LAYOUTS: Readonly<Record<number, FixedRows>> = {
  1: LAYOUT_1,
  2: LAYOUT_2,
  3: LAYOUT_3,
  4: LAYOUT_4,
};

/**
 * The fixed rows of a workbook layout.
 * @example fixedRows(2).score // 13
 */
export function fixedRows(layoutVersion: number): FixedRows {
  const rows = LAYOUTS[layoutVersion];
  if (rows === undefined) throw new ModelInvariantError(`no scorecard layout ${layoutVersion}`);
  return rows;
}

/** The fixed rows this release writes. */
export const ROWS = LAYOUT_4;

/** Where the model-dependent part of the scorecard sits: one row per factor and knock-out. */
export interface ScorecardRows {
  /** The factors in scorecard order (the model's registry order). */
  readonly factorIds: readonly string[];
  readonly knockoutIds: readonly string[];
  readonly lastFactor: number;
  readonly knockoutSection: number;
  readonly knockoutHeader: number;
  readonly firstKnockout: number;
  readonly lastKnockout: number;
  /** The factor details, red flags and gaps start here and vary in length. */
  readonly detailsFirstRow: number;
  /** The factor table row of a factor; an id the model does not have is a programming mistake. */
  factorRow(id: string): number;
  knockoutRow(id: string): number;
}

function rowOf(ids: readonly string[], first: number, id: string, what: string): number {
  const index = ids.indexOf(id);
  if (index < 0) throw new ModelInvariantError(`the scorecard has no ${what} ${id}`);
  return first + index;
}

/**
 * The rows of the factor table, the knock-out table and the start of the details, for the
 * factors a parameter set is scored with and the model's knock-outs.
 * @example scorecardRows(defaultParameters()).factorRow("F2") // 50
 * @example scorecardRows(defaultParameters()).detailsFirstRow // 63
 */
export function scorecardRows(
  params: ModelParameters,
  layoutVersion: number = WORKBOOK_LAYOUT_VERSION
): ScorecardRows {
  const firstFactor = fixedRows(layoutVersion).firstFactor;
  const factorIds = scoredFactors(params).map((f) => f.id);
  const knockoutIds = params.definition.knockouts.map((k) => k.id);
  const lastFactor = firstFactor + factorIds.length - 1;
  const knockoutSection = lastFactor + 2;
  const firstKnockout = knockoutSection + 2;
  const lastKnockout = firstKnockout + knockoutIds.length - 1;
  return {
    factorIds,
    knockoutIds,
    lastFactor,
    knockoutSection,
    knockoutHeader: knockoutSection + 1,
    firstKnockout,
    lastKnockout,
    detailsFirstRow: lastKnockout + 2,
    factorRow: (id) => rowOf(factorIds, firstFactor, id, "factor"),
    knockoutRow: (id) => rowOf(knockoutIds, firstKnockout, id, "knock-out"),
  };
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
