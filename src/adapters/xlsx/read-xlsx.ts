import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { inspectXlsxFile } from "./inspect-zip";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import type { ParseResponse } from "./parse-protocol";
import { readIssues, type ReadIssue } from "./read-issue";
import { startParseWorker } from "./start-parse-worker";
import { SupervisedWorker } from "./worker-supervisor";

export { snapshotFromExcelJs } from "./snapshot-from-exceljs";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
export type { ReadIssue, ReadIssueCode, LocalizedMessage } from "./read-issue";

export type ReadResult =
  | { readonly ok: true; readonly value: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: ReadIssue[] };

/**
 * Reads an untrusted .xlsx file into plain data. Never throws: every refusal, including a parse
 * that runs out of time or memory, comes back as issues. The file is inspected first (size, zip
 * structure, ratios, sheet ranges), then parsed in a worker with a heap cap and a
 * deadline, so a crafted file can cost at most those budgets. The parser streams each part
 * through a SAX parser (stream-workbook.ts): memory and time follow the cells the file holds.
 */
export async function readWorkbookFile(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<ReadResult> {
  try {
    const inspected = await inspectXlsxFile(path, limits);
    if (!inspected.ok) return { ok: false, issues: [inspected.issue] };
    return await parseInWorker(inspected.bytes, limits);
  } catch (error) {
    return { ok: false, issues: [readIssues.parseFailed(describe(error))] };
  }
}

/** The parser posts one reply, the snapshot or its issues, for the bytes it was started with. */
async function parseInWorker(bytes: Buffer, limits: ReadLimits): Promise<ReadResult> {
  const parser = new SupervisedWorker<ParseResponse>(
    (resourceLimits) =>
      startParseWorker(
        {
          bytes,
          maxUsedRangeCells: limits.maxUsedRangeCells,
          maxTotalUncompressedBytes: limits.maxTotalUncompressedBytes,
        },
        resourceLimits
      ),
    { deadlineMs: limits.parseTimeoutMs, heapMb: limits.workerHeapMb },
    { name: "parser" }
  );
  const outcome = await parser.request();
  void parser.stop();
  if (!outcome.ok) return { ok: false, issues: [outcome.issue] };
  const response = outcome.reply;
  return response.ok ? { ok: true, value: response.snapshot } : response;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
