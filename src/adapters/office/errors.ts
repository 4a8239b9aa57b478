import type { LocalizedText } from "../../app";

/** What went wrong, for code that reacts (the ribbon selects `sheet`/`cell`, the task pane words it). */
export type OfficeAdapterErrorCode =
  | "excelVersion"
  | "workbookProtected"
  | "sheetProtected"
  | "sheetNameTaken"
  | "sheetMissing"
  | "sheetTooLarge"
  | "invalidPlan"
  | "writeFailed";

/**
 * A refusal or failure of the Office.js adapter, in both languages, located where it can be.
 * Office.js's own errors (OfficeExtension.Error) are kept as `cause`.
 */
export class OfficeAdapterError extends Error {
  readonly code: OfficeAdapterErrorCode;
  readonly text: LocalizedText;
  readonly sheet: string | undefined;
  readonly cell: string | undefined;

  constructor(
    code: OfficeAdapterErrorCode,
    text: LocalizedText,
    at: { readonly sheet?: string; readonly cell?: string } = {},
    options?: { readonly cause?: unknown }
  ) {
    super(text["en-US"], options);
    this.name = "OfficeAdapterError";
    this.code = code;
    this.text = text;
    this.sheet = at.sheet;
    this.cell = at.cell;
  }
}

/** The host lacks the Excel JavaScript API requirement set the adapter needs. */
export function excelVersionError(requiredSet: string): OfficeAdapterError {
  return new OfficeAdapterError("excelVersion", {
    "en-US": `Governance Scorecard needs Excel with ExcelApi ${requiredSet}: Microsoft 365, Excel 2019 or later, Excel on the web, or Excel for Mac 16.9 or later.`,
    "zh-CN": `治理评分卡需要支持 ExcelApi ${requiredSet} 的 Excel：Microsoft 365、Excel 2019 或更高版本、网页版 Excel，或 Mac 版 Excel 16.9 及以上。`,
  });
}

export function workbookProtectedError(): OfficeAdapterError {
  return new OfficeAdapterError("workbookProtected", {
    "en-US":
      "The workbook structure is protected, so no sheet can be added or replaced. Unprotect the workbook and try again.",
    "zh-CN": "工作簿结构受保护，无法添加或替换工作表。请撤销工作簿保护后重试。",
  });
}

export function sheetProtectedError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetProtected",
    {
      "en-US": `The sheet "${sheet}" is protected and would be replaced. Unprotect it and try again.`,
      "zh-CN": `工作表“${sheet}”受保护，而本次需要替换它。请撤销该工作表的保护后重试。`,
    },
    { sheet, cell: "A1" }
  );
}

export function sheetNameTakenError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetNameTaken",
    {
      "en-US": `A sheet named "${sheet}" exists and is not one the add-in wrote, so it is left alone and nothing was written.`,
      "zh-CN": `已有名为“${sheet}”的工作表且并非本加载项生成，为保护该表未做任何写入。`,
    },
    { sheet, cell: "A1" }
  );
}

export function sheetMissingError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetMissing",
    { "en-US": `There is no sheet named "${sheet}".`, "zh-CN": `没有名为“${sheet}”的工作表。` },
    { sheet }
  );
}

export function sheetTooLargeError(
  sheet: string,
  cells: number,
  limit: number
): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetTooLarge",
    {
      "en-US": `The used range of "${sheet}" spans ${cells.toLocaleString("en-US")} cells, more than the ${limit.toLocaleString("en-US")} the add-in reads. Delete stray values far from the data and try again.`,
      "zh-CN": `工作表“${sheet}”的已用区域共 ${cells} 个单元格，超过加载项可读取的 ${limit} 个。请删除远离数据区域的零散内容后重试。`,
    },
    { sheet, cell: "A1" }
  );
}

export function invalidPlanError(what: string, sheet?: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "invalidPlan",
    { "en-US": `Cannot write the sheets: ${what}.`, "zh-CN": `无法写入工作表：${what}。` },
    sheet === undefined ? {} : { sheet }
  );
}

/**
 * The write batch failed. `restored` says whether the workbook is as it was (the batch failed
 * before it deleted anything and the temporary sheets were removed).
 */
export function writeFailedError(cause: unknown, restored: boolean): OfficeAdapterError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new OfficeAdapterError(
    "writeFailed",
    restored
      ? {
          "en-US": `Excel refused the write (${reason}); the workbook is unchanged.`,
          "zh-CN": `Excel 拒绝了本次写入（${reason}），工作簿未作任何改动。`,
        }
      : {
          "en-US": `Excel refused the write (${reason}) after the old result sheets were removed; score again to rebuild them.`,
          "zh-CN": `Excel 在删除旧结果表后拒绝了写入（${reason}），请重新评分以重建结果表。`,
        },
    {},
    { cause }
  );
}

/** Office.js errors carry a string `code` ("ItemNotFound", "ResponsePayloadSizeLimitExceeded"…). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code: unknown = error.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
