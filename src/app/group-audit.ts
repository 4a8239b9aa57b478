import { formatAmount, formatMessage, msg, type Issue, type Language } from "../core";
import {
  appendAuditEvent,
  auditLogPlan,
  chainClient,
  readAuditLog,
  verifyAuditChain,
  type AuditRow,
} from "../workbook/audit";
import type { WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { GroupAssessment } from "./group-workbook";
import { productSheets } from "./product-sheets";

/** Who assesses the group, when and through what (recorded in the group's audit log). */
export interface GroupAuditContext {
  readonly time: string;
  readonly user: string;
  readonly enteredBy: string;
  readonly language: Language;
  /** The earlier group output being replaced (its audit log is continued), if any. */
  readonly previous?: WorkbookSnapshot | null;
}

/**
 * A group assessment's plan with its audit log (the rules of the clients' logs): the earlier
 * output's log continued, or a new chain started with a `chainStarted` row bound to the group's
 * name; then a `groupAssessed` row with the model fingerprint, the group workbook's fingerprint
 * and the outcome and allocation. A broken log, or another group's, is refused.
 * @example withGroupAudit(assessment, { time, user: "王芳", enteredBy: "govscore", language: "zh-CN" })
 */
export function withGroupAudit(
  assessment: Extract<GroupAssessment, { ok: true }>,
  context: GroupAuditContext
):
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly rows: readonly AuditRow[] }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const sheet =
    context.previous === undefined || context.previous === null
      ? undefined
      : productSheets(context.previous).auditLog;
  let rows: AuditRow[] = sheet === undefined ? [] : readAuditLog(sheet);
  const located = sheet === undefined ? {} : { at: { sheet: sheet.name, cell: "A1" } };
  const groupName = assessment.analysis.groupName;
  const checked = verifyAuditChain(rows);
  if (!checked.ok)
    return {
      ok: false,
      issues: [
        {
          code: "group.auditBroken",
          message: msg("group.issue.auditBroken", { detail: checked.message }),
          ...located,
        },
      ],
    };
  const chain = chainClient(rows);
  if (rows.length > 0 && chain !== groupName)
    return {
      ok: false,
      issues: [
        {
          code: "group.auditOtherGroup",
          message: msg("group.issue.auditOtherGroup", { chain: chain ?? "", group: groupName }),
          ...located,
        },
      ],
    };
  const t = (ref: Parameters<typeof formatMessage>[0]) => formatMessage(ref, context.language);
  const base = {
    time: context.time,
    user: context.user,
    enteredBy: context.enteredBy,
    modelFingerprint: assessment.modelFingerprint,
    inputFingerprint: assessment.groupFingerprint,
  };
  if (rows.length === 0)
    rows = appendAuditEvent(rows, {
      ...base,
      event: "chainStarted",
      result: groupName,
      reason: t(msg("audit.reason.groupChain", { group: groupName })),
    });
  const credit = assessment.analysis.credit;
  rows = appendAuditEvent(rows, {
    ...base,
    event: "groupAssessed",
    result: t(
      msg("audit.result.group", {
        outcome: msg(`group.memberOutcome.${assessment.analysis.outcome}`),
        allocated: formatAmount(credit.allocatedTotal),
        headroom: formatAmount(credit.headroom),
        currency: credit.currency,
      })
    ),
  });
  return {
    ok: true,
    rows,
    plan: { sheets: [...assessment.plan.sheets, auditLogPlan(rows, context.language)] },
  };
}
