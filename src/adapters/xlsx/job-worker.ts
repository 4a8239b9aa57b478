/**
 * Worker entry: runs one file's whole job at a time (see file-job.ts) for the job pool and posts
 * back a plain response. The pool replaces the worker when a job runs out of time or memory.
 */
import { parentPort, workerData } from "node:worker_threads";
import { localize } from "../../app";
import { msg } from "../../core";
import { runFileJob } from "./file-job";
import type { JobReply, JobRequest } from "./job-pool";
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
  const { limits } = workerData as JobWorkerData;
  port.on("message", ({ id, job }: JobRequest) => {
    void runFileJob(job, limits)
      .catch(failed)
      .then((response) => port.postMessage({ id, response } satisfies JobReply));
  });
}
