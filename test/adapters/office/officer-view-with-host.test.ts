import { readFileSync } from "node:fs";
import { join } from "node:path";
import { areaRanges, hiddenLines } from "../../../src/adapters/office/officer-view";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { scoreWorkbook } from "../../../src/app";
import { formatMessage } from "../../../src/core";
import { parseRange, type CellRange } from "../../../src/workbook/a1";
import { readInputs } from "../../../src/workbook/read";
import type { ReadOutcome } from "../../../src/workbook/read/types";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { rezip, unzipAll } from "../xlsx/helpers/rezip";
import { suiteTempDir } from "../xlsx/helpers/temp-dir";
import { hostWithPort, NOW } from "./helpers";

/**
 * What the officer sees, in the add-in: hidden and very hidden sheets, hidden rows and columns of
 * the input tables and formula input cells, read by the Office adapter in the requests it already
 * makes (the in-memory Excel host emulates them), and reported as the command line reports them
 * for the same workbook (parity through the file reader).
 */

const SCORE = { language: "en-US", now: NOW, user: "王芳" } as const;
const CLIENT = join(__dirname, "../../fixtures/producers/exceljs.xlsx");
const REGISTER = "xl/worksheets/sheet1.xml";
const temp = suiteTempDir("officer-view");

const range = (a1: string): CellRange => {
  const parsed = parseRange(a1);
  if (parsed === null) throw new Error(a1);
  return parsed;
};

/** The producers corpus's client (grade A, register on "Ownership") with its parts edited. */
async function variant(edits: readonly [string, RegExp, string][]): Promise<WorkbookSnapshot> {
  const parts = await unzipAll(readFileSync(CLIENT));
  const replaced: Record<string, { data: string }> = {};
  for (const [part, from, to] of edits) {
    const text = replaced[part]?.data ?? parts.get(part)?.toString("utf8") ?? "";
    if (!from.test(text)) throw new Error(`${part}: ${String(from)} not found`);
    replaced[part] = { data: text.replace(from, to) };
  }
  const path = temp.file(
    `v${Math.random().toString(36).slice(2)}.xlsx`,
    await rezip(readFileSync(CLIENT), replaced)
  );
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

const HIDDEN_SHEET: [string, RegExp, string] = [
  "xl/workbook.xml",
  /name="Ownership" state="visible"/,
  'name="Ownership" state="hidden"',
];
const VERY_HIDDEN: [string, RegExp, string] = [
  "xl/workbook.xml",
  /name="Ownership" state="visible"/,
  'name="Ownership" state="veryHidden"',
];
/** Rows 3 and 5 hidden, column D (pledged share) hidden, C2 and C4 formulas with fresh caches. */
const REGISTER_EDITS: [string, RegExp, string][] = [
  [REGISTER, /<row r="3" /, '<row r="3" hidden="1" '],
  [REGISTER, /<row r="5" /, '<row r="5" hidden="1" '],
  [REGISTER, /<col min="4" max="4" /, '<col min="4" max="4" hidden="1" '],
  [REGISTER, /<c r="C2" s="(\d+)"><v>0\.45<\/v>/, '<c r="C2" s="$1"><f>0.45</f><v>0.45</v>'],
  [
    REGISTER,
    /<c r="C4" s="(\d+)"><v>0\.12<\/v>/,
    '<c r="C4" s="$1"><f>ROUND(C7+0.07,4)</f><v>0.12</v>',
  ],
];

/** The officer-view notices of an outcome, formula notices as one kind (the front ends differ). */
function viewNotices(outcome: ReadOutcome) {
  return outcome.notices
    .filter((n) => /^(sheet|rows|columns|formula)\./.test(n.code))
    .map((n) => ({
      kind: n.code.startsWith("formula.") ? "formula" : n.code,
      at: n.at,
      cells: n.message.params?.cells,
    }));
}

function issueCodes(outcome: ReadOutcome) {
  return outcome.ok ? [] : outcome.issues.map((i) => `${i.code} @ ${i.at?.sheet}!${i.at?.cell}`);
}

describe("reading hidden lines and formula cells (pure parts)", () => {
  it("splits a RangeAreas address at commas outside quotes", () => {
    expect(areaRanges("'a,b'!A1:B2, 'a,b'!D4,Sheet1!$C$3:$C$9")).toEqual([
      range("A1:B2"),
      range("D4"),
      range("C3:C9"),
    ]);
    expect(areaRanges("")).toEqual([]);
  });

  it("gives hidden rows and columns from the visible rectangles, or says they are unlisted", () => {
    const block = range("A1:E10");
    expect(hiddenLines(block, false, false, undefined)).toEqual({
      rows: [],
      columns: [],
      unlistedRows: false,
      unlistedColumns: false,
    });
    expect(
      hiddenLines(block, null, null, [range("A1:B2"), range("D1:E2"), range("A5:B10")])
    ).toEqual({
      rows: [2, 3],
      columns: [2],
      unlistedRows: false,
      unlistedColumns: false,
    });
    // No visible cell: every column hidden; which rows are is not known (nor needed).
    expect(hiddenLines(block, null, true, null)).toMatchObject({
      columns: [0, 1, 2, 3, 4],
      unlistedRows: true,
    });
    // Below ExcelApi 1.9: only "some".
    expect(hiddenLines(block, null, false, undefined)).toEqual({
      rows: [],
      columns: [],
      unlistedRows: true,
      unlistedColumns: false,
    });
  });
});

describe("the add-in reads what the officer sees", () => {
  let plain: WorkbookSnapshot;
  let edited: WorkbookSnapshot;
  let veryHidden: WorkbookSnapshot;
  beforeAll(async () => {
    [plain, edited, veryHidden] = await Promise.all([
      variant([]),
      variant([HIDDEN_SHEET, ...REGISTER_EDITS]),
      variant([VERY_HIDDEN]),
    ]);
  });

  it("reads the hidden sheet, rows, columns and formula cells in its one request", async () => {
    const { host, port } = hostWithPort({ workbook: edited });
    const snapshot = await port.readSnapshot();
    expect(host.requests).toHaveLength(1);
    const register = snapshot.sheets.find((s) => s.name === "Ownership");
    expect(register).toMatchObject({
      visibility: "hidden",
      hiddenRows: [2, 4],
      hiddenColumns: [{ first: 3, last: 3 }],
    });
    expect(register?.formulas?.[1]?.[2]).toBe("0.45");
    expect(register?.formulas?.[3]?.[2]).toBe("ROUND(C7+0.07,4)");
    expect(register?.hiddenUnlisted).toBeUndefined();
    const outcome = readInputs(snapshot);
    expect(viewNotices(outcome).map((n) => `${n.kind} @ ${n.at?.sheet}!${n.at?.cell}`)).toEqual([
      "sheet.hidden @ Ownership!A1",
      "rows.hidden @ Ownership!A3",
      "columns.hidden @ Ownership!D1",
      "formula @ Ownership!C2",
    ]);
    const formulas = outcome.notices.find((n) => n.code === "formula.inputs");
    expect(formatMessage(formulas!.message, "en-US")).toBe(
      "Sheet “Ownership”: input cells C2, C4 hold formulas; their values as Excel calculated them were used"
    );
    const rows = outcome.notices.find((n) => n.code === "rows.hidden");
    expect(formatMessage(rows!.message, "en-US")).toContain("Rows 3, 5 ");
  });

  it("reports nothing for a workbook with nothing hidden and no formula inputs", async () => {
    const { host, port } = hostWithPort({ workbook: plain });
    const snapshot = await port.readSnapshot();
    expect(host.requests).toHaveLength(1);
    expect(viewNotices(readInputs(snapshot))).toEqual([]);
  });

  it("keeps a scoring run at three requests (read, write, read back) with all of it present", async () => {
    const { host, port } = hostWithPort({ workbook: edited });
    const outcome = scoreWorkbook(await port.readSnapshot(), SCORE);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(["sheet.hidden", "rows.hidden", "columns.hidden", "formula.inputs"])
    );
    await port.applyPlan(outcome.plan);
    expect(host.requests).toHaveLength(3);
  });

  it("refuses a very hidden register with a located error, and writes nothing", async () => {
    const { host, port } = hostWithPort({ workbook: veryHidden });
    const before = host.dump();
    const outcome = scoreWorkbook(await port.readSnapshot(), SCORE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => `${i.code} @ ${i.at?.sheet}!${i.at?.cell}`)).toEqual([
      "sheet.veryHidden @ Ownership!A1",
    ]);
    expect(formatMessage(outcome.issues[0]!.message, "zh-CN")).toContain("深度隐藏");
    expect(host.requests).toHaveLength(1);
    expect(host.dump()).toEqual(before);
  });

  it("below ExcelApi 1.9 says hidden rows and columns are there without listing them, and still lists formulas", async () => {
    const { host, port } = hostWithPort({ workbook: edited, excelApi: "1.8" });
    const snapshot = await port.readSnapshot();
    expect(host.requests).toHaveLength(1);
    const register = snapshot.sheets.find((s) => s.name === "Ownership");
    expect(register?.hiddenUnlisted).toEqual({ rows: true, columns: true });
    expect(register?.hiddenRows).toBeUndefined();
    const outcome = readInputs(snapshot);
    expect(viewNotices(outcome).map((n) => `${n.kind} @ ${n.at?.sheet}!${n.at?.cell}`)).toEqual([
      "sheet.hidden @ Ownership!A1",
      "rows.hiddenUnlisted @ Ownership!A1",
      "columns.hiddenUnlisted @ Ownership!A1",
      "formula @ Ownership!C2",
    ]);
    const unlisted = outcome.notices.find((n) => n.code === "rows.hiddenUnlisted");
    expect(formatMessage(unlisted!.message, "en-US")).toContain("cannot tell the add-in which");
    expect(formatMessage(unlisted!.message, "zh-CN")).toContain("无法告知加载项");
  });

  it("lists hidden rows and formula cells beyond the first request's window (read in bands)", async () => {
    const budget = {
      requestBytes: 4_000_000,
      inputCellBytes: 48,
      productCellBytes: 160,
      inputWindow: { rows: 3, columns: 2 },
      productWindow: { rows: 1_000, columns: 16 },
      maxSheetCells: 20_000_000,
    };
    const { host, port } = hostWithPort({ workbook: edited }, { budget });
    const snapshot = await port.readSnapshot();
    expect(host.requests.length).toBeGreaterThan(1);
    const register = snapshot.sheets.find((s) => s.name === "Ownership");
    expect(register).toMatchObject({
      hiddenRows: [2, 4],
      hiddenColumns: [{ first: 3, last: 3 }],
    });
    expect(register?.formulas?.[3]?.[2]).toBe("ROUND(C7+0.07,4)");
  });

  it("lists them too when the first request is too large for Excel on the web and everything is read in bands", async () => {
    // 9,000 bytes: the first request (about 11,000) is refused, the probe without cells is not.
    const { host, port } = hostWithPort({ workbook: edited, payloadLimitBytes: 9_000 });
    const snapshot = await port.readSnapshot();
    expect(host.requests[0]?.failed).toMatch(/too large|exceed/i);
    expect(host.requests.length).toBeGreaterThan(2);
    const register = snapshot.sheets.find((s) => s.name === "Ownership");
    expect(register).toMatchObject({
      visibility: "hidden",
      hiddenRows: [2, 4],
      hiddenColumns: [{ first: 3, last: 3 }],
    });
    expect(register?.formulas?.[1]?.[2]).toBe("0.45");
  });

  it("reads a formula whose calculated value is blank as a blank, not as an uncalculated formula", async () => {
    const { host, port } = hostWithPort({ workbook: plain });
    // The pledged share of the fifth holder: a formula giving "" (a blank, as Excel shows it).
    host.typeInto("Ownership", "D6", '=IF(C6>1,0.1,"")');
    const snapshot = await port.readSnapshot();
    const outcome = readInputs(snapshot);
    expect(issueCodes(outcome)).toEqual([]);
    expect(outcome.notices.some((n) => n.code === "formula.inputs")).toBe(false);
  });
});

describe("parity: the command line and the add-in report the same for the same workbook", () => {
  it.each([
    ["hidden sheet, rows, columns, formula inputs", [HIDDEN_SHEET, ...REGISTER_EDITS]],
    ["very hidden register", [VERY_HIDDEN]],
    ["nothing hidden", []],
  ] as const)("%s", async (_name, edits) => {
    const file = await variant(edits);
    const { port } = hostWithPort({ workbook: file });
    const live = await port.readSnapshot();
    const fromFile = readInputs(file);
    const fromAddIn = readInputs(live);
    expect(viewNotices(fromAddIn)).toEqual(viewNotices(fromFile));
    expect(issueCodes(fromAddIn)).toEqual(issueCodes(fromFile));
    // The file's cached values and Excel's calculated ones are the same here: the same scorecard.
    const a = scoreWorkbook(file, SCORE);
    const b = scoreWorkbook(live, SCORE);
    expect(b.ok).toBe(a.ok);
    if (a.ok && b.ok) {
      expect(b.summary.finalGrade).toBe(a.summary.finalGrade);
      expect(b.summary.score).toBe(a.summary.score);
    }
  });
});
