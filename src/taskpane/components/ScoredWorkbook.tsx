import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { shortFingerprint, type ScoreResult } from "../../core";
import { gradeText, percentText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import type { WrittenScorecard } from "../state/session";
import { isProvisional } from "../state/summary";
import { useSectionStyles } from "../styles";
import { AdjustmentFigures } from "./AdjustmentFigures";
import { Figures } from "./Figures";
import { FlagList, KnockoutList } from "./Findings";
import { LocatedList } from "./LocatedList";
import { ModelStatusBanner } from "./ModelStatusBanner";
import { SummaryCard } from "./SummaryCard";

/*
 * The Score section's result: the model's standing, the summary card, the collapsed details and
 * the sheets written. Loaded on demand (ScoreSection renders it through lazyView): the pane's
 * first view, before any scoring, does not need it.
 */

function ResultFigures({ result }: { readonly result: ScoreResult }) {
  const { t, tk } = useTranslation();
  return (
    <Figures
      figures={[
        // The client and the headline figures are on the summary card above; here, as figures.
        { term: tk("sc.label.score"), value: result.score.toFixed(2) },
        { term: tk("sc.label.finalGrade"), value: t(gradeText(result.finalGrade)) },
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

/** One collapsed group of the result's details. */
function Detail({
  value,
  title,
  children,
}: {
  readonly value: string;
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h4" size="small">
        {title}
      </AccordionHeader>
      <AccordionPanel>{children}</AccordionPanel>
    </AccordionItem>
  );
}

/**
 * Everything behind the summary card, collapsed: figures, adjustment, knock-outs, red flags,
 * gaps and notices (gaps before flags when the grade is provisional: they are what decided it).
 */
function ResultDetails({
  scorecard,
  onSelect,
}: {
  readonly scorecard: WrittenScorecard;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const result = scorecard.result;
  const count = (n: number) => ({ count: String(n) });
  const gaps = (
    <Detail key="gaps" value="gaps" title={tk("tp.details.gaps", count(result.gaps.length))}>
      {result.gaps.length === 0 ? (
        <p className={styles.muted}>{tk("sc.gaps.none")}</p>
      ) : (
        <LocatedList items={result.gaps} onSelect={onSelect} />
      )}
    </Detail>
  );
  const flags = (
    <Detail key="flags" value="flags" title={tk("tp.details.flags", count(result.flags.length))}>
      <FlagList flags={result.flags} onSelect={onSelect} />
    </Detail>
  );
  return (
    <Accordion
      // What Excel or the reader reported is not a detail to look for: it starts open (a new
      // accordion when notices come or go, so that it does).
      key={scorecard.notices.length > 0 ? "notices" : "none"}
      multiple
      collapsible
      defaultOpenItems={scorecard.notices.length > 0 ? ["notices"] : []}
    >
      <Detail value="figures" title={tk("tp.details.figures")}>
        <ResultFigures result={result} />
      </Detail>
      <Detail value="adjustment" title={tk("tp.details.adjustment")}>
        <AdjustmentFigures adjustment={result.adjustment} />
      </Detail>
      <Detail value="knockouts" title={tk("tp.details.knockouts", count(result.knockouts.length))}>
        <KnockoutList knockouts={result.knockouts} onSelect={onSelect} />
      </Detail>
      {isProvisional(result) ? [gaps, flags] : [flags, gaps]}
      {scorecard.notices.length > 0 && (
        <Detail value="notices" title={tk("tp.details.notices", count(scorecard.notices.length))}>
          <LocatedList items={scorecard.notices} onSelect={onSelect} />
        </Detail>
      )}
    </Accordion>
  );
}

export function ScoredWorkbook({
  scorecard,
  onSelect,
}: {
  readonly scorecard: WrittenScorecard;
  readonly onSelect: SelectCell;
}) {
  return (
    <>
      <ModelStatusBanner standing={scorecard.standing} />
      <SummaryCard result={scorecard.result} />
      <ResultDetails scorecard={scorecard} onSelect={onSelect} />
      <WrittenSheets scorecard={scorecard} onSelect={onSelect} />
    </>
  );
}
