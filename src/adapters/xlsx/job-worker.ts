/** Worker entry: runs one file's whole job (see file-job.ts) and posts back a plain response. */
import { parentPort, workerData } from "node:worker_threads";
import { localize } from "../../app";
import { msg } from "../../core";
import { runFileJob } from "./file-job";
import type { JobResponse, JobWorkerData } from "./job-protocol";

function failed(error: unknown): JobResponse {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    status: "issues",
    issues: [{ code: "job.failed", message: localize(msg("app.job.failed", { detail })) }],
  };
}

const port = parentPort;
if (port) {
  const { job, limits } = workerData as JobWorkerData;
  runFileJob(job, limits)
    .catch(failed)
    .then((response) => port.postMessage(response));
}
