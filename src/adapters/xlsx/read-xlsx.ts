import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { inspectXlsxFile } from "./inspect-zip";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import type { ParseResponse } from "./parse-protocol";
import { readIssues, type ReadIssue } from "./read-issue";
import { startParseWorker } from "./start-parse-worker";

export { snapshotFromExcelJs } from "./snapshot-from-exceljs";
export { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
export type { ReadIssue, ReadIssueCode, LocalizedMessage } from "./read-issue";

export type ReadResult =
  | { readonly ok: true; readonly value: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: ReadIssue[] };

/**
 * Reads an untrusted .xlsx file into plain data. Never throws: every refusal, including a parse
 * that runs out of time or memory, comes back as issues. The file is inspected first (size, zip
 * structure, ratios, sheet ranges), then parsed by exceljs in a worker with a heap cap and a
 * deadline, so a crafted file can cost at most those budgets.
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

/** setTimeout fires at once for delays beyond 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

function parseInWorker(bytes: Buffer, limits: ReadLimits): Promise<ReadResult> {
  const worker = startParseWorker(
    { bytes, maxUsedRangeCells: limits.maxUsedRangeCells },
    { maxOldGenerationSizeMb: limits.workerHeapMb }
  );
  return new Promise((resolve) => {
    const deadline = setTimeout(
      () => fail(readIssues.parseTimeout(limits.parseTimeoutMs)),
      Math.min(limits.parseTimeoutMs, MAX_TIMER_MS)
    );
    let settled = false;
    const settle = (result: ReadResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker.terminate();
      resolve(result);
    };
    const fail = (issue: ReadIssue): void => settle({ ok: false, issues: [issue] });
    worker.on("message", (response: ParseResponse) =>
      settle(response.ok ? { ok: true, value: response.snapshot } : response)
    );
    worker.on("error", (error: Error & { code?: string }) =>
      fail(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? readIssues.parseOutOfMemory(limits.workerHeapMb)
          : readIssues.parseFailed(error.message)
      )
    );
    worker.on("exit", (exitCode) =>
      fail(readIssues.parseFailed(`the parser stopped with exit code ${exitCode}`))
    );
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
