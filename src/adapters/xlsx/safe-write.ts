import { createHash, randomBytes } from "node:crypto";
import { link, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * What a file was when a command looked at it: its size and the SHA-256 of its bytes; null for
 * "there was no file". Two identities are equal exactly when the bytes are.
 */
export type FileIdentity = { readonly size: number; readonly sha256: string } | null;

/** The identity of bytes read from a file. */
export function identityOfBytes(bytes: Uint8Array): NonNullable<FileIdentity> {
  return { size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The identity of the file at `path` now: null when there is none. */
export async function fileIdentity(path: string): Promise<FileIdentity> {
  try {
    return identityOfBytes(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a === null || b === null ? a === b : a.size === b.size && a.sha256 === b.sha256;
}

/** Whether the file at `path` is still what `expected` says (size first: no read when it differs). */
async function isUnchanged(path: string, expected: FileIdentity): Promise<boolean> {
  if (expected !== null) {
    try {
      if ((await stat(path)).size !== expected.size) return false;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
  }
  return sameIdentity(await fileIdentity(path), expected);
}

/** Writing would replace the file the workbook was read from. */
export class OutputIsInputError extends Error {
  constructor(readonly path: string) {
    super(`Refusing to write over the input file ${path}`);
    this.name = "OutputIsInputError";
  }
}

/** The file was changed, created or removed by someone else since the command read it. */
export class ConcurrentChangeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: FileIdentity,
    readonly found: FileIdentity
  ) {
    super(`${path} changed since it was read; nothing was written`);
    this.name = "ConcurrentChangeError";
  }
}

/** `.<name>.<pid>.<random>.tmp`: hidden, beside the target, naming the process that wrote it. */
const TEMPORARY = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export function temporaryPath(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
}

/** Whether a process of this id runs on this machine (EPERM: it does, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files left beside `path` by processes that no longer run (killed
 * mid-write, say), and with `own` also this process's (a worker stopped mid-write). Best
 * effort: a file that cannot be listed or removed is left.
 */
export async function removeStaleTemporaries(path: string, own = false): Promise<void> {
  const name = basename(path);
  let entries: string[];
  try {
    entries = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TEMPORARY.exec(entry);
    if (m === null || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid ? !own : processAlive(pid)) continue;
    await unlink(join(dirname(path), entry)).catch(() => undefined);
  }
}

async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, "wx");
  try {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      written += bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Put `bytes` at `path` as one step, and only if `path` is still what the caller read
 * (compare-and-swap): the bytes go to a temporary file in the same folder (flushed to disk),
 * the target is checked against `expected` right before it is replaced, and the temporary file is
 * then renamed over it. When `expected` is null (no file was there) the temporary file is linked
 * to the target, which fails if anyone created it meanwhile. On any failure, the refusal
 * included, the temporary file is removed and the target is as it was.
 * Between the last check and the rename a writer that ignores the lock file could still slip in;
 * the lock (file-lock.ts) is what serialises the product's own commands.
 * @example await replaceFile("c1.scored.xlsx", bytes, identityOfBytes(bytesRead))
 */
export async function replaceFile(
  path: string,
  bytes: Uint8Array,
  expected: FileIdentity
): Promise<void> {
  await removeStaleTemporaries(path);
  const temporary = temporaryPath(path);
  try {
    await writeDurably(temporary, bytes);
    if (!(await isUnchanged(path, expected)))
      throw new ConcurrentChangeError(path, expected, await fileIdentity(path));
    if (expected === null) {
      try {
        await link(temporary, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST")
          throw new ConcurrentChangeError(path, expected, await fileIdentity(path));
        // A file system without hard links (some network shares): the check above must do.
        if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS")
          throw error;
        await rename(temporary, path);
      }
    } else {
      await rename(temporary, path);
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
