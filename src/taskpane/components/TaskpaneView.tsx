import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import type { SectionId, TaskpaneState } from "../hooks/useTaskpane";
import { TranslationContext, useTranslation } from "../i18n";
import { InputsSection } from "./InputsSection";
// Sections that start closed: loaded on demand (lazy-sections.tsx), not in the first load.
import {
  ModelSection,
  OverrideSection,
  TemplateSection,
  TraceSection,
  VerifySection,
} from "./lazy-sections";
import { OfficerBar } from "./OfficerBar";
import { ScoreSection } from "./ScoreSection";
import { StatusBar } from "./StatusBar";
import { LanguageSwitch, TaskpaneHeader } from "./TaskpaneHeader";

/** Loaded only when a workbook holds a group's tables: its analysis stays out of the first load. */
const GroupSection = lazy(() => import(/* webpackChunkName: "group" */ "./group/GroupSection"));

function GroupLoading() {
  const { tk } = useTranslation();
  return <Spinner size="tiny" labelPosition="after" label={tk("tp.group.loading")} />;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
  },
});

function Section({ id, children }: { readonly id: SectionId; readonly children: ReactNode }) {
  const { tk } = useTranslation();
  return (
    <AccordionItem value={id}>
      <AccordionHeader as="h2" size="large">
        {tk(`tp.section.${id}`)}
      </AccordionHeader>
      <AccordionPanel>{children}</AccordionPanel>
    </AccordionItem>
  );
}

/** The whole task pane, rendered from `useTaskpane`'s state. */
export function TaskpaneView({ state }: { readonly state: TaskpaneState }) {
  const styles = useStyles();
  const { i18n, session, select, focus } = state;
  const s = session.state;
  return (
    <TranslationContext.Provider value={i18n}>
      <main className={styles.root} lang={i18n.language}>
        <TaskpaneHeader />
        <OfficerBar officer={state.officer} />
        <StatusBar
          status={state.status}
          selectionFailure={state.selectionFailure}
          onSelect={select}
        />
        <Accordion multiple collapsible openItems={state.openSections} onToggle={state.onToggle}>
          {state.group.state.phase === "shown" && (
            <Section id="group">
              <Suspense fallback={<GroupLoading />}>
                <GroupSection
                  snapshot={state.group.state.snapshot}
                  task={state.group.state.task}
                  onWrite={state.group.write}
                  onRefresh={state.group.refresh}
                  onSelect={select}
                />
              </Suspense>
            </Section>
          )}
          <Section id="inputs">
            <InputsSection
              inputs={s.inputs}
              busy={session.busy}
              onRead={session.readInputs}
              onSelect={select}
              focusKey={focus.inputs}
            />
          </Section>
          <Section id="score">
            <ScoreSection
              scorecard={s.scorecard}
              issues={s.scoreIssues}
              officerMissing={state.officer.name === ""}
              inputErrors={s.inputs?.issues.length ?? 0}
              busy={session.busy}
              onScore={state.score}
              onReadInputs={session.readInputs}
              onSelect={select}
              focusKey={focus.score}
            />
          </Section>
          <Section id="trace">
            <TraceSection result={s.scorecard?.result ?? null} onSelect={select} />
          </Section>
          <Section id="override">
            <OverrideSection
              result={s.scorecard?.result ?? null}
              modelChangePending={
                s.scorecard?.standing?.change !== undefined &&
                s.scorecard.standing.change !== null &&
                s.scorecard.standing.change.approver === null
              }
              form={state.overrideForm}
              refusal={s.overrideIssues}
              busy={session.busy}
              onSubmit={state.override}
              onApprove={state.approve}
              onSelect={select}
              focusKey={focus.override}
            />
          </Section>
          <Section id="verify">
            <VerifySection
              verification={s.verification}
              busy={session.busy}
              onVerify={session.verify}
              onSelect={select}
              focusKey={focus.verify}
            />
          </Section>
          <Section id="template">
            <TemplateSection
              state={state.template.state}
              onCreate={state.template.create}
              onSelect={select}
            />
          </Section>
          <Section id="model">
            <ModelSection state={state.model.state} onReload={state.model.load} onSelect={select} />
          </Section>
        </Accordion>
        <LanguageSwitch onLanguageChange={state.setLanguage} />
      </main>
    </TranslationContext.Provider>
  );
}
