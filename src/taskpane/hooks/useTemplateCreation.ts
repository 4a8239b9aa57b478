import { useCallback, useMemo, useReducer } from "react";
import type { Issue, Language } from "../../core";
import type { WorkbookPort } from "../../workbook/port";
import { loadEngine } from "../load-engine";
import { hostStep, toFailure, type HostFailure } from "../state/host-failure";
import { useSingleTask } from "./useSingleTask";

export type TemplateState =
  | { readonly phase: "idle" }
  | { readonly phase: "creating" }
  | { readonly phase: "created"; readonly sheets: readonly string[] }
  | { readonly phase: "refused"; readonly issues: readonly Issue[] }
  | { readonly phase: "failed"; readonly failure: HostFailure };

export interface TemplateCreation {
  readonly state: TemplateState;
  /** Add the instructions and the three input sheets, unless the workbook has any of them. */
  readonly create: () => void;
}

const failed = (error: unknown): TemplateState => ({ phase: "failed", failure: toFailure(error) });
const replace = (_previous: TemplateState, next: TemplateState) => next;

/** The input template, in the UI language, added to the open workbook (refused, with the reason, over existing sheets). */
export function useTemplateCreation(port: WorkbookPort, language: Language): TemplateCreation {
  const [state, dispatch] = useReducer(replace, { phase: "idle" });
  const run = useSingleTask<TemplateState>(dispatch, failed);
  const create = useCallback(
    () =>
      run({ phase: "creating" }, async () => {
        const { templateWorkbook } = await loadEngine();
        const existing = await hostStep("read", () => port.readSnapshot());
        const plan = templateWorkbook(language, existing);
        if (!plan.ok) return { phase: "refused", issues: plan.issues };
        await hostStep("write", () => port.applyPlan(plan.value));
        return { phase: "created", sheets: plan.value.sheets.map((s) => s.name) };
      }),
    [run, port, language]
  );
  return useMemo(() => ({ state, create }), [state, create]);
}
