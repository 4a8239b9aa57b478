/** Why a workbook file was refused, in both languages the product ships. */
import { Decimal, formatAmount } from "../../core/decimal";

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

const EXCEL_GRID = "1,048,576 × 16,384";

function issue(
  code: ReadIssueCode,
  en: string,
  zh: string,
  where: { sheet?: SheetLabel; cell?: string } = {}
): ReadIssue {
  return {
    code,
    ...(where.sheet?.name !== undefined ? { sheet: where.sheet.name } : {}),
    ...(where.cell !== undefined ? { cell: where.cell } : {}),
    message: { "en-US": en, "zh-CN": zh },
  };
}

/** 1234567 -> "1,234,567" (the core's `formatAmount`, independent of the runtime's ICU data). */
export function groupDigits(n: number): string {
  return formatAmount(new Decimal(n));
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

export const readIssues = {
  fileNotFound: (fileName: string): ReadIssue =>
    issue(
      "file.notFound",
      `The file “${fileName}” was not found or is not a regular file. Expected the path of an .xlsx workbook.`,
      `找不到文件“${fileName}”，或该路径不是普通文件。请提供 .xlsx 工作簿的路径。`
    ),

  fileUnreadable: (fileName: string, detail: string): ReadIssue =>
    issue(
      "file.unreadable",
      `The file “${fileName}” could not be read (${detail}). Check that it exists and that you may read it.`,
      `无法读取文件“${fileName}”（${detail}）。请确认文件存在且有读取权限。`
    ),

  fileTooLarge: (size: number, max: number): ReadIssue =>
    issue(
      "file.tooLarge",
      `The file is ${formatBytes(size)}; the largest workbook accepted is ${formatBytes(max)}.`,
      `文件大小为 ${formatBytes(size)}，超过允许的上限 ${formatBytes(max)}。`
    ),

  fileEmpty: (): ReadIssue =>
    issue(
      "file.notXlsx",
      "The file is empty (0 bytes); expected an .xlsx workbook.",
      "文件为空（0 字节），应为 .xlsx 工作簿。"
    ),

  fileNotZip: (looksLike: "pdf" | "text" | "unknown"): ReadIssue => {
    const hint = {
      pdf: [" It looks like a PDF document.", "它看起来是 PDF 文档。"],
      text: [
        " It looks like a text file (for example CSV); open it in Excel and save it as .xlsx.",
        "它看起来是文本文件（例如 CSV），请用 Excel 打开后另存为 .xlsx。",
      ],
      unknown: ["", ""],
    }[looksLike];
    return issue(
      "file.notXlsx",
      `The file is not an .xlsx workbook (no zip signature).${hint[0] ?? ""}`,
      `文件不是 .xlsx 工作簿（缺少 zip 签名）。${hint[1] ?? ""}`
    );
  },

  zipWithoutWorkbook: (missingParts: readonly string[]): ReadIssue =>
    issue(
      "file.notXlsx",
      `The file is a zip archive but not an Excel workbook: it has no ${missingParts.join(" or ")}.`,
      `文件是 zip 压缩包，但不是 Excel 工作簿：缺少 ${missingParts.join("、")}。`
    ),

  encryptedOrLegacy: (): ReadIssue =>
    issue(
      "file.encryptedOrLegacy",
      "The file is a password-protected workbook or a legacy .xls workbook, which cannot be read. " +
        "Remove the password or save it as .xlsx.",
      "文件是受密码保护的工作簿或旧版 .xls 工作簿，无法读取。请取消密码保护或另存为 .xlsx。"
    ),

  truncated: (): ReadIssue =>
    issue(
      "file.truncated",
      "The .xlsx file is incomplete: its zip directory is missing, so it was probably cut off " +
        "while copying or downloading. Expected a complete workbook; copy or download it again.",
      "该 .xlsx 文件不完整：缺少 zip 目录，可能在复制或下载时被截断。请重新复制或下载完整的工作簿。"
    ),

  zipCorrupt: (detail: string): ReadIssue =>
    issue(
      "zip.corrupt",
      `The workbook's zip structure is damaged (${detail}). Save the workbook again from Excel.`,
      `工作簿的 zip 结构已损坏（${detail}）。请在 Excel 中重新保存该工作簿。`
    ),

  unsupportedEntry: (part: string, method: number, encrypted: boolean): ReadIssue =>
    issue(
      "zip.unsupportedEntry",
      encrypted
        ? `The part “${part}” is encrypted; .xlsx workbooks never encrypt their parts.`
        : `The part “${part}” uses compression method ${method}; .xlsx workbooks use only 0 or 8.`,
      encrypted
        ? `部件“${part}”已加密；.xlsx 工作簿的部件不会加密。`
        : `部件“${part}”使用压缩方式 ${method}；.xlsx 工作簿只使用 0 或 8。`
    ),

  tooManyEntries: (count: number, max: number): ReadIssue =>
    issue(
      "zip.tooManyEntries",
      `The workbook contains ${groupDigits(count)} parts; at most ${groupDigits(max)} are accepted.`,
      `工作簿包含 ${groupDigits(count)} 个部件，最多允许 ${groupDigits(max)} 个。`
    ),

  tooLargeUncompressed: (atLeast: number, max: number): ReadIssue =>
    issue(
      "zip.tooLargeUncompressed",
      `The workbook expands to at least ${formatBytes(atLeast)} when unzipped; at most ${formatBytes(max)} is accepted.`,
      `工作簿解压后至少 ${formatBytes(atLeast)}，最多允许 ${formatBytes(max)}。`
    ),

  compressionRatio: (part: string | undefined, ratio: number, max: number): ReadIssue => {
    const what =
      part === undefined ? ["The workbook", "工作簿"] : [`The part “${part}”`, `部件“${part}”`];
    return issue(
      "zip.compressionRatio",
      `${what[0]} expands ${groupDigits(ratio)} times when unzipped; at most ${max} times is accepted. ` +
        "Such ratios are typical of a zip bomb, not of a spreadsheet.",
      `${what[1]}解压后膨胀 ${groupDigits(ratio)} 倍，最多允许 ${max} 倍。如此高的压缩比是 zip 炸弹的特征，而非正常电子表格。`
    );
  },

  sizeMismatch: (part: string, declared: number, actual: number): ReadIssue => {
    const more = actual > declared;
    return issue(
      "zip.sizeMismatch",
      `The part “${part}” declares ${groupDigits(declared)} bytes but expands to ` +
        `${more ? "more than" : "only"} ${groupDigits(actual)} bytes; ` +
        "the zip directory does not describe the file truthfully.",
      `部件“${part}”声明大小为 ${groupDigits(declared)} 字节，实际解压后${more ? "超过" : "仅有"} ` +
        `${groupDigits(actual)} 字节；zip 目录与文件内容不符。`
    );
  },

  dimensionTooLarge: (sheet: SheetLabel, ref: string, cells: number, max: number): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      `Sheet “${sheetLabelText(sheet)}” declares a used range ${shortRef(ref)} of ${groupDigits(cells)} cells; ` +
        `at most ${groupDigits(max)} cells are accepted.`,
      `工作表“${sheetLabelText(sheet)}”声明的已用区域 ${shortRef(ref)} 含 ${groupDigits(cells)} 个单元格，` +
        `最多允许 ${groupDigits(max)} 个。`,
      { sheet, cell: shortRef(ref) }
    ),

  dimensionOutsideGrid: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      `Sheet “${sheetLabelText(sheet)}” declares a used range ${shortRef(ref)} beyond Excel's grid ` +
        `of ${EXCEL_GRID} rows × columns.`,
      `工作表“${sheetLabelText(sheet)}”声明的已用区域 ${shortRef(ref)} 超出 Excel 的网格（${EXCEL_GRID} 行 × 列）。`,
      { sheet, cell: shortRef(ref) }
    ),

  cellsSpreadTooWide: (sheet: SheetLabel, rows: number, columns: number, max: number): ReadIssue =>
    issue(
      "sheet.dimensionTooLarge",
      `Sheet “${sheetLabelText(sheet)}” has cells spread over ${groupDigits(rows)} rows × ` +
        `${groupDigits(columns)} columns (${groupDigits(rows * columns)} cells); ` +
        `at most ${groupDigits(max)} cells are accepted.`,
      `工作表“${sheetLabelText(sheet)}”的单元格分布在 ${groupDigits(rows)} 行 × ${groupDigits(columns)} 列` +
        `（${groupDigits(rows * columns)} 个单元格），最多允许 ${groupDigits(max)} 个。`,
      { sheet }
    ),

  tooManyMerges: (sheet: SheetLabel, max: number): ReadIssue =>
    issue(
      "sheet.tooManyMerges",
      `Sheet “${sheetLabelText(sheet)}” has more than ${groupDigits(max)} merged ranges; ` +
        `at most ${groupDigits(max)} are accepted.`,
      `工作表“${sheetLabelText(sheet)}”的合并区域超过 ${groupDigits(max)} 个，最多允许 ${groupDigits(max)} 个。`,
      { sheet }
    ),

  mergeTooLarge: (sheet: SheetLabel, ref: string, cells: number, max: number): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      `Sheet “${sheetLabelText(sheet)}” merges ${shortRef(ref)}, ${groupDigits(cells)} cells; ` +
        `a merged range may cover at most ${groupDigits(max)} cells.`,
      `工作表“${sheetLabelText(sheet)}”合并了 ${shortRef(ref)}（${groupDigits(cells)} 个单元格），` +
        `单个合并区域最多允许 ${groupDigits(max)} 个单元格。`,
      { sheet, cell: shortRef(ref) }
    ),

  mergeOutsideGrid: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      `Sheet “${sheetLabelText(sheet)}” merges ${shortRef(ref)}, which lies beyond Excel's grid ` +
        `of ${EXCEL_GRID} rows × columns.`,
      `工作表“${sheetLabelText(sheet)}”合并了 ${shortRef(ref)}，超出 Excel 的网格（${EXCEL_GRID} 行 × 列）。`,
      { sheet, cell: shortRef(ref) }
    ),

  mergedCellsTooMany: (sheet: SheetLabel, max: number): ReadIssue =>
    issue(
      "sheet.mergeTooLarge",
      `Sheet “${sheetLabelText(sheet)}” has merged ranges covering more than ${groupDigits(max)} cells ` +
        `in total; at most ${groupDigits(max)} are accepted.`,
      `工作表“${sheetLabelText(sheet)}”的合并区域合计超过 ${groupDigits(max)} 个单元格，最多允许 ${groupDigits(max)} 个。`,
      { sheet }
    ),

  invalidMergeRange: (sheet: SheetLabel, ref: string): ReadIssue =>
    issue(
      "sheet.invalidRange",
      `Sheet “${sheetLabelText(sheet)}” has a merged range “${shortRef(ref)}” that is not a valid A1 range.`,
      `工作表“${sheetLabelText(sheet)}”的合并区域“${shortRef(ref)}”不是有效的 A1 区域。`,
      { sheet }
    ),

  parseTimeout: (timeoutMs: number): ReadIssue =>
    issue(
      "parse.timeout",
      `Reading the workbook took longer than ${groupDigits(timeoutMs / 1000)} s and was stopped. ` +
        "Remove unneeded sheets, rows or formatting and try again.",
      `读取工作簿超过 ${groupDigits(timeoutMs / 1000)} 秒，已停止。请删除不需要的工作表、行或格式后重试。`
    ),

  parseOutOfMemory: (heapMb: number): ReadIssue =>
    issue(
      "parse.outOfMemory",
      `Reading the workbook needed more than ${groupDigits(heapMb)} MB of memory and was stopped. ` +
        "Remove unneeded sheets, rows or formatting and try again.",
      `读取工作簿所需内存超过 ${groupDigits(heapMb)} MB，已停止。请删除不需要的工作表、行或格式后重试。`
    ),

  parseFailed: (detail: string): ReadIssue =>
    issue(
      "parse.failed",
      `The workbook could not be read (${detail}). Open it in Excel and save it again as .xlsx.`,
      `无法读取工作簿（${detail}）。请在 Excel 中打开并重新另存为 .xlsx。`
    ),
};
