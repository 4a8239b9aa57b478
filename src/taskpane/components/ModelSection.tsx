import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
} from "@fluentui/react-components";
import type { ParameterDifference } from "../../core";
import type { ParameterRow } from "../../workbook/model-sheet";
import { parameterText } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import type { ModelState } from "../hooks/useModelParameters";
import { useTranslation } from "../i18n";
import type { ModelView } from "../state/model-view";
import { FailureNotice } from "./FailureNotice";
import { useFigureStyles, useSectionStyles } from "../styles";
import { Figures } from "./Figures";
import { LocatedList } from "./LocatedList";

function ParameterList({
  rows,
  differences,
}: {
  readonly rows: readonly ParameterRow[];
  /** Shown with each changed parameter's approved value. */
  readonly differences?: readonly ParameterDifference[];
}) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const figure = useFigureStyles();
  return (
    <ul className={styles.plainList}>
      {rows.map((row, i) => {
        const difference = differences?.find((d) => d.path === row.path);
        return (
          <li key={`${row.path}-${i}`} className={styles.wrap}>
            <div>{t(row.description)}</div>
            <div className={figure.value}>{t(parameterText(row))}</div>
            {difference !== undefined && (
              <div className={styles.error}>
                {tk("tp.model.approvedValue", { value: difference.approved || "—" })}
              </div>
            )}
            <code className={styles.muted}>{row.path}</code>
          </li>
        );
      })}
    </ul>
  );
}

/** The parameters that differ from the approved model (first, open), then each group collapsed. */
function GroupedParameters({ model }: { readonly model: LoadedView }) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  const comparison = model.comparison;
  const differences = comparison?.differences ?? [];
  const changedPaths = new Set(differences.map((d) => d.path));
  // One row per changed path (a list parameter such as the rating scale has several rows).
  const changedRows = model.rows.filter(
    (row, i) => changedPaths.has(row.path) && model.rows.findIndex((r) => r.path === row.path) === i
  );
  return (
    <>
      {comparison !== null && differences.length === 0 && (
        <p className={styles.success}>
          {tk("tp.model.noChanges", { version: comparison.version })}
        </p>
      )}
      <Accordion multiple collapsible defaultOpenItems={changedRows.length > 0 ? ["changed"] : []}>
        {comparison !== null && changedRows.length > 0 && (
          <AccordionItem value="changed">
            <AccordionHeader as="h4" size="small">
              {tk("tp.model.changedGroup", {
                version: comparison.version,
                count: String(differences.length),
              })}
            </AccordionHeader>
            <AccordionPanel>
              <ParameterList rows={changedRows} differences={differences} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {model.groups.map((group) => (
          <AccordionItem key={group.id} value={group.id}>
            <AccordionHeader as="h4" size="small">
              {t(group.title)}
            </AccordionHeader>
            <AccordionPanel>
              <ParameterList rows={group.rows} differences={differences} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}

type LoadedView = Exclude<ModelView, { readonly source: "invalid" }>;

function ModelSource({
  model,
  onSelect,
}: {
  readonly model: ModelView;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const sheet = model.sheet;
  return (
    <>
      <p className={styles.wrap}>
        {model.source === "workbook"
          ? tk("tp.model.fromSheet", { sheet: model.sheet ?? "" })
          : model.source === "invalid"
            ? tk("tp.model.invalid", { sheet: model.sheet })
            : tk("tp.model.default")}
      </p>
      {sheet !== null && (
        <div className={styles.actions}>
          <Button onClick={() => onSelect(sheet, "A1")}>{tk("tp.model.selectSheet")}</Button>
        </div>
      )}
    </>
  );
}

function LoadedModel({
  model,
  onSelect,
}: {
  readonly model: ModelView;
  readonly onSelect: SelectCell;
}) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <>
      <ModelSource model={model} onSelect={onSelect} />
      {model.source === "invalid" ? (
        <LocatedList items={model.issues} onSelect={onSelect} tone="error" />
      ) : (
        <>
          <Figures
            figures={[
              { term: tk("sc.label.modelVersion"), value: model.version },
              {
                term: tk("sc.label.modelFingerprint"),
                value: <span className={styles.wrap}>{model.fingerprint}</span>,
              },
            ]}
          />
          <h3 className={styles.subheading}>
            {tk("tp.model.parameters", { count: String(model.rows.length) })}
          </h3>
          <GroupedParameters model={model} />
        </>
      )}
    </>
  );
}

interface ModelSectionProps {
  readonly state: ModelState;
  readonly onReload: () => void;
  readonly onSelect: SelectCell;
}

/** The model version, fingerprint and every parameter the workbook is scored with. */
export function ModelSection({ state, onReload, onSelect }: ModelSectionProps) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <div className={styles.stack}>
      <p>{tk("tp.model.explain")}</p>
      <div className={styles.actions}>
        <Button disabledFocusable={state.phase === "loading"} onClick={onReload}>
          {tk("tp.model.reload")}
        </Button>
      </div>
      <div role="status">
        {state.phase === "loading" && tk("tp.model.loading")}
        {state.phase === "failed" && <FailureNotice failure={state.failure} onSelect={onSelect} />}
      </div>
      {state.phase === "loaded" && <LoadedModel model={state.model} onSelect={onSelect} />}
    </div>
  );
}
