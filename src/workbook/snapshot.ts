/**
 * A workbook as plain data: what both adapters (exceljs for files, Office.js for a live
 * workbook) produce, and what the pure workbook layer reads. No library types cross this line.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

/** A cell's value as the spreadsheet engine holds it (for a formula: its cached result). */
export type CellValue = string | number | boolean | null | CellError;

export interface TableSnapshot {
  /** The Excel table (ListObject) name, e.g. "Shareholders". */
  readonly name: string;
  /** A1 range of the whole table including its header row, e.g. "A1:F12" (no sheet name). */
  readonly range: string;
}

export interface SheetSnapshot {
  readonly name: string;
  /**
   * Values of the used range, row-major, starting at A1 (row 0 = row 1, column 0 = column A).
   * Rows may have different lengths; a missing cell is `null`.
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats of the same cells ("General" where none); may be shorter than `values`. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Formulas of the same cells, without the leading "="; absent or "" where the cell holds a constant. */
  readonly formulas?: readonly (readonly string[])[];
  readonly tables: readonly TableSnapshot[];
}

/** A workbook-level defined name; the product marks its own sheets with names (see plan.ts). */
export interface DefinedNameSnapshot {
  readonly name: string;
  /** The sheet the name refers to, and the A1 range there (no sheet, no $), e.g. "A1". */
  readonly sheet: string;
  readonly range: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** Defined names that refer to a single range; absent when the adapter did not read them. */
  readonly names?: readonly DefinedNameSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}
