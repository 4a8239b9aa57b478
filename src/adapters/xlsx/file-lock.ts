import { randomBytes } from "node:crypto";
import { link, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { processAlive } from "./safe-write";

/** Who holds a lock, as its lock file says. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

/** Another command holds the file's lock and did not let go in time. */
export class FileLockedError extends Error {
  constructor(
    readonly path: string,
    readonly lockPath: string,
    readonly holder: LockHolder | null
  ) {
    super(`${path} is locked by ${lockPath}`);
    this.name = "FileLockedError";
  }
}

export interface LockOptions {
  /** How long to wait for another command to let go (ms). */
  readonly waitMs?: number;
  /** How often to look again (ms). */
  readonly pollMs?: number;
}

/** A lock file with no readable holder (its writer died between creating and writing it). */
const UNREADABLE_STALE_MS = 10_000;

export const DEFAULT_LOCK_WAIT_MS = 60_000;

/** `c1.scored.xlsx` → `c1.scored.xlsx.lock` (as git locks `index` with `index.lock`). */
export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof value.pid === "number" &&
      typeof value.host === "string" &&
      typeof value.token === "string"
    )
      return {
        pid: value.pid,
        host: value.host,
        since: typeof value.since === "string" ? value.since : "",
        token: value.token,
      };
  } catch {
    // not a lock this product wrote, or half written
  }
  return null;
}

async function readHolder(lockPath: string): Promise<LockHolder | null | "gone"> {
  try {
    return parseHolder(await readFile(lockPath, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
}

/**
 * A lock nobody holds any more: its process (on this machine) has ended, or it names no holder
 * and is older than a writer needs to fill it in. A lock of another machine is never stale: its
 * process cannot be asked.
 */
async function isStale(lockPath: string, holder: LockHolder | null): Promise<boolean> {
  if (holder !== null) return holder.host === hostname() && !processAlive(holder.pid);
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > UNREADABLE_STALE_MS;
  } catch {
    return false;
  }
}

/**
 * Breaks a stale lock without breaking a fresh one: the lock file is first moved aside (only one
 * process can move a given file), then removed if it is the stale one that was read, else put back.
 */
async function breakStale(lockPath: string, stale: LockHolder | null): Promise<void> {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else broke it first, or let go
  }
  const moved = await readHolder(aside).catch(() => null);
  const same = moved !== "gone" && (moved === null ? stale === null : moved.token === stale?.token);
  if (!same) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock of `path`: creates `<path>.lock` exclusively, holding this process's id, host and
 * a token. While another command holds it, waits (up to `waitMs`), then throws FileLockedError
 * naming the holder. A lock left by a process that has ended is broken. Returns `release`, which
 * removes the lock file if it is still this one's; call it in a finally.
 * @example const release = await acquireFileLock("c1.scored.xlsx"); try { … } finally { await release(); }
 */
export async function acquireFileLock(
  path: string,
  options: LockOptions = {}
): Promise<() => Promise<void>> {
  const lockPath = lockPathOf(path);
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_MS;
  const pollMs = options.pollMs ?? 100;
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await writeFile(lockPath, `${JSON.stringify(holder)}\n`, { flag: "wx" });
      return async () => {
        const current = await readHolder(lockPath).catch(() => null);
        if (current !== "gone" && current?.token === holder.token)
          await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = await readHolder(lockPath);
    if (current === "gone") continue;
    if (await isStale(lockPath, current)) {
      await breakStale(lockPath, current);
      continue;
    }
    if (Date.now() >= deadline) throw new FileLockedError(path, lockPath, current);
    await sleep(pollMs);
  }
}

/**
 * Runs `action` holding the lock of `path`.
 * @example await withFileLock("c1.scored.xlsx", () => rewrite("c1.scored.xlsx"))
 */
export async function withFileLock<T>(
  path: string,
  action: () => Promise<T>,
  options: LockOptions = {}
): Promise<T> {
  const release = await acquireFileLock(path, options);
  try {
    return await action();
  } finally {
    await release();
  }
}
