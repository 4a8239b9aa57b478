import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { loadXlsx } from "./exceljs-internals";
import type { ReadLimits } from "./limits";
import { readIssues, type ReadIssue } from "./read-issue";
import { readXlsxSnapshot } from "./stream-workbook";

/** No single part of a workbook this product accepts is larger than the whole budget. */
function partBudget(limits: Pick<ReadLimits, "maxTotalUncompressedBytes">): number {
  return limits.maxTotalUncompressedBytes;
}

export type ReadSnapshot =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

/**
 * The plain snapshot of bytes that `inspectXlsxFile` accepted, read by the streaming reader
 * (stream-workbook.ts): memory and time follow the cells the file holds.
 */
export async function readInspectedSnapshot(
  bytes: Buffer,
  limits: Pick<ReadLimits, "maxUsedRangeCells" | "maxTotalUncompressedBytes">
): Promise<ReadSnapshot> {
  return readXlsxSnapshot(bytes, {
    maxUsedRangeCells: limits.maxUsedRangeCells,
    maxPartBytes: partBudget(limits),
  });
}

export type LoadedWorkbook =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

/**
 * Parse bytes that `inspectXlsxFile` accepted: the plain snapshot (streaming reader), then, once
 * the snapshot was read without issue, the exceljs workbook to write into. What exceljs cannot load
 * from other producers is repaired in its load model (exceljs-internals.ts, `loadXlsx`). Runs inside a capped worker only.
 */
export async function loadInspectedWorkbook(
  bytes: Buffer,
  limits: Pick<ReadLimits, "maxUsedRangeCells" | "maxTotalUncompressedBytes">
): Promise<LoadedWorkbook> {
  const read = await readInspectedSnapshot(bytes, limits);
  if (!read.ok) return read;
  const workbook = new ExcelJS.Workbook();
  try {
    await loadXlsx(workbook, bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [readIssues.parseFailed(detail)] };
  }
  return { ok: true, workbook, snapshot: read.snapshot };
}
