import { ACTION_KINDS, type FlagRaised, type KnockoutApplied } from "../../core";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";
import { SourceButtons } from "./SourceButtons";

interface KnockoutListProps {
  readonly knockouts: readonly KnockoutApplied[];
  readonly onSelect: SelectCell;
}

/** The knock-outs that capped the grade, each with the cells that triggered it. */
export function KnockoutList({ knockouts, onSelect }: KnockoutListProps) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  if (knockouts.length === 0) return <p className={styles.muted}>{tk("tp.score.noKnockouts")}</p>;
  return (
    <ul className={styles.plainList}>
      {knockouts.map((k) => (
        <li key={k.id} className={styles.stack}>
          <span className={`${styles.error} ${styles.wrap}`}>{t(k.message)}</span>
          <SourceButtons sources={k.sources} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

interface FlagListProps {
  readonly flags: readonly FlagRaised[];
  readonly onSelect: SelectCell;
}

/** Red flags, each with the due-diligence actions it calls for. */
export function FlagList({ flags, onSelect }: FlagListProps) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  if (flags.length === 0) return <p className={styles.muted}>{tk("sc.flags.none")}</p>;
  return (
    <ul className={styles.plainList}>
      {flags.map((flag, i) => (
        <li key={`${flag.id}-${i}`} className={styles.stack}>
          <span className={`${styles.subheading} ${styles.wrap}`}>{t(flag.title)}</span>
          {ACTION_KINDS.map((kind) => {
            const actions = flag.actions.filter((a) => a.kind === kind);
            return actions.length === 0 ? null : (
              <div key={kind} className={styles.stack}>
                <span className={styles.muted}>{tk(`sc.label.action.${kind}`)}</span>
                <ul className={styles.list}>
                  {actions.map((action) => (
                    <li key={action.id}>{t(action.text)}</li>
                  ))}
                </ul>
              </div>
            );
          })}
          <SourceButtons sources={flag.sources} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
