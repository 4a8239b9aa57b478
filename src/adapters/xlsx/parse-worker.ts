/** Worker entry: parses inspected .xlsx bytes with exceljs and posts back a plain snapshot. */
import { parentPort, workerData } from "node:worker_threads";
import ExcelJS from "exceljs";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { readSheetParts, readTablesBySheet } from "./package-parts";
import type { ParseResponse, ParseWorkerData } from "./parse-protocol";
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

async function parse(data: ParseWorkerData): Promise<ParseResponse> {
  const bytes = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as a module-private `Buffer extends ArrayBuffer`; it passes it to JSZip.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const snapshot: WorkbookSnapshot = snapshotFromExcelJs(workbook, await readTables(bytes));
  const issues = snapshot.sheets
    .map((sheet) => spreadIssue(sheet, data.maxUsedRangeCells))
    .filter((issue): issue is ReadIssue => issue !== undefined);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, snapshot };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const port = parentPort;
if (port) {
  parse(workerData as ParseWorkerData)
    .catch((error: unknown): ParseResponse => ({
      ok: false,
      issues: [readIssues.parseFailed(describe(error))],
    }))
    .then((response) => port.postMessage(response));
}
