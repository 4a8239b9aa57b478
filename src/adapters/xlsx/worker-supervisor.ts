import type { ResourceLimits, Worker } from "node:worker_threads";
import { readIssues, type ReadIssue } from "./read-issue";

/** The budget of every request to a supervised worker. */
export interface WorkerBudget {
  /** Wall-clock time a request may take (a new worker's start-up included), in milliseconds. */
  readonly deadlineMs: number;
  /** Old-generation heap cap of the worker, in MB. */
  readonly heapMb: number;
}

/** A request's reply, or the issue that stopped it (time, memory, an error, an exit). */
export type WorkerOutcome<Reply> =
  { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly issue: ReadIssue };

export interface SupervisorOptions {
  /** How an unexpected exit names the worker: "the <name> stopped with exit code 1". */
  readonly name: string;
  /** Let the process exit while this worker is idle (a pooled worker waiting for jobs). */
  readonly unref?: boolean;
}

/** setTimeout fires at once for delays beyond 2^31 - 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Pending<Reply> {
  readonly accepts: (reply: Reply) => boolean;
  readonly resolve: (outcome: WorkerOutcome<Reply>) => void;
  readonly deadline: NodeJS.Timeout;
}

/**
 * One worker thread under supervision, the only place that decides what a deadline, an
 * out-of-memory error, an uncaught error or an unexpected exit of a worker means: each becomes
 * a located, bilingual issue (parse.timeout, parse.outOfMemory, parse.failed), never an exception,
 * and the worker is terminated, since it may be stuck or short of memory. A worker that answered
 * stays up for the next request, one request at a time; after a failure `alive` is false and the
 * owner starts a new one.
 * @example
 * const parser = new SupervisedWorker<ParseResponse>(
 *   (resourceLimits) => startParseWorker(data, resourceLimits),
 *   { deadlineMs: 90_000, heapMb: 2_048 },
 *   { name: "parser" }
 * );
 * const outcome = await parser.request(); // the parser posts one reply without being asked
 * void parser.stop();
 */
export class SupervisedWorker<Reply> {
  private readonly worker: Worker;
  private pending: Pending<Reply> | null = null;
  /** Set once the worker is being terminated (after a failure, or by stop()). */
  private terminated: Promise<void> | null = null;

  /**
   * Starts the worker with `start`, which must pass the given resource limits (the heap cap) to
   * the Worker. Throws what `start` throws.
   */
  constructor(
    start: (resourceLimits: ResourceLimits) => Worker,
    private readonly budget: WorkerBudget,
    private readonly options: SupervisorOptions
  ) {
    this.worker = start({ maxOldGenerationSizeMb: budget.heapMb });
    this.worker.on("message", this.onMessage);
    this.worker.on("error", this.onError);
    this.worker.on("exit", this.onExit);
    if (options.unref === true) this.worker.unref();
  }

  private readonly onMessage = (reply: Reply): void => {
    const pending = this.pending;
    if (pending === null || !pending.accepts(reply)) return;
    this.settle({ ok: true, reply });
  };

  private readonly onError = (error: Error & { code?: string }): void =>
    this.fail(
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? readIssues.parseOutOfMemory(this.budget.heapMb)
        : readIssues.parseFailed(error.message)
    );

  private readonly onExit = (exitCode: number): void =>
    this.fail(
      readIssues.parseFailed(`the ${this.options.name} stopped with exit code ${exitCode}`)
    );

  /** False once the worker failed or was stopped: start a new one. */
  get alive(): boolean {
    return this.terminated === null;
  }

  /**
   * Posts `message` (unless undefined: a worker that answers its workerData unasked) and resolves
   * with the first reply `accepts` takes, or with the issue that ended the worker first; never
   * rejects (a second request while one is running is a programming error, and throws). The
   * deadline counts from this call.
   */
  request(
    message?: unknown,
    accepts: (reply: Reply) => boolean = () => true
  ): Promise<WorkerOutcome<Reply>> {
    if (this.pending !== null) throw new Error("one request at a time");
    return new Promise((resolve) => {
      if (!this.alive) {
        resolve({ ok: false, issue: readIssues.parseFailed(`the ${this.options.name} stopped`) });
        return;
      }
      const deadline = setTimeout(
        () => this.fail(readIssues.parseTimeout(this.budget.deadlineMs)),
        Math.min(this.budget.deadlineMs, MAX_TIMER_MS)
      );
      this.pending = { accepts, resolve, deadline };
      if (message !== undefined) this.worker.postMessage(message);
    });
  }

  /**
   * Terminates the worker. A request still running is not answered (its owner is shutting down).
   */
  stop(): Promise<void> {
    if (this.pending !== null) clearTimeout(this.pending.deadline);
    this.pending = null;
    return this.terminate();
  }

  private settle(outcome: WorkerOutcome<Reply>): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    clearTimeout(pending.deadline);
    pending.resolve(outcome);
  }

  /** The request (if one is running) fails with `issue`; the worker is terminated either way. */
  private fail(issue: ReadIssue): void {
    if (!this.alive) return;
    void this.terminate();
    this.settle({ ok: false, issue });
  }

  private terminate(): Promise<void> {
    if (this.terminated === null) {
      this.worker.off("message", this.onMessage);
      this.worker.off("error", this.onError);
      this.worker.off("exit", this.onExit);
      // A late 'error' after terminate must not be unhandled.
      this.worker.on("error", () => undefined);
      this.terminated = this.worker.terminate().then(() => undefined);
    }
    return this.terminated;
  }
}
