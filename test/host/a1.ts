import {
  cellAddress,
  columnLetters,
  columnNumber,
  contains,
  intersect,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  quoteSheet,
  rangeAddress,
  splitSheetRef,
  type CellRange,
} from "../../src/workbook/a1";

export { cellAddress, contains, intersect, type CellRange };

/** The last row and column index (0-based) of a sheet. */
export const MAX_ROW = MAX_ROWS - 1;
export const MAX_COLUMN = MAX_COLUMNS - 1;

/**
 * An address inside a sheet, as Worksheet.getRange takes it: "B2", "A1:F12", "$A$1", whole
 * columns "A:C" and whole rows "2:5". A leading "Sheet!" is split off and returned.
 */
export function parseAddress(text: string): { sheet: string | null; range: CellRange } | null {
  const trimmed = text.trim();
  const split = splitSheetRef(trimmed);
  const sheet = split === null ? null : split.sheet;
  const rest = (split === null ? trimmed : split.ref).replace(/\$/g, "").toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(rest);
  if (columns !== null) {
    const a = columnNumber(columns[1] ?? "A") - 1;
    const b = columnNumber(columns[2] ?? "A") - 1;
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
    return `${columnLetters(range.left + 1)}:${columnLetters(range.right + 1)}`;
  return rangeAddress(range);
}

/** A sheet name as Excel writes it in an address: quoted unless plain letters and digits. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : quoteSheet(name);
}
