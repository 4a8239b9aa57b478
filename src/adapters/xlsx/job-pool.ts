import type { Worker } from "node:worker_threads";
import type { FileJob, JobResponse, JobWorkerData } from "./job-protocol";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { readIssues, type ReadIssue } from "./read-issue";
import { startWorker } from "./start-parse-worker";

/** setTimeout fires at once for delays beyond 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a job worker receives per job, and what it posts back. */
export interface JobRequest {
  readonly id: number;
  readonly job: FileJob;
}
export interface JobReply {
  readonly id: number;
  readonly response: JobResponse;
}

interface Pending {
  readonly id: number;
  readonly job: FileJob;
  readonly resolve: (response: JobResponse) => void;
}

interface Slot {
  worker: Worker | null;
  current: (Pending & { readonly deadline: NodeJS.Timeout }) | null;
}

/**
 * Up to `size` job workers, each with the heap cap of `limits`, each running one file's job at a
 * time within the deadline of `limits`. A worker is kept for the next file (loading exceljs costs
 * more than a small workbook's job), and replaced when a job runs out of time or memory or the
 * worker stops: such a job comes back as an issue, never as an exception, and the other files go
 * on. Call `close()` when done.
 * @example
 * const pool = new JobPool(2);
 * const responses = await Promise.all(files.map((input) => pool.run(jobFor(input))));
 * await pool.close();
 */
export class JobPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(
    size: number,
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, current: null }));
  }

  /** Run one job; resolves with its response (never rejects). */
  run(job: FileJob): Promise<JobResponse> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  /** Stop every worker (jobs still queued or running are not waited for). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.discard(slot)));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current !== null) continue;
      const next = this.queue.shift();
      if (next === undefined) return;
      this.start(slot, next);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    let worker = slot.worker;
    if (worker === null) {
      try {
        worker = this.spawn(slot);
      } catch (error) {
        pending.resolve(failure(readIssues.parseFailed(describe(error))));
        this.dispatch();
        return;
      }
    }
    const deadline = setTimeout(
      () => this.fail(slot, readIssues.parseTimeout(this.limits.parseTimeoutMs)),
      Math.min(this.limits.parseTimeoutMs, MAX_TIMER_MS)
    );
    slot.current = { ...pending, deadline };
    const request: JobRequest = { id: pending.id, job: pending.job };
    worker.postMessage(request);
  }

  private spawn(slot: Slot): Worker {
    const data: JobWorkerData = { limits: this.limits };
    const worker = startWorker("job-worker", data, {
      maxOldGenerationSizeMb: this.limits.workerHeapMb,
    });
    slot.worker = worker;
    worker.on("message", (reply: JobReply) => {
      if (slot.current?.id !== reply.id) return;
      this.finish(slot, reply.response);
    });
    worker.on("error", (error: Error & { code?: string }) =>
      this.fail(
        slot,
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? readIssues.parseOutOfMemory(this.limits.workerHeapMb)
          : readIssues.parseFailed(error.message),
        worker
      )
    );
    worker.on("exit", (exitCode) =>
      this.fail(
        slot,
        readIssues.parseFailed(`the worker stopped with exit code ${exitCode}`),
        worker
      )
    );
    // An idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  private finish(slot: Slot, response: JobResponse): void {
    const current = slot.current;
    if (current === null) return;
    clearTimeout(current.deadline);
    slot.current = null;
    current.resolve(response);
    this.dispatch();
  }

  /** The job fails with `issue` and its worker is replaced (it may be out of memory or stuck). */
  private fail(slot: Slot, issue: ReadIssue, from?: Worker): void {
    if (from !== undefined && slot.worker !== from) return;
    const current = slot.current;
    void this.discard(slot);
    if (current !== null) {
      clearTimeout(current.deadline);
      current.resolve(failure(issue));
    }
    this.dispatch();
  }

  private async discard(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.current = null;
    if (worker !== null) {
      worker.removeAllListeners();
      // A late 'error' after terminate must not be unhandled.
      worker.on("error", () => undefined);
      await worker.terminate();
    }
  }
}

function failure(issue: ReadIssue): JobResponse {
  return { status: "issues", issues: [issue] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
