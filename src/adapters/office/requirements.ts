import { excelVersionError, type OfficeAdapterError } from "./errors";

/**
 * The Excel JavaScript API requirement sets the adapter uses (manifest.xml asks for 1.7).
 *
 * - ExcelApi 1.7, required: reading (getItemOrNullObject, getUsedRangeOrNullObject and
 *   NamedItem.getRangeOrNullObject 1.4, NamedItem.formula 1.7, sheet protection 1.2, workbook
 *   protection 1.7) and writing (values, formulas, number formats, fonts, fills, borders, wrap 1.1;
 *   merges and column widths 1.2; names.add 1.4; suspendApiCalculationUntilNextSync 1.6;
 *   freeze panes and getRangeByIndexes 1.7).
 * - ExcelApi 1.8, optional: data validation (the drop-down lists). Skipped below 1.8.
 * - ExcelApi 1.9, optional: page layout (A4, orientation, fit to one page wide, print area,
 *   header and footer) and suspendScreenUpdatingUntilNextSync. Skipped below 1.9.
 * - ExcelApi 1.9, optional: Range.getSpecialCellsOrNullObject, which lists the hidden rows and
 *   columns and the formula cells of the input tables. Below 1.9 rowHidden/columnHidden (1.2) say
 *   only whether some are hidden (a notice says they could not be listed), and formulas are loaded
 *   with the cells (officer-view.ts).
 */
export const REQUIRED_EXCEL_API = "1.7";
const VALIDATION_API = "1.8";
const PAGE_LAYOUT_API = "1.9";
const SPECIAL_CELLS_API = "1.9";

/** The part of Office.context.requirements the adapter asks. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** What the host supports beyond the required set. */
export interface HostFeatures {
  readonly dataValidation: boolean;
  readonly pageLayout: boolean;
  readonly screenUpdating: boolean;
  /** Range.getSpecialCellsOrNullObject: hidden rows and columns, formula cells listed exactly. */
  readonly specialCells: boolean;
}

/**
 * Null when the host has the required set, else the typed error that names the Excel needed.
 * @example requirementError(Office.context.requirements) // null in Excel 2019 or Microsoft 365
 */
export function requirementError(requirements: RequirementChecker): OfficeAdapterError | null {
  return requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)
    ? null
    : excelVersionError(REQUIRED_EXCEL_API);
}

/**
 * The optional features the host supports.
 * @example hostFeatures(Office.context.requirements).pageLayout // false in Excel 2019 (ExcelApi 1.8)
 */
export function hostFeatures(requirements: RequirementChecker): HostFeatures {
  const pageLayout = requirements.isSetSupported("ExcelApi", PAGE_LAYOUT_API);
  return {
    dataValidation: requirements.isSetSupported("ExcelApi", VALIDATION_API),
    pageLayout,
    screenUpdating: pageLayout,
    specialCells: requirements.isSetSupported("ExcelApi", SPECIAL_CELLS_API),
  };
}
