import { readFileSync } from "node:fs";
import { JobPool } from "../../../src/adapters/xlsx/job-pool";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import { runJobInWorker } from "../../../src/adapters/xlsx/run-file-job";
import { clientWorkbook } from "../../workbook/read/client";
import { snapshotToXlsx } from "./helpers/client-files";
import { baseWorkbook, deflatedZerosSheet, SHEET_PART } from "./helpers/hostile-files";
import { registerWorkbook } from "./helpers/register-file";
import { rezip } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("job");
/** Each job worker loads the compiled modules on start: seconds on a busy machine. */
const BUSY_MACHINE = 60_000;

describe("a file's whole job in capped workers", () => {
  it(
    "scores a workbook and writes the scored copy",
    async () => {
      const input = temp.file("c.xlsx", await snapshotToXlsx(clientWorkbook()));
      const output = `${temp.path()}/c.scored.xlsx`;
      const response = await runJobInWorker({
        kind: "score",
        input,
        output,
        file: "c.xlsx",
        language: "en-US",
        now: "2025-03-01T09:30:00+08:00",
        user: "Wang",
      });
      expect(response.status === "written" && response.summary).toMatchObject({
        file: "c.xlsx",
        finalGrade: "D",
        output,
      });
      expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    },
    BUSY_MACHINE
  );

  it(
    "runs files on a pool of workers: refused ones (a zip bomb among them) do not stop the others",
    async () => {
      const good = temp.file("good.xlsx", await snapshotToXlsx(clientWorkbook()));
      const garbage = temp.file("garbage.xlsx", "name,stake\nAlpha,70\n");
      const zeros = await deflatedZerosSheet(50 * 1024 * 1024);
      const bomb = temp.file(
        "bomb.xlsx",
        await rezip(await baseWorkbook(), { [SHEET_PART]: { deflated: zeros } })
      );
      const pool = new JobPool(2);
      const read = (input: string) =>
        pool.run({ kind: "read", input, file: input, language: "en-US" });
      const responses = await Promise.all([
        read(`${temp.path()}/missing.xlsx`),
        read(garbage),
        read(bomb),
        read(good),
        read(good),
      ]);
      await pool.close();
      expect(responses.map((r) => (r.status === "issues" ? r.issues[0]?.code : r.status))).toEqual([
        "file.notFound",
        "file.notXlsx",
        "zip.compressionRatio",
        "read",
        "read",
      ]);
    },
    BUSY_MACHINE
  );

  it(
    "stops jobs that run out of time, replacing the worker each time",
    async () => {
      const input = temp.file("slow.xlsx", await snapshotToXlsx(clientWorkbook()));
      const limits = { ...DEFAULT_READ_LIMITS, parseTimeoutMs: 1 };
      const job = { kind: "verify", input, file: "slow.xlsx", language: "en-US" } as const;
      const pool = new JobPool(1, limits);
      const responses = [
        await runJobInWorker(job, limits),
        await pool.run(job),
        await pool.run(job),
      ];
      await pool.close();
      for (const response of responses)
        expect(response.status === "issues" && response.issues.map((i) => i.code)).toEqual([
          "parse.timeout",
        ]);
    },
    BUSY_MACHINE
  );

  it(
    "starts each worker once for many files; a file that crashes its worker is reported, the worker replaced, the rest go on",
    async () => {
      const good = temp.file("many.xlsx", await snapshotToXlsx(clientWorkbook()));
      // A register far beyond the heap cap below: its worker dies of memory.
      const huge = temp.file("huge.xlsx", registerWorkbook(100_000));
      const pool = new JobPool(2, { ...DEFAULT_READ_LIMITS, workerHeapMb: 96 });
      const score = (input: string, i: number) =>
        pool.run({
          kind: "score",
          input,
          output: `${temp.path()}/out-${i}.scored.xlsx`,
          file: input,
          language: "en-US",
          now: "2025-03-01T09:30:00+08:00",
          user: "Wang",
        });
      const first = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => score(good, i)));
      expect(first.map((r) => r.status)).toEqual(Array(6).fill("written"));
      expect(pool.started).toBe(2);
      const mixed = await Promise.all([score(huge, 6), score(good, 7), score(good, 8)]);
      // Both slots busy again: the one whose worker died starts a new one.
      const after = await Promise.all([score(good, 9), score(good, 10)]);
      await pool.close();
      expect(after.map((r) => r.status)).toEqual(["written", "written"]);
      expect(mixed[0]?.status === "issues" && mixed[0].issues.map((i) => i.code)).toEqual([
        "parse.outOfMemory",
      ]);
      expect(mixed.slice(1).map((r) => r.status)).toEqual(["written", "written"]);
      expect(pool.started).toBe(3);
    },
    BUSY_MACHINE * 3
  );
});
