import { Button, Checkbox, useId } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Issue } from "../../core";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import { loadCatalogue } from "../pane-messages";
import { useTranslation } from "../i18n";
import type { WrittenScorecard } from "../state/session";
import { useSectionStyles } from "../styles";
import { lazyView } from "./LazyView";
import { LocatedList } from "./LocatedList";

/** The result (summary card, details, sheets written): its own chunk, not in the first load. */
export const ScoredWorkbook = lazyView(() =>
  Promise.all([
    import(/* webpackChunkName: "pane-result" */ "./ScoredWorkbook"),
    loadCatalogue(),
  ]).then(([m]) => m.ScoredWorkbook)
);

interface ScoreSectionProps {
  readonly scorecard: WrittenScorecard | null;
  /** Why the last scoring was refused. */
  readonly issues: readonly Issue[];
  /** The officer's name is needed first (the audit log records who scored). */
  readonly officerMissing: boolean;
  /**
   * Errors the last reading of the inputs found: scoring would only refuse them, so Score waits
   * (with the reason) until the inputs are read again without them.
   */
  readonly inputErrors: number;
  readonly busy: boolean;
  /** Score; `useWorkbookModel`: under the workbook's own model sheet, as non-standard. */
  readonly onScore: (useWorkbookModel: boolean) => void;
  /** Read the inputs again (after fixing them in the workbook). */
  readonly onReadInputs: () => void;
  readonly onSelect: SelectCell;
  readonly focusKey: number | null;
}

/** Runs the model on the live workbook and shows the result and its credit adjustment. */
export function ScoreSection(props: ScoreSectionProps) {
  const { scorecard, issues, officerMissing, inputErrors, busy, onScore, onSelect, focusKey } =
    props;
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, focusKey);
  const [useWorkbookModel, setUseWorkbookModel] = useState(false);
  const reasonId = useId("score-blocked");
  const blocked = officerMissing || inputErrors > 0;
  return (
    <div className={styles.stack}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || blocked}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => onScore(useWorkbookModel)}
        >
          {tk("tp.score.run")}
        </Button>
        {inputErrors > 0 && (
          <Button disabledFocusable={busy} onClick={props.onReadInputs}>
            {tk("tp.inputs.read")}
          </Button>
        )}
      </div>
      {blocked && (
        <p id={reasonId} className={`${styles.muted} ${styles.wrap}`}>
          {officerMissing && tk("tp.score.needsOfficer")}
          {officerMissing && inputErrors > 0 && " "}
          {inputErrors > 0 && tk("tp.score.blockedByInputs", { count: String(inputErrors) })}
        </p>
      )}
      <Checkbox
        checked={useWorkbookModel}
        onChange={(_, data) => setUseWorkbookModel(data.checked === true)}
        label={tk("tp.score.useWorkbookModel")}
      />
      {issues.length > 0 && (
        <>
          <h3 ref={heading} tabIndex={-1} className={`${styles.heading} ${styles.error}`}>
            {tk("tp.score.refused", { count: String(issues.length) })}
          </h3>
          <LocatedList items={issues} onSelect={onSelect} tone="error" />
        </>
      )}
      {scorecard === null ? (
        issues.length === 0 && <p className={styles.muted}>{tk("tp.score.none")}</p>
      ) : (
        <>
          <h3 ref={heading} tabIndex={-1} className={styles.heading}>
            {tk("tp.score.result")}
          </h3>
          <ScoredWorkbook scorecard={scorecard} onSelect={onSelect} />
        </>
      )}
    </div>
  );
}
