import { JobPool } from "./job-pool";
import type { FileJob, JobResponse } from "./job-protocol";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";

/**
 * Run one file's whole job (inspect → parse → use case → apply plan → write) in a worker of its
 * own with the heap cap and deadline of `limits`, so a crafted file can cost at most those
 * budgets and the calling thread never parses it. Never throws: a worker that runs out of memory
 * or time, or stops, comes back as an issue. For many files, use a JobPool.
 * @example await runJobInWorker({ kind: "verify", input: "c1.scored.xlsx", file: "c1.scored.xlsx", language: "en-US" })
 */
export async function runJobInWorker(
  job: FileJob,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<JobResponse> {
  const pool = new JobPool(1, limits);
  try {
    return await pool.run(job);
  } finally {
    await pool.close();
  }
}
