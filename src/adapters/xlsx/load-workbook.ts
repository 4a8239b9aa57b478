import ExcelJS from "exceljs";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { loadXlsx } from "./exceljs-internals";
import { readSheetParts, readTablesBySheet } from "./package-parts";
import { readIssues, type ReadIssue } from "./read-issue";
import { snapshotFromExcelJs } from "./snapshot-from-exceljs";
import { partName, ZipArchive } from "./zip-archive";

async function readTables(bytes: Buffer): Promise<Map<string, TableSnapshot[]>> {
  const archive = await ZipArchive.fromBytes(bytes);
  try {
    const entries = await archive.listEntries();
    const parts = new Map(entries.map((entry) => [partName(entry), entry]));
    return await readTablesBySheet(archive, parts, await readSheetParts(archive, parts));
  } finally {
    archive.close();
  }
}

/** The cells actually present may spread far beyond any `<dimension>` the file declared. */
function spreadIssue(sheet: SheetSnapshot, maxCells: number): ReadIssue | undefined {
  const rows = sheet.values.length;
  const columns = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows * columns <= maxCells) return undefined;
  return readIssues.cellsSpreadTooWide(
    { name: sheet.name, part: sheet.name },
    rows,
    columns,
    maxCells
  );
}

export type LoadedWorkbook =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

/**
 * Parse bytes that `inspectXlsxFile` accepted: the exceljs workbook (to write into) and its plain
 * snapshot, with the Excel tables read from the package and the used-range cap checked against
 * the cells actually present. Runs inside a capped worker only.
 */
export async function loadInspectedWorkbook(
  bytes: Buffer,
  maxUsedRangeCells: number
): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await loadXlsx(workbook, bytes);
  const snapshot = snapshotFromExcelJs(workbook, await readTables(bytes));
  const issues = snapshot.sheets
    .map((sheet) => spreadIssue(sheet, maxUsedRangeCells))
    .filter((issue): issue is ReadIssue => issue !== undefined);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, workbook, snapshot };
}
