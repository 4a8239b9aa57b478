import type { CellStyle, PlannedCell, PlannedValue, SheetPlan } from "../../workbook/plan";
import { parseRange, sheetPrefix, type CellRange } from "../../workbook/a1";
import { invalidPlanError } from "./errors";

/** Excel's longest cell text. */
const MAX_CELL_TEXT = 32_767;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The number format that keeps whatever is typed or written into a cell as text. */
export const TEXT_FORMAT = "@";

/**
 * Text Excel can hold: well-formed UTF-16, at most 32,767 characters (as the file adapter).
 * @example cellText("a\uD800b") // "a\uFFFDb"
 */
export function cellText(text: string): string {
  const wellFormed = text.replace(LONE_SURROGATE, "\uFFFD");
  return wellFormed.length <= MAX_CELL_TEXT
    ? wellFormed
    : `${wellFormed.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/**
 * Text that Excel would turn into a formula (or strip a character from) if it were written into a
 * cell not formatted as text: "=…", "+…", "-…", "@…", their full-width forms, a leading "'".
 * @example isRiskyText("+cmd|' /C calc'!A0") // true
 */
export function isRiskyText(text: string): boolean {
  return /^\s*[=+\-@＝＋－＠']/u.test(text);
}

/** A planned cell's value as written: a text cell, a number, a boolean, or nothing. */
function constantOf(value: PlannedValue): string | number | boolean | null {
  if (typeof value === "string") return value === "" ? null : cellText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

/** Whether a planned cell is written as text (and so formatted "@" before its value). */
export function isTextCell(cell: PlannedCell): boolean {
  return cell.formula === undefined && typeof cell.value === "string" && cell.value !== "";
}

function cellAt(ref: string, sheet: string): { row: number; column: number } {
  const range = parseRange(ref);
  if (range === null || range.top !== range.bottom || range.left !== range.right)
    throw invalidPlanError(`"${ref}" is not a cell`, sheet);
  return { row: range.top, column: range.left };
}

/**
 * A sheet's cells as the rectangles Office.js sets at once, from A1 to the last planned cell.
 * `null` leaves a cell alone (Office.js ignores null in a 2-D array): formula cells in `values`,
 * constants in `formulas`. Text cells are formatted "@" and formula cells never are, so that
 * text stays text and a formula is a formula.
 */
export interface SheetRectangles {
  readonly range: CellRange;
  readonly numberFormat: (string | null)[][];
  readonly values: (string | number | boolean | null)[][];
  /** Null when the sheet has no formula. */
  readonly formulas: (string | null)[][] | null;
}

function grid<T>(rows: number, columns: number): (T | null)[][] {
  return Array.from({ length: rows }, () => new Array<T | null>(columns).fill(null));
}

/**
 * The rectangles of a planned sheet; `formulaText` rewrites a formula before it is written (the
 * adapter points references to the plan's other sheets at their temporary names).
 * @example sheetRectangles(plan, (f) => f).numberFormat[0][0] // "@" for a title in A1
 */
export function sheetRectangles(
  sheet: SheetPlan,
  formulaText: (formula: string) => string = (f) => f
): SheetRectangles | null {
  if (sheet.cells.length === 0) return null;
  const at = sheet.cells.map((cell) => cellAt(cell.ref, sheet.name));
  const rows = Math.max(...at.map((a) => a.row)) + 1;
  const columns = Math.max(...at.map((a) => a.column)) + 1;
  const numberFormat = grid<string>(rows, columns);
  const values = grid<string | number | boolean>(rows, columns);
  const formulas = sheet.cells.some((c) => c.formula !== undefined)
    ? grid<string>(rows, columns)
    : null;
  sheet.cells.forEach((cell, i) => {
    const { row, column } = at[i] ?? { row: 0, column: 0 };
    const formatRow = numberFormat[row];
    const valueRow = values[row];
    if (formatRow === undefined || valueRow === undefined) return;
    if (cell.formula !== undefined) {
      const formulaRow = formulas?.[row];
      if (formulaRow !== undefined) formulaRow[column] = `=${formulaText(cell.formula)}`;
      // A formula typed into a text-formatted cell stays text: never "@" for a formula.
      formatRow[column] =
        cell.numberFormat === undefined || cell.numberFormat === TEXT_FORMAT
          ? "General"
          : cell.numberFormat;
      return;
    }
    formatRow[column] = isTextCell(cell) ? TEXT_FORMAT : (cell.numberFormat ?? null);
    valueRow[column] = constantOf(cell.value);
  });
  return {
    range: { top: 0, left: 0, bottom: rows - 1, right: columns - 1 },
    numberFormat,
    values,
    formulas,
  };
}

/** Cells of one style, as rectangles: runs along a row, stacked when the rows below repeat them. */
export interface StyledRange {
  readonly style: CellStyle;
  readonly range: CellRange;
}

/**
 * The styled cells of a sheet as few rectangles, so a style is set once per block, not per cell.
 * @example styleRanges(sheet) // [{ style: "header", range: A44:E44 }, …]
 */
export function styleRanges(sheet: SheetPlan): StyledRange[] {
  const byRow = new Map<number, { column: number; style: CellStyle }[]>();
  for (const cell of sheet.cells) {
    if (cell.style === undefined) continue;
    const { row, column } = cellAt(cell.ref, sheet.name);
    const list = byRow.get(row) ?? [];
    list.push({ column, style: cell.style });
    byRow.set(row, list);
  }
  const runs: StyledRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = (byRow.get(row) ?? []).sort((a, b) => a.column - b.column);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const first = cells[start];
      const previous = cells[i - 1];
      const next = cells[i];
      if (first === undefined || previous === undefined) continue;
      if (next !== undefined && next.style === first.style && next.column === previous.column + 1)
        continue;
      runs.push({
        style: first.style,
        range: { top: row, left: first.column, bottom: row, right: previous.column },
      });
      start = i;
    }
  }
  // Stack a run onto the block right above it when both cover the same columns with one style.
  const blocks: StyledRange[] = [];
  const open = new Map<string, number>();
  for (const run of runs) {
    const key = `${run.style}:${run.range.left}:${run.range.right}`;
    const index = open.get(key);
    const block = index === undefined ? undefined : blocks[index];
    if (index !== undefined && block !== undefined && block.range.bottom === run.range.top - 1) {
      blocks[index] = { style: block.style, range: { ...block.range, bottom: run.range.top } };
    } else {
      open.set(key, blocks.length);
      blocks.push(run);
    }
  }
  return blocks;
}

/**
 * A formula's references to the plan's sheets pointed at other names (always written quoted, as
 * the pure layer writes them: "'评分模型'!").
 * @example renameReferences("'评分模型'!C7*2", new Map([["评分模型", "GS~1"]])) // "'GS~1'!C7*2"
 */
export function renameReferences(formula: string, names: ReadonlyMap<string, string>): string {
  let text = formula;
  for (const [from, to] of names)
    if (text.includes(sheetPrefix(from)))
      text = text.split(sheetPrefix(from)).join(sheetPrefix(to));
  return text;
}
