import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { ParseWorkerData } from "./parse-protocol";

/**
 * One worker implementation (parse-worker.ts), two ways to load it:
 * - compiled by tsc, parse-worker.js sits beside this file and is started directly;
 * - run from sources (jest via ts-jest, where this file is a .ts), a Worker cannot load a .ts file,
 *   so a small hand-written ts-worker-bootstrap.js registers a transpile-on-require hook (the
 *   `typescript` dev dependency, always present beside the sources) and requires parse-worker.ts.
 * The bootstrap is never needed, nor shipped, in the compiled build.
 */
export function startParseWorker(
  data: Omit<ParseWorkerData, "sourceEntry">,
  resourceLimits: ResourceLimits
): Worker {
  if (!__filename.endsWith(".ts")) {
    return new Worker(join(__dirname, "parse-worker.js"), { workerData: data, resourceLimits });
  }
  const workerData: ParseWorkerData = { ...data, sourceEntry: join(__dirname, "parse-worker.ts") };
  return new Worker(join(__dirname, "ts-worker-bootstrap.js"), { workerData, resourceLimits });
}
