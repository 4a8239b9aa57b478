import type { Worker } from "node:worker_threads";
import { DEFAULT_READ_LIMITS, readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import * as workerStart from "../../../src/adapters/xlsx/start-parse-worker";
import { sheetXml, withSheetXml } from "./helpers/hostile-files";
import { suiteTempDir } from "./helpers/temp-dir";

// A read that reaches the parse worker starts a worker thread (under a second; more when busy).
jest.setTimeout(30_000);

const temp = suiteTempDir("worker");

/** Lets sheet bombs past inspection so that only the worker's own caps stand in the way. */
const noMergeLimits = {
  ...DEFAULT_READ_LIMITS,
  maxMergedRangesPerSheet: Infinity,
  maxCellsPerMerge: Infinity,
  maxMergedCellsPerSheet: Infinity,
};

describe("the parse worker's caps", () => {
  it("stops a parse that runs past the deadline (exceljs checks merges pairwise: O(n²))", async () => {
    const merges = Array.from({ length: 20_000 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const path = temp.file("slow.xlsx", await withSheetXml(sheetXml({ merges })));
    // The parser the read starts, watched: its replies and its exit.
    const replies: unknown[] = [];
    const exits: number[] = [];
    const start = workerStart.startParseWorker;
    const spy = jest.spyOn(workerStart, "startParseWorker").mockImplementation((...args) => {
      const worker: Worker = start(...args);
      worker.on("message", (reply: unknown) => replies.push(reply));
      worker.on("exit", (code: number) => exits.push(code));
      return worker;
    });
    try {
      const result = await readWorkbookFile(path, { ...noMergeLimits, parseTimeoutMs: 2_000 });
      expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.timeout"]);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    // Stopped, not waited for: the parser never answered and was terminated (exit code 1).
    for (let i = 0; i < 100 && exits.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exits).toEqual([1]);
    expect(replies).toEqual([]);
  });

  it("stops a parse that outgrows the heap cap, and the next read still works", async () => {
    const bomb = await withSheetXml(sheetXml({ merges: ["A1:XFD1048576"] }));
    const result = await readWorkbookFile(temp.file("greedy.xlsx", bomb), {
      ...noMergeLimits,
      workerHeapMb: 64,
    });
    expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.outOfMemory"]);

    const next = await readWorkbookFile(temp.file("fine.xlsx", await withSheetXml(sheetXml({}))));
    expect(next.ok && next.value.sheets[0]?.values).toEqual([[1, 2]]);
  });

  it("turns an exceljs exception into parse.failed", async () => {
    const broken = sheetXml({}).replace("<v>1</v></c>", "<v>1</c>");
    const result = await readWorkbookFile(temp.file("broken.xlsx", await withSheetXml(broken)));
    expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.failed"]);
  });
});
