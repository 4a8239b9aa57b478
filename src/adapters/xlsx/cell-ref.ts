/** A1 references as they appear in sheet XML (`dimension`, `mergeCell`, table `ref`). */

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** 1-based, inclusive, normalised so that top <= bottom and left <= right. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// Up to 4 letters / 8 digits so that refs just beyond the grid parse (and are refused as such).
const RANGE_PATTERN = /^\$?([A-Za-z]{1,4})\$?(\d{1,8})(?::\$?([A-Za-z]{1,4})\$?(\d{1,8}))?$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseA1Range(ref: string): CellRange | undefined {
  const m = RANGE_PATTERN.exec(ref.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  if (r1 < 1 || r2 < 1) return undefined;
  return {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
}

export function rangeCellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

export function isWithinExcelGrid(range: CellRange): boolean {
  return range.bottom <= EXCEL_MAX_ROWS && range.right <= EXCEL_MAX_COLUMNS;
}
