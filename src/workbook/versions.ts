import { MODEL_SCHEMA_VERSION } from "../core";

/**
 * The format versions a scored workbook records, so that a later release can read and verify it
 * exactly as the release that wrote it laid it out:
 *
 * - the **workbook layout** (where every cell of the scorecard, the model sheet and the audit log
 *   sits); 1 is the layout written before versions were recorded (no version cells);
 * - the **model schema** (which parameters a parameter set has: `MODEL_SCHEMA_VERSION`);
 * - the **audit event format** (which fields an audit row's hash covers).
 *
 * A release that moves or adds a product cell raises the layout version and keeps the plan of
 * every older layout, so `verify` can rebuild an older workbook as it was written.
 */
export const WORKBOOK_LAYOUT_VERSION = 4;

/** Layouts this release can rebuild (to verify workbooks earlier releases wrote). */
export const KNOWN_LAYOUT_VERSIONS: readonly number[] = [1, 2, 3, 4];

/** The first layout that records its versions in cells. */
export const VERSIONED_LAYOUT = 2;

/**
 * The first layout with the committee summary sheet (评审摘要), the credit outcome and the
 * provisional mark on the scorecard, and print settings for every product sheet.
 */
export const SUMMARY_LAYOUT = 3;

/**
 * The first layout with the group-derived inputs block (a member scored with its group workbook:
 * the F5 values, their group-workbook cells and the group's fingerprint, before the factor
 * details) and F2's group-level figures when `f2SubsidiaryConcentration` is `groupLevel`.
 */
export const GROUP_INPUTS_LAYOUT = 4;

/** The audit rows this release writes. */
export const AUDIT_EVENT_FORMAT = 2;

export interface FormatVersions {
  readonly layout: number;
  readonly modelSchema: number;
  readonly auditEvents: number;
}

/** What this release writes. */
export const CURRENT_VERSIONS: FormatVersions = {
  layout: WORKBOOK_LAYOUT_VERSION,
  modelSchema: MODEL_SCHEMA_VERSION,
  auditEvents: AUDIT_EVENT_FORMAT,
};
