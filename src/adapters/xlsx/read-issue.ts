/** Why a workbook file was refused, in both languages the product ships. */
import { Decimal, formatAmount } from "../../core/decimal";
import { formatMessage, msg, type MessageArg, type MessageKey } from "../../core/i18n/messages";
import { MAX_COLUMNS, MAX_ROWS } from "../../workbook/a1";

export type ReadIssueCode =
  | "file.notFound"
  | "file.unreadable"
  | "file.tooLarge"
  | "file.notXlsx"
  | "file.encryptedOrLegacy"
  | "file.truncated"
  | "zip.corrupt"
  | "zip.unsupportedEntry"
  | "zip.tooManyEntries"
  | "zip.tooLargeUncompressed"
  | "zip.compressionRatio"
  | "zip.sizeMismatch"
  | "sheet.dimensionTooLarge"
  | "sheet.tooManyMerges"
  | "sheet.mergeTooLarge"
  | "sheet.invalidRange"
  | "sheet.rowOrder"
  | "sheet.cellRef"
  | "sheet.sharedString"
  | "sheet.partMissing"
  | "part.malformed"
  | "parse.timeout"
  | "parse.outOfMemory"
  | "parse.failed";

export interface LocalizedMessage {
  readonly "en-US": string;
  readonly "zh-CN": string;
}

export interface ReadIssue {
  readonly code: ReadIssueCode;
  /** Sheet name, when the issue belongs to one sheet and its name is known. */
  readonly sheet?: string;
  /** A1 address or range the issue points at. */
  readonly cell?: string;
  readonly message: LocalizedMessage;
}

/** Where a sheet-level issue was found: the sheet's name if known, else its zip part. */
export interface SheetLabel {
  readonly name?: string;
  readonly part: string;
}

/** 1234567 -> "1,234,567" (the core's `formatAmount`, independent of the runtime's ICU data). */
export function groupDigits(n: number): string {
  return formatAmount(new Decimal(n));
}

const EXCEL_GRID = `${groupDigits(MAX_ROWS)} × ${groupDigits(MAX_COLUMNS)}`;

/** An issue whose message is the catalogue's `xlsx.*` text, rendered in both languages. */
function issue(
  code: ReadIssueCode,
  key: MessageKey,
  params: Readonly<Record<string, MessageArg>> = {},
  where: { sheet?: SheetLabel; cell?: string } = {}
): ReadIssue {
  const ref = msg(key, params);
  return {
    code,
    ...(where.sheet?.name !== undefined ? { sheet: where.sheet.name } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
    message: { "en-US": formatMessage(ref, "en-US"), "zh-CN": formatMessage(ref, "zh-CN") },
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${groupDigits(Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function sheetLabelText(label: SheetLabel): string {
  return label.name ?? label.part;
}

/** Refs come from untrusted XML; keep messages short. */
function shortRef(ref: string): string {
  return ref.length > 40 ? `${ref.slice(0, 40)}…` : ref;
}

/** "a or b or c" / "a、b、c". */
function alternatives(items: readonly string[]): MessageArg {
  const [first = "", ...rest] = items;
  return rest.length === 0 ? first : msg("xlsx.or", { first, rest: alternatives(rest) });
}

export const readIssues = {
  fileNotFound: (fileName: string): ReadIssue =>
    issue("file.notFound", "xlsx.file.notFound", { file: fileName }),

  fileUnreadable: (fileName: string, detail: string): ReadIssue =>
    issue("file.unreadable", "xlsx.file.unreadable", { file: fileName, detail }),

  fileTooLarge: (size: number, max: number): ReadIssue =>
    issue("file.tooLarge", "xlsx.file.tooLarge", {
      size: formatBytes(size),
      max: formatBytes(max),
    }),

  fileEmpty: (): ReadIssue => issue("file.notXlsx", "xlsx.file.empty"),

  fileNotZip: (looksLike: "pdf" | "text" | "unknown"): ReadIssue =>
    issue(
      "file.notXlsx",
      looksLike === "unknown" ? "xlsx.file.notZip" : `xlsx.file.notZip.${looksLike}`
    ),

  zipWithoutWorkbook: (missingParts: readonly string[]): ReadIssue =>
    issue("file.notXlsx", "xlsx.file.zipWithoutWorkbook", {
      parts: alternatives(missingParts),
    }),

  encryptedOrLegacy: (): ReadIssue =>
    issue("file.encryptedOrLegacy", "xlsx.file.encryptedOrLegacy"),

  truncated: (): ReadIssue => issue("file.truncated", "xlsx.file.truncated"),

  zipCorrupt: (detail: string): ReadIssue => issue("zip.corrupt", "xlsx.zip.corrupt", { detail }),

  unsupportedEntry: (part: string, method: number, encrypted: boolean): ReadIssue =>
    encrypted
      ? issue("zip.unsupportedEntry", "xlsx.zip.encryptedEntry", { part })
      : issue("zip.unsupportedEntry", "xlsx.zip.unsupportedMethod", { part, method }),

  tooManyEntries: (count: number, max: number): ReadIssue =>
    issue("zip.tooManyEntries", "xlsx.zip.tooManyEntries", {
      count: groupDigits(count),
      max: groupDigits(max),
    }),

  tooLargeUncompressed: (atLeast: number, max: number): ReadIssue =>
    issue("zip.tooLargeUncompressed", "xlsx.zip.tooLargeUncompressed", {
      size: formatBytes(atLeast),
      max: formatBytes(max),
    }),

  compressionRatio: (part: string | undefined, ratio: number, max: number): ReadIssue =>
    part === undefined
      ? issue("zip.compressionRatio", "xlsx.zip.compressionRatio", {
          ratio: groupDigits(ratio),
          max,
        })
      : issue("zip.compressionRatio", "xlsx.zip.partCompressionRatio", {
          part,
          ratio: groupDigits(ratio),
          max,
        }),

  sizeMismatch: (part: string, declared: number, actual: number): ReadIssue =>
    issue(
      "zip.sizeMismatch",
      actual > declared ? "xlsx.zip.sizeMismatch.more" : "xlsx.zip.sizeMismatch.less",
      { part, declared: groupDigits(declared), actual: groupDigits(actual) }
    ),

  dimensionTooLarge: (sheet: SheetLabel, ref: string, cells: number, max: number): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      "xlsx.sheet.dimensionTooLarge",
      {
        sheet: sheetLabelText(sheet),
        ref: shortRef(ref),
        cells: groupDigits(cells),
        max: groupDigits(max),
      },
      { sheet, cell: shortRef(ref) }
    ),

  dimensionOutsideGrid: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      "xlsx.sheet.dimensionOutsideGrid",
      { sheet: sheetLabelText(sheet), ref: shortRef(ref), grid: EXCEL_GRID },
      { sheet, cell: shortRef(ref) }
    ),

  cellsSpreadTooWide: (sheet: SheetLabel, rows: number, columns: number, max: number): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      "xlsx.sheet.cellsSpreadTooWide",
      {
        sheet: sheetLabelText(sheet),
        rows: groupDigits(rows),
        columns: groupDigits(columns),
        cells: groupDigits(rows * columns),
        max: groupDigits(max),
      },
      { sheet }
    ),

  tooManyMerges: (sheet: SheetLabel, max: number): ReadIssue =>
    issue(
      "sheet.tooManyMerges",
      "xlsx.sheet.tooManyMerges",
      { sheet: sheetLabelText(sheet), max: groupDigits(max) },
      { sheet }
    ),

  mergeTooLarge: (sheet: SheetLabel, ref: string, cells: number, max: number): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      "xlsx.sheet.mergeTooLarge",
      {
        sheet: sheetLabelText(sheet),
        ref: shortRef(ref),
        cells: groupDigits(cells),
        max: groupDigits(max),
      },
      { sheet, cell: shortRef(ref) }
    ),

  mergeOutsideGrid: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      "xlsx.sheet.mergeOutsideGrid",
      { sheet: sheetLabelText(sheet), ref: shortRef(ref), grid: EXCEL_GRID },
      { sheet, cell: shortRef(ref) }
    ),

  mergedCellsTooMany: (sheet: SheetLabel, max: number): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      "xlsx.sheet.mergedCellsTooMany",
      { sheet: sheetLabelText(sheet), max: groupDigits(max) },
      { sheet }
    ),

  invalidMergeRange: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.invalidRange",
      "xlsx.sheet.invalidMergeRange",
      { sheet: sheetLabelText(sheet), ref: shortRef(ref) },
      { sheet }
    ),

  cellsSpreadTooThin: (
    sheet: SheetLabel,
    spread: { rows: number; columns: number; held: number; laidOut: number; max: number }
  ): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      "xlsx.sheet.cellsSpreadTooThin",
      {
        sheet: sheetLabelText(sheet),
        rows: groupDigits(spread.rows),
        columns: groupDigits(spread.columns),
        held: groupDigits(spread.held),
        laidOut: groupDigits(spread.laidOut),
        max: groupDigits(spread.max),
      },
      { sheet }
    ),

  rowNumberInvalid: (sheet: SheetLabel, row: string): ReadIssue =>
    issue(
      "sheet.rowOrder",
      "xlsx.sheet.rowNumberInvalid",
      { sheet: sheetLabelText(sheet), row: shortRef(row) },
      { sheet }
    ),

  rowOutOfOrder: (sheet: SheetLabel, row: number, previous: number): ReadIssue =>
    issue(
      "sheet.rowOrder",
      "xlsx.sheet.rowOutOfOrder",
      { sheet: sheetLabelText(sheet), row: groupDigits(row), previous: groupDigits(previous) },
      { sheet, cell: `A${row}` }
    ),

  cellRefInvalid: (sheet: SheetLabel, ref: string, row: number): ReadIssue =>
    issue(
      "sheet.cellRef",
      "xlsx.sheet.cellRefInvalid",
      { sheet: sheetLabelText(sheet), ref: shortRef(ref), row: groupDigits(row) },
      { sheet, cell: `A${row}` }
    ),

  cellOutsideRow: (sheet: SheetLabel, ref: string, row: number): ReadIssue =>
    issue(
      "sheet.cellRef",
      "xlsx.sheet.cellOutsideRow",
      { sheet: sheetLabelText(sheet), ref: shortRef(ref), row: groupDigits(row) },
      { sheet, cell: `A${row}` }
    ),

  cellOutOfOrder: (sheet: SheetLabel, ref: string, previous: string): ReadIssue =>
    issue(
      "sheet.cellRef",
      "xlsx.sheet.cellOutOfOrder",
      { sheet: sheetLabelText(sheet), ref, previous },
      { sheet, cell: ref }
    ),

  sharedStringMissing: (sheet: SheetLabel, ref: string, index: string): ReadIssue =>
    issue(
      "sheet.sharedString",
      "xlsx.sheet.sharedStringMissing",
      { sheet: sheetLabelText(sheet), ref, index: shortRef(index) },
      { sheet, cell: ref }
    ),

  sheetPartMissing: (sheet: string, part: string): ReadIssue =>
    issue(
      "sheet.partMissing",
      "xlsx.sheet.partMissing",
      { sheet, part: shortRef(part) },
      { sheet: { name: sheet, part }, cell: "A1" }
    ),

  partMalformed: (part: string, detail: string, sheet?: string): ReadIssue =>
    issue(
      "part.malformed",
      "xlsx.part.malformed",
      {
        part: sheet === undefined ? shortRef(part) : `${shortRef(part)} (${sheet})`,
        detail: detail.slice(0, 200),
      },
      sheet === undefined ? {} : { sheet: { name: sheet, part } }
    ),

  parseTimeout: (timeoutMs: number): ReadIssue =>
    issue("parse.timeout", "xlsx.parse.timeout", { seconds: groupDigits(timeoutMs / 1000) }),

  parseOutOfMemory: (heapMb: number): ReadIssue =>
    issue("parse.outOfMemory", "xlsx.parse.outOfMemory", { megabytes: groupDigits(heapMb) }),

  parseFailed: (detail: string): ReadIssue =>
    issue("parse.failed", "xlsx.parse.failed", { detail }),
};
