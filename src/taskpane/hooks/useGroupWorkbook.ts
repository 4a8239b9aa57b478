import { useCallback, useMemo, useReducer } from "react";
import type { Language } from "../../core";
import { msg } from "../../core/i18n/format-message";
import type { Clock } from "../clock";
import { ADDIN_ENTRY } from "./useScorecardSession";
import type { WorkbookPort } from "../../workbook/port";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import {
  groupReducer,
  INITIAL_GROUP,
  type GroupEvent,
  type GroupState,
  type GroupTask,
} from "../state/group";
import { hostStep, toFailure } from "../state/host-failure";
import { writeWarningNotices } from "../state/write-warnings";
import { useSingleTask } from "./useSingleTask";

const failed = (error: unknown): GroupEvent => ({
  type: "task",
  task: { phase: "failed", failure: toFailure(error) },
});

export interface GroupWorkbook {
  readonly state: GroupState;
  /** Looks at a snapshot the pane read: shows the section when it holds a group's tables. */
  readonly observe: (snapshot: WorkbookSnapshot) => Promise<void>;
  /** Reads the workbook again (one request). */
  readonly refresh: () => void;
  /**
   * Reads the workbook, analyses the group and writes the group sheet (集团评估) and its model
   * sheet: one request to read, one to write, one to read back.
   */
  readonly write: () => void;
}

/**
 * A port that shows every snapshot it reads to `observe`: the pane's other sections read the
 * workbook, and the Group section appears when such a read finds a group's tables.
 */
export function observingPort(
  port: WorkbookPort,
  observe: (snapshot: WorkbookSnapshot) => Promise<void>
): WorkbookPort {
  return {
    readSnapshot: async () => {
      const snapshot = await port.readSnapshot();
      // Not awaited: the other sections need not wait for the group detection to load; a failed
      // load only leaves the Group section hidden (its own Read shows the failure).
      observe(snapshot).catch(() => undefined);
      return snapshot;
    },
    applyPlan: (plan) => port.applyPlan(plan),
    readValues: (sheet, refs) => port.readValues(sheet, refs),
    select: (sheet, range) => port.select(sheet, range),
  };
}

/**
 * The Group section's state and actions. The analysis and the plan come from the app use case
 * `analyseGroupWorkbook` (the command line's `govscore group` too), loaded on first use so that
 * a client's workbook never downloads it.
 */
export function useGroupWorkbook(
  port: WorkbookPort,
  language: Language,
  clock: Clock,
  /** The officer's name for the audit log ("" until given: the write is refused until then). */
  officer: string
): GroupWorkbook {
  const [state, dispatch] = useReducer(groupReducer, INITIAL_GROUP);

  // The detection reads table specs from the core: loaded on demand (in order, so the last
  // snapshot read is the one shown), to keep the core out of the pane's first load.
  const observe = useCallback(
    (snapshot: WorkbookSnapshot): Promise<void> =>
      import(/* webpackChunkName: "group-detect" */ "../../workbook/read/group/detect").then(
        ({ holdsGroupTables }) =>
          dispatch({ type: "read", snapshot, holdsGroup: holdsGroupTables(snapshot) })
      ),
    []
  );

  const runTask = useSingleTask<GroupEvent>(dispatch, failed);
  const run = useCallback(
    (started: GroupTask, task: () => Promise<GroupTask>) =>
      runTask({ type: "task", task: started }, async () => ({ type: "task", task: await task() })),
    [runTask]
  );

  const read = useCallback(async () => {
    const snapshot = await hostStep("read", () => port.readSnapshot());
    await observe(snapshot);
    return snapshot;
  }, [port, observe]);

  const refresh = useCallback(
    () =>
      run({ phase: "reading" }, async () => {
        await read();
        return { phase: "idle" };
      }),
    [run, read]
  );

  const write = useCallback(
    () =>
      run({ phase: "writing" }, async () => {
        if (officer === "")
          return {
            phase: "refused",
            issues: [{ code: "tp.needsOfficer", message: msg("tp.score.needsOfficer") }],
          };
        const snapshot = await read();
        const { analyseGroupWorkbook } = await import(
          /* webpackChunkName: "group" */ "../../app/analyse-group-workbook"
        );
        // The group sheet, its model sheet and the workbook's audit log with a groupAssessed row.
        const outcome = analyseGroupWorkbook(snapshot, {
          language,
          audit: { time: clock(), user: officer, enteredBy: ADDIN_ENTRY },
        });
        if (!outcome.ok) return { phase: "refused", issues: outcome.issues };
        const report = await hostStep("write", () => port.applyPlan(outcome.plan));
        return {
          phase: "written",
          sheets: report.sheets,
          notices: [...outcome.notices, ...writeWarningNotices(report)],
        };
      }),
    [run, read, port, language, clock, officer]
  );

  return useMemo(() => ({ state, observe, refresh, write }), [state, observe, refresh, write]);
}
