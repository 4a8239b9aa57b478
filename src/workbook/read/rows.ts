import { msg, type TableSpec } from "../../core";
import { rangeAddress } from "../a1";
import type { Findings } from "./findings";
import { cellValue, describeValue, isBlankRow, isBlankValue } from "./grid";
import { regionColumns, type TableRegion } from "./region";
import { matchKey } from "./text";

export interface RowPlan {
  /** 0-based rows that hold data, top to bottom. */
  readonly dataRows: readonly number[];
  /** 1-based rows skipped inside the table: blank rows before the last data row, totals rows. */
  readonly skipped: readonly { readonly row: number; readonly reason: "blank" | "total" }[];
  /** 0-based last non-blank row (a totals row included), or the header row when there is none. */
  readonly lastRow: number;
}

/**
 * Words that open a totals row. 汇总 is the label of Excel's own total row in Chinese Excel; the
 * others are the model document's. Compared without spaces ("合 计") and a trailing colon.
 */
const TOTAL_WORDS = new Set(["合计", "总计", "小计", "汇总", "total", "totals", "sum"]);

/** The first non-blank cell of a row, across all the region's columns (a 序号 column included). */
function totalsLabel(region: TableRegion, row: number): string | null {
  for (let column = region.left; column <= region.right; column++) {
    const value = cellValue(region.sheet, row, column);
    if (isBlankValue(value)) continue;
    if (typeof value !== "string") return null;
    const word = matchKey(value).replace(/ /g, "").replace(/:$/, "");
    return TOTAL_WORDS.has(word) ? describeValue(value) : null;
  }
  return null;
}

const lastOf = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/**
 * Decide which rows hold data. A row is blank when the recognised columns hold nothing (a
 * pre-numbered 序号 column alone does not make a row); blank rows before the last data row are
 * ignored with a notice, blank rows after it silently. Totals rows at the end of the table
 * (合计, 总计, 小计, Total, Totals, Sum) are skipped with a notice; a totals-like row in the middle
 * stays data, so its blanks are reported rather than guessed away.
 * @example planRows(region, [0, 1, 2], SHAREHOLDERS_TABLE, findings).dataRows // [1, 2, 4]
 */
export function planRows(
  region: TableRegion,
  contentColumns: readonly number[],
  spec: TableSpec,
  findings: Findings
): RowPlan {
  const columns = contentColumns.length > 0 ? contentColumns : regionColumns(region);
  const filled: number[] = [];
  for (let row = region.headerRow + 1; row <= region.bottom; row++)
    if (!isBlankRow(region.sheet, row, columns)) filled.push(row);

  const totals: { row: number; label: string }[] = [];
  for (let last = lastOf(filled); last !== undefined; last = lastOf(filled)) {
    const label = totalsLabel(region, last);
    if (label === null) break;
    totals.unshift({ row: last, label });
    filled.pop();
  }

  const table = msg(`table.${spec.id}`);
  const lineAt = (row: number) => ({
    sheet: region.sheet.name,
    cell: rangeAddress({ top: row, bottom: row, left: region.left, right: region.right }),
  });
  const skipped: { row: number; reason: "blank" | "total" }[] = [];
  const lastData = lastOf(filled) ?? region.headerRow;
  let next = 0;
  for (let row = region.headerRow + 1; row < lastData; row++) {
    if (filled[next] === row) {
      next++;
      continue;
    }
    skipped.push({ row: row + 1, reason: "blank" });
    findings.notice(
      "row.blankIgnored",
      msg("read.row.blankIgnored", { row: row + 1, table }),
      lineAt(row)
    );
  }
  for (const total of totals) {
    skipped.push({ row: total.row + 1, reason: "total" });
    findings.notice(
      "row.totalSkipped",
      msg("read.row.totalSkipped", { row: total.row + 1, table, label: total.label }),
      lineAt(total.row)
    );
  }
  return {
    dataRows: filled,
    skipped,
    lastRow: lastOf(totals)?.row ?? lastData,
  };
}
