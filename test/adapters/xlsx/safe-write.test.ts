import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import * as packageWriter from "../../../src/adapters/xlsx/package/write-package";
import { runFileJob } from "../../../src/adapters/xlsx/file-job";
import { acquireFileLock, FileLockedError, lockPathOf } from "../../../src/adapters/xlsx/file-lock";
import { JobPool } from "../../../src/adapters/xlsx/job-pool";
import type { FileJob } from "../../../src/adapters/xlsx/job-protocol";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import {
  ConcurrentChangeError,
  identityOfBytes,
  replaceFile,
} from "../../../src/adapters/xlsx/safe-write";
import { existingAuditRows } from "../../../src/app/audit";
import { productSheets } from "../../../src/app";
import { clientWorkbook } from "../../workbook/read/client";
import { snapshotToXlsx } from "./helpers/client-files";
import { suiteTempDir } from "./helpers/temp-dir";

/** The module object itself (what the code under test calls through), not an import's copy. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises = require("node:fs/promises") as typeof import("node:fs/promises");

// The package writer, replaceable by a test (calls through to the real one otherwise). A module's
// exports are replaced with jest.mock, not jest.spyOn (test/support/swc-transform.js).
jest.mock("../../../src/adapters/xlsx/package/write-package", () => {
  const actual = jest.requireActual<typeof packageWriter>(
    "../../../src/adapters/xlsx/package/write-package"
  );
  return { ...actual, writePackage: jest.fn() };
});
const { writePackage: realWritePackage } = jest.requireActual<typeof packageWriter>(
  "../../../src/adapters/xlsx/package/write-package"
);
beforeEach(() => {
  jest.mocked(packageWriter.writePackage).mockReset();
  jest.mocked(packageWriter.writePackage).mockImplementation(realWritePackage);
});

const temp = suiteTempDir("safe-write");
const BUSY_MACHINE = 60_000;
const NOW = "2025-03-01T09:30:00+08:00";

/** A fresh folder of its own for a test: `name` → path. */
let counter = 0;
function folder(): (name: string) => string {
  const dir = join(temp.path(), `t${++counter}`);
  mkdirSync(dir);
  return (name) => join(dir, name);
}

const entries = (path: (name: string) => string) => readdirSync(path("")).sort();

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

afterEach(() => jest.restoreAllMocks());

describe("replaceFile: compare-and-swap through a temporary file", () => {
  it("replaces a file that is as it was read, and creates one where none was", async () => {
    const at = folder();
    writeFileSync(at("a.bin"), "old");
    await replaceFile(at("a.bin"), Buffer.from("new"), identityOfBytes(Buffer.from("old")));
    expect(readFileSync(at("a.bin"), "utf8")).toBe("new");
    await replaceFile(at("b.bin"), Buffer.from("fresh"), null);
    expect(readFileSync(at("b.bin"), "utf8")).toBe("fresh");
    expect(entries(at)).toEqual(["a.bin", "b.bin"]);
  });

  it("refuses a file changed since it was read, leaving the change and no temporary file", async () => {
    const at = folder();
    writeFileSync(at("a.bin"), "someone else's");
    const refusal = replaceFile(
      at("a.bin"),
      Buffer.from("mine"),
      identityOfBytes(Buffer.from("old"))
    );
    await expect(refusal).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(readFileSync(at("a.bin"), "utf8")).toBe("someone else's");
    expect(entries(at)).toEqual(["a.bin"]);
  });

  it("refuses to replace a file someone created meanwhile, or one removed meanwhile", async () => {
    const at = folder();
    writeFileSync(at("new.bin"), "theirs");
    await expect(replaceFile(at("new.bin"), Buffer.from("mine"), null)).rejects.toMatchObject({
      name: "ConcurrentChangeError",
      expected: null,
    });
    expect(readFileSync(at("new.bin"), "utf8")).toBe("theirs");
    const gone = replaceFile(
      at("gone.bin"),
      Buffer.from("mine"),
      identityOfBytes(Buffer.from("x"))
    );
    await expect(gone).rejects.toMatchObject({ name: "ConcurrentChangeError", found: null });
    expect(entries(at)).toEqual(["new.bin"]);
  });

  it("leaves the original intact and no temporary file when the write fails half way", async () => {
    const at = folder();
    writeFileSync(at("a.xlsx"), "original");
    const realOpen = fsPromises.open;
    jest.spyOn(fsPromises, "open").mockImplementation(async (...args) => {
      const handle = await realOpen(...(args as Parameters<typeof realOpen>));
      if (String(args[0]).endsWith(".tmp")) {
        const write = handle.write.bind(handle) as (b: Uint8Array, o: number, l: number) => unknown;
        handle.write = (async (bytes: Uint8Array, offset: number, length: number) => {
          await write(bytes, offset, Math.max(1, Math.floor(length / 2)));
          throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
        }) as unknown as typeof handle.write;
      }
      return handle;
    });
    const write = replaceFile(
      at("a.xlsx"),
      Buffer.alloc(10_000, 1),
      identityOfBytes(Buffer.from("original"))
    );
    await expect(write).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(at("a.xlsx"), "utf8")).toBe("original");
    expect(entries(at)).toEqual(["a.xlsx"]);
  });

  it("removes the temporary files of processes that have ended", async () => {
    const at = folder();
    writeFileSync(at("a.xlsx"), "original");
    writeFileSync(at(`.a.xlsx.${deadPid()}.0badc0de.tmp`), "half a file");
    writeFileSync(at(`.b.xlsx.${deadPid()}.0badc0de.tmp`), "another file's");
    await replaceFile(at("a.xlsx"), Buffer.from("new"), identityOfBytes(Buffer.from("original")));
    expect(entries(at).filter((n) => n.startsWith(".a.xlsx"))).toEqual([]);
    expect(entries(at).filter((n) => n.startsWith(".b.xlsx"))).toHaveLength(1);
  });
});

describe("the lock file of a file being written", () => {
  it("is taken exclusively, waited for, refused after the wait, and let go", async () => {
    const at = folder();
    const release = await acquireFileLock(at("c.xlsx"));
    expect(JSON.parse(readFileSync(lockPathOf(at("c.xlsx")), "utf8"))).toMatchObject({
      pid: process.pid,
    });
    const second = acquireFileLock(at("c.xlsx"), { waitMs: 150, pollMs: 20 });
    await expect(second).rejects.toBeInstanceOf(FileLockedError);
    await expect(second).rejects.toMatchObject({ holder: { pid: process.pid } });
    const waiting = acquireFileLock(at("c.xlsx"), { waitMs: 5_000, pollMs: 20 });
    setTimeout(() => void release(), 100);
    const releaseSecond = await waiting;
    await releaseSecond();
    expect(entries(at)).toEqual([]);
  });

  it("breaks a lock whose process has ended, but not one of another machine", async () => {
    const at = folder();
    const lock = lockPathOf(at("c.xlsx"));
    const stale = { pid: deadPid(), host: hostname(), since: "", token: "t1" };
    writeFileSync(lock, JSON.stringify(stale));
    const release = await acquireFileLock(at("c.xlsx"), { waitMs: 0 });
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
    await release();
    writeFileSync(lock, JSON.stringify({ ...stale, host: "another-machine" }));
    await expect(acquireFileLock(at("c.xlsx"), { waitMs: 50, pollMs: 10 })).rejects.toMatchObject({
      holder: { host: "another-machine" },
    });
    expect(existsSync(lock)).toBe(true);
  });
});

describe("a file job's compare-and-swap", () => {
  async function scored(at: (name: string) => string): Promise<string> {
    writeFileSync(at("c.xlsx"), await snapshotToXlsx(clientWorkbook()));
    const response = await runFileJob(
      {
        kind: "score",
        input: at("c.xlsx"),
        output: at("c.scored.xlsx"),
        file: "c.xlsx",
        language: "en-US",
        now: NOW,
        user: "Wang",
      },
      DEFAULT_READ_LIMITS
    );
    expect(response.status).toBe("written");
    return at("c.scored.xlsx");
  }

  async function auditEvents(path: string): Promise<string[]> {
    const read = await runFileJob(
      { kind: "read", input: path, file: path, language: "en-US" },
      DEFAULT_READ_LIMITS
    );
    if (read.status !== "read") throw new Error(JSON.stringify(read));
    return existingAuditRows(productSheets(read.snapshot)).map((row) => row.event);
  }

  const override = (path: string): FileJob => ({
    kind: "override",
    input: path,
    output: path,
    replaceInput: true,
    file: path,
    language: "en-US",
    now: NOW,
    finalGrade: "C",
    reason: "Guarantee from the parent",
    officer: "Wang",
  });

  /** The next package write (after the workbook was read, before it is written) also runs `meanwhile`. */
  function changeBetweenReadAndWrite(meanwhile: () => void): void {
    jest.mocked(packageWriter.writePackage).mockImplementationOnce((...args) => {
      meanwhile();
      return realWritePackage(...args);
    });
  }

  it(
    "refuses an override when the file was changed between its read and its write",
    async () => {
      const at = folder();
      const path = await scored(at);
      const theirs = Buffer.concat([readFileSync(path), Buffer.from("edited elsewhere")]);
      changeBetweenReadAndWrite(() => writeFileSync(path, theirs));
      const response = await runFileJob(override(path), DEFAULT_READ_LIMITS);
      expect(response).toMatchObject({
        status: "issues",
        issues: [{ code: "job.changedMeanwhile" }],
      });
      const message = response.status === "issues" ? response.issues[0]?.message : undefined;
      expect(message?.["en-US"]).toContain(`${path} was changed by someone else`);
      expect(message?.["zh-CN"]).toContain(`${path}已被他人修改`);
      expect(readFileSync(path).equals(theirs)).toBe(true);
      expect(entries(at)).toEqual(["c.scored.xlsx", "c.xlsx"]);
    },
    BUSY_MACHINE
  );

  it(
    "refuses a score whose output someone created, or replaced, while it worked",
    async () => {
      const at = folder();
      writeFileSync(at("c.xlsx"), await snapshotToXlsx(clientWorkbook()));
      const job: FileJob = {
        kind: "score",
        input: at("c.xlsx"),
        output: at("c.scored.xlsx"),
        file: "c.xlsx",
        language: "zh-CN",
        now: NOW,
        user: "王芳",
      };
      changeBetweenReadAndWrite(() => writeFileSync(at("c.scored.xlsx"), "someone's"));
      const created = await runFileJob(job, DEFAULT_READ_LIMITS);
      expect(created.status === "issues" && created.issues[0]?.message["zh-CN"]).toContain(
        "已由他人创建"
      );
      expect(readFileSync(at("c.scored.xlsx"), "utf8")).toBe("someone's");
      // The scored copy seen when the job started is the one it means to replace.
      expect((await runFileJob(job, DEFAULT_READ_LIMITS)).status).toBe("written");
      changeBetweenReadAndWrite(() => writeFileSync(at("c.scored.xlsx"), "someone else's"));
      const replaced = await runFileJob(job, DEFAULT_READ_LIMITS);
      expect(replaced).toMatchObject({
        status: "issues",
        issues: [{ code: "job.changedMeanwhile" }],
      });
      expect(readFileSync(at("c.scored.xlsx"), "utf8")).toBe("someone else's");
      expect(entries(at)).toEqual(["c.scored.xlsx", "c.xlsx"]);
    },
    BUSY_MACHINE
  );

  it(
    "in a pool: waits for a held lock, refuses with the holder after the wait, and always lets go",
    async () => {
      const at = folder();
      const path = await scored(at);
      const release = await acquireFileLock(path);
      const pool = new JobPool(1, DEFAULT_READ_LIMITS, { waitMs: 200, pollMs: 20 });
      const locked = await pool.run(override(path));
      expect(locked).toMatchObject({ status: "issues", issues: [{ code: "job.locked" }] });
      const text = locked.status === "issues" ? locked.issues[0]?.message : undefined;
      expect(text?.["en-US"]).toContain(`process ${process.pid}`);
      expect(text?.["zh-CN"]).toContain(`锁文件${lockPathOf(path)}`);
      await release();
      await pool.close();
      // Two workers on one file: the lock makes them take turns; each reads what the other wrote.
      const two = new JobPool(2);
      const [first, second] = await Promise.all([two.run(override(path)), two.run(override(path))]);
      await two.close();
      expect([first?.status, second?.status]).toEqual(["written", "written"]);
      const events = await auditEvents(path);
      expect(events.filter((e) => e === "overridden")).toHaveLength(2);
      expect(entries(at)).toEqual(["c.scored.xlsx", "c.xlsx"]);
    },
    BUSY_MACHINE
  );

  it(
    "lets go of the lock and removes its temporary file when the worker is stopped",
    async () => {
      const at = folder();
      const path = await scored(at);
      // What a worker stopped in the middle of writing leaves.
      writeFileSync(at(`.c.scored.xlsx.${process.pid}.0badc0de.tmp`), "half a file");
      const pool = new JobPool(1, { ...DEFAULT_READ_LIMITS, parseTimeoutMs: 1 });
      const response = await pool.run(override(path));
      await pool.close();
      expect(response).toMatchObject({ status: "issues", issues: [{ code: "parse.timeout" }] });
      expect(entries(at)).toEqual(["c.scored.xlsx", "c.xlsx"]);
    },
    BUSY_MACHINE
  );
});
