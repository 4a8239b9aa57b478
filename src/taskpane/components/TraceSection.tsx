import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import type { FactorResult, ScoreResult } from "../../core";
import { measureText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";
import { Figures } from "./Figures";
import { SourceButtons } from "./SourceButtons";

interface FactorTraceProps {
  readonly factor: FactorResult;
  readonly onSelect: SelectCell;
}

/** One factor: its measured inputs, the rule that fired and points × weight = weighted points. */
function FactorTrace({ factor, onSelect }: FactorTraceProps) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <div className={styles.stack}>
      {factor.status === "missing" && <p className={styles.error}>{tk("sc.status.missing")}</p>}
      {factor.measures.length > 0 && (
        <Figures
          figures={factor.measures.map((m) => ({
            term: t(m.label),
            value: <span className={styles.wrap}>{t(measureText(m.value))}</span>,
          }))}
        />
      )}
      <p className={styles.wrap}>
        <span className={styles.subheading}>{tk("tp.label", { label: tk("sc.label.rule") })}</span>
        {t(factor.rule)}
      </p>
      {factor.notes.map((note, i) => (
        <p key={i} className={styles.wrap}>
          <span className={styles.subheading}>
            {tk("tp.label", { label: tk("sc.label.ruleNote") })}
          </span>
          {t(note)}
        </p>
      ))}
      <p className={styles.subheading}>
        {tk("tp.trace.arithmetic", {
          points: factor.points.toString(),
          weight: factor.weight.toString(),
          weighted: factor.weightedPoints.toString(),
        })}
      </p>
      <SourceButtons sources={factor.cells ?? factor.sources} onSelect={onSelect} />
    </div>
  );
}

interface TraceSectionProps {
  readonly result: ScoreResult | null;
  readonly onSelect: SelectCell;
}

/** Every factor of the last score, each expanding to how it was computed. */
export function TraceSection({ result, onSelect }: TraceSectionProps) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  if (result === null) return <p className={styles.muted}>{tk("tp.trace.none")}</p>;
  return (
    <Accordion multiple collapsible>
      {result.factors.map((factor) => (
        <AccordionItem key={factor.id} value={factor.id}>
          <AccordionHeader as="h3" size="small">
            {tk("tp.trace.factor", {
              id: factor.id,
              name: t(factor.name),
              weighted: factor.weightedPoints.toString(),
            })}
          </AccordionHeader>
          <AccordionPanel>
            <FactorTrace factor={factor} onSelect={onSelect} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
