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
  | "muted";

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
  /** Header text: client and fingerprint, say. Plain text (adapters escape "&"). */
  readonly header: string;
  readonly footer?: string;
}

/** The product's own sheets; an adapter only ever creates or replaces sheets with a role. */
export type ProductSheetRole = "scorecard" | "model" | "auditLog" | "instructions" | "group";
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
