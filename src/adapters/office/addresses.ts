import { parseRange, splitSheetRef, type CellRange } from "../../workbook/a1";

/** A range on a named sheet, 0-based. */
export interface SheetRange {
  readonly sheet: string;
  readonly range: CellRange;
}

/**
 * An address as Office.js reports it ("Sheet1!A1:F12", "'My sheet'!B2", "=股东名册!$A$1");
 * null when it is not one rectangle on one sheet (a #REF! name, a union, a constant).
 * @example parseSheetAddress("'It''s'!$B$2:$C$3") // { sheet: "It's", range: { top: 1, left: 1, bottom: 2, right: 2 } }
 */
export function parseSheetAddress(address: string): SheetRange | null {
  const text = address.startsWith("=") ? address.slice(1) : address;
  const split = splitSheetRef(text);
  // A name whose sheet was deleted refers to "#REF!$A$1".
  if (split === null || text.startsWith("#REF!")) return null;
  const range = parseRange(split.ref);
  return range === null ? null : { sheet: split.sheet, range };
}
