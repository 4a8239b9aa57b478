import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { hostStep, toFailure, type HostFailure } from "../state/host-failure";
import { modelView, type ModelView } from "../state/model-view";
import { useSingleTask } from "./useSingleTask";

export type ModelState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading" }
  | { readonly phase: "loaded"; readonly model: ModelView }
  | { readonly phase: "failed"; readonly failure: HostFailure };

export interface ModelLoader {
  readonly state: ModelState;
  /** Read the workbook's model sheet again (it may have been written or edited since). */
  readonly load: () => void;
}

const failed = (error: unknown): ModelState => ({ phase: "failed", failure: toFailure(error) });
const replace = (_previous: ModelState, next: ModelState) => next;

/** The model parameters the workbook is scored with, read on demand. */
export function useModelParameters(port: WorkbookPort): ModelLoader {
  const [state, dispatch] = useReducer(replace, { phase: "idle" });
  const run = useSingleTask<ModelState>(dispatch, failed);
  const load = useCallback(
    () =>
      run({ phase: "loading" }, async () => ({
        phase: "loaded",
        model: modelView(await hostStep("read", () => port.readSnapshot())),
      })),
    [run, port]
  );
  return useMemo(() => ({ state, load }), [state, load]);
}
