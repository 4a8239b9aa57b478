import { parseRange, rangeAddress, type CellRange } from "../../workbook/read/a1";

/** A range on a named sheet, 0-based. */
export interface SheetRange {
  readonly sheet: string;
  readonly range: CellRange;
}

const QUOTED = /^'((?:[^']|'')+)'!(.+)$/;
const PLAIN = /^([^'!]+)!(.+)$/;

/**
 * An address as Office.js reports it ("Sheet1!A1:F12", "'My sheet'!B2", "=股东名册!$A$1");
 * null when it is not one rectangle on one sheet (a #REF! name, a union, a constant).
 * @example parseSheetAddress("'It''s'!$B$2:$C$3") // { sheet: "It's", range: { top: 1, left: 1, bottom: 2, right: 2 } }
 */
export function parseSheetAddress(address: string): SheetRange | null {
  const text = address.startsWith("=") ? address.slice(1) : address;
  const quoted = QUOTED.exec(text);
  const match = quoted ?? PLAIN.exec(text);
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  const sheet = quoted === null ? match[1] : match[1].replace(/''/g, "'");
  // A name whose sheet was deleted refers to "#REF!$A$1".
  if (quoted === null && sheet === "#REF") return null;
  const range = parseRange(match[2]);
  return range === null ? null : { sheet, range };
}

/** Rows × columns of a range. */
export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** The overlap of two ranges, or null. */
export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export { rangeAddress, parseRange, type CellRange };
