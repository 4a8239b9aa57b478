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
 * The first layout with the reading notes (读取说明) at the foot of the scorecard: what the reader
 * reported when the workbook was scored (hidden sheets, rows and columns, formula input cells,
 * near-duplicate names …), recorded in the `scored` audit row by their digest; their count on the
 * committee summary. No cell of layout 3 moves.
 */
export const READING_NOTES_LAYOUT = 4;

/**
 * The first layout written as a credit officer reads it: yes/no figures shown as 是/否 (Yes/No),
 * times as "2026-12-03 15:04（北京时间）" beside the recorded ISO time, the audit log's events
 * named in the sheet's language (the event code kept in its own column).
 */
export const WORDING_LAYOUT = 4;

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
