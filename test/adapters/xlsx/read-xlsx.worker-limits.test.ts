import type { Worker } from "node:worker_threads";
import { DEFAULT_READ_LIMITS, readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import * as workerStart from "../../../src/adapters/xlsx/start-parse-worker";
import {
  baseWorkbook,
  deflatedZerosSheet,
  SHEET_PART,
  sheetXml,
  withSheetXml,
} from "./helpers/hostile-files";
import { rezip } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

// A read that reaches the parse worker starts a worker thread (under a second; more when busy).

// The parse workers the reads start, replaceable by a test (calls through to the real start
// otherwise). A module's exports are replaced with jest.mock, not jest.spyOn
// (test/support/swc-transform.js).
jest.mock("../../../src/adapters/xlsx/start-parse-worker", () => {
  const actual = jest.requireActual<typeof workerStart>(
    "../../../src/adapters/xlsx/start-parse-worker"
  );
  return { ...actual, startParseWorker: jest.fn() };
});
const { startParseWorker: realStartParseWorker } = jest.requireActual<typeof workerStart>(
  "../../../src/adapters/xlsx/start-parse-worker"
);
const parserStarts = jest.mocked(workerStart.startParseWorker);
beforeEach(() => {
  parserStarts.mockReset();
  parserStarts.mockImplementation(realStartParseWorker);
});

const temp = suiteTempDir("worker");
const MB = 1024 * 1024;

/** A sheet of `rows` rows of two numbers. */
function manyRowsXml(rows: number): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>2</v></c></row>`);
  return sheetXml({}).replace(
    /<sheetData>.*<\/sheetData>/,
    `<sheetData>${body.join("")}</sheetData>`
  );
}

/** Lets sheet bombs past inspection so that only the worker's own caps stand in the way. */
const noMergeLimits = {
  ...DEFAULT_READ_LIMITS,
  maxMergedRangesPerSheet: Infinity,
  maxCellsPerMerge: Infinity,
  maxMergedCellsPerSheet: Infinity,
};

describe("the parse worker's caps", () => {
  it("stops a parse that runs past the deadline", async () => {
    // 400,000 rows: linear work for the streaming reader, far more than a 500 ms deadline.
    const path = temp.file("slow.xlsx", await withSheetXml(manyRowsXml(400_000)));
    // The parser the read starts, watched: its replies and its exit.
    const replies: unknown[] = [];
    const exits: number[] = [];
    parserStarts.mockImplementation((...args) => {
      const worker: Worker = realStartParseWorker(...args);
      worker.on("message", (reply: unknown) => replies.push(reply));
      worker.on("exit", (code: number) => exits.push(code));
      return worker;
    });
    const result = await readWorkbookFile(path, { ...noMergeLimits, parseTimeoutMs: 500 });
    expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.timeout"]);
    expect(parserStarts).toHaveBeenCalledTimes(1);
    // Stopped, not waited for: the parser never answered and was terminated (exit code 1).
    for (let i = 0; i < 100 && exits.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // (exit code 1 once running; a worker stopped while still starting may exit with 0)
    expect(exits).toHaveLength(1);
    expect(replies).toEqual([]);
  });

  it("stops a parse that outgrows the heap cap, and the next read still works", async () => {
    // One cell holding 200 million characters: memory the reader must really spend (the string
    // itself), let past inspection by lifting the compression-ratio cap.
    const zeros = await deflatedZerosSheet(200 * MB);
    const bomb = await rezip(await baseWorkbook(), { [SHEET_PART]: { deflated: zeros } });
    const result = await readWorkbookFile(temp.file("greedy.xlsx", bomb), {
      ...noMergeLimits,
      maxCompressionRatio: Infinity,
      workerHeapMb: 64,
    });
    expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.outOfMemory"]);

    const next = await readWorkbookFile(temp.file("fine.xlsx", await withSheetXml(sheetXml({}))));
    expect(next.ok && next.value.sheets[0]?.values).toEqual([[1, 2]]);
  });

  it("turns malformed sheet XML into part.malformed, naming the sheet, the part and the place", async () => {
    const broken = sheetXml({}).replace("<v>1</v></c>", "<v>1</c>");
    const result = await readWorkbookFile(temp.file("broken.xlsx", await withSheetXml(broken)));
    if (result.ok) throw new Error("read");
    expect(result.issues.map((issue) => [issue.code, issue.sheet])).toEqual([
      ["part.malformed", "Register"],
    ]);
    expect(result.issues[0]?.message["en-US"]).toMatch(
      /xl\/worksheets\/sheet1\.xml \(Register\).*\d+:\d+/
    );
    expect(result.issues[0]?.message["zh-CN"]).toContain("不是格式正确的 XML");
  });
});
