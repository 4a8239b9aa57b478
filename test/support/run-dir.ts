import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Set by the integration project's global setup: a folder that lives as long as the jest run. */
export const RUN_DIR_ENV = "GOVSCORE_TEST_RUN_DIR";

/** Called with the run folder when it is removed (stops what was started for the run). */
type Cleanup = (dir: string) => void;

/**
 * The folder shared by every suite of this jest run (the global setup makes it and passes it to
 * the jest workers in the environment). A suite run outside that setup gets a folder of its own,
 * removed with `cleanup` when its process exits.
 */
export function runDir(cleanup?: Cleanup): string {
  const existing = process.env[RUN_DIR_ENV];
  if (existing !== undefined && existing !== "") return existing;
  const dir = createRunDir();
  process.on("exit", () => {
    cleanup?.(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export function createRunDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "govscore-test-run-"));
  process.env[RUN_DIR_ENV] = dir;
  return dir;
}
