/**
 * The Office.js adapter: the WorkbookPort of the workbook open in Excel. Plain arrays in, plain
 * arrays out; every decision about content stays in the pure layer (src/app, src/workbook).
 */
export {
  createOfficeWorkbookPort,
  type ExcelRun,
  type OfficePortOptions,
  type OfficeWorkbookPort,
} from "./port";
export type { CellMismatch, OfficeApplyReport } from "./apply-plan";
export { OfficeAdapterError, type OfficeAdapterErrorCode } from "./errors";
export { DEFAULT_READ_BUDGET, planChunks, type ReadBudget } from "./read-budget";
export {
  hostFeatures,
  REQUIRED_EXCEL_API,
  requirementError,
  type HostFeatures,
  type RequirementChecker,
} from "./requirements";
export type { OfficeSheetSnapshot, OfficeWorkbookSnapshot } from "./workbook-view";
