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

/** Columns `first` to `last`, 0-based and inclusive. */
export interface ColumnSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * A formula cell whose value the reader computed itself (a constant formula such as `=5%`)
 * because the value the file had cached for it differed; `row` and `column` are 0-based.
 */
export interface RecalculatedCell {
  readonly row: number;
  readonly column: number;
  /** What the file had cached (what the program that saved it last showed, or a stale value). */
  readonly cached: CellValue;
}

/** Whether the officer sees a sheet's tab: "hidden" can be unhidden from Excel's menu, "veryHidden" only from code. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  readonly name: string;
  /** Absent when the adapter did not read it; the officer sees the sheet unless it says otherwise. */
  readonly visibility?: SheetVisibility;
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
  /** 0-based rows the sheet hides (row height zero or hidden), in order; absent when none or not read. */
  readonly hiddenRows?: readonly number[];
  /** Hidden columns; absent when none or not read. */
  readonly hiddenColumns?: readonly ColumnSpan[];
  /**
   * Rows or columns the adapter knows are hidden among the used cells but could not list (an
   * Excel older than ExcelApi 1.9 says only that some are); absent when none or all were listed.
   */
  readonly hiddenUnlisted?: { readonly rows: boolean; readonly columns: boolean };
  /** Formula cells whose value the reader computed rather than took from the file. */
  readonly recalculated?: readonly RecalculatedCell[];
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
  /**
   * Where formula values come from: "calculated" by the spreadsheet program itself (the add-in
   * reads Excel's), or "cached" in a file by whichever program saved it last (the command line:
   * it cannot recalculate a workbook, and a cached value may be stale). Absent: not said.
   */
  readonly formulaValues?: "calculated" | "cached";
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}
