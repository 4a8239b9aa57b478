import {
  applyOverride,
  formatMessage,
  gradeSteps,
  msg,
  scoreGovernance,
  type Issue,
  type ScoreResult,
} from "../core";
import { appendAuditEvent, auditEventFor, type AuditRow } from "../workbook/audit";
import { readInputs, readOptionsFor, type ReadNotice } from "../workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { auditBreakNotice, existingAuditRows } from "./audit";
import { workbookParameters } from "./parameters";
import { markerNotices, productSheets } from "./product-sheets";
import { recordedScorecard } from "./recorded-scorecard";
import type { OverrideOptions, UpdateOutcome } from "./types";
import { workbookUpdate } from "./workbook-update";

const refuse = (issues: readonly Issue[]): UpdateOutcome => ({ ok: false, issues });

/** The scorecard on file must be the one these inputs and parameters give today. */
function staleScorecard(result: ScoreResult, scorecard: SheetSnapshot): Issue[] {
  const sheet = scorecard.name;
  const recorded = recordedScorecard(scorecard);
  const issues: Issue[] = [];
  if (recorded.modelFingerprint !== result.modelFingerprint)
    issues.push({
      code: "override.modelChanged",
      message: msg("app.issue.modelChangedSinceScoring", {
        found: recorded.modelFingerprint,
        expected: result.modelFingerprint,
      }),
      at: { sheet, cell: recorded.cells.modelFingerprint },
    });
  if (recorded.inputFingerprint !== result.inputFingerprint)
    issues.push({
      code: "override.inputsChanged",
      message: msg("app.issue.inputsChangedSinceScoring", {
        found: recorded.inputFingerprint,
        expected: result.inputFingerprint,
      }),
      at: { sheet, cell: recorded.cells.inputFingerprint },
    });
  return issues;
}

/** `overridden` by the officer, then, for an upgrade, `approved` by the second person. */
function overrideEvents(
  rows: readonly AuditRow[],
  result: ScoreResult,
  options: OverrideOptions
): AuditRow[] {
  const o = result.override;
  if (o === null) return [...rows];
  const context = { time: options.now, language: options.language };
  let log = appendAuditEvent(
    rows,
    auditEventFor("overridden", result, { ...context, user: o.officer })
  );
  if (gradeSteps(o.modelGrade, o.finalGrade) > 0 && o.approver !== null) {
    const reason = msg("app.audit.approved", {
      from: o.modelGrade,
      to: o.finalGrade,
      approver: o.approver,
    });
    log = appendAuditEvent(
      log,
      auditEventFor("approved", result, {
        ...context,
        user: o.approver,
        reason: formatMessage(reason, options.language),
      })
    );
  }
  return log;
}

/**
 * Record an officer's override on a scored workbook (governance-model.md §6). The workbook is
 * read and scored again with its own parameters; if that no longer gives the scorecard on file
 * (inputs or parameters changed since), the override is refused: score again first. The core's
 * rules then decide (reason, one grade up at most with a second person's approval, never above a
 * knock-out cap); a refusal carries every reason and changes nothing. On success the scorecard
 * and its credit adjustment follow the final grade and the audit log gains `overridden` (and
 * `approved` for an upgrade).
 * @example
 * overrideWorkbook(snapshot, { finalGrade: "D", reason: "诉讼未决", officer: "王芳", now, language: "zh-CN" })
 * // { ok: true, summary: { finalGrade: "D", … }, plan, … }
 */
export function overrideWorkbook(
  snapshot: WorkbookSnapshot,
  options: OverrideOptions
): UpdateOutcome {
  const sheets = productSheets(snapshot);
  if (sheets.scorecard === undefined)
    return refuse([
      { code: "override.notScored", message: msg("app.issue.notScored") },
      // A scorecard marker on a sheet that is not the product's: say which, and why.
      ...markerNotices(snapshot),
    ]);
  const loaded = workbookParameters(sheets, options.model?.definition);
  if (!loaded.ok) return refuse(loaded.issues);
  const params = loaded.value;
  if (params.schemaVersion < params.definition.schemaVersion)
    return refuse([
      {
        code: "override.schemaOlder",
        message: msg("app.issue.schemaOlder", {
          found: params.schemaVersion,
          current: params.definition.schemaVersion,
        }),
        ...(sheets.model === undefined ? {} : { at: { sheet: sheets.model.name, cell: "A1" } }),
      },
    ]);
  const read = readInputs(snapshot, readOptionsFor(params));
  if (!read.ok) return refuse(read.issues);
  const scored = scoreGovernance(read.inputs, params);
  if (!scored.ok) return refuse(scored.issues);
  const stale = staleScorecard(scored.value, sheets.scorecard);
  if (stale.length > 0) return refuse(stale);

  const applied = applyOverride(
    scored.value,
    {
      finalGrade: options.finalGrade,
      reason: options.reason,
      officer: options.officer,
      ...(options.approver === undefined ? {} : { approver: options.approver }),
      at: options.now,
    },
    read.inputs.profile,
    params
  );
  if (!applied.ok) return refuse(applied.issues);
  const rows = existingAuditRows(sheets);
  return workbookUpdate({
    snapshot,
    sheets,
    result: applied.value,
    inputs: read.inputs,
    layout: read.layout,
    params,
    language: options.language,
    now: options.now,
    auditRows: overrideEvents(rows, applied.value, options),
    notices: [
      ...read.notices,
      ...(sheets.auditLog === undefined
        ? []
        : [auditBreakNotice(rows, sheets.auditLog.name)]
      ).filter((n): n is ReadNotice => n !== null),
    ],
    file: options.file ?? "",
    ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
  });
}
