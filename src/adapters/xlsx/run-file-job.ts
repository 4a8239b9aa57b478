import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import type { FileJob, JobResponse, JobWorkerData } from "./job-protocol";
import { readIssues, type ReadIssue } from "./read-issue";
import { startWorker } from "./start-parse-worker";

/** setTimeout fires at once for delays beyond 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Run one file's whole job (inspect → parse → use case → apply plan → write) in a worker with the
 * heap cap and deadline of `limits`, so a crafted file can cost at most those budgets and the
 * calling thread never parses it. Never throws: a worker that runs out of memory or time, or
 * stops, comes back as an issue.
 * @example await runJobInWorker({ kind: "verify", input: "c1.scored.xlsx", file: "c1.scored.xlsx", language: "en-US" })
 */
export function runJobInWorker(
  job: FileJob,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<JobResponse> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (response: JobResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      void worker?.terminate();
      resolve(response);
    };
    const fail = (issue: ReadIssue): void => settle({ status: "issues", issues: [issue] });
    const deadline = setTimeout(
      () => fail(readIssues.parseTimeout(limits.parseTimeoutMs)),
      Math.min(limits.parseTimeoutMs, MAX_TIMER_MS)
    );
    let worker: ReturnType<typeof startWorker> | undefined;
    try {
      const data: JobWorkerData = { job, limits };
      worker = startWorker("job-worker", data, { maxOldGenerationSizeMb: limits.workerHeapMb });
    } catch (error) {
      fail(readIssues.parseFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    worker.on("message", (response: JobResponse) => settle(response));
    worker.on("error", (error: Error & { code?: string }) =>
      fail(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? readIssues.parseOutOfMemory(limits.workerHeapMb)
          : readIssues.parseFailed(error.message)
      )
    );
    worker.on("exit", (exitCode) =>
      fail(readIssues.parseFailed(`the worker stopped with exit code ${exitCode}`))
    );
  });
}
