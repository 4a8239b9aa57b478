import {
  applyOverride,
  approveOverride,
  formatMessage,
  modelStatus,
  msg,
  scoreGovernance,
  shortFingerprint,
  type Issue,
} from "../core";
import { appendAuditEvent, auditEventFor } from "../workbook/audit";
import { readInputs, readOptionsFor } from "../workbook/read";
import { SCORECARD_CELLS } from "../workbook/scorecard";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { continuableChain } from "./audit";
import { eventContext } from "./event-context";
import { staleScorecard } from "./override-workbook";
import { approvedModelsOr, modelChangeOf, modelStanding, samePerson } from "./model-governance";
import { workbookParameters } from "./parameters";
import { productSheets } from "./product-sheets";
import { carriedReadingNotes } from "./reading-notes";
import { inputsAsScored } from "./group-member";
import { recordedScorecard } from "./recorded-scorecard";
import type { ApproveOptions, UpdateOutcome } from "./types";
import { workbookUpdate } from "./workbook-update";

const refuse = (issues: readonly Issue[]): UpdateOutcome => ({ ok: false, issues });

/**
 * Approve what waits for a second person on a scored workbook: the officer's upgrade, and the
 * change that brought non-standard model parameters in (`modelApproved`; the parameters stay
 * non-standard). A separate act, taken after the officer's (never a name the officer typed). The workbook is read and
 * scored again; if that no longer gives the scorecard on file, or its override is not pending,
 * or the approver is the officer (names compared after NFKC, whitespace and case folding), it is
 * refused and nothing changes. Otherwise the grade takes effect and the audit log gains `approved`
 * under the approver's name.
 * @example approveWorkbook(snapshot, { approver: "李强", now, language: "zh-CN" }).ok // true
 */
export function approveWorkbook(
  snapshot: WorkbookSnapshot,
  options: ApproveOptions
): UpdateOutcome {
  const sheets = productSheets(snapshot);
  if (sheets.scorecard === undefined)
    return refuse([{ code: "approve.notScored", message: msg("app.issue.notScored") }]);
  const loaded = workbookParameters(sheets, options.model?.definition);
  if (!loaded.ok) return refuse(loaded.issues);
  const params = loaded.value;
  const read = readInputs(snapshot, readOptionsFor(params));
  if (!read.ok) return refuse(read.issues);
  // A member scored with its group: the group values its scorecard records.
  const inputs = inputsAsScored(sheets.scorecard, read.inputs, params);
  const scored = scoreGovernance(inputs, params);
  if (!scored.ok) return refuse(scored.issues);
  const stale = staleScorecard(scored.value, sheets.scorecard);
  if (stale.length > 0) return refuse(stale);

  const models = approvedModelsOr(options.approvedModels, params.definition);
  const approver = options.approver.trim();
  const context = eventContext({ ...options, user: approver });
  const fingerprint = scored.value.modelFingerprint;
  const chain = continuableChain(sheets, scored.value, context);
  if (!chain.ok) return refuse(chain.issues);
  const change =
    modelStatus(params, models, options.now).status === "nonStandard"
      ? modelChangeOf(chain.value, fingerprint)
      : null;
  const modelPending = change !== null && change.approver === null;

  const recorded = recordedScorecard(sheets.scorecard).override;
  const at = { sheet: sheets.scorecard.name, cell: recorded?.cells.finalGrade ?? "A1" };
  const overridePending = recorded !== null && recorded.approver === "";
  if (!overridePending && !modelPending)
    return refuse([{ code: "approve.nothingPending", message: msg("approve.nothingPending"), at }]);
  if (modelPending && samePerson(approver, change.officer))
    return refuse([
      {
        code: "approve.sameAsModelOfficer",
        message: msg("models.issue.sameApprover", { officer: change.officer }),
        at: { sheet: sheets.scorecard.name, cell: SCORECARD_CELLS.modelStatus },
      },
    ]);

  let result = scored.value;
  let auditRows = chain.value;
  if (modelPending) {
    const reason = msg("models.audit.approved", {
      fingerprint: shortFingerprint(fingerprint),
      officer: change.officer,
      approver,
    });
    auditRows = appendAuditEvent(
      auditRows,
      auditEventFor("modelApproved", result, {
        ...context,
        reason: formatMessage(reason, options.language),
      })
    );
  }
  if (recorded !== null) {
    const pending = applyOverride(
      scored.value,
      {
        finalGrade: recorded.finalGrade,
        reason: recorded.reason,
        officer: recorded.officer,
        at: recorded.at,
      },
      inputs.profile,
      params
    );
    if (!pending.ok) return refuse(pending.issues.map((i) => ({ ...i, at })));
    result = pending.value;
  }
  if (overridePending) {
    const approved = approveOverride(result, { approver, at: options.now }, inputs.profile, params);
    if (!approved.ok) return refuse(approved.issues.map((i) => ({ ...i, at })));
    result = approved.value;
    const o = result.override!;
    const reason = msg("app.audit.approved", { from: o.modelGrade, to: o.finalGrade, approver });
    auditRows = appendAuditEvent(
      auditRows,
      auditEventFor("approved", result, {
        ...context,
        reason: formatMessage(reason, options.language),
      })
    );
  }
  return workbookUpdate({
    snapshot,
    sheets,
    result,
    inputs,
    layout: read.layout,
    params,
    language: options.language,
    now: options.now,
    auditRows,
    standing: modelStanding(params, models, options.now, auditRows, fingerprint),
    notices: read.notices,
    readingNotes: carriedReadingNotes(sheets.scorecard, auditRows),
    file: options.file ?? "",
    ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
  });
}
