import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import { applyPlan } from "./apply-plan";
import { withCharts } from "./chart-parts";
import { escapeCellTexts } from "./cell-text-escape";
import { compactValidations } from "./data-validations";
import { xlsxBytes } from "./exceljs-internals";
import { fileIdentity, OutputIsInputError, replaceFile, type FileIdentity } from "./safe-write";

export { OutputIsInputError } from "./safe-write";

async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** Same path, or (through a link or a case-insensitive file system) the same file. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ia, ib] = await Promise.all([identity(a), identity(b)]);
  return ia !== null && ia === ib;
}

export interface WriteOptions {
  /** The file the workbook was read from. */
  readonly input?: string;
  /** Whether `path` may be `input` (an override written back into the scored file). */
  readonly replaceInput?: boolean;
  /**
   * What `path` must still be when it is replaced: the identity of the bytes read (a file written
   * back), null for "no file may be there", or what was there when the command started. Absent:
   * what is there when this call starts.
   */
  readonly expected?: FileIdentity;
  /** Parts added to the written package (the portfolio's charts, which exceljs cannot write). */
  readonly addParts?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

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
  if (options.input !== undefined && options.replaceInput !== true)
    if (await isSameFile(path, options.input)) throw new OutputIsInputError(path);
  const expected = options.expected !== undefined ? options.expected : await fileIdentity(path);
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  // Cell text as Excel writes it (`_x000B_`), for this save only: see cell-text-escape.ts.
  const restore = escapeCellTexts(workbook);
  let bytes: Uint8Array;
  try {
    bytes = await xlsxBytes(workbook);
  } finally {
    restore();
  }
  if (options.addParts !== undefined) bytes = await options.addParts(bytes);
  await replaceFile(path, bytes, expected);
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
