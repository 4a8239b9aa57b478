/**
 * A1 addresses for the sheets the product writes: column letters, absolute references and
 * sheet-qualified references as they appear inside formulas and in "source" notes.
 */

/**
 * Column letters of a 1-based column number.
 * @example columnLetters(1) // "A"; columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * 1-based column number of column letters ("A" → 1).
 * @example columnNumber("AB") // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * A single cell address split into column letters and 1-based row; null if it is not one.
 * @example parseCell("$C$7") // { column: "C", row: 7 }
 */
export function parseCell(ref: string): { column: string; row: number } | null {
  const m = CELL.exec(ref.trim());
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const row = Number.parseInt(m[2], 10);
  return row >= 1 ? { column: m[1].toUpperCase(), row } : null;
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
 * A sheet name as a formula prefix: always quoted, apostrophes doubled, so any sheet name (also a
 * user's) is a reference and never formula text.
 * @example sheetPrefix("评分模型") // "'评分模型'!"
 */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/**
 * "'评分模型'!$C$7"
 * @example sheetCell("评分模型", "C", 7) // "'评分模型'!$C$7"
 */
export function sheetCell(sheet: string, column: string, row: number): string {
  return `${sheetPrefix(sheet)}$${column}$${row}`;
}

/**
 * "'评分模型'!$C$7:$C$25"
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
 * A reference as a person reads it in a note: the sheet quoted only when it needs quoting.
 * @example displayRef("股东名册", "C2:C40") // "股东名册!C2:C40"
 */
export function displayRef(sheet: string, cell: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell.replace(/\$/g, "")}`;
}
