import { formatMessage, msg, shortFingerprint, type Language, type ScoreResult } from "../core";
import {
  appendAuditEvent,
  auditEventFor,
  readAuditLog,
  verifyAuditChain,
  type AuditRow,
} from "../workbook/audit";
import type { ReadNotice } from "../workbook/read";
import type { ProductSheets } from "./product-sheets";

/**
 * The rows of the workbook's audit log as they are (none when it has no log).
 * @example existingAuditRows(productSheets(snapshot)).length // 3
 */
export function existingAuditRows(sheets: ProductSheets): AuditRow[] {
  return sheets.auditLog === undefined ? [] : readAuditLog(sheets.auditLog);
}

/**
 * A break in the log does not stop scoring (its rows are written back exactly as they were, so
 * verify still finds it), but the user is told at once.
 * @example auditBreakNotice(rows, "审计日志")?.at // { sheet: "审计日志", cell: "A3" }
 */
export function auditBreakNotice(rows: readonly AuditRow[], sheet: string): ReadNotice | null {
  const check = verifyAuditChain(rows);
  if (check.ok) return null;
  return {
    code: "audit.broken",
    message: msg("app.notice.auditBroken", { detail: check.message }),
    at: { sheet, cell: `A${check.row + 1}` },
  };
}

/**
 * The log with this run's events: `modelChanged` first when the parameters' fingerprint differs
 * from the last logged one (saying so when only the schema was migrated), then `scored`.
 * @example withScoredEvents(rows, result, { time, user: "王芳", language: "zh-CN" }).at(-1)?.event // "scored"
 */
export function withScoredEvents(
  rows: readonly AuditRow[],
  result: ScoreResult,
  context: {
    readonly time: string;
    readonly user: string;
    readonly language: Language;
    /** The model schema the workbook's parameters were migrated from (and to), if they were. */
    readonly migratedFrom?: number;
    readonly migratedTo?: number;
  }
): AuditRow[] {
  let log = [...rows];
  const last = rows[rows.length - 1];
  if (last !== undefined && last.modelFingerprint !== result.modelFingerprint) {
    const fingerprints = {
      previous: shortFingerprint(last.modelFingerprint),
      current: shortFingerprint(result.modelFingerprint),
    };
    const reason =
      context.migratedFrom === undefined
        ? msg("app.audit.modelChanged", fingerprints)
        : msg("app.audit.modelMigrated", {
            ...fingerprints,
            from: context.migratedFrom,
            to: context.migratedTo ?? context.migratedFrom,
          });
    log = appendAuditEvent(
      log,
      auditEventFor("modelChanged", result, {
        time: context.time,
        user: context.user,
        language: context.language,
        reason: formatMessage(reason, context.language),
      })
    );
  }
  const { time, user, language } = context;
  return appendAuditEvent(log, auditEventFor("scored", result, { time, user, language }));
}
