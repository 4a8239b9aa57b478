import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookUpdate } from "../../app";
import { msg, type Language } from "../../core/i18n/format-message";
import type { WorkbookPort } from "../../workbook/port";
import type { Clock } from "../clock";
import { loadEngine } from "../load-engine";
import { hostStep, toFailure } from "../state/host-failure";
import {
  INITIAL_SESSION,
  isBusy,
  sessionReducer,
  type SessionEvent,
  type SessionState,
  type WrittenScorecard,
} from "../state/session";
import { useSingleTask } from "./useSingleTask";
import { writeWarningNotices } from "../state/write-warnings";

/** An officer's override as the form submits it; the core's rules decide whether it stands. */
export interface OverrideInput {
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
}

/** How the add-in enters audit events (names typed in the pane are declared, not verified). */
export const ADDIN_ENTRY = "Excel add-in";

export interface ScorecardSession {
  readonly state: SessionState;
  readonly busy: boolean;
  /** Read the input tables only (nothing is written). */
  readonly readInputs: () => void;
  /**
   * Read, score, write scorecard, model sheet and audit log; with `useWorkbookModel`, under the
   * workbook's own model sheet, as non-standard parameters.
   */
  readonly score: (user: string, useWorkbookModel?: boolean) => void;
  readonly override: (input: OverrideInput) => void;
  /** A second person approves the pending upgrade and a pending model change. */
  readonly approve: (approver: string) => void;
  /** Re-read the workbook as Excel calculated it and check it against the engine. */
  readonly verify: () => void;
}

/** Write a use case's plan into the workbook: the scorecard the session then shows. */
async function writeScorecard(
  port: WorkbookPort,
  outcome: WorkbookUpdate
): Promise<WrittenScorecard> {
  const written = await hostStep("write", () => port.applyPlan(outcome.plan));
  return {
    result: outcome.result,
    notices: [...outcome.notices, ...writeWarningNotices(written)],
    sheets: written.sheets,
    ...(outcome.standing === undefined ? {} : { standing: outcome.standing }),
  };
}

const failed = (error: unknown): SessionEvent => ({ type: "failed", failure: toFailure(error) });

/**
 * The scoring session on one workbook: every step reads a fresh snapshot through the port, runs
 * a pure use case and, when it plans sheets, writes them with `port.applyPlan`. See
 * state/session.ts for the state machine.
 */
export function useScorecardSession(
  port: WorkbookPort,
  language: Language,
  clock: Clock
): ScorecardSession {
  const [state, dispatch] = useReducer(sessionReducer, INITIAL_SESSION);
  const run = useSingleTask<SessionEvent>(dispatch, failed);
  const read = useCallback(() => hostStep("read", () => port.readSnapshot()), [port]);

  const readInputs = useCallback(
    () =>
      run({ type: "started", phase: "reading" }, async () => {
        const { inputsReport } = await loadEngine();
        return { type: "inputsRead", inputs: inputsReport(await read()) };
      }),
    [run, read]
  );

  const score = useCallback(
    (user: string, useWorkbookModel = false) =>
      run({ type: "started", phase: "scoring" }, async () => {
        const { deployedModels, inputsReport, scoreWorkbook } = await loadEngine();
        const snapshot = await read();
        const inputs = inputsReport(snapshot);
        const models = deployedModels();
        if (!models.ok) return { type: "scoreRefused", inputs, issues: models.issues };
        const outcome = scoreWorkbook(snapshot, {
          language,
          now: clock(),
          user,
          enteredBy: ADDIN_ENTRY,
          approvedModels: models.value,
          useWorkbookModel,
        });
        if (!outcome.ok) return { type: "scoreRefused", inputs, issues: outcome.issues };
        return { type: "scored", inputs, scorecard: await writeScorecard(port, outcome) };
      }),
    [run, read, port, language, clock]
  );

  const override = useCallback(
    (input: OverrideInput) =>
      run({ type: "started", phase: "overriding" }, async () => {
        const { deployedModels, overrideWorkbook } = await loadEngine();
        const models = deployedModels();
        if (!models.ok) return { type: "overrideRefused", issues: models.issues };
        const outcome = overrideWorkbook(await read(), {
          finalGrade: input.finalGrade,
          reason: input.reason,
          officer: input.officer,
          now: clock(),
          language,
          enteredBy: ADDIN_ENTRY,
          approvedModels: models.value,
        });
        if (!outcome.ok) return { type: "overrideRefused", issues: outcome.issues };
        return { type: "overridden", scorecard: await writeScorecard(port, outcome) };
      }),
    [run, read, port, language, clock]
  );

  const approve = useCallback(
    (approver: string) =>
      run({ type: "started", phase: "overriding" }, async () => {
        const { approveWorkbook, deployedModels } = await loadEngine();
        const models = deployedModels();
        if (!models.ok) return { type: "overrideRefused", issues: models.issues };
        const outcome = approveWorkbook(await read(), {
          approver,
          now: clock(),
          language,
          enteredBy: ADDIN_ENTRY,
          approvedModels: models.value,
        });
        if (!outcome.ok) return { type: "overrideRefused", issues: outcome.issues };
        return { type: "overridden", scorecard: await writeScorecard(port, outcome) };
      }),
    [run, read, port, language, clock]
  );

  const verify = useCallback(
    () =>
      run({ type: "started", phase: "verifying" }, async () => {
        const { deployedModels, verifyWorkbook } = await loadEngine();
        const models = deployedModels();
        return {
          type: "verified",
          outcome: models.ok
            ? verifyWorkbook(await read(), { language, approvedModels: models.value })
            : {
                ok: false,
                mismatch: {
                  kind: "unreadable",
                  message: msg("models.issue.deployment"),
                  issues: models.issues,
                },
              },
        };
      }),
    [run, read, language]
  );

  return useMemo(
    () => ({ state, busy: isBusy(state.phase), readInputs, score, override, approve, verify }),
    [state, readInputs, score, override, approve, verify]
  );
}
