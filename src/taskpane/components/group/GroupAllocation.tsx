import { formatAmount, oneLine, type GroupAnalysis } from "../../../core";
import { percentText } from "../../format";
import { useTranslation } from "../../i18n";
import { useSectionStyles } from "../../styles";
import { Figures } from "../Figures";
import { useGroupStyles } from "./styles";

/**
 * The group credit total: cap (ratio × the bank's capital), existing credit, headroom, what the
 * members are recommended and what they are allocated (pro rata when the cap binds), and per
 * member, in tree order, recommended against allocated.
 */
export function GroupAllocation({ analysis }: { readonly analysis: GroupAnalysis }) {
  const { t, tk } = useTranslation();
  const styles = useGroupStyles();
  const section = useSectionStyles();
  const c = analysis.credit;
  return (
    <div className={section.stack}>
      <h3 className={section.heading}>{tk("tp.group.allocation", { currency: c.currency })}</h3>
      <Figures
        figures={[
          { term: tk("grp.cap.ratio"), value: percentText(c.capRatio) },
          { term: tk("grp.cap.cap"), value: formatAmount(c.cap) },
          { term: tk("grp.cap.existing"), value: formatAmount(c.existingTotal) },
          { term: tk("grp.cap.headroom"), value: formatAmount(c.headroom) },
          { term: tk("grp.cap.eligible"), value: formatAmount(c.eligibleTotal) },
          { term: tk("grp.cap.allocated"), value: formatAmount(c.allocatedTotal) },
        ]}
      />
      <p
        className={`${styles.line} ${c.capBinding ? section.error : section.success}`}
        data-testid="cap-binding"
      >
        {tk(c.capBinding ? "tp.group.capBinding" : "tp.group.capNotBinding")}
      </p>
      <p className={`${styles.line} ${section.muted}`}>{t(c.explanation)}</p>
      <table className={styles.table}>
        <caption className={styles.caption}>{tk("tp.group.allocationTable")}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.th} ${styles.memberColumn}`}>
              {tk("grp.col.member")}
            </th>
            <th scope="col" className={`${styles.th} ${styles.thNumber}`}>
              {tk("grp.col.recommended")}
            </th>
            <th scope="col" className={`${styles.th} ${styles.thNumber}`}>
              {tk("grp.col.allocated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.treeOrder.map((index) => {
            const m = analysis.members[index];
            if (m === undefined) return null;
            return (
              <tr key={index} data-testid="allocation-row">
                <th scope="row" className={`${styles.td} ${styles.th}`}>
                  {oneLine(m.name)}
                </th>
                <td className={`${styles.td} ${styles.number}`}>
                  {formatAmount(m.recommendedLimit)}
                </td>
                <td className={`${styles.td} ${styles.number}`}>
                  {formatAmount(m.allocatedLimit)}
                </td>
              </tr>
            );
          })}
          <tr className={styles.total}>
            <th scope="row" className={`${styles.td} ${styles.th}`}>
              {tk("grp.label.total")}
            </th>
            <td className={`${styles.td} ${styles.number}`}>{formatAmount(c.recommendedTotal)}</td>
            <td className={`${styles.td} ${styles.number}`}>{formatAmount(c.allocatedTotal)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
