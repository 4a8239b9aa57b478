import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import { applyPlan } from "./apply-plan";
import { withCharts } from "./chart-parts";
import { escapeCellTexts } from "./cell-text-escape";
import { compactValidations } from "./data-validations";
import { xlsxBytes } from "./exceljs-internals";
import { fileIdentity, replaceFile } from "./safe-write";
import { refuseInputAsOutput, type WriteOptions } from "./write-bytes";

export { OutputIsInputError } from "./safe-write";
export { isSameFile, writeBytesFile, type WriteOptions } from "./write-bytes";

/**
 * Save a workbook to `path` with a compare-and-swap (safe-write.ts): through a temporary file in
 * the same folder and a rename, only if `path` is still `expected`, so a reader never sees half a
 * file, a failure leaves any earlier file as it was, and a concurrent change is refused
 * (ConcurrentChangeError) rather than overwritten. Refuses to replace `input` unless
 * `replaceInput` says the caller means to (an override written back).
 * @example await writeWorkbookFile(workbook, "c1.scored.xlsx", { input: "c1.xlsx", expected: null })
 */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  path: string,
  options: WriteOptions = {}
): Promise<void> {
  await refuseInputAsOutput(path, options);
  const expected = options.expected !== undefined ? options.expected : await fileIdentity(path);
  let bytes = await workbookBytes(workbook);
  if (options.addParts !== undefined) bytes = await options.addParts(bytes);
  await replaceFile(path, bytes, expected);
}

/** The .xlsx bytes of an exceljs workbook, as writeWorkbookFile saves them. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  // Cell text as Excel writes it (`_x000B_`), for this save only: see cell-text-escape.ts.
  const restore = escapeCellTexts(workbook);
  try {
    return await xlsxBytes(workbook);
  } finally {
    restore();
  }
}

/**
 * A new workbook holding only the plan's sheets (the input template, the portfolio), saved to
 * `path` (compare-and-swap as writeWorkbookFile; `expected: null` refuses to replace any file).
 * Used for files the product makes from its own data; nothing untrusted is parsed.
 * @example await writePlanToNewFile(templatePlan, "client.xlsx", { expected: null })
 */
export async function writePlanToNewFile(
  plan: WorkbookPlan,
  path: string,
  options: Pick<WriteOptions, "expected"> = {}
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Governance Scorecard";
  applyPlan(workbook, plan);
  await writeWorkbookFile(workbook, path, {
    ...options,
    addParts: (bytes) => withCharts(bytes, plan),
  });
}
