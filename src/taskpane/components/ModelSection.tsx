import { Button } from "@fluentui/react-components";
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

function ParameterList({ rows }: { readonly rows: readonly ParameterRow[] }) {
  const { t } = useTranslation();
  const styles = useSectionStyles();
  const figure = useFigureStyles();
  return (
    <ul className={styles.plainList}>
      {rows.map((row, i) => (
        <li key={`${row.path}-${i}`} className={styles.wrap}>
          <div>{t(row.description)}</div>
          <div className={figure.value}>{t(parameterText(row))}</div>
          <code className={styles.muted}>{row.path}</code>
        </li>
      ))}
    </ul>
  );
}

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
          <ParameterList rows={model.rows} />
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
