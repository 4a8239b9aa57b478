import type { VerifyOutcome } from "../../app";
import type { Issue, ModelStanding, ScoreResult } from "../../core";
import type { ReadNotice } from "../../workbook/read";
import type { ApplyReport } from "../../workbook/port";
import type { HostFailure } from "./host-failure";
import type { InputsReport } from "./inputs-report";

/**
 * The scoring session's state machine:
 *
 *   idle ─read→ reading → inputs | inputErrors
 *   any settled ─score→ scoring → scored | inputErrors (refused, with every located problem)
 *   any settled ─override→ overriding → overridden | (refused: back where it was, with reasons)
 *   any settled ─verify→ verifying → verified | mismatch
 *   a busy phase whose host call fails → failed
 *
 * Override and verify are allowed without a score in this session: the workbook may carry a
 * scorecard written earlier, and the use cases refuse (with the reason) when it does not.
 */
export type BusyPhase = "reading" | "scoring" | "overriding" | "verifying";
export type SettledPhase =
  "idle" | "inputs" | "inputErrors" | "scored" | "overridden" | "verified" | "mismatch" | "failed";
export type SessionPhase = BusyPhase | SettledPhase;

/** Which section a settled transition concerns (the view moves focus to that result). */
export type Outcome = "inputs" | "score" | "override" | "verify" | "failure";

/** A scorecard this session wrote: the result, what to tell the user, the sheets written. */
export interface WrittenScorecard {
  readonly result: ScoreResult;
  /** Approved model or non-standard parameters (and the change that brought them in). */
  readonly standing?: ModelStanding;
  readonly notices: readonly ReadNotice[];
  readonly sheets: ApplyReport["sheets"];
}

export interface SessionState {
  readonly phase: SessionPhase;
  /** Where a refused override returns to. */
  readonly settled: SettledPhase;
  readonly inputs: InputsReport | null;
  /** Why the last scoring was refused (empty when it was not). */
  readonly scoreIssues: readonly Issue[];
  readonly scorecard: WrittenScorecard | null;
  /** Why the last override was refused (empty when it was not); nothing was written then. */
  readonly overrideIssues: readonly Issue[];
  readonly verification: VerifyOutcome | null;
  readonly failure: HostFailure | null;
  /** The last settled transition: which result, and a counter that changes with every one. */
  readonly last: { readonly outcome: Outcome; readonly revision: number } | null;
}

export type SessionEvent =
  | { readonly type: "started"; readonly phase: BusyPhase }
  | { readonly type: "inputsRead"; readonly inputs: InputsReport }
  | { readonly type: "scored"; readonly inputs: InputsReport; readonly scorecard: WrittenScorecard }
  | {
      readonly type: "scoreRefused";
      readonly inputs: InputsReport;
      readonly issues: readonly Issue[];
    }
  | { readonly type: "overridden"; readonly scorecard: WrittenScorecard }
  | { readonly type: "overrideRefused"; readonly issues: readonly Issue[] }
  | { readonly type: "verified"; readonly outcome: VerifyOutcome }
  | { readonly type: "failed"; readonly failure: HostFailure };

export const INITIAL_SESSION: SessionState = {
  phase: "idle",
  settled: "idle",
  inputs: null,
  scoreIssues: [],
  scorecard: null,
  overrideIssues: [],
  verification: null,
  failure: null,
  last: null,
};

const BUSY: ReadonlySet<SessionPhase> = new Set<SessionPhase>([
  "reading",
  "scoring",
  "overriding",
  "verifying",
]);

export function isBusy(phase: SessionPhase): phase is BusyPhase {
  return BUSY.has(phase);
}

function settle(
  state: SessionState,
  phase: SettledPhase,
  outcome: Outcome,
  changes: Partial<SessionState>
): SessionState {
  return {
    ...state,
    ...changes,
    phase,
    settled: phase,
    last: { outcome, revision: (state.last?.revision ?? 0) + 1 },
  };
}

/** What a busy phase clears as it starts: the result it is about to replace. */
function start(state: SessionState, phase: BusyPhase): SessionState {
  const base = { ...state, phase, failure: null };
  switch (phase) {
    case "reading":
      return base;
    case "scoring":
      return { ...base, scoreIssues: [], overrideIssues: [], verification: null };
    case "overriding":
      return { ...base, overrideIssues: [] };
    case "verifying":
      return { ...base, verification: null };
  }
}

/**
 * The pure transition function. An event that does not fit the phase (a second start while
 * busy, a result with nothing running) leaves the state as it is.
 */
export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === "started") return isBusy(state.phase) ? state : start(state, event.phase);
  switch (event.type) {
    case "inputsRead":
      if (state.phase !== "reading") return state;
      return settle(state, event.inputs.issues.length > 0 ? "inputErrors" : "inputs", "inputs", {
        inputs: event.inputs,
      });
    case "scored":
      if (state.phase !== "scoring") return state;
      return settle(state, "scored", "score", {
        inputs: event.inputs,
        scorecard: event.scorecard,
      });
    case "scoreRefused":
      if (state.phase !== "scoring") return state;
      return settle(state, "inputErrors", "score", {
        inputs: event.inputs,
        scoreIssues: event.issues,
        scorecard: null,
      });
    case "overridden":
      if (state.phase !== "overriding") return state;
      return settle(state, "overridden", "override", {
        scorecard: event.scorecard,
        verification: null,
      });
    case "overrideRefused":
      if (state.phase !== "overriding") return state;
      return settle(state, state.settled, "override", { overrideIssues: event.issues });
    case "verified":
      if (state.phase !== "verifying") return state;
      return settle(state, event.outcome.ok ? "verified" : "mismatch", "verify", {
        verification: event.outcome,
      });
    case "failed":
      if (!isBusy(state.phase)) return state;
      return settle(state, "failed", "failure", { failure: event.failure });
  }
}
