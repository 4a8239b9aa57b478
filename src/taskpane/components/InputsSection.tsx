import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import { msg, type MessageRef } from "../../core/i18n/format-message";
import type { SelectCell } from "../hooks/useCellSelection";
import { useFocusOnChange } from "../hooks/useFocusOnChange";
import { useTranslation } from "../i18n";
import type { InputTableReport, InputsReport } from "../state/inputs-report";
import { useSectionStyles } from "../styles";
import { LocatedList } from "./LocatedList";

interface InputsSectionProps {
  readonly inputs: InputsReport | null;
  readonly busy: boolean;
  readonly onRead: () => void;
  readonly onSelect: SelectCell;
  readonly focusKey: number | null;
}

function tableStatus(table: InputTableReport): MessageRef {
  const layout = table.layout;
  if (layout === null)
    return msg(table.status === "absent" ? "tp.inputs.absent" : "tp.inputs.unreadable");
  const rows = String(layout.dataRows.length);
  return layout.source === "excelTable" && layout.tableName !== undefined
    ? msg("tp.inputs.inTable", { table: layout.tableName, sheet: layout.sheet, rows })
    : msg("tp.inputs.inSheet", { sheet: layout.sheet, rows });
}

function InputTables({ tables }: { readonly tables: InputsReport["tables"] }) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <ul className={styles.plainList}>
      {tables.map((table) => (
        <li key={table.id} className={styles.wrap}>
          <span className={styles.subheading}>
            {tk("tp.label", { label: tk(`table.${table.id}`) })}
          </span>
          <span className={table.layout === null ? styles.error : undefined}>
            {t(tableStatus(table))}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Which input tables the workbook has, what the reader did, and every error at its cell. */
export function InputsSection({ inputs, busy, onRead, onSelect, focusKey }: InputsSectionProps) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(heading, focusKey);
  const noneFound = inputs !== null && inputs.tables.every((table) => table.layout === null);
  return (
    <div className={styles.stack}>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={onRead}>
          {tk("tp.inputs.read")}
        </Button>
      </div>
      {inputs === null ? (
        <p className={styles.muted}>{tk("tp.inputs.notRead")}</p>
      ) : (
        <>
          <h3 ref={heading} tabIndex={-1} className={styles.heading}>
            {tk("tp.inputs.tables")}
          </h3>
          <InputTables tables={inputs.tables} />
          {noneFound && <p>{tk("tp.inputs.noneFound")}</p>}
          {inputs.issues.length > 0 ? (
            <>
              <h3 className={styles.subheading}>
                {tk("tp.inputs.errors", { count: String(inputs.issues.length) })}
              </h3>
              <LocatedList items={inputs.issues} onSelect={onSelect} tone="error" />
            </>
          ) : (
            <p className={styles.success}>{tk("tp.inputs.noErrors")}</p>
          )}
          {inputs.notices.length > 0 && (
            <>
              <h3 className={styles.subheading}>{tk("tp.notices")}</h3>
              <LocatedList items={inputs.notices} onSelect={onSelect} />
            </>
          )}
        </>
      )}
    </div>
  );
}
