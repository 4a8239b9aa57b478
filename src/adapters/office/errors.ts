import { localize, type LocalizedText } from "../../app";
// Not through src/core: the task pane's first load has this module without the whole catalogue.
import { msg } from "../../core/i18n/format-message";

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
  return new OfficeAdapterError(
    "excelVersion",
    localize(msg("office.excelVersion", { requiredSet }))
  );
}

export function workbookProtectedError(): OfficeAdapterError {
  return new OfficeAdapterError("workbookProtected", localize(msg("office.workbookProtected")));
}

export function sheetProtectedError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetProtected",
    localize(msg("office.sheetProtected", { sheet })),
    { sheet, cell: "A1" }
  );
}

export function sheetNameTakenError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "sheetNameTaken",
    localize(msg("office.sheetNameTaken", { sheet })),
    { sheet, cell: "A1" }
  );
}

export function sheetMissingError(sheet: string): OfficeAdapterError {
  return new OfficeAdapterError("sheetMissing", localize(msg("office.sheetMissing", { sheet })), {
    sheet,
  });
}

export function sheetTooLargeError(
  sheet: string,
  cells: number,
  limit: number
): OfficeAdapterError {
  // Whole counts grouped as formatAmount groups whole amounts (12,340,000), without decimal.js:
  // this module is in the task pane's first load (the Excel version check).
  const grouped = (n: number) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return new OfficeAdapterError(
    "sheetTooLarge",
    localize(msg("office.sheetTooLarge", { sheet, cells: grouped(cells), limit: grouped(limit) })),
    { sheet, cell: "A1" }
  );
}

export function invalidPlanError(what: string, sheet?: string): OfficeAdapterError {
  return new OfficeAdapterError(
    "invalidPlan",
    localize(msg("office.invalidPlan", { what })),
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
    localize(
      msg(restored ? "office.writeFailed.restored" : "office.writeFailed.sheetsRemoved", { reason })
    ),
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
