import { cellAddress, columnLetter, parseRange, type CellRange } from "../../src/workbook/read/a1";

export { cellAddress, columnLetter, type CellRange };

export const MAX_ROW = 1_048_575;
export const MAX_COLUMN = 16_383;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * An address inside a sheet, as Worksheet.getRange takes it: "B2", "A1:F12", "$A$1", whole
 * columns "A:C" and whole rows "2:5". A leading "Sheet!" is split off and returned.
 */
export function parseAddress(text: string): { sheet: string | null; range: CellRange } | null {
  let sheet: string | null = null;
  let rest = text.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    sheet =
      prefix.startsWith("'") && prefix.endsWith("'")
        ? prefix.slice(1, -1).replace(/''/g, "'")
        : prefix;
    rest = rest.slice(bang + 1);
  }
  rest = rest.replace(/\$/g, "").toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(rest);
  if (columns !== null) {
    const a = columnIndex(columns[1] ?? "A");
    const b = columnIndex(columns[2] ?? "A");
    return {
      sheet,
      range: { top: 0, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) },
    };
  }
  const rows = /^(\d+):(\d+)$/.exec(rest);
  if (rows !== null) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return {
      sheet,
      range: { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMN },
    };
  }
  const range = parseRange(rest);
  return range === null ? null : { sheet, range };
}

/** "A1:F12", or "B3" for one cell, or "A:A" for whole columns. */
export function addressOf(range: CellRange): string {
  if (range.top === 0 && range.bottom === MAX_ROW)
    return `${columnLetter(range.left)}:${columnLetter(range.right)}`;
  const start = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? start
    : `${start}:${cellAddress(range.bottom, range.right)}`;
}

/** A sheet name as Excel writes it in an address: quoted unless plain letters and digits. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersection(a: CellRange, b: CellRange): CellRange | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
