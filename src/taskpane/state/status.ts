import type { CellRef } from "../../core";
import { msg, type Language, type MessageRef } from "../../core/i18n/format-message";
import type { HostFailure } from "./host-failure";
import type { Outcome, SessionState } from "./session";

export type StatusTone = "neutral" | "busy" | "success" | "warning" | "error";

/** The one line the status region announces. */
export interface StatusView {
  readonly message: MessageRef;
  readonly tone: StatusTone;
  /** The cell a failure is about, for a "select it" button. */
  readonly at?: CellRef;
}

/** "Excel reported an error while writing the sheets: …", in the UI language. */
export function failureMessage(failure: HostFailure, language: Language): MessageRef {
  return msg("tp.status.failed", {
    step: msg(`tp.step.${failure.step}`),
    detail: failure.detail[language],
  });
}

/** A failure as the status region shows it. */
export function failureStatus(failure: HostFailure, language: Language): StatusView {
  const view = { message: failureMessage(failure, language), tone: "error" as const };
  return failure.at === undefined ? view : { ...view, at: failure.at };
}

/** What the session is doing or last did, for the status region. */
export function sessionStatus(state: SessionState, language: Language): StatusView {
  const count = (n: number) => String(n);
  switch (state.phase) {
    case "idle":
      return { message: msg("tp.status.idle"), tone: "neutral" };
    case "reading":
      return { message: msg("tp.status.reading"), tone: "busy" };
    case "scoring":
      return { message: msg("tp.status.scoring"), tone: "busy" };
    case "overriding":
      return { message: msg("tp.status.overriding"), tone: "busy" };
    case "verifying":
      return { message: msg("tp.status.verifying"), tone: "busy" };
    case "failed":
      return state.failure === null
        ? { message: msg("tp.status.idle"), tone: "neutral" }
        : failureStatus(state.failure, language);
    default:
      break;
  }
  if (state.last?.outcome === "override" && state.overrideIssues.length > 0)
    return {
      message: msg("tp.status.overrideRefused", { count: count(state.overrideIssues.length) }),
      tone: "warning",
    };
  switch (state.phase) {
    case "inputs": {
      const found = state.inputs?.tables.filter((t) => t.status === "found").length ?? 0;
      return { message: msg("tp.status.inputs", { found: count(found) }), tone: "success" };
    }
    case "inputErrors":
      return state.last?.outcome === "score"
        ? {
            message: msg("tp.status.scoreRefused", { count: count(state.scoreIssues.length) }),
            tone: "error",
          }
        : {
            message: msg("tp.status.inputErrors", {
              count: count(state.inputs?.issues.length ?? 0),
            }),
            tone: "error",
          };
    case "scored":
    case "overridden": {
      const result = state.scorecard?.result;
      if (result === undefined) return { message: msg("tp.status.idle"), tone: "neutral" };
      const pending = result.override?.approval.status === "pending";
      const nonStandard = state.scorecard?.standing?.status.status === "nonStandard";
      const key = nonStandard
        ? "tp.status.nonStandard"
        : state.phase === "scored"
          ? "tp.status.scored"
          : pending
            ? "tp.status.pendingApproval"
            : "tp.status.overridden";
      return {
        message: msg(key, {
          score: result.score.toFixed(2),
          grade: result.finalGrade,
          requested: result.override?.finalGrade ?? "",
        }),
        tone: pending || nonStandard ? "warning" : "success",
      };
    }
    case "verified":
      return { message: msg("tp.status.verified"), tone: "success" };
    case "mismatch":
      return { message: msg("tp.status.mismatch"), tone: "error" };
  }
}

/**
 * A key that changes each time a result of `outcome` arrives (null while the last result is
 * another section's), for moving focus to that result.
 */
export function focusKey(state: SessionState, outcome: Outcome): number | null {
  return state.last?.outcome === outcome ? state.last.revision : null;
}
