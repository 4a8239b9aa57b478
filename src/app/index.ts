/**
 * The use cases both front ends call (the Excel add-in and the govscore command line): pure
 * functions from a workbook snapshot to a plan of the product's sheets, or to located issues.
 */
export { scoreWorkbook } from "./score-workbook";
export { overrideWorkbook } from "./override-workbook";
export { approveWorkbook } from "./approve-workbook";
export { parseAnchors } from "./anchors";
export {
  verifyWorkbook,
  type Mismatch,
  type MismatchKind,
  type VerifyOutcome,
} from "./verify-workbook";
export { templateWorkbook } from "./template-workbook";
export { approvedModelEntry, type ApprovedModelEntry } from "./model-governance";
export {
  portfolioPlan,
  portfolioCsvRows,
  portfolioColumn,
  PORTFOLIO_COLUMNS,
  PORTFOLIO_HEADER_ROW,
  REPORT_COLUMNS,
  REPORT_LAYOUT,
  DATA_PRINT_SCALE,
  type PortfolioColumnId,
} from "./portfolio";
export { csvField, toCsv, type CsvValue } from "./csv";
export {
  failedSummary,
  scoredSummary,
  type ErrorSummary,
  type FactorSummary,
  type WorkbookSummary,
} from "./summary";
export { issueLine, localize, localizeIssue } from "./issues";
export { productSheets, PRODUCT_ROLES, type ProductSheets } from "./product-sheets";
export { placeSheets, type SheetRename } from "./sheet-placement";
export type { NewChain } from "./audit";
export type {
  ApproveOptions,
  LocalizedIssue,
  LocalizedText,
  OverrideOptions,
  ScoreOptions,
  ScoringModel,
  UpdateOutcome,
  WorkbookUpdate,
} from "./types";
export { localIsoTime } from "./local-time";
export {
  assessGroup,
  groupJson,
  memberScoreOf,
  type GroupAssessment,
  type GroupJson,
  type ScoredMember,
} from "./group-workbook";
export {
  groupSource,
  recordedGroup,
  withGroup,
  withRecordedGroup,
  type GroupSource,
  type GroupSourceMember,
  type RecordedGroup,
} from "./group-member";
export { withGroupAudit, type GroupAuditContext } from "./group-audit";
export { analyseGroupWorkbook, type GroupWorkbookOptions } from "./analyse-group-workbook";
