/** Median wall time of a function over repeated runs, after warm-up runs that are not counted. */
export async function medianMs(run: () => unknown, runs: number, warmups = 1): Promise<number> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Median CPU time (user + system, this process) of a function over repeated runs, after warm-up
 * runs. On a machine shared with other work the wall time counts the time other processes hold
 * the core; the CPU time is what one core spends on the work.
 */
export async function medianCpuMs(run: () => unknown, runs: number, warmups = 1): Promise<number> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    await run();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface Comparison {
  readonly name: string;
  readonly baseline: string;
  readonly candidate: string;
  readonly baselineMs: number;
  readonly candidateMs: number;
}

/** candidate ÷ baseline: machine speed cancels out, since both ran in the same process and run. */
export function ratio(c: Comparison): number {
  return c.candidateMs / c.baselineMs;
}
