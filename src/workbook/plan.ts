/**
 * What the product writes, as plain data: sheets of cells (values, formulas, formats, styles),
 * validations, print settings. Built by the pure layer; applied by an adapter (exceljs for files,
 * Office.js for a live workbook), so Excel and the CLI write the same scorecard.
 */

export type PlannedValue = string | number | boolean | null;

export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "value"
  | "input"
  | "emphasis"
  | "good"
  | "warning"
  | "bad"
  | "note"
  | "muted"
  | "signature";

export interface PlannedCell {
  /** A1 address on the sheet, e.g. "B7". */
  readonly ref: string;
  /**
   * The engine's value. For a formula cell it is the cached result an adapter writes with the
   * formula. A string without `formula` is always written as text, never parsed as a formula.
   */
  readonly value: PlannedValue;
  /** Excel formula without the leading "=", English function names, comma separators. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface DataValidationPlan {
  /** A1 range the validation covers, e.g. "B2:B500". */
  readonly range: string;
  /** The allowed values (a drop-down). */
  readonly list: readonly string[];
}

export interface PrintPlan {
  readonly area: string;
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  readonly fitToWidth: true;
  /** Fit the whole area on one page (width and height); otherwise one page wide only. */
  readonly onePage?: boolean;
  /** Rows repeated at the top of every printed page ("1:2"). */
  readonly titleRows?: string;
  /** Narrow margins (1.27 cm left and right, 1.9 cm top and bottom) instead of the program's. */
  readonly narrowMargins?: boolean;
  /** Header text: client and fingerprint, say. Plain text (adapters escape "&"). */
  readonly header: string;
  readonly footer?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B". */
  readonly titleColumns?: string;
  /**
   * Print at this percentage instead of fitting the width: for a sheet too wide to fit on one
   * page legibly (the portfolio's data), printed across pages at a readable size.
   */
  readonly scale?: number;
}

/**
 * A column chart over cells of its sheet (the portfolio's grade distribution): an adapter that
 * can write charts adds it as a DrawingML chart part whose series refer to the ranges, so the
 * chart follows the cells' formulas.
 */
export interface ChartPlan {
  readonly kind: "column";
  /** Chart title, also its accessible description. */
  readonly title: string;
  /** The series' name: one cell, e.g. "B4". */
  readonly seriesName: string;
  /** Category labels and values, one column each, e.g. "A5:A8" and "B5:B8". */
  readonly categories: string;
  readonly values: string;
  /** The cells the chart covers: top-left and bottom-right, e.g. "E3" and "K16". */
  readonly from: string;
  readonly to: string;
}

/** The product's own sheets; an adapter only ever creates or replaces sheets with a role. */
export type ProductSheetRole =
  "summary" | "scorecard" | "model" | "auditLog" | "instructions" | "group";
export type SheetRole = ProductSheetRole | "input";

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  readonly cells: readonly PlannedCell[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  readonly merges?: readonly string[];
  readonly validations?: readonly DataValidationPlan[];
  /** Excel tables (ListObjects) to create, e.g. in the input template. */
  readonly tables?: readonly { readonly name: string; readonly range: string }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintPlan;
  /** Heights (points) of rows that need more room than their text: signature lines, say. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** The sheet the workbook opens on (one per plan). */
  readonly active?: boolean;
  /** Charts over the sheet's cells (files the product makes itself: the portfolio). */
  readonly charts?: readonly ChartPlan[];
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/**
 * The defined name that marks a product sheet: it refers to A1 of the sheet. A user's own sheet of
 * the same name carries no such name, so it is never mistaken for ours.
 */
export function markerName(role: ProductSheetRole): string {
  return `GovScore_${role}`;
}

/** Excel's longest cell text. */
export const MAX_CELL_TEXT = 32_767;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A planned text as a cell stores it: well-formed UTF-16 (a lone surrogate becomes U+FFFD), at
 * most 32,767 characters (a longer one is cut and ends in "…"). Both adapters write texts so;
 * `verify` compares a cell with the text as stored.
 * @example storedText("a\uD800b") // "a\uFFFDb"
 */
export function storedText(text: string): string {
  const wellFormed = text.replace(LONE_SURROGATE, "\uFFFD");
  return wellFormed.length <= MAX_CELL_TEXT
    ? wellFormed
    : `${wellFormed.slice(0, MAX_CELL_TEXT - 1)}…`;
}
