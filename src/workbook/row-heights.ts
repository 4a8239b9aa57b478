import { CELL_STYLES } from "./cell-styles";
import { columnNumber, parseCell } from "./a1";
import type { PlannedCell, SheetPlan } from "./plan";

/** Excel's default: 8.43 characters wide, 15 points high for an 11-point font. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_ROW_HEIGHT = 15;

/** Characters of East Asian scripts take about two columns' worth of width. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

/** Each merge's last column by its first cell ("row:column"), parsed once per sheet plan. */
const mergeEnds = new WeakMap<SheetPlan, ReadonlyMap<string, number>>();

function mergeEndsOf(sheet: SheetPlan): ReadonlyMap<string, number> {
  const known = mergeEnds.get(sheet);
  if (known !== undefined) return known;
  const ends = new Map<string, number>();
  for (const merge of sheet.merges ?? []) {
    const [from, to] = merge.split(":").map((part) => parseCell(part));
    const key = from ? `${from.row}:${columnNumber(from.column)}` : "";
    if (from && to && !ends.has(key)) ends.set(key, columnNumber(to.column));
  }
  mergeEnds.set(sheet, ends);
  return ends;
}

function mergedWidth(ref: string, sheet: SheetPlan, widths: readonly number[]): number {
  const cell = parseCell(ref);
  if (cell === null) return DEFAULT_COLUMN_WIDTH;
  const column = columnNumber(cell.column);
  const widthOf = (c: number) => widths[c - 1] ?? DEFAULT_COLUMN_WIDTH;
  const end = mergeEndsOf(sheet).get(`${cell.row}:${column}`);
  if (end !== undefined) {
    let total = 0;
    for (let c = column; c <= end; c++) total += widthOf(c);
    return total;
  }
  return widthOf(column);
}

function linesOf(cell: PlannedCell, width: number): number {
  if (typeof cell.value !== "string") return 1;
  // A column of width w holds about w characters of the default font, less a little padding.
  const perLine = Math.max(1, width - 1);
  return cell.value
    .split("\n")
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
}

/**
 * Heights for the rows whose wrapped text needs more than one line, estimated from the text, the
 * column widths and the font size, so printed scorecards never overlap lines (exceljs writes no
 * heights of its own, and a spreadsheet does not re-fit rows of a file it opens). Both adapters
 * apply these heights.
 * @example estimateRowHeights({ name: "S", role: "scorecard", columnWidths: [10], cells: [{ ref: "A1", value: "a long sentence here", style: "note" }] }) // [{ row: 1, height: 39 }]
 */
export function estimateRowHeights(sheet: SheetPlan): { row: number; height: number }[] {
  const widths = sheet.columnWidths ?? [];
  const heights = new Map<number, number>(
    (sheet.rowHeights ?? []).map(({ row, height }) => [row, height])
  );
  for (const cell of sheet.cells) {
    const style = cell.style === undefined ? undefined : CELL_STYLES[cell.style];
    if (style?.wrapText !== true) continue;
    const row = parseCell(cell.ref)?.row;
    if (row === undefined) continue;
    const lines = linesOf(cell, mergedWidth(cell.ref, sheet, widths));
    if (lines < 2) continue;
    const lineHeight = Math.ceil(((style.font?.size ?? 11) * 4) / 3);
    const height = lines * lineHeight + 3;
    if (height > Math.max(DEFAULT_ROW_HEIGHT, heights.get(row) ?? 0)) heights.set(row, height);
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
