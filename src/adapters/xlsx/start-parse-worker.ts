import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { ParseWorkerData } from "./parse-protocol";

/** The worker entries of this folder: the parser, and the whole-file job (job-worker.ts). */
export type WorkerEntry = "parse-worker" | "job-worker";

/**
 * One worker implementation per entry, two ways to load it:
 * - compiled by tsc, the entry's .js sits beside this file and is started directly;
 * - run from sources (jest via ts-jest, where this file is a .ts), a Worker cannot load a .ts file,
 *   so a small hand-written ts-worker-bootstrap.js registers a transpile-on-require hook (the
 *   `typescript` dev dependency, always present beside the sources) and requires the entry's .ts;
 *   the transpiled modules come from an on-disk cache (ts-transpile-cache.js), so a worker start
 *   costs about what a compiled one does. The bootstrap is never needed, nor shipped, in the compiled build.
 */
export function startWorker(
  entry: WorkerEntry,
  data: object,
  resourceLimits: ResourceLimits
): Worker {
  if (!__filename.endsWith(".ts")) {
    return new Worker(join(__dirname, `${entry}.js`), { workerData: data, resourceLimits });
  }
  const workerData = { ...data, sourceEntry: join(__dirname, `${entry}.ts`) };
  return new Worker(join(__dirname, "ts-worker-bootstrap.js"), { workerData, resourceLimits });
}

export function startParseWorker(
  data: Omit<ParseWorkerData, "sourceEntry">,
  resourceLimits: ResourceLimits
): Worker {
  return startWorker("parse-worker", data, resourceLimits);
}
