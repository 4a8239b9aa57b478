import { applyOverride, msg, scoreGovernance, type Issue, type ScoreResult } from "../core";
import { appendAuditEvent, auditEventFor } from "../workbook/audit";
import { readInputs, readOptionsFor } from "../workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { continuableChain } from "./audit";
import { eventContext } from "./event-context";
import { approvedModelsOr, modelStanding } from "./model-governance";
import { workbookParameters } from "./parameters";
import { markerNotices, productSheets } from "./product-sheets";
import { carriedReadingNotes } from "./reading-notes";
import { inputsAsScored } from "./group-member";
import { recordedScorecard } from "./recorded-scorecard";
import type { OverrideOptions, UpdateOutcome } from "./types";
import { workbookUpdate } from "./workbook-update";

const refuse = (issues: readonly Issue[]): UpdateOutcome => ({ ok: false, issues });

/** The scorecard on file must be the one these inputs and parameters give today. */
export function staleScorecard(result: ScoreResult, scorecard: SheetSnapshot): Issue[] {
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

/**
 * Record an officer's override on a scored workbook (governance-model.md §6). The workbook is
 * read and scored again with its own parameters; if that no longer gives the scorecard on file
 * (inputs or parameters changed since), the override is refused: score again first. The core's
 * rules then decide (reason, one grade up at most with a second person's approval, never above a
 * knock-out cap); a refusal carries every reason and changes nothing. On success the audit log
 * gains `overridden` by the officer; a downgrade takes effect at once, an upgrade waits for its
 * approval (`approveWorkbook`, a separate act by a second person).
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
  // A member scored with its group: the group values its scorecard records.
  const inputs = inputsAsScored(sheets.scorecard, read.inputs, params);
  const scored = scoreGovernance(inputs, params);
  if (!scored.ok) return refuse(scored.issues);
  const stale = staleScorecard(scored.value, sheets.scorecard);
  if (stale.length > 0) return refuse(stale);

  const applied = applyOverride(
    scored.value,
    {
      finalGrade: options.finalGrade,
      reason: options.reason,
      officer: options.officer,
      at: options.now,
    },
    inputs.profile,
    params
  );
  if (!applied.ok) return refuse(applied.issues);
  const context = eventContext({ ...options, user: options.officer });
  const chain = continuableChain(sheets, applied.value, context);
  if (!chain.ok) return refuse(chain.issues);
  const auditRows = appendAuditEvent(
    chain.value,
    auditEventFor("overridden", applied.value, context)
  );
  const models = approvedModelsOr(options.approvedModels, params.definition);
  return workbookUpdate({
    snapshot,
    sheets,
    result: applied.value,
    inputs,
    layout: read.layout,
    params,
    language: options.language,
    now: options.now,
    auditRows,
    standing: modelStanding(params, models, options.now, auditRows, applied.value.modelFingerprint),
    notices: read.notices,
    readingNotes: carriedReadingNotes(sheets.scorecard, auditRows),
    file: options.file ?? "",
    ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
  });
}
