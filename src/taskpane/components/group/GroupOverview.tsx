import { Badge } from "@fluentui/react-components";
import { oneLine, type GroupAnalysis, type MemberOutcome } from "../../../core";
import { useTranslation } from "../../i18n";
import { useSectionStyles } from "../../styles";
import { useGroupStyles } from "./styles";

const OUTCOME_COLOR: Readonly<Record<MemberOutcome, "success" | "warning" | "danger">> = {
  proceed: "success",
  refer: "warning",
  decline: "danger",
};

/** The group at a glance: its name, how many members, the group outcome and why. */
export function GroupOverview({ analysis }: { readonly analysis: GroupAnalysis }) {
  const { t, tk } = useTranslation();
  const styles = useGroupStyles();
  const section = useSectionStyles();
  return (
    <section className={styles.card} aria-label={tk("tp.group.outcome")}>
      <h3 className={styles.title}>{oneLine(analysis.groupName)}</h3>
      <p className={`${styles.line} ${section.muted}`}>
        {tk("tp.group.members", { count: String(analysis.members.length) })}
      </p>
      <div className={styles.outcome}>
        <span className={section.muted}>{tk("tp.label", { label: tk("tp.group.outcome") })}</span>
        <Badge
          appearance="tint"
          shape="rounded"
          color={OUTCOME_COLOR[analysis.outcome]}
          className={styles.wordBadge}
          data-testid="group-outcome"
        >
          {tk(`tp.card.outcome.${analysis.outcome}`)}
        </Badge>
      </div>
      <p className={styles.line}>{t(analysis.outcomeReason)}</p>
    </section>
  );
}
