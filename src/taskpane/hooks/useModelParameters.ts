import { useCallback, useMemo, useReducer } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { Clock } from "../clock";
import { loadEngine, type Engine } from "../load-engine";
import { hostStep, toFailure, type HostFailure } from "../state/host-failure";
import type { ApprovedContext, ModelView } from "../state/model-view";
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

/** The deployment's approved models on the clock's day; null when they cannot be read. */
function approvedContext(engine: Engine, clock: Clock): ApprovedContext | null {
  const models = engine.deployedModels();
  return models.ok ? { models: models.value, asOf: clock().slice(0, 10) } : null;
}

/**
 * The model parameters the workbook is scored with, read on demand, and how they differ from
 * the approved model.
 */
export function useModelParameters(port: WorkbookPort, clock: Clock): ModelLoader {
  const [state, dispatch] = useReducer(replace, { phase: "idle" });
  const run = useSingleTask<ModelState>(dispatch, failed);
  const load = useCallback(
    () =>
      run({ phase: "loading" }, async () => {
        const engine = await loadEngine();
        const snapshot = await hostStep("read", () => port.readSnapshot());
        return {
          phase: "loaded",
          model: engine.modelView(snapshot, approvedContext(engine, clock)),
        };
      }),
    [run, port, clock]
  );
  return useMemo(() => ({ state, load }), [state, load]);
}
