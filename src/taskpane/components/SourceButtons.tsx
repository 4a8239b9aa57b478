import { Button } from "@fluentui/react-components";
import type { CellRef } from "../../core";
import { cellAddress, sourceRanges } from "../format";
import type { SelectCell } from "../hooks/useCellSelection";
import { useTranslation } from "../i18n";
import { useSectionStyles } from "../styles";

interface SourceButtonsProps {
  readonly sources: readonly CellRef[];
  readonly onSelect: SelectCell;
}

/** One button per block of cells a figure was read from (exact rectangles, see sourceRanges). */
export function SourceButtons({ sources, onSelect }: SourceButtonsProps) {
  const { tk } = useTranslation();
  const styles = useSectionStyles();
  const ranges = sourceRanges(sources);
  if (ranges.length === 0) return null;
  return (
    <div className={styles.actions}>
      {ranges.map((range) => (
        <Button
          key={`${range.sheet}!${range.cell}`}
          size="small"
          className={styles.wrap}
          onClick={() => onSelect(range.sheet, range.cell)}
        >
          {tk("tp.selectCells", { cells: cellAddress(range) })}
        </Button>
      ))}
    </div>
  );
}
