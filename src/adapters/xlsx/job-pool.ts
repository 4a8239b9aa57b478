import { localize } from "../../app";
import { acquireFileLock, type LockOptions } from "./file-lock";
import type { FileJob, JobResponse, JobWorkerData } from "./job-protocol";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { readIssues, type ReadIssue } from "./read-issue";
import { startWorker } from "./start-parse-worker";
import { removeStaleTemporaries } from "./safe-write";
import { SupervisedWorker } from "./worker-supervisor";
import { writeRefusal } from "./write-errors";

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
  /** Kept between jobs; null before the first job and after a failure replaced it. */
  worker: SupervisedWorker<JobReply> | null;
  busy: boolean;
}

/**
 * Up to `size` job workers, each with the heap cap of `limits`, each running one file's job at a
 * time within the deadline of `limits` (worker-supervisor.ts). A worker is kept for the next file
 * (loading exceljs costs more than a small workbook's job), and replaced when a job runs out of
 * time or memory or the worker stops: such a job comes back as an issue, never as an exception,
 * and the other files go on. Call `close()` when done.
 * @example
 * const pool = new JobPool(2);
 * const responses = await Promise.all(files.map((input) => pool.run(jobFor(input))));
 * await pool.close();
 */
export class JobPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private spawned = 0;

  constructor(
    size: number,
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
    private readonly lockOptions: LockOptions = {}
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, busy: false }));
  }

  /** How many workers the pool has started: its size, plus one for each worker replaced. */
  get started(): number {
    return this.spawned;
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
    await Promise.all(
      this.slots.map((slot) => {
        const worker = slot.worker;
        slot.worker = null;
        return worker?.stop();
      })
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (next === undefined) return;
      void this.start(slot, next);
    }
  }

  private async start(slot: Slot, pending: Pending): Promise<void> {
    slot.busy = true;
    const response = await this.runLocked(slot, pending);
    slot.busy = false;
    pending.resolve(response);
    this.dispatch();
  }

  /**
   * A job that writes a file runs holding that file's lock (file-lock.ts), taken here in the
   * calling thread so that it is let go even when the worker is stopped; whatever temporary file
   * a stopped worker left is removed before the lock is.
   */
  private async runLocked(slot: Slot, pending: Pending): Promise<JobResponse> {
    const job = pending.job;
    if (job.kind !== "score" && job.kind !== "override") return this.runOn(slot, pending);
    let release: () => Promise<void>;
    try {
      release = await acquireFileLock(job.output, this.lockOptions);
    } catch (error) {
      // Held by another command past the wait, or not creatable (a read-only folder, say).
      return refusedResponse(job.output, error);
    }
    try {
      return await this.runOn(slot, pending);
    } finally {
      await removeStaleTemporaries(job.output, true);
      await release();
    }
  }

  private async runOn(slot: Slot, { id, job }: Pending): Promise<JobResponse> {
    let worker = slot.worker;
    if (worker === null || !worker.alive) {
      try {
        worker = this.spawn();
      } catch (error) {
        return failure(readIssues.parseFailed(describe(error)));
      }
      slot.worker = worker;
    }
    const request: JobRequest = { id, job };
    const outcome = await worker.request(request, (reply) => reply.id === id);
    return outcome.ok ? outcome.reply.response : failure(outcome.issue);
  }

  private spawn(): SupervisedWorker<JobReply> {
    const data: JobWorkerData = { limits: this.limits };
    this.spawned++;
    return new SupervisedWorker<JobReply>(
      (resourceLimits) => startWorker("job-worker", data, resourceLimits),
      { deadlineMs: this.limits.parseTimeoutMs, heapMb: this.limits.workerHeapMb },
      // An idle worker must not keep the process alive.
      { name: "worker", unref: true }
    );
  }
}

function refusedResponse(file: string, error: unknown): JobResponse {
  const refusal = writeRefusal(file, error);
  return { status: "issues", issues: [{ code: refusal.code, message: localize(refusal.message) }] };
}

function failure(issue: ReadIssue): JobResponse {
  return { status: "issues", issues: [issue] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
