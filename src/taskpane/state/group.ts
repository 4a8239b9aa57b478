import type { Issue } from "../../core";
import type { ReadNotice } from "../../workbook/read";
import type { ApplyReport } from "../../workbook/port";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { HostFailure } from "./host-failure";

/**
 * The Group section's state machine:
 *
 *   hidden ─a read finds the group tables→ shown (the group analysed from that snapshot)
 *   shown ─a read without them→ hidden
 *   shown ─refresh→ reading → shown | failed
 *   shown ─write→ writing → written | refused (located issues, nothing written) | failed
 *
 * Every snapshot any part of the pane reads is looked at (names only); the analysis itself runs
 * in the lazily loaded section, from the snapshot kept here.
 */
export type GroupTask =
  | { readonly phase: "idle" }
  | { readonly phase: "reading" }
  | { readonly phase: "writing" }
  | {
      readonly phase: "written";
      readonly sheets: ApplyReport["sheets"];
      readonly notices: readonly ReadNotice[];
    }
  | { readonly phase: "refused"; readonly issues: readonly Issue[] }
  | { readonly phase: "failed"; readonly failure: HostFailure };

export type GroupState =
  | { readonly phase: "hidden" }
  | {
      readonly phase: "shown";
      /** The last snapshot read that holds the group tables. */
      readonly snapshot: WorkbookSnapshot;
      readonly task: GroupTask;
    };

export type GroupEvent =
  | { readonly type: "read"; readonly snapshot: WorkbookSnapshot; readonly holdsGroup: boolean }
  | { readonly type: "task"; readonly task: GroupTask };

export const INITIAL_GROUP: GroupState = { phase: "hidden" };

export function isGroupBusy(state: GroupState): boolean {
  return (
    state.phase === "shown" && (state.task.phase === "reading" || state.task.phase === "writing")
  );
}

/**
 * The pure transition function. A read keeps the last task's outcome (a written sheet stays
 * reported) unless the group tables are gone.
 */
export function groupReducer(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case "read":
      if (!event.holdsGroup) return INITIAL_GROUP;
      return {
        phase: "shown",
        snapshot: event.snapshot,
        task: state.phase === "shown" ? state.task : { phase: "idle" },
      };
    case "task":
      if (state.phase !== "shown") return state;
      return { ...state, task: event.task };
  }
}
