/** A1 addresses. Row and column indexes are 0-based here; A1 text is 1-based, as Excel shows it. */

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Excel's last row and column (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const letterCache: string[] = [];

/**
 * The column letters of a 0-based column index.
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  const cached = letterCache[index];
  if (cached !== undefined) return cached;
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  if (index < 1024) letterCache[index] = letters;
  return letters;
}

/**
 * The A1 address of a 0-based cell.
 * @example cellAddress(4, 2) // "C5"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
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

function parseCell(text: string): { row: number; column: number } | null {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(text);
  if (match === null) return null;
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number.parseInt(digits, 10);
  if (column > MAX_COLUMNS || row > MAX_ROWS) return null;
  return { row: row - 1, column: column - 1 };
}

/**
 * Parse "A1:F12" (or "$A$1:$F$12", or one cell "B3"); null when it is not an A1 range.
 * @example parseRange("A1:F12") // { top: 0, left: 0, bottom: 11, right: 5 }
 */
export function parseRange(text: string): CellRange | null {
  const parts = text.replace(/\$/g, "").trim().toUpperCase().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const start = parseCell(parts[0] ?? "");
  const end = parts.length === 2 ? parseCell(parts[1] ?? "") : start;
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
