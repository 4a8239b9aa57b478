import type ExcelJS from "exceljs";
import { parseSheetAddress } from "../../../src/adapters/office/addresses";
import {
  SheetGridBuilder,
  snapshotFormula,
  snapshotValue,
} from "../../../src/adapters/office/cell-values";
import { CELL_STYLES } from "../../../src/workbook/cell-styles";
import { decideWrite } from "../../../src/adapters/office/preflight";
import {
  DEFAULT_READ_BUDGET,
  planChunks,
  splitRequest,
} from "../../../src/adapters/office/read-budget";
import {
  candidateSheetNames,
  candidateTableNames,
} from "../../../src/adapters/office/read-targets";
import { hostFeatures, requirementError } from "../../../src/adapters/office/requirements";
import type { WorkbookView } from "../../../src/adapters/office/workbook-view";
import {
  cellText,
  isRiskyText,
  renameReferences,
  sheetRectangles,
  styleRanges,
} from "../../../src/adapters/office/write-cells";
import { columnWidthPoints } from "../../../src/adapters/office/write-sheet";
import { headerFooterEscaped as headerFooterText } from "../../../src/workbook/header-footer";
import { PLAN_STYLES } from "../../../src/adapters/xlsx/plan-styles";
import { markerName, type CellStyle, type SheetPlan } from "../../../src/workbook/plan";

/** The adapter's pure pieces: addresses, values, budgets, rectangles, styles, decisions. */

describe("addresses and values", () => {
  it("parses the addresses Office.js reports", () => {
    expect(parseSheetAddress("Sheet1!A1:F12")).toEqual({
      sheet: "Sheet1",
      range: { top: 0, left: 0, bottom: 11, right: 5 },
    });
    expect(parseSheetAddress("'It''s mine'!$B$2")).toEqual({
      sheet: "It's mine",
      range: { top: 1, left: 1, bottom: 1, right: 1 },
    });
    expect(parseSheetAddress("='治理评分卡'!$A$1")?.sheet).toBe("治理评分卡");
    expect(parseSheetAddress("=#REF!$A$1")).toBeNull();
    expect(parseSheetAddress("=0.35")).toBeNull();
  });

  it("gives errors, blanks and dates as the file adapter does", () => {
    expect(snapshotValue("#N/A", "Error", "General")).toEqual({ error: "#N/A" });
    expect(snapshotValue("#N/A", "String", "@")).toBe("#N/A");
    expect(snapshotValue("", "Empty", "General")).toBeNull();
    expect(snapshotValue("", "String", "General")).toBeNull();
    expect(snapshotValue(45_717, "Double", "yyyy-mm-dd")).toBe("2025-03-01");
    expect(snapshotValue(45_717, "Double", 'yyyy"年"m"月"d"日"')).toBe("2025-03-01");
    expect(snapshotValue(0.35, "Double", "0.00%")).toBe(0.35);
    expect(snapshotValue(true, "Boolean", "General")).toBe(true);
  });

  it("tells a formula from text that looks like one", () => {
    expect(snapshotFormula("=SUM(A1:A2)", 3)).toBe("SUM(A1:A2)");
    expect(snapshotFormula('=HYPERLINK("x")', '=HYPERLINK("x")')).toBe("");
    expect(snapshotFormula(5, 5)).toBe("");
  });

  it("lays loaded blocks out from A1, rows cut after their last value", () => {
    const builder = new SheetGridBuilder();
    builder.add({
      range: { top: 1, left: 1, bottom: 2, right: 3 },
      values: [
        ["a", "", 1],
        ["", "", ""],
      ],
      numberFormat: [
        ["@", "0%", "0.00"],
        ["General", "0%", "General"],
      ],
      valueTypes: [
        ["String", "Empty", "Double"],
        ["Empty", "Empty", "Empty"],
      ],
    });
    expect(builder.build("S", [])).toEqual({
      name: "S",
      values: [[], [null, "a", null, 1]],
      numberFormats: [[], ["General", "@", "General", "0.00"]],
      tables: [],
    });
  });
});

describe("read budget", () => {
  it("asks for every accepted sheet name and table name", () => {
    expect(candidateSheetNames()).toEqual(
      expect.arrayContaining(["股东名册", "Board of directors", "治理概况"])
    );
    expect(candidateTableNames()).toEqual(
      expect.arrayContaining(["Shareholder_register", "Board_of_directors", "股东"])
    );
    expect(candidateTableNames().some((n) => n.includes(" "))).toBe(false);
  });

  it("reads what the first window left in bands that grow with rows ÷ band size", () => {
    const band = Math.floor(
      DEFAULT_READ_BUDGET.requestBytes / DEFAULT_READ_BUDGET.inputCellBytes / 6
    );
    const requests = planChunks([
      {
        sheet: "股东名册",
        kind: "input",
        used: { top: 0, left: 0, bottom: 200_000, right: 5 },
        read: { top: 0, left: 0, bottom: 10_239, right: 5 },
      },
    ]);
    expect(band).toBe(13_888);
    expect(requests).toHaveLength(Math.ceil((200_001 - 10_240) / band));
    expect(requests[0]?.[0]?.range).toEqual({
      top: 10_240,
      left: 0,
      bottom: 10_240 + band - 1,
      right: 5,
    });
    for (const request of requests)
      for (const block of request)
        expect((block.range.bottom - block.range.top + 1) * 6 * 48).toBeLessThanOrEqual(4_000_000);
  });

  it("reads columns beyond the window, and packs small leftovers together", () => {
    const requests = planChunks([
      {
        sheet: "A",
        kind: "input",
        used: { top: 0, left: 0, bottom: 20, right: 11 },
        read: { top: 0, left: 0, bottom: 20, right: 7 },
      },
      {
        sheet: "B",
        kind: "product",
        used: { top: 0, left: 0, bottom: 1_500, right: 3 },
        read: { top: 0, left: 0, bottom: 999, right: 3 },
      },
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.map((b) => [b.sheet, b.range])).toEqual([
      ["A", { top: 0, left: 8, bottom: 20, right: 11 }],
      ["B", { top: 1_000, left: 0, bottom: 1_500, right: 3 }],
    ]);
  });

  it("splits a refused request, down to single rows", () => {
    const one = [
      { sheet: "A", kind: "input" as const, range: { top: 0, left: 0, bottom: 9, right: 2 } },
    ];
    expect(splitRequest(one)?.map((r) => r[0]?.range)).toEqual([
      { top: 0, left: 0, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 9, right: 2 },
    ]);
    expect(
      splitRequest([{ ...one[0]!, range: { top: 3, left: 0, bottom: 3, right: 2 } }])
    ).toBeNull();
  });
});

describe("writing cells", () => {
  const sheet: SheetPlan = {
    name: "治理评分卡",
    role: "scorecard",
    cells: [
      { ref: "A1", value: "标题", style: "title" },
      { ref: "B1", value: "标题2", style: "title" },
      { ref: "A2", value: "+cmd|' /C calc'!A0", style: "value" },
      { ref: "B2", value: 0.5, numberFormat: "0%", style: "value" },
      { ref: "A3", value: null, numberFormat: "0.00", style: "value" },
      { ref: "B3", value: "C", formula: 'IF(\'评分模型\'!C7>1,"A","C")', style: "value" },
    ],
  };

  it("formats text cells as text, never formula cells, and leaves formula cells out of the values", () => {
    const rectangles = sheetRectangles(sheet, (f) =>
      renameReferences(f, new Map([["评分模型", "GS~x~2"]]))
    );
    expect(rectangles?.numberFormat).toEqual([
      ["@", "@"],
      ["@", "0%"],
      ["0.00", "General"],
    ]);
    expect(rectangles?.values).toEqual([
      ["标题", "标题2"],
      ["+cmd|' /C calc'!A0", 0.5],
      [null, null],
    ]);
    expect(rectangles?.formulas).toEqual([
      [null, null],
      [null, null],
      [null, '=IF(\'GS~x~2\'!C7>1,"A","C")'],
    ]);
  });

  it("never formats a formula cell as text, whatever the plan says", () => {
    const formula: SheetPlan = {
      name: "S",
      role: "model",
      cells: [{ ref: "A1", value: "x", formula: 'T("x")', numberFormat: "@" }],
    };
    expect(sheetRectangles(formula)?.numberFormat).toEqual([["General"]]);
  });

  it("sets each style once per block", () => {
    expect(styleRanges(sheet)).toEqual([
      { style: "title", range: { top: 0, left: 0, bottom: 0, right: 1 } },
      { style: "value", range: { top: 1, left: 0, bottom: 2, right: 1 } },
    ]);
  });

  it("keeps text Excel can hold, and knows the risky kinds", () => {
    expect(cellText("a\uD800b")).toBe("a\uFFFDb");
    expect(cellText("x".repeat(40_000))).toHaveLength(32_767);
    for (const text of ["=1", "+1", "-x", "@SUM(1)", "＝1+1", "'a", " =1"])
      expect(isRiskyText(text)).toBe(true);
    expect(isRiskyText("甲公司")).toBe(false);
  });

  it("converts widths and escapes header text", () => {
    expect(columnWidthPoints(18)).toBe(98.25);
    expect(headerFooterText("A&B")).toBe("A&&B");
    expect(headerFooterText("&".repeat(300))).toMatch(/^(&&)+…$/);
  });
});

describe("write decision", () => {
  const view: WorkbookView = {
    sheets: [
      { id: "1", name: "股东名册", protected: false },
      { id: "2", name: "治理评分卡", protected: false },
      { id: "3", name: "GS~t~1", protected: false },
    ],
    structureProtected: false,
    names: [
      {
        name: markerName("scorecard"),
        target: { sheet: "治理评分卡", range: { top: 0, left: 0, bottom: 0, right: 0 } },
      },
    ],
    // The read found the marked sheet to be the product's.
    products: { scorecard: "治理评分卡" },
  };
  const plan = { sheets: [{ name: "治理评分卡", role: "scorecard" as const, cells: [] }] };

  it("replaces the marked sheet in its place, under a temporary name no sheet has", () => {
    const decision = decideWrite(plan, view, "t");
    expect(decision.targets[0]).toMatchObject({
      temporary: "GS~t~2",
      replaces: { id: "2" },
      position: 1,
    });
    expect(decision.staleMarkers).toEqual([markerName("scorecard")]);
    expect(decision.mustBeFree).toEqual([]);
  });

  it("moves the committee summary's tab right before the scorecard's", () => {
    const sheet = (name: string, role: "scorecard" | "model" | "auditLog" | "summary") => ({
      name,
      role,
      cells: [],
    });
    const scored = {
      sheets: [
        sheet("治理评分卡", "scorecard"),
        sheet("评分模型", "model"),
        sheet("审计日志", "auditLog"),
        sheet("评审摘要", "summary"),
      ],
    };
    // A first scoring of a workbook of two input sheets: the four are appended (2…5), then the
    // summary (5) is moved to the scorecard's place (2).
    const first: WorkbookView = {
      sheets: [
        { id: "1", name: "股东名册", protected: false },
        { id: "2", name: "董事会", protected: false },
      ],
      structureProtected: false,
      names: [],
      products: {},
    };
    expect(decideWrite(scored, first, "t").summaryPosition).toBe(2);
    // Scored again, the summary already before the scorecard: replaced in place, not moved.
    const again: WorkbookView = {
      sheets: [
        { id: "1", name: "股东名册", protected: false },
        { id: "5", name: "评审摘要", protected: false },
        { id: "2", name: "治理评分卡", protected: false },
        { id: "3", name: "评分模型", protected: false },
        { id: "4", name: "审计日志", protected: false },
      ],
      structureProtected: false,
      names: (["summary", "scorecard", "model", "auditLog"] as const).map((role, i) => ({
        name: markerName(role),
        target: {
          sheet: ["评审摘要", "治理评分卡", "评分模型", "审计日志"][i]!,
          range: { top: 0, left: 0, bottom: 0, right: 0 },
        },
      })),
      products: {
        summary: "评审摘要",
        scorecard: "治理评分卡",
        model: "评分模型",
        auditLog: "审计日志",
      },
    };
    expect(decideWrite(scored, again, "t").summaryPosition).toBeUndefined();
    // A layout-2 workbook scored again: the new summary (appended, 5) goes before the scorecard (1).
    const older: WorkbookView = {
      ...again,
      sheets: again.sheets.filter((s) => s.id !== "5"),
      names: again.names.slice(1),
      products: { scorecard: "治理评分卡", model: "评分模型", auditLog: "审计日志" },
    };
    expect(decideWrite(scored, older, "t").summaryPosition).toBe(1);
  });

  it("refuses protection, unmarked names, untrusted markers, bad names and long lists", () => {
    expect(() => decideWrite(plan, { ...view, names: [] }, "t")).toThrow(
      expect.objectContaining({ code: "sheetNameTaken" })
    );
    // A marker the read did not trust (or no read at all): the sheet is the user's.
    const unread: WorkbookView = {
      sheets: view.sheets,
      structureProtected: false,
      names: view.names,
    };
    for (const untrusted of [
      { ...view, products: {} },
      { ...view, products: { model: "治理评分卡" } },
      unread,
    ])
      expect(() => decideWrite(plan, untrusted, "t")).toThrow(
        expect.objectContaining({ code: "sheetNameTaken" })
      );
    expect(() =>
      decideWrite(
        plan,
        { ...view, sheets: view.sheets.map((s) => ({ ...s, protected: s.id === "2" })) },
        "t"
      )
    ).toThrow(expect.objectContaining({ code: "sheetProtected", sheet: "治理评分卡" }));
    expect(() => decideWrite(plan, { ...view, structureProtected: true }, "t")).toThrow(
      expect.objectContaining({ code: "workbookProtected" })
    );
    expect(() =>
      decideWrite({ sheets: [{ name: "a/b", role: "model", cells: [] }] }, view, "t")
    ).toThrow(expect.objectContaining({ code: "invalidPlan" }));
    const list = {
      name: "X",
      role: "model" as const,
      cells: [],
      validations: [{ range: "A1", list: ["a,b"] }],
    };
    expect(() => decideWrite({ sheets: [list] }, view, "t")).toThrow(
      expect.objectContaining({ code: "invalidPlan" })
    );
  });
});

describe("requirement sets", () => {
  it("needs ExcelApi 1.7 and uses 1.8 and 1.9 when present", () => {
    const upTo = (top: number) => ({
      isSetSupported: (_: string, v = "1.1") => Number(v.split(".")[1]) <= top,
    });
    expect(requirementError(upTo(6))).toMatchObject({ code: "excelVersion" });
    expect(requirementError(upTo(7))).toBeNull();
    expect(hostFeatures(upTo(7))).toEqual({
      dataValidation: false,
      pageLayout: false,
      screenUpdating: false,
      specialCells: false,
    });
    expect(hostFeatures(upTo(9))).toEqual({
      dataValidation: true,
      pageLayout: true,
      screenUpdating: true,
      specialCells: true,
    });
  });
});

describe("styles", () => {
  const argb = (colour: string | undefined) =>
    colour === undefined ? undefined : `#${colour.slice(2)}`;
  const sides = (border: Partial<ExcelJS.Borders> | undefined) =>
    (["top", "bottom", "left", "right"] as const).filter((side) => border?.[side] !== undefined);

  it.each(Object.keys(PLAN_STYLES) as CellStyle[])(
    "%s looks as the file adapter writes it",
    (name) => {
      const file = PLAN_STYLES[name];
      const office = CELL_STYLES[name];
      const fill = file.fill?.type === "pattern" ? argb(file.fill.fgColor?.argb) : undefined;
      expect(office.fill).toBe(fill);
      expect(office.font?.bold).toBe(file.font?.bold);
      expect(office.font?.size).toBe(file.font?.size);
      expect(office.font?.color).toBe(argb(file.font?.color?.argb));
      expect(office.borders?.edges ?? []).toEqual(sides(file.border));
      const borderColour = sides(file.border).map((side) =>
        argb(file.border?.[side]?.color?.argb)
      )[0];
      expect(office.borders?.color).toBe(borderColour);
      expect(office.wrapText).toBe(file.alignment?.wrapText);
      const vertical = { Top: "top", Center: "middle" } as const;
      expect(
        office.verticalAlignment === undefined ? undefined : vertical[office.verticalAlignment]
      ).toBe(file.alignment?.vertical);
    }
  );
});
