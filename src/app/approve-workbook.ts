import {
  applyOverride,
  approveOverride,
  formatMessage,
  msg,
  scoreGovernance,
  type Issue,
} from "../core";
import { appendAuditEvent, auditEventFor } from "../workbook/audit";
import { readInputs, readOptionsFor } from "../workbook/read";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { continuableChain } from "./audit";
import { eventContext } from "./event-context";
import { staleScorecard } from "./override-workbook";
import { workbookParameters } from "./parameters";
import { productSheets } from "./product-sheets";
import { recordedScorecard } from "./recorded-scorecard";
import type { ApproveOptions, UpdateOutcome } from "./types";
import { workbookUpdate } from "./workbook-update";

const refuse = (issues: readonly Issue[]): UpdateOutcome => ({ ok: false, issues });

/**
 * Approve the upgrade pending approval on a scored workbook: a separate act, taken by a second
 * person after the officer's override (never a name the officer typed). The workbook is read and
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
  const scored = scoreGovernance(read.inputs, params);
  if (!scored.ok) return refuse(scored.issues);
  const stale = staleScorecard(scored.value, sheets.scorecard);
  if (stale.length > 0) return refuse(stale);

  const recorded = recordedScorecard(sheets.scorecard).override;
  const at = { sheet: sheets.scorecard.name, cell: recorded?.cells.finalGrade ?? "A1" };
  if (recorded === null || recorded.approver !== "")
    return refuse([{ code: "approve.nothingPending", message: msg("approve.nothingPending"), at }]);
  const pending = applyOverride(
    scored.value,
    {
      finalGrade: recorded.finalGrade,
      reason: recorded.reason,
      officer: recorded.officer,
      at: recorded.at,
    },
    read.inputs.profile,
    params
  );
  if (!pending.ok) return refuse(pending.issues.map((i) => ({ ...i, at })));
  const approved = approveOverride(
    pending.value,
    { approver: options.approver, at: options.now },
    read.inputs.profile,
    params
  );
  if (!approved.ok) return refuse(approved.issues.map((i) => ({ ...i, at })));
  const o = approved.value.override!;
  const context = eventContext({ ...options, user: options.approver.trim() });
  const chain = continuableChain(sheets, approved.value, context);
  if (!chain.ok) return refuse(chain.issues);
  const reason = msg("app.audit.approved", {
    from: o.modelGrade,
    to: o.finalGrade,
    approver: options.approver.trim(),
  });
  return workbookUpdate({
    snapshot,
    sheets,
    result: approved.value,
    inputs: read.inputs,
    layout: read.layout,
    params,
    language: options.language,
    now: options.now,
    auditRows: appendAuditEvent(
      chain.value,
      auditEventFor("approved", approved.value, {
        ...context,
        reason: formatMessage(reason, options.language),
      })
    ),
    notices: read.notices,
    file: options.file ?? "",
    ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
  });
}
