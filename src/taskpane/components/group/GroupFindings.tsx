import type { GroupAnalysis } from "../../../core";
import type { SelectCell } from "../../hooks/useCellSelection";
import { useTranslation } from "../../i18n";
import { useSectionStyles } from "../../styles";
import { SourceButtons } from "../SourceButtons";
import { useGroupStyles } from "./styles";

interface GroupFindingsProps {
  readonly analysis: GroupAnalysis;
  readonly onSelect: SelectCell;
}

/**
 * The guarantee network's findings (mutual, chains, upstream, collateral, registration,
 * capacity, circular support) and the structure's, each with its action and a button per block
 * of the rows it comes from, which selects them in the workbook.
 */
export function GroupFindings({ analysis, onSelect }: GroupFindingsProps) {
  const { t, tk } = useTranslation();
  const styles = useGroupStyles();
  const section = useSectionStyles();
  return (
    <div className={section.stack}>
      <h3 className={section.heading}>{tk("grp.section.findings")}</h3>
      {analysis.findings.length === 0 ? (
        <p className={section.muted}>{tk("tp.group.noFindings")}</p>
      ) : (
        <ul className={section.plainList} aria-label={tk("grp.section.findings")}>
          {analysis.findings.map((f, i) => (
            <li key={`${f.id}-${i}`} className={styles.finding} data-testid="group-finding">
              <span className={`${section.subheading} ${section.error}`}>
                {tk(`grp.finding.${f.id}`)}
              </span>
              <span className={section.wrap}>{t(f.message)}</span>
              <span className={`${section.muted} ${section.wrap}`}>
                {tk("tp.label", { label: tk("tp.group.action") })}
                {t(f.action)}
              </span>
              <SourceButtons sources={f.sources} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
      <h3 className={section.heading}>{tk("tp.group.flags")}</h3>
      {analysis.flags.length === 0 ? (
        <p className={section.muted}>{tk("tp.group.noFlags")}</p>
      ) : (
        <ul className={section.plainList} aria-label={tk("tp.group.flags")}>
          {analysis.flags.map((f, i) => (
            <li key={`${f.id}-${i}`} className={styles.finding} data-testid="group-flag">
              <span className={section.subheading}>{tk(`grp.flag.${f.id}`)}</span>
              <span className={section.wrap}>{t(f.message)}</span>
              <span className={`${section.muted} ${section.wrap}`}>
                {tk("tp.label", { label: tk("tp.group.action") })}
                {t(f.action)}
              </span>
              <SourceButtons sources={f.sources} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
