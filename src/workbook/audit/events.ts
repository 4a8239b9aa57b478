import { formatMessage, msg, type Language, type ScoreResult } from "../../core";
import type { AuditEvent } from "./chain";
import type { AuditEventKind } from "./row";

/**
 * The result column: score, model grade and the final grade in effect in one line, and an upgrade
 * waiting for its approval.
 * @example auditResultText(result, "en-US") // "score 73.00 · model C · final C"
 */
export function auditResultText(
  result: ScoreResult,
  language: Language,
  scoreDecimals = 2
): string {
  const args = {
    score: result.score.toFixed(scoreDecimals),
    model: result.modelGrade,
    final: result.finalGrade,
  };
  const o = result.override;
  return formatMessage(
    o !== null && o.approval.status === "pending"
      ? msg("audit.resultPending", { ...args, requested: o.finalGrade })
      : msg("audit.result", args),
    language
  );
}

/** Who acts and through what, for every event of one run. */
export interface EventContext {
  readonly time: string;
  readonly user: string;
  readonly language: Language;
  /** Through what and under which account (see `AuditRow.enteredBy`). */
  readonly enteredBy: string;
}

/**
 * An event about a scored client. For "overridden" the reason defaults to the override's reason.
 * @example
 * const time = "2025-03-01T09:30:00+08:00";
 * auditEventFor("scored", result, { time, user: "王芳", language: "zh-CN", enteredBy: "govscore" })
 */
export function auditEventFor(
  event: AuditEventKind,
  result: ScoreResult,
  context: EventContext & { readonly reason?: string; readonly scoreDecimals?: number }
): AuditEvent {
  const reason = context.reason ?? (event === "overridden" ? (result.override?.reason ?? "") : "");
  return {
    time: context.time,
    user: context.user,
    event,
    modelFingerprint: result.modelFingerprint,
    inputFingerprint: result.inputFingerprint,
    result: auditResultText(result, context.language, context.scoreDecimals),
    reason,
    enteredBy: context.enteredBy,
  };
}

/**
 * The first row of a new chain: it binds the chain to the client (its ID in the result column) and
 * says why it was started (a first scoring, or a restart with the old chain's head).
 * @example chainStartEvent(result, "JX-GC-2024-0042", "new chain", context).event // "chainStarted"
 */
export function chainStartEvent(
  result: ScoreResult,
  clientId: string,
  reason: string,
  context: EventContext
): AuditEvent {
  return {
    time: context.time,
    user: context.user,
    event: "chainStarted",
    modelFingerprint: result.modelFingerprint,
    inputFingerprint: result.inputFingerprint,
    result: clientId,
    reason,
    enteredBy: context.enteredBy,
  };
}
