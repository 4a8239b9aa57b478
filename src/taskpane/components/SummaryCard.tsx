import { Badge, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import {
  formatAmount,
  oneLine,
  type CreditAdjustment,
  type Grade,
  type ScoreResult,
} from "../../core";
import { percentText } from "../format";
import { useTranslation } from "../i18n";
import { resultSummary, type OutcomeKind } from "../state/summary";
import { useSectionStyles } from "../styles";

type BadgeColor = "success" | "informative" | "warning" | "danger";

/** The grade's colour; the badge always says the grade and its meaning in words too. */
const GRADE_COLOR: Readonly<Record<Grade, BadgeColor>> = {
  A: "success",
  B: "informative",
  C: "warning",
  D: "danger",
};

const OUTCOME_COLOR: Readonly<Record<OutcomeKind, BadgeColor>> = {
  proceed: "success",
  refer: "warning",
  decline: "danger",
};

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  headline: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  score: { ...typographyStyles.title3, margin: 0 },
  title: { ...typographyStyles.body1Strong, margin: 0 },
  line: { margin: 0, overflowWrap: "anywhere" },
  outcome: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  /** Badges hold words: let a long one wrap at the pane's width rather than overflow. */
  wordBadge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "start" },
  /** Each figure's term above its value, full width: amounts never break in a narrow column. */
  figures: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
  },
  figure: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: "anywhere" },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

function limitText(a: CreditAdjustment, tk: ReturnType<typeof useTranslation>["tk"]): string {
  if (a.recommendedLimit === null || a.requestedLimit === null)
    return tk("tp.adjustment.notRequested");
  return tk("tp.card.limitValue", {
    recommended: formatAmount(a.recommendedLimit),
    requested: formatAmount(a.requestedLimit),
    currency: a.currency,
  });
}

/**
 * The result at a glance: the credit outcome first (with the knock-outs that decided a referral
 * or a decline), the grade badge (colour and words) and score, "provisional" when data are
 * incomplete, the recommended limit and tenor, and how many knock-outs, red flags and gaps the
 * details hold.
 */
export function SummaryCard({ result }: { readonly result: ScoreResult }) {
  const { t, tk } = useTranslation();
  const styles = useStyles();
  const section = useSectionStyles();
  const summary = resultSummary(result);
  const { outcome, counts } = summary;
  const a = result.adjustment;
  return (
    <section className={styles.card} aria-label={tk("tp.card.label")}>
      <h4 className={`${styles.title} ${section.wrap}`}>
        {result.clientName !== null ? oneLine(result.clientName) : tk("cli.noClientName")}
        {result.clientId !== null && ` (${oneLine(result.clientId)})`}
      </h4>
      <div className={styles.outcome}>
        <span className={section.muted}>{tk("tp.label", { label: tk("tp.card.outcome") })}</span>
        <Badge
          appearance="tint"
          shape="rounded"
          color={OUTCOME_COLOR[outcome.kind]}
          className={styles.wordBadge}
          data-testid="outcome"
        >
          {tk(`tp.card.outcome.${outcome.kind}`)}
        </Badge>
      </div>
      {outcome.knockouts.length > 0 && (
        <div>
          <span className={section.muted}>
            {tk("tp.label", { label: tk("tp.card.outcome.because") })}
          </span>
          <ul className={section.list}>
            {outcome.knockouts.map((k) => (
              <li key={k.id} className={section.wrap}>
                {t(k.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.headline}>
        <Badge
          size="extra-large"
          shape="rounded"
          appearance="filled"
          color={GRADE_COLOR[summary.grade]}
          data-testid="grade-badge"
        >
          {tk("tp.card.grade", { grade: summary.grade, meaning: tk(`grade.${summary.grade}`) })}
        </Badge>
        <span className={styles.score}>
          {tk("tp.card.score", { score: summary.score.toFixed(2) })}
        </span>
      </div>
      {summary.provisional && (
        <Badge
          appearance="tint"
          color="warning"
          shape="rounded"
          className={styles.wordBadge}
          data-testid="provisional"
        >
          {tk("tp.card.provisional", { completeness: percentText(summary.completeness) })}
        </Badge>
      )}
      {summary.pendingGrade !== null && (
        <p className={styles.line}>{tk("tp.card.pending", { grade: summary.pendingGrade })}</p>
      )}
      <dl className={styles.figures}>
        <div>
          <dt className={section.muted}>{tk("tp.card.limit")}</dt>
          <dd className={styles.figure}>{limitText(a, tk)}</dd>
        </div>
        <div>
          <dt className={section.muted}>{tk("tp.card.tenor")}</dt>
          <dd className={styles.figure}>
            {a.recommendedTenorMonths === null
              ? tk("tp.adjustment.notRequested")
              : tk("tp.card.tenorValue", { months: a.recommendedTenorMonths.toString() })}
          </dd>
        </div>
      </dl>
      <ul className={styles.counts} aria-label={tk("tp.card.counts")}>
        <li className={counts.knockouts > 0 ? section.error : undefined}>
          {tk("tp.card.count.knockouts", { count: String(counts.knockouts) })}
        </li>
        <li>{tk("tp.card.count.flags", { count: String(counts.flags) })}</li>
        <li>{tk("tp.card.count.gaps", { count: String(counts.gaps) })}</li>
      </ul>
    </section>
  );
}
