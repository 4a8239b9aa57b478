import { formatMessage, msg, type Language, type ScoreResult } from "../../core";
import type { AuditEvent } from "./chain";
import type { AuditEventKind } from "./row";

/**
 * The result column: score, model grade and final grade in one line.
 * @example auditResultText(result, "en-US") // "score 73.00 · model C · final C"
 */
export function auditResultText(
  result: ScoreResult,
  language: Language,
  scoreDecimals = 2
): string {
  return formatMessage(
    msg("audit.result", {
      score: result.score.toFixed(scoreDecimals),
      model: result.modelGrade,
      final: result.finalGrade,
    }),
    language
  );
}

/**
 * An event about a scored client. For "overridden" the reason defaults to the override's reason.
 * @example
 * const time = "2025-03-01T09:30:00+08:00";
 * auditEventFor("scored", result, { time, user: "王芳", language: "zh-CN" })
 */
export function auditEventFor(
  event: AuditEventKind,
  result: ScoreResult,
  context: {
    readonly time: string;
    readonly user: string;
    readonly language: Language;
    readonly reason?: string;
    readonly scoreDecimals?: number;
  }
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
  };
}
