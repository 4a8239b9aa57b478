import { intersect, type CellRange } from "../../workbook/a1";
import { parseSheetAddress } from "./addresses";

/**
 * What the officer sees of an input sheet, read in the same requests as its cells: which rows and
 * columns are hidden, and which cells hold formulas.
 *
 * - "specialCells" (ExcelApi 1.9: Excel 2021, Microsoft 365, Excel on the web): the block's visible
 *   cells (`getSpecialCellsOrNullObject("Visible")`, an address of rectangles: a row or column no
 *   rectangle covers is hidden) and its formula cells with their formulas
 *   (`getSpecialCellsOrNullObject("Formulas")`). Both are small, whatever the block's size.
 * - "limited" (ExcelApi 1.7 and 1.8: Excel 2019): `rowHidden` and `columnHidden` of the block
 *   (ExcelApi 1.2) say whether none, all or some rows (columns) are hidden; "some" cannot be
 *   listed and is reported as unlisted. The formulas are loaded with the cells (desktop Excel has
 *   no payload limit).
 */
export type OfficerViewMode = "specialCells" | "limited";

/** The proxies queued for one block of an input sheet. */
export interface ViewProxies {
  readonly block: Excel.Range;
  readonly visible?: Excel.RangeAreas;
  readonly formulas?: Excel.RangeAreas;
}

/** Queues what the officer sees of a block whose cells are being loaded. */
export function queueOfficerView(block: Excel.Range, mode: OfficerViewMode): ViewProxies {
  block.load("rowHidden, columnHidden");
  if (mode === "limited") return { block };
  const visible = block.getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  const formulas = block.getSpecialCellsOrNullObject("Formulas");
  formulas.load("address");
  formulas.areas.load("items/address, items/formulas");
  return { block, visible, formulas };
}

/**
 * The rectangles of a RangeAreas address ("Sheet1!A1:H3, Sheet1!A5:H9", sheet names quoted when
 * they need it, a quote doubled): a comma outside quotes separates two.
 * @example areaRanges("'a,b'!A1:B2, 'a,b'!D4") // [A1:B2, D4:D4]
 */
export function areaRanges(address: string): CellRange[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const c of address) {
    if (c === "'") quoted = !quoted;
    if (c === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += c;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts.flatMap((part) => {
    const parsed = parseSheetAddress(part);
    return parsed === null ? [] : [parsed.range];
  });
}

/** What one block says about hidden lines: 0-based rows and columns, and what it could not list. */
export interface HiddenLines {
  readonly rows: readonly number[];
  readonly columns: readonly number[];
  readonly unlistedRows: boolean;
  readonly unlistedColumns: boolean;
}

function lines(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Lines of [first, last] that no area covers (areas given as their [from, to] on that axis). */
function uncovered(first: number, last: number, spans: readonly [number, number][]): number[] {
  return lines(first, last).filter(
    (line) => !spans.some(([from, to]) => from <= line && line <= to)
  );
}

/**
 * The hidden lines of [first, last] on one axis: none or all when Excel's flag says so; when it
 * says "some" (null), those the listed visible areas do not cover, or none when none are listed.
 */
function hiddenAlong(
  hidden: boolean | null,
  first: number,
  last: number,
  listed: boolean,
  spans: () => [number, number][]
): number[] {
  if (hidden === false) return [];
  if (hidden === true) return lines(first, last);
  return listed ? uncovered(first, last, spans()) : [];
}

/**
 * The hidden rows and columns of a block. A row is hidden for all its cells and a column too, so a
 * cell is visible exactly when both its row and column are: the visible rows are those some visible
 * rectangle covers, and the visible columns likewise. `visible` is undefined when not asked
 * (limited mode) and null when the block has no visible cell (then all its rows or all its columns
 * are hidden, which rowHidden and columnHidden tell).
 * @example hiddenLines(A1:C5, null, false, [A1:C2, A4:C5]) // rows [2], columns []
 */
export function hiddenLines(
  block: CellRange,
  rowHidden: boolean | null,
  columnHidden: boolean | null,
  visible: readonly CellRange[] | null | undefined
): HiddenLines {
  const areas = visible === null || visible === undefined ? [] : visible;
  const listed = areas.length > 0;
  const rows = hiddenAlong(rowHidden, block.top, block.bottom, listed, () =>
    areas.map((a) => [a.top, a.bottom])
  );
  const columns = hiddenAlong(columnHidden, block.left, block.right, listed, () =>
    areas.map((a) => [a.left, a.right])
  );
  return {
    rows,
    columns,
    unlistedRows: rowHidden !== false && rowHidden !== true && !listed,
    unlistedColumns: columnHidden !== false && columnHidden !== true && !listed,
  };
}

/** The formula cells of a block, as loaded: each rectangle and its formulas. */
export interface FormulaArea {
  readonly range: CellRange;
  readonly formulas: readonly (readonly unknown[])[];
}

/** What a block's view proxies said, after the request. */
export interface BlockView {
  readonly hidden: HiddenLines;
  readonly formulaAreas: readonly FormulaArea[];
}

function flag(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

/**
 * The block's view from its loaded proxies. Rectangles are cut to the block (as in VBA, the special
 * cells of a one-cell range may be those of its sheet's used range).
 */
export function blockView(block: CellRange, proxies: ViewProxies): BlockView {
  const { visible, formulas } = proxies;
  const visibleAreas =
    visible === undefined
      ? undefined
      : visible.isNullObject
        ? null
        : areaRanges(visible.address).flatMap((range) => intersect(range, block) ?? []);
  const hidden = hiddenLines(
    block,
    flag(proxies.block.rowHidden),
    flag(proxies.block.columnHidden),
    visibleAreas
  );
  const formulaAreas: FormulaArea[] = [];
  if (formulas !== undefined && !formulas.isNullObject)
    for (const area of formulas.areas.items) {
      const range = parseSheetAddress(area.address)?.range;
      const part = range === undefined ? null : intersect(range, block);
      if (range === undefined || part === null) continue;
      formulaAreas.push({
        range: part,
        formulas: area.formulas
          .slice(part.top - range.top, part.bottom - range.top + 1)
          .map((row) => row.slice(part.left - range.left, part.right - range.left + 1)),
      });
    }
  return { hidden, formulaAreas };
}
