import { useCallback, useEffect, useMemo, useState } from "react";
import type { AccordionToggleEventHandler } from "@fluentui/react-components";
import type { Language } from "../../core";
import type { WorkbookPort } from "../../workbook/port";
import type { Clock } from "../clock";
import { translation } from "../i18n";
import { failureStatus, focusKey, sessionStatus } from "../state/status";
import { useCellSelection } from "./useCellSelection";
import { observingPort, useGroupWorkbook } from "./useGroupWorkbook";
import { useModelParameters } from "./useModelParameters";
import { useOfficerName } from "./useOfficerName";
import { useOverrideForm } from "./useOverrideForm";
import { useScorecardSession } from "./useScorecardSession";
import { useTemplateCreation } from "./useTemplateCreation";

export type SectionId =
  "group" | "inputs" | "score" | "trace" | "override" | "verify" | "template" | "model";

const INITIALLY_OPEN: SectionId[] = ["inputs", "score"];

export interface TaskpaneOptions {
  readonly port: WorkbookPort;
  readonly initialLanguage: Language;
  readonly clock: Clock;
  /** Where the officer's name is remembered; null where the browser offers no storage. */
  readonly storage: Storage | null;
}

/**
 * The task pane's state: every feature hook, wired together. The view renders what this returns
 * and calls its handlers; it holds no logic of its own.
 */
export function useTaskpane({ port, initialLanguage, clock, storage }: TaskpaneOptions) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const i18n = useMemo(() => translation(language), [language]);
  const officer = useOfficerName(storage);
  // Every snapshot the pane reads is shown to the Group section, which appears on a group workbook.
  const group = useGroupWorkbook(port, language, clock, officer.name);
  const observe = group.observe;
  const observed = useMemo(() => observingPort(port, observe), [port, observe]);
  const session = useScorecardSession(observed, language, clock);
  const overrideForm = useOverrideForm(officer.name);
  const template = useTemplateCreation(observed, language);
  const model = useModelParameters(observed, clock);
  const selection = useCellSelection(port);
  const [openSections, setOpenSections] = useState<SectionId[]>(INITIALLY_OPEN);
  // The Group section opens when it first appears (a read found a group's tables).
  const groupShown = group.state.phase === "shown";
  useEffect(() => {
    if (groupShown) setOpenSections((open) => (open.includes("group") ? open : ["group", ...open]));
  }, [groupShown]);

  const loadModel = model.load;
  const onToggle: AccordionToggleEventHandler<SectionId> = useCallback(
    (_event, data) => {
      // Read the model sheet each time its section opens: a score may have written or changed it.
      if (data.openItems.includes("model") && !openSections.includes("model")) loadModel();
      setOpenSections(data.openItems);
    },
    [openSections, loadModel]
  );

  const { score: runScore, override: runOverride, approve: runApprove } = session;
  const score = useCallback(
    (useWorkbookModel = false) => {
      if (officer.name !== "") runScore(officer.name, useWorkbookModel);
    },
    [officer.name, runScore]
  );
  const override = useCallback(() => {
    const { finalGrade, reason, officer: name } = overrideForm.values;
    runOverride({ finalGrade, reason, officer: name });
  }, [runOverride, overrideForm]);
  const approve = useCallback(
    () => runApprove(overrideForm.values.approver),
    [runApprove, overrideForm]
  );

  const state = session.state;
  return {
    i18n,
    setLanguage,
    officer,
    session,
    overrideForm,
    template,
    model,
    group,
    select: selection.select,
    status: sessionStatus(state, language),
    selectionFailure:
      selection.failure === null ? null : failureStatus(selection.failure, language),
    openSections,
    onToggle,
    score,
    override,
    approve,
    focus: {
      inputs: focusKey(state, "inputs"),
      score: focusKey(state, "score"),
      override: focusKey(state, "override"),
      verify: focusKey(state, "verify"),
    },
  };
}

export type TaskpaneState = ReturnType<typeof useTaskpane>;
