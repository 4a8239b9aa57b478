import { readFileSync } from "node:fs";
import { runJobInWorker } from "../../../src/adapters/xlsx/run-file-job";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import { clientWorkbook } from "../../workbook/read/client";
import { snapshotToXlsx } from "./helpers/client-files";
import { deflatedZerosSheet, SHEET_PART, baseWorkbook } from "./helpers/hostile-files";
import { rezip } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("job");
const BUSY_MACHINE = 60_000;

describe("a file's whole job in the capped worker", () => {
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
    "refuses a zip bomb with a located issue, inside the worker",
    async () => {
      const bomb = await deflatedZerosSheet(50 * 1024 * 1024);
      const bytes = await rezip(await baseWorkbook(), { [SHEET_PART]: { deflated: bomb } });
      const input = temp.file("bomb.xlsx", bytes);
      const response = await runJobInWorker({
        kind: "score",
        input,
        output: `${temp.path()}/bomb.scored.xlsx`,
        file: "bomb.xlsx",
        language: "zh-CN",
        now: "2025-03-01T09:30:00+08:00",
        user: "王芳",
      });
      expect(response.status === "issues" && response.issues.map((i) => i.code)).toEqual([
        "zip.compressionRatio",
      ]);
    },
    BUSY_MACHINE
  );

  it(
    "stops a job that runs out of time and says so",
    async () => {
      const input = temp.file("slow.xlsx", await snapshotToXlsx(clientWorkbook()));
      const response = await runJobInWorker(
        { kind: "verify", input, file: "slow.xlsx", language: "en-US" },
        { ...DEFAULT_READ_LIMITS, parseTimeoutMs: 1 }
      );
      expect(response.status === "issues" && response.issues.map((i) => i.code)).toEqual([
        "parse.timeout",
      ]);
    },
    BUSY_MACHINE
  );
});
