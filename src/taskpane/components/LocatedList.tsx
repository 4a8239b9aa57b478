import { Link } from "@fluentui/react-components";
import type { CellRef, MessageRef } from "../../core";
import { cellAddress } from "../cell-address";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";

/** An issue, notice or gap: a message and, usually, the cell it is about. */
export interface Located {
  readonly message: MessageRef;
  readonly at?: CellRef;
}

interface LocatedListProps {
  readonly items: readonly Located[];
  readonly onSelect: SelectCell;
  readonly tone?: "error" | "neutral";
}

/** Messages about cells, each a button that selects its cell in the workbook. */
export function LocatedList({ items, onSelect, tone = "neutral" }: LocatedListProps) {
  const { t, tk } = useTranslation();
  const styles = useSectionStyles();
  return (
    <ul className={`${styles.plainList} ${tone === "error" ? styles.error : ""}`}>
      {items.map((item, i) => {
        const at = item.at;
        const text = t(item.message);
        return (
          <li key={i} className={styles.wrap}>
            {at === undefined ? (
              text
            ) : (
              <Link
                as="button"
                className={styles.blockLink}
                title={tk("tp.selectCell.hint")}
                onClick={() => onSelect(at.sheet, at.cell)}
              >
                {tk("tp.located", { cell: cellAddress(at), text })}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
