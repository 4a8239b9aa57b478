import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { loadXlsx } from "./exceljs-internals";
import type { ReadLimits } from "./limits";
import type { ReadIssue } from "./read-issue";
import { readXlsxSnapshot } from "./stream-workbook";
import { loadedAsRead, workbookFromSnapshot } from "./workbook-from-snapshot";

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
  | {
      readonly ok: true;
      readonly workbook: ExcelJS.Workbook;
      readonly snapshot: WorkbookSnapshot;
      /**
       * True when exceljs could not load the file as the reader read it and the workbook to write
       * into was rebuilt from the snapshot (values, formulas, number formats, tables; no styling).
       */
      readonly rebuilt: boolean;
    }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

/**
 * Parse bytes that `inspectXlsxFile` accepted: the plain snapshot (streaming reader), then, once
 * the snapshot was read without issue, the exceljs workbook to write into. What exceljs cannot load
 * from other producers is repaired in its load model (exceljs-internals.ts, `loadXlsx`); a file
 * it still cannot load, or loads with other cells than the reader read, is rebuilt from the
 * snapshot (workbook-from-snapshot.ts), so the scored copy holds what was scored. Runs inside a capped worker only.
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
    if (loadedAsRead(workbook, read.snapshot))
      return { ok: true, workbook, snapshot: read.snapshot, rebuilt: false };
  } catch {
    // exceljs cannot load every producer's files (namespace prefixes, other part names…).
  }
  return {
    ok: true,
    workbook: workbookFromSnapshot(read.snapshot),
    snapshot: read.snapshot,
    rebuilt: true,
  };
}
