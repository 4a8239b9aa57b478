// office-addin-mock requires office-addin-manifest for its OfficeApp enum only; a virtual module
// stands in for it here (a jest moduleNameMapper entry would do the same for every test file).
jest.mock(
  "office-addin-manifest",
  () => ({
    OfficeApp: {
      Excel: "excel",
      OneNote: "onenote",
      Outlook: "outlook",
      PowerPoint: "powerpoint",
      Project: "project",
      Word: "word",
    },
  }),
  { virtual: true }
);

import { createOfficeWorkbookPort } from "../../../src/adapters/office";
import { markerName, type WorkbookPlan } from "../../../src/workbook/plan";
import { registerRows } from "./helpers";
import { createExcelMock, type ExcelMock, type MockWorkbook } from "./mock-excel";

/**
 * The adapter's calls against office-addin-mock: null-object lookups checked with isNullObject,
 * "@" set before text values, calculation suspended while writing, refusals before any write,
 * and how many times context.sync runs for registers of 10, 10,000 and 200,000 rows.
 */

const all = { isSetSupported: () => true };

function portOver(book: MockWorkbook): {
  mock: ExcelMock;
  port: ReturnType<typeof createOfficeWorkbookPort>;
} {
  const mock = createExcelMock(book);
  const port = createOfficeWorkbookPort({ run: mock.run, requirements: all, temporaryTag: "m" });
  return { mock, port };
}

const PROFILE = {
  name: "治理概况",
  values: [
    ["项目", "内容"],
    ["客户名称", "甲公司"],
  ],
};

/** What the product's scorecard has at the top: its title and the fingerprint labels. */
const OLD_SCORECARD = [["公司治理评分卡"], ["模型指纹", "旧"], ["输入指纹", "旧"]];

describe("readSnapshot", () => {
  it("looks every candidate up with getItemOrNullObject and reads only those that exist", async () => {
    const { mock, port } = portOver({
      sheets: [{ name: "Data", values: [["x"]] }, PROFILE, { name: "Notes", values: [["y"]] }],
      tables: [{ name: "Shareholders", sheet: "Data", range: "A1:A1" }],
    });
    const snapshot = await port.readSnapshot();
    expect(mock.syncs()).toBe(1);
    expect(mock.runOptions).toEqual([{ delayForCellEdit: true }]);
    const lookups = mock.calls.filter((c) => c.call === "getItemOrNullObject");
    expect(lookups.filter((c) => c.on === "Worksheets").map((c) => c.args[0])).toEqual(
      expect.arrayContaining(["Shareholders", "股东名册", "Board", "董事会", "Profile", "治理概况"])
    );
    // A group workbook's tables, in the same request.
    expect(lookups.filter((c) => c.on === "Worksheets").map((c) => c.args[0])).toEqual(
      expect.arrayContaining(["Members", "集团成员", "担保关系", "集团概况"])
    );
    expect(lookups.filter((c) => c.on === "Tables").map((c) => c.args[0])).toEqual(
      expect.arrayContaining(["Shareholders", "Shareholder_register", "Board_of_directors"])
    );
    expect(lookups.filter((c) => c.on === "Names").map((c) => c.args[0])).toEqual(
      ["summary", "scorecard", "model", "auditLog", "instructions", "group"].map((r) =>
        markerName(r as "model")
      )
    );
    // Used ranges with values only; inputs load values, formats and types but no formulas.
    expect(
      mock.calls
        .filter((c) => c.call === "getUsedRangeOrNullObject")
        .every((c) => c.args[0] === true)
    ).toBe(true);
    const cellLoads = mock.calls.filter(
      (c) => c.call === "load" && String(c.args[0]).includes("values")
    );
    expect(cellLoads.map((c) => c.args[0])).toContain("address, values, numberFormat, valueTypes");

    expect(snapshot.sheets.map((s) => [s.name, s.contentRead])).toEqual([
      ["Data", true],
      ["治理概况", true],
      ["Notes", false],
    ]);
    expect(snapshot.sheets[0]?.tables).toEqual([{ name: "Shareholders", range: "A1" }]);
    expect(snapshot.sheets[1]?.values).toEqual(PROFILE.values);
  });

  it.each([
    [10, 1],
    [10_000, 1],
    // 10,240 rows in the first request, then bands of floor(4,000,000 / 48 / 6) = 13,888 rows.
    [200_000, 1 + Math.ceil((200_001 - 10_240) / 13_888)],
  ])("reads a register of %i rows with %i context.sync calls", async (rows, syncs) => {
    const { mock, port } = portOver({
      sheets: [{ name: "股东名册", values: registerRows(rows) }, PROFILE],
    });
    const snapshot = await port.readSnapshot();
    expect(mock.syncs()).toBe(syncs);
    expect(snapshot.requests).toBe(syncs);
    const register = snapshot.sheets.find((s) => s.name === "股东名册");
    expect(register?.values).toHaveLength(rows + 1);
    expect(register?.values[rows]?.[0]).toBe(`第${rows}号（深圳）股权投资合伙企业（有限合伙）`);
  });
});

const SCORECARD_PLAN: WorkbookPlan = {
  sheets: [
    {
      name: "治理评分卡",
      role: "scorecard",
      cells: [
        { ref: "A1", value: "治理评分卡", style: "title" },
        { ref: "A2", value: '=HYPERLINK("http://x","y")' },
        { ref: "B2", value: 0.35, numberFormat: "0.00%" },
        { ref: "C2", value: 75, formula: "SUM(B2:B2)*100", numberFormat: "0.00" },
      ],
      columnWidths: [20, 12],
      freeze: { rows: 1, columns: 0 },
    },
  ],
};

describe("applyPlan", () => {
  it("suspends calculation, formats text as @ before writing values, writes formulas apart, in one write and one read-back", async () => {
    const { mock, port } = portOver({ sheets: [PROFILE] });
    await port.readSnapshot();
    const before = mock.syncs();
    const report = await port.applyPlan(SCORECARD_PLAN);
    expect(mock.syncs() - before).toBe(2);
    expect(report.requests).toBe(2);
    expect(mock.calls.some((c) => c.call === "suspendApiCalculationUntilNextSync")).toBe(true);

    const rectangle = mock.sets.filter((s) => s.on === "'GS~m~1'!A1:C2");
    expect(rectangle.map((s) => s.property)).toEqual(["numberFormat", "values", "formulas"]);
    expect(rectangle[0]?.value).toEqual([
      ["@", null, null],
      ["@", "0.00%", "0.00"],
    ]);
    expect(rectangle[1]?.value).toEqual([
      ["治理评分卡", null, null],
      ['=HYPERLINK("http://x","y")', 0.35, null],
    ]);
    expect(rectangle[2]?.value).toEqual([
      [null, null, null],
      [null, null, "=SUM(B2:B2)*100"],
    ]);
    // Written under a temporary name, renamed into place, marked.
    expect(mock.calls.find((c) => c.call === "add" && c.on === "Worksheets")?.args).toEqual([
      "GS~m~1",
    ]);
    expect(mock.sets).toContainEqual({
      on: "Worksheet GS~m~1",
      property: "name",
      value: "治理评分卡",
    });
    expect(mock.calls.filter((c) => c.on === "Names" && c.call === "add")[0]?.args[0]).toBe(
      markerName("scorecard")
    );
  });

  it("refuses a protected product sheet and a name held by a sheet without the marker, before any write", async () => {
    const protectedBook: MockWorkbook = {
      sheets: [{ name: "治理评分卡", values: OLD_SCORECARD, protected: true }],
      names: [{ name: markerName("scorecard"), sheet: "治理评分卡" }],
    };
    const first = portOver(protectedBook);
    await first.port.readSnapshot();
    await expect(first.port.applyPlan(SCORECARD_PLAN)).rejects.toMatchObject({
      code: "sheetProtected",
      sheet: "治理评分卡",
    });
    expect(first.mock.syncs()).toBe(1);
    expect(first.mock.calls.some((c) => c.call === "add")).toBe(false);

    const unmarked = portOver({ sheets: [{ name: "治理评分卡", values: [["用户自己的表"]] }] });
    await unmarked.port.readSnapshot();
    await expect(unmarked.port.applyPlan(SCORECARD_PLAN)).rejects.toMatchObject({
      code: "sheetNameTaken",
      sheet: "治理评分卡",
    });
    expect(unmarked.mock.syncs()).toBe(1);
    expect(unmarked.mock.sets).toEqual([]);
  });

  it("replaces a marked product sheet: old marker and sheet deleted in the same batch, the new one put in its place", async () => {
    const { mock, port } = portOver({
      sheets: [
        PROFILE,
        { name: "治理评分卡", values: OLD_SCORECARD },
        { name: "Notes", values: [["n"]] },
      ],
      names: [{ name: markerName("scorecard"), sheet: "治理评分卡" }],
    });
    await port.readSnapshot();
    await port.applyPlan(SCORECARD_PLAN);
    expect(mock.calls.filter((c) => c.call === "delete").map((c) => c.on)).toEqual([
      `Name ${markerName("scorecard")}`,
      "Worksheet 治理评分卡",
    ]);
    expect(mock.sets).toContainEqual({ on: "Worksheet GS~m~1", property: "position", value: 1 });
  });
});
