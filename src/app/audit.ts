import {
  failure,
  formatMessage,
  msg,
  shortFingerprint,
  success,
  type Issue,
  type ModelStatus,
  type Outcome,
  type ScoreResult,
} from "../core";
import {
  appendAuditEvent,
  auditCell,
  auditColumnsOf,
  auditEventFor,
  auditHead,
  chainClient,
  chainStartEvent,
  readAuditLog,
  verifyAuditChain,
  type AuditRow,
  type EventContext,
} from "../workbook/audit";
import { differencesText } from "./model-governance";
import type { ProductSheets } from "./product-sheets";
import { recordedScorecard } from "./recorded-scorecard";

/**
 * The rows of the workbook's audit log as they are (none when it has no log).
 * @example existingAuditRows(productSheets(snapshot)).length // 3
 */
export function existingAuditRows(sheets: ProductSheets): AuditRow[] {
  return sheets.auditLog === undefined ? [] : readAuditLog(sheets.auditLog);
}

/** Starting a new chain over a missing, broken or foreign one: an explicit act with a reason. */
export interface NewChain {
  readonly reason: string;
}

/**
 * The audit log a run may continue: an intact chain of this client, or a new one. A workbook
 * scored before whose log is missing, broken or another client's is refused (so history cannot
 * be laundered by deleting or replacing the log), unless the user starts a new chain on purpose,
 * with a reason; the new chain's first row records the old chain's head, or that there was none.
 * A workbook never scored starts its chain.
 * @example continuableChain(sheets, result, context) // { ok: true, value: rows }
 */
export function continuableChain(
  sheets: ProductSheets,
  result: ScoreResult,
  context: EventContext & { readonly newChain?: NewChain }
): Outcome<AuditRow[]> {
  const rows = existingAuditRows(sheets);
  const clientId = result.clientId ?? "";
  const start = (reason: string) =>
    success(appendAuditEvent([], chainStartEvent(result, clientId, reason, context)));
  if (context.newChain !== undefined) {
    const reason = context.newChain.reason.trim();
    if (reason === "")
      return failure([{ code: "audit.newChainReason", message: msg("app.issue.newChainReason") }]);
    const head = auditHead(rows);
    const previous =
      head === null
        ? msg("app.audit.previousNone")
        : msg("app.audit.previousHead", {
            chain: shortFingerprint(head.chain),
            rows: head.rows,
            head: head.hash,
          });
    return start(
      formatMessage(msg("app.audit.chainRestarted", { reason, previous }), context.language)
    );
  }
  const where = sheets.auditLog?.name ?? sheets.scorecard?.name;
  const refuse = (issue: Omit<Issue, "at">, cell = "A1"): Outcome<AuditRow[]> =>
    failure([where === undefined ? issue : { ...issue, at: { sheet: where, cell } }]);
  if (rows.length === 0) {
    if (sheets.scorecard !== undefined)
      return refuse({ code: "audit.logMissing", message: msg("app.issue.auditLogMissing") });
    return start(formatMessage(msg("app.audit.chainNew"), context.language));
  }
  const check = verifyAuditChain(rows);
  if (!check.ok)
    return refuse(
      {
        code: "audit.logBroken",
        message: msg("app.issue.auditLogBroken", { detail: check.message }),
      },
      `A${check.row + 1}`
    );
  const client = chainClient(rows);
  if (client !== null && client !== clientId)
    return refuse(
      {
        code: "audit.otherClient",
        message: msg("app.issue.auditOtherClient", { chain: client, client: clientId }),
      },
      auditCell(auditColumnsOf(sheets.auditLog?.values[0] ?? []), "result", 1)
    );
  // The scorecard records the head the log had when it was written: a shorter or other log is a
  // rewritten history (its own chain may still be intact, cut after any row).
  const recorded =
    sheets.scorecard === undefined ? null : recordedScorecard(sheets.scorecard).auditHead;
  const head = auditHead(rows);
  if (
    recorded !== null &&
    (recorded.rows !== String(head?.rows ?? 0) || recorded.hash !== (head?.hash ?? ""))
  )
    return failure([
      {
        code: "audit.logRewritten",
        message: msg("app.issue.auditLogRewritten", {
          rows: recorded.rows,
          hash: recorded.hash,
          foundRows: head?.rows ?? 0,
        }),
        at: { sheet: sheets.scorecard?.name ?? "", cell: recorded.cells.hash },
      },
    ]);
  return success(rows);
}

/**
 * The log with this run's events: `modelChanged` first when the parameters' fingerprint differs
 * from the last logged one (saying so when only the schema was migrated), or when non-standard
 * parameters are scored that no `modelChanged` row brought in yet (the change is then the
 * officer's, with every parameter that differs from the approved base); then `scored`.
 * @example withScoredEvents(rows, result, { time, user: "王芳", language: "zh-CN", enteredBy }).at(-1)?.event // "scored"
 */
export function withScoredEvents(
  rows: readonly AuditRow[],
  result: ScoreResult,
  context: EventContext & {
    /** The model schema the workbook's parameters were migrated from (and to), if they were. */
    readonly migratedFrom?: number;
    readonly migratedTo?: number;
    /** Whether the parameters are an approved model; non-standard ones are a logged change. */
    readonly status?: ModelStatus;
    /**
     * The `scored` row's reason (layout 4 on: the group workbook of a member scored with it, and
     * the reading notes' count and digest).
     */
    readonly scoredReason?: string;
  }
): AuditRow[] {
  let log = [...rows];
  const { time, user, language, enteredBy } = context;
  const events = { time, user, language, enteredBy };
  const last = rows.filter((r) => r.event !== "chainStarted").at(-1);
  const changed = last !== undefined && last.modelFingerprint !== result.modelFingerprint;
  const status = context.status;
  const nonStandard = status?.status === "nonStandard" ? status : null;
  const unlogged =
    nonStandard !== null &&
    !rows.some((r) => r.event === "modelChanged" && r.modelFingerprint === result.modelFingerprint);
  if (changed || unlogged) {
    const fingerprints = {
      previous: shortFingerprint(last?.modelFingerprint ?? ""),
      current: shortFingerprint(result.modelFingerprint),
    };
    const reason =
      nonStandard !== null && context.migratedFrom === undefined
        ? msg("models.audit.changed", {
            officer: user,
            count: nonStandard.differences.length,
            base: nonStandard.base.version,
            differences: differencesText(nonStandard, language, true),
          })
        : context.migratedFrom !== undefined
          ? msg("app.audit.modelMigrated", {
              ...fingerprints,
              from: context.migratedFrom,
              to: context.migratedTo ?? context.migratedFrom,
            })
          : status?.status === "approved"
            ? msg("models.audit.backToApproved", { version: status.version })
            : msg("app.audit.modelChanged", fingerprints);
    log = appendAuditEvent(
      log,
      auditEventFor("modelChanged", result, { ...events, reason: formatMessage(reason, language) })
    );
  }
  return appendAuditEvent(
    log,
    auditEventFor("scored", result, {
      ...events,
      ...(context.scoredReason === undefined ? {} : { reason: context.scoredReason }),
    })
  );
}
