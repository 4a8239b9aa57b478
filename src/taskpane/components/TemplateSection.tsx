import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import type { TemplateState } from "../hooks/useTemplateCreation";
import { useTranslation } from "../i18n";
import { FailureNotice } from "./FailureNotice";
import { useSectionStyles } from "../styles";
import { LocatedList } from "./LocatedList";

interface TemplateSectionProps {
  readonly state: TemplateState;
  readonly onCreate: () => void;
  readonly onSelect: SelectCell;
}

function TemplateOutcome({ state, onSelect }: Omit<TemplateSectionProps, "onCreate">) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  switch (state.phase) {
    case "idle":
    case "creating":
      return null;
    case "created":
      return (
        <p className={styles.wrap}>
          {tk("tp.template.createdSheets", { sheets: state.sheets.join(" · ") })}
        </p>
      );
    case "refused":
      return <LocatedList items={state.issues} onSelect={onSelect} tone="error" />;
    case "failed":
      return <FailureNotice failure={state.failure} onSelect={onSelect} />;
  }
}

const HEADINGS = {
  created: "tp.template.created",
  refused: "tp.template.refused",
  failed: "tp.template.failed",
} as const;

/** Adds the input sheets, with drop-downs, to a workbook that has none of them. */
export function TemplateSection({ state, onCreate, onSelect }: TemplateSectionProps) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const settled = state.phase === "idle" || state.phase === "creating" ? null : state.phase;
  useFocusOnChange(heading, settled === null ? null : state);
  return (
    <div className={styles.stack}>
      <p>{tk("tp.template.explain")}</p>
      <div className={styles.actions}>
        <Button disabledFocusable={state.phase === "creating"} onClick={onCreate}>
          {tk("tp.template.create")}
        </Button>
      </div>
      <div role="status" className={styles.stack}>
        {state.phase === "creating" && tk("tp.template.creating")}
        {settled !== null && (
          <h3
            ref={heading}
            tabIndex={-1}
            className={`${styles.heading} ${settled === "created" ? styles.success : styles.error}`}
          >
            {tk(HEADINGS[settled])}
          </h3>
        )}
      </div>
      <TemplateOutcome state={state} onSelect={onSelect} />
    </div>
  );
}
