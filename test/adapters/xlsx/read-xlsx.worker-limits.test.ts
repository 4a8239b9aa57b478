import { performance } from "node:perf_hooks";
import { DEFAULT_READ_LIMITS, readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { sheetXml, withSheetXml } from "./helpers/hostile-files";
import { suiteTempDir } from "./helpers/temp-dir";

// A read that reaches the parse worker first transpiles the adapter there (about 1 s; more when busy).
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
    const started = performance.now();
    const result = await readWorkbookFile(path, { ...noMergeLimits, parseTimeoutMs: 2_000 });
    expect(result.ok || result.issues.map((issue) => issue.code)).toEqual(["parse.timeout"]);
    expect(performance.now() - started).toBeLessThan(5_000);
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
