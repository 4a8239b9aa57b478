import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";

/**
 * Builds that several suites need (the production add-in, the in-memory Excel host bundle), made
 * once and shared: each lives in node_modules/.cache/govscore-test/<name>-<key>/, where the key
 * hashes every input of the build (sources, configuration, package-lock.json). The first suite
 * that needs a build makes it while holding a lock; suites that need it meanwhile wait for it; a
 * later run with the same inputs finds it done. An edit to any input is a new key, so a build is
 * never stale. A failed build is reported to every waiting suite and never kept.
 */

const ROOT = join(__dirname, "..", "..");
export const CACHE_ROOT =
  process.env.GOVSCORE_TEST_CACHE ?? join(ROOT, "node_modules", ".cache", "govscore-test");

/** How a build went: its exit code and everything it printed. */
export interface BuildLog {
  readonly code: number | null;
  readonly output: string;
}

export interface SharedBuild {
  /** The build's output folder. */
  readonly dir: string;
  readonly log: BuildLog;
}

export interface BuildSpec {
  /** A short name for the folder, e.g. "addin-production". */
  readonly name: string;
  /** Files and folders (relative to the repository) whose contents the build depends on. */
  readonly inputs: readonly string[];
  /** Anything else the build depends on (mode, environment variables), part of the key. */
  readonly settings: Readonly<Record<string, string>>;
  /** Builds into `outDir` (an empty folder); resolves with its log (code 0 = success). */
  readonly build: (outDir: string) => Promise<BuildLog>;
  /** Where builds are kept (CACHE_ROOT unless a test says otherwise). */
  readonly cacheRoot?: string;
}

/** Every file under `path` (a file or a folder), sorted, as paths relative to the repository. */
function filesOf(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesOf(join(path, name)));
}

/** The key of a build: SHA-256 over its settings and the paths and contents of its inputs. */
export function buildKey(spec: Pick<BuildSpec, "inputs" | "settings">): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(Object.entries(spec.settings).sort()));
  for (const file of [...new Set(spec.inputs.flatMap(filesOf))].sort()) {
    hash.update(`\0${relative(ROOT, join(ROOT, file))}\0`);
    hash.update(readFileSync(join(ROOT, file)));
  }
  return hash.digest("hex").slice(0, 20);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Failed builds of this process, by folder: its other waiters get the log instead of retrying. */
const failures = new Map<string, BuildLog>();

/** Keeps the newest `keep` finished builds of `name` (a build per edit would pile up). */
function prune(root: string, name: string, keep = 3): void {
  const builds = readdirSync(root)
    .filter((entry) => new RegExp(`^${name}-[0-9a-f]{20}$`).test(entry))
    .map((entry) => ({ entry, time: statSync(join(root, entry)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { entry } of builds.slice(keep))
    rmSync(join(root, entry), { recursive: true, force: true });
}

/**
 * The build of `spec` for the current inputs: made now (under a lock) unless already made, or
 * being made by another suite (then waited for, up to `timeoutMs`). A suite of another process
 * waiting for a build that fails makes it again, and reports its own failure.
 */
export async function sharedBuild(spec: BuildSpec, timeoutMs = 600_000): Promise<SharedBuild> {
  const root = spec.cacheRoot ?? CACHE_ROOT;
  const dir = join(root, `${spec.name}-${buildKey(spec)}`);
  const logFile = join(dir, "build-log.json");
  const lock = `${dir}.lock`;
  mkdirSync(root, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(logFile))
      return { dir, log: JSON.parse(readFileSync(logFile, "utf8")) as BuildLog };
    const failed = failures.get(dir);
    if (failed !== undefined) return { dir, log: failed };
    try {
      mkdirSync(lock);
    } catch {
      // Being built by another suite (of this run or a concurrent one): wait, unless it died.
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, "pid"), "utf8"));
      } catch {
        // its pid is being written
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner))
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build in ${dir}`);
      await sleep(250);
      continue;
    }
    const partial = `${dir}.partial-${process.pid}`;
    try {
      writeFileSync(join(lock, "pid"), String(process.pid));
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      const log = await spec.build(partial);
      if (log.code !== 0) {
        failures.set(dir, log);
        return { dir, log };
      }
      writeFileSync(join(partial, "build-log.json"), JSON.stringify(log));
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
      prune(root, spec.name);
      return { dir, log };
    } finally {
      rmSync(partial, { recursive: true, force: true });
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
