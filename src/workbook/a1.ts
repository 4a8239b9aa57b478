/**
 * A1 addresses: the one module that turns column letters into numbers and back, parses and
 * writes cell and range references, and qualifies them with a sheet name.
 *
 * Two numberings, and every name says which one it takes:
 * - an **index** is 0-based: `CellRange`, `cellAddress(row, column)`, `parseRange` (as the
 *   snapshot's value grid, Office.js `rowIndex`/`columnIndex` and arrays count);
 * - a **number** is 1-based, as A1 text shows it: `columnLetters(column)`, `columnNumber(letters)`
 *   and the row of `parseCell` (as exceljs counts).
 *
 * Excel's grid is rows 1–1,048,576 and columns A–XFD (1–16,384); a reference outside it is not a
 * reference (except through `parseRange(text, "unbounded")`, for callers that refuse such a
 * reference as such).
 */

/** Rows of an Excel sheet. */
export const MAX_ROWS = 1_048_576;
/** Columns of an Excel sheet (A to XFD). */
export const MAX_COLUMNS = 16_384;

/**
 * A rectangle of cells: 0-based indexes, inclusive, `top <= bottom` and `left <= right`.
 * @example parseRange("A1:F12") // { top: 0, left: 0, bottom: 11, right: 5 }
 */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const letterCache: string[] = [];

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(1) // "A"; columnLetters(28) // "AB"; columnLetters(16384) // "XFD"
 */
export function columnLetters(column: number): string {
  const cached = letterCache[column];
  if (cached !== undefined) return cached;
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  if (column <= 1024) letterCache[column] = letters;
  return letters;
}

/**
 * 1-based column number of column letters, in either case.
 * @example columnNumber("A") // 1; columnNumber("ab") // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The A1 address of a cell given by 0-based indexes.
 * @example cellAddress(4, 2) // "C5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

// Up to 4 letters and 8 digits, so that references just beyond the grid parse (and callers that
// ask for "unbounded" can refuse them as such).
const CELL = /^\$?([A-Za-z]{1,4})\$?(\d{1,8})$/;

/** Column and row numbers (1-based) of one cell, not checked against the grid. */
function cellNumbers(text: string): { column: number; row: number; letters: string } | null {
  const m = CELL.exec(text);
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const row = Number.parseInt(m[2], 10);
  return row >= 1 ? { column: columnNumber(m[1]), row, letters: m[1].toUpperCase() } : null;
}

const onGrid = (column: number, row: number): boolean => column <= MAX_COLUMNS && row <= MAX_ROWS;

/**
 * A single cell address split into column letters and 1-based row; null if it is not one cell on
 * the grid. `$` signs, surrounding spaces and lower case are accepted.
 * @example parseCell("$C$7") // { column: "C", row: 7 }
 * @example parseCell("XFE1") // null
 */
export function parseCell(ref: string): { column: string; row: number } | null {
  const cell = cellNumbers(ref.trim());
  return cell !== null && onGrid(cell.column, cell.row)
    ? { column: cell.letters, row: cell.row }
    : null;
}

/**
 * "C7" or "$C$7" → "$C$7"; null when `ref` is not a single cell.
 * @example absoluteCell("c7") // "$C$7"
 */
export function absoluteCell(ref: string): string | null {
  const cell = parseCell(ref);
  return cell === null ? null : `$${cell.column}$${cell.row}`;
}

/**
 * Parse "A1:F12" (or "$A$1:$F$12", "f12:a1", one cell "B3"); null when it is not an A1 range.
 * With `"unbounded"`, a range beyond the grid (up to column ZZZZ and row 99,999,999) is returned
 * too, for a caller to refuse with its own message (see `isWithinGrid`).
 * @example parseRange("A1:F12") // { top: 0, left: 0, bottom: 11, right: 5 }
 * @example parseRange("A1:XFE1") // null; parseRange("A1:XFE1", "unbounded")?.right // 16384
 */
export function parseRange(text: string, grid: "excel" | "unbounded" = "excel"): CellRange | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const start = cellNumbers(parts[0] ?? "");
  const end = parts.length === 2 ? cellNumbers(parts[1] ?? "") : start;
  if (start === null || end === null) return null;
  if (grid === "excel" && !(onGrid(start.column, start.row) && onGrid(end.column, end.row)))
    return null;
  return {
    top: Math.min(start.row, end.row) - 1,
    left: Math.min(start.column, end.column) - 1,
    bottom: Math.max(start.row, end.row) - 1,
    right: Math.max(start.column, end.column) - 1,
  };
}

/**
 * The A1 address of a range; a single cell is written as one address.
 * @example rangeAddress({ top: 0, left: 0, bottom: 11, right: 5 }) // "A1:F12"
 */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? start
    : `${start}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * Whether a range lies on Excel's grid (A1 to XFD1048576).
 * @example isWithinGrid(parseRange("A1:XFE1", "unbounded")!) // false
 */
export function isWithinGrid(range: CellRange): boolean {
  return range.top >= 0 && range.left >= 0 && range.bottom < MAX_ROWS && range.right < MAX_COLUMNS;
}

/**
 * Rows × columns of a range.
 * @example cellCount(parseRange("A1:C2")!) // 6
 */
export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/**
 * The overlap of two ranges, or null.
 * @example intersect(parseRange("A1:C3")!, parseRange("B2:D4")!) // B2:C3
 */
export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/**
 * The smallest range holding both.
 * @example rangeAddress(boundingRange(parseRange("A2")!, parseRange("C6")!)) // "A2:C6"
 */
export function boundingRange(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * Whether `inner` lies inside `outer`.
 * @example contains(parseRange("A1:C3")!, parseRange("B2")!) // true
 */
export function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/**
 * A sheet name quoted for a reference: in apostrophes, apostrophes doubled. Always quoted, so any
 * sheet name (also a user's) is a reference and never formula text.
 * @example quoteSheet("It's") // "'It''s'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as a formula prefix: always quoted (see `quoteSheet`).
 * @example sheetPrefix("评分模型") // "'评分模型'!"
 */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}

/**
 * An absolute sheet-qualified cell.
 * @example sheetCell("评分模型", "C", 7) // "'评分模型'!$C$7"
 */
export function sheetCell(sheet: string, column: string, row: number): string {
  return `${sheetPrefix(sheet)}$${column}$${row}`;
}

/**
 * An absolute sheet-qualified range, one column unless `lastColumn` is given.
 * @example sheetRange("评分模型", "C", 7, 25) // "'评分模型'!$C$7:$C$25"
 */
export function sheetRange(
  sheet: string,
  column: string,
  firstRow: number,
  lastRow: number,
  lastColumn: string = column
): string {
  return `${sheetPrefix(sheet)}$${column}$${firstRow}:$${lastColumn}$${lastRow}`;
}

/**
 * A reference as a person reads it in a note: the sheet quoted only when it needs quoting (any
 * letters, digits, "_" and "." stay plain, Chinese names included), no `$` signs.
 * @example displayRef("股东名册", "C2:C40") // "股东名册!C2:C40"
 * @example displayRef("My sheet", "$A$1") // "'My sheet'!A1"
 */
export function displayRef(sheet: string, cell: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : quoteSheet(sheet)}!${cell.replace(/\$/g, "")}`;
}

const QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const PLAIN = /^([^'!]+)!(.+)$/;

/**
 * A sheet-qualified reference split at its "!": the sheet (unquoted, apostrophes undoubled) and
 * the reference after it, as written. Null when there is no sheet.
 * @example splitSheetRef("'It''s'!$B$2:$C$3") // { sheet: "It's", ref: "$B$2:$C$3" }
 * @example splitSheetRef("Sheet1!A1") // { sheet: "Sheet1", ref: "A1" }
 */
export function splitSheetRef(text: string): { sheet: string; ref: string } | null {
  const quoted = QUOTED.exec(text);
  if (quoted !== null && quoted[1] !== undefined && quoted[2] !== undefined)
    return { sheet: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const plain = PLAIN.exec(text);
  return plain === null || plain[1] === undefined || plain[2] === undefined
    ? null
    : { sheet: plain[1], ref: plain[2] };
}
