import { Button, Checkbox } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { oneLine, shortFingerprint, type Issue, type ScoreResult } from "../../core";
import { gradeText, percentText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import { useTranslation } from "../i18n";
import type { WrittenScorecard } from "../state/session";
import { useSectionStyles } from "../styles";
import { AdjustmentFigures } from "./AdjustmentFigures";
import { Figures } from "./Figures";
import { FlagList, KnockoutList } from "./Findings";
import { LocatedList } from "./LocatedList";
import { ModelStatusBanner } from "./ModelStatusBanner";

interface ScoreSectionProps {
  readonly scorecard: WrittenScorecard | null;
  /** Why the last scoring was refused. */
  readonly issues: readonly Issue[];
  /** The officer's name is needed first (the audit log records who scored). */
  readonly officerMissing: boolean;
  readonly busy: boolean;
  /** Score; `useWorkbookModel`: under the workbook's own model sheet, as non-standard. */
  readonly onScore: (useWorkbookModel: boolean) => void;
  readonly onSelect: SelectCell;
  readonly focusKey: number | null;
}

function ResultFigures({ result }: { readonly result: ScoreResult }) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <Figures
      figures={[
        {
          term: tk("sc.label.clientName"),
          value: (
            <span className={styles.wrap}>
              {result.clientName !== null ? oneLine(result.clientName) : tk("cli.noClientName")}
              {result.clientId !== null && ` (${oneLine(result.clientId)})`}
            </span>
          ),
        },
        { term: tk("sc.label.score"), value: result.score.toFixed(2), headline: true },
        { term: tk("sc.label.finalGrade"), value: t(gradeText(result.finalGrade)), headline: true },
        { term: tk("sc.label.modelGrade"), value: t(gradeText(result.modelGrade)) },
        { term: tk("sc.label.scoreGrade"), value: t(gradeText(result.scoreGrade)) },
        { term: tk("sc.label.cap"), value: result.cap ?? tk("cli.none") },
        { term: tk("sc.label.completeness"), value: percentText(result.completeness) },
        {
          term: tk("sc.label.modelVersion"),
          value: tk("tp.model.versionShort", {
            version: result.modelVersion,
            fingerprint: shortFingerprint(result.modelFingerprint),
          }),
        },
      ]}
    />
  );
}

function WrittenSheets({
  scorecard,
  onSelect,
}: {
  readonly scorecard: WrittenScorecard;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const names = Object.values(scorecard.sheets);
  const sheet = scorecard.sheets.scorecard;
  return (
    <div className={styles.stack}>
      <p className={`${styles.muted} ${styles.wrap}`}>
        {tk("tp.score.written", { sheets: names.join(" · ") })}
      </p>
      {sheet !== undefined && (
        <div className={styles.actions}>
          <Button onClick={() => onSelect(sheet, "A1")}>{tk("tp.score.showScorecard")}</Button>
        </div>
      )}
    </div>
  );
}

function ScoredWorkbook({
  scorecard,
  onSelect,
}: {
  readonly scorecard: WrittenScorecard;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const result = scorecard.result;
  return (
    <>
      <ModelStatusBanner standing={scorecard.standing} />
      <ResultFigures result={result} />
      <h3 className={styles.subheading}>{tk("sc.section.adjustment")}</h3>
      <AdjustmentFigures adjustment={result.adjustment} />
      <h3 className={styles.subheading}>{tk("sc.section.knockouts")}</h3>
      <KnockoutList knockouts={result.knockouts} onSelect={onSelect} />
      <h3 className={styles.subheading}>{tk("sc.section.flags")}</h3>
      <FlagList flags={result.flags} onSelect={onSelect} />
      <h3 className={styles.subheading}>{tk("sc.section.gaps")}</h3>
      {result.gaps.length === 0 ? (
        <p className={styles.muted}>{tk("sc.gaps.none")}</p>
      ) : (
        <LocatedList items={result.gaps} onSelect={onSelect} />
      )}
      {scorecard.notices.length > 0 && (
        <>
          <h3 className={styles.subheading}>{tk("tp.notices")}</h3>
          <LocatedList items={scorecard.notices} onSelect={onSelect} />
        </>
      )}
      <WrittenSheets scorecard={scorecard} onSelect={onSelect} />
    </>
  );
}

/** Runs the model on the live workbook and shows the result and its credit adjustment. */
export function ScoreSection(props: ScoreSectionProps) {
  const { scorecard, issues, officerMissing, busy, onScore, onSelect, focusKey } = props;
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, focusKey);
  const [useWorkbookModel, setUseWorkbookModel] = useState(false);
  return (
    <div className={styles.stack}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || officerMissing}
          onClick={() => onScore(useWorkbookModel)}
        >
          {tk("tp.score.run")}
        </Button>
      </div>
      <Checkbox
        checked={useWorkbookModel}
        onChange={(_, data) => setUseWorkbookModel(data.checked === true)}
        label={tk("tp.score.useWorkbookModel")}
      />
      {officerMissing && <p className={styles.muted}>{tk("tp.score.needsOfficer")}</p>}
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
