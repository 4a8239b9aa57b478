/**
 * The task pane: scores the open workbook's governance inputs and writes the scorecard, model and
 * audit-log sheets. It touches the workbook only through the WorkbookPort it is given.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Language } from "../core";
import type { WorkbookPort } from "../workbook/port";
import { systemClock, type Clock } from "./clock";
import { preloadPaneParts } from "./components/lazy-sections";
import { TaskpaneView } from "./components/TaskpaneView";
import { browserStorage } from "./hooks/useOfficerName";
import { useTaskpane } from "./hooks/useTaskpane";
import { translation } from "./i18n";
import { toFailure } from "./state/host-failure";

export interface AppProps {
  /** The workbook; null outside Excel (a plain browser), where the pane says so. */
  readonly port: WorkbookPort | null;
  /** Why Excel offered no port (an Excel too old for the add-in, say), shown instead of the pane. */
  readonly portError?: unknown;
  readonly initialLanguage: Language;
  readonly clock?: Clock;
  /** Where the officer's name is remembered; default the browser's local storage, if any. */
  readonly storage?: Storage | null;
}

const useStyles = makeStyles({
  notInExcel: { padding: tokens.spacingHorizontalL },
});

function Taskpane(props: AppProps & { readonly port: WorkbookPort }) {
  const [storage] = useState(() =>
    props.storage === undefined ? browserStorage() : props.storage
  );
  const state = useTaskpane({
    port: props.port,
    initialLanguage: props.initialLanguage,
    clock: props.clock ?? systemClock,
    storage,
  });
  // The first view is on screen: load what it left out (the engine, the result, the sections).
  useEffect(preloadPaneParts, []);
  return <TaskpaneView state={state} />;
}

function NoWorkbook({ language, error }: { readonly language: Language; readonly error: unknown }) {
  const styles = useStyles();
  const { tk } = translation(language);
  return (
    <main className={styles.notInExcel} lang={language}>
      <h1>{tk("tp.title")}</h1>
      <p role="alert">
        {error === undefined ? tk("tp.notInExcel") : toFailure(error).detail[language]}
      </p>
    </main>
  );
}

export default function App(props: AppProps) {
  const port = props.port;
  return port === null ? (
    <NoWorkbook language={props.initialLanguage} error={props.portError} />
  ) : (
    <Taskpane {...props} port={port} />
  );
}
