import { randomBytes } from "node:crypto";
import { rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import { applyPlan } from "./apply-plan";
import { compactValidations } from "./data-validations";
import { xlsxBytes } from "./exceljs-internals";

/** Writing would replace the file the workbook was read from. */
export class OutputIsInputError extends Error {
  constructor(readonly path: string) {
    super(`Refusing to write over the input file ${path}`);
    this.name = "OutputIsInputError";
  }
}

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

/**
 * Save a workbook to `path` through a temporary file in the same folder and a rename, so a
 * reader never sees half a file and a failure leaves any earlier file as it was. Refuses to
 * replace `input` unless `replaceInput` says the caller means to (an override written back).
 * @example await writeWorkbookFile(workbook, "c1.scored.xlsx", { input: "c1.xlsx" })
 */
export async function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  path: string,
  options: { readonly input?: string; readonly replaceInput?: boolean } = {}
): Promise<void> {
  if (options.input !== undefined && options.replaceInput !== true)
    if (await isSameFile(path, options.input)) throw new OutputIsInputError(path);
  for (const worksheet of workbook.worksheets) compactValidations(worksheet);
  const buffer = await xlsxBytes(workbook);
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await writeFile(temporary, buffer, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * A new workbook holding only the plan's sheets (the input template, the portfolio), saved to
 * `path`. Used for files the product makes from its own data; nothing untrusted is parsed.
 * @example await writePlanToNewFile(templatePlan, "client.xlsx")
 */
export async function writePlanToNewFile(plan: WorkbookPlan, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Governance Scorecard";
  applyPlan(workbook, plan);
  await writeWorkbookFile(workbook, path);
}
