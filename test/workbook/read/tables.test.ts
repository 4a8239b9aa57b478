import { readInputs } from "../../../src/workbook/read";
import {
  boardSheet,
  clientWorkbook,
  profileSheet,
  shareholderSheet,
  SMALL,
  workbookWith,
} from "./client";
import { inputsOf, issuesOf, located, rendered, sheet, workbook, type Cell } from "./snapshots";

describe("finding the input tables", () => {
  it("finds sheets by their Chinese names", () => {
    const outcome = readInputs(clientWorkbook());
    expect(outcome.ok).toBe(true);
    expect(outcome.layout.shareholders).toMatchObject({ sheet: "股东名册", source: "sheet" });
    expect(outcome.layout.board).toMatchObject({ sheet: "董事会", source: "sheet" });
    expect(outcome.layout.profile).toMatchObject({ sheet: "治理概况", source: "sheet" });
  });

  it.each([
    ["Shareholder register", "Board of directors", "Governance profile"],
    ["股东", "董事会", "治理概况"],
    ["SHAREHOLDERS", " board ", "ｐｒｏｆｉｌｅ"],
  ])("finds sheets named %s, %s, %s", (holders, board, profile) => {
    const outcome = readInputs(
      workbook([
        sheet(holders, SMALL.holders()),
        sheet(board, SMALL.board()),
        sheet(profile, SMALL.profile()),
      ])
    );
    expect(outcome.ok).toBe(true);
  });

  it("finds Excel tables by name, `_` standing for a space, wherever they are", () => {
    const rows: Cell[][] = [
      ["股东名册（截至2024年末）"],
      [],
      ...SMALL.holders().map((r) => [null, ...r]),
      [null, "合计", null, 100],
    ];
    const outcome = readInputs(
      workbook([
        sheet("Sheet1", rows, [{ name: "Shareholder_register", range: "B3:D5" }]),
        sheet("Board", SMALL.board()),
        sheet("Profile", SMALL.profile()),
      ])
    );
    const inputs = inputsOf(outcome);
    expect(outcome.layout.shareholders).toEqual({
      table: "shareholders",
      sheet: "Sheet1",
      source: "excelTable",
      tableName: "Shareholder_register",
      headerRow: 3,
      firstDataRow: 4,
      lastDataRow: 5,
      dataRows: [4, 5],
      columns: [
        { key: "name", column: "B", header: "Name", formulaSafe: true },
        { key: "type", column: "C", header: "Type", formulaSafe: true },
        { key: "stake", column: "D", header: "Stake", form: "points", formulaSafe: true },
      ],
      ignoredColumns: [],
      skippedRows: [],
    });
    expect(inputs.shareholders!.at).toEqual({ sheet: "Sheet1", cell: "B3:D5" });
    expect(inputs.shareholders!.rows[1]!.stake).toMatchObject({
      at: { sheet: "Sheet1", cell: "D5" },
    });
  });

  it("prefers an Excel table to a sheet of a matching name", () => {
    const outcome = readInputs(
      workbook([
        sheet("股东名册", [["old notes"]]),
        sheet("Data", SMALL.holders(), [{ name: "Shareholders", range: "A1:C3" }]),
        sheet("Board", SMALL.board()),
        sheet("Profile", SMALL.profile()),
      ])
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.layout.shareholders).toMatchObject({ sheet: "Data", source: "excelTable" });
  });

  it("refuses two candidates for one table, naming both", () => {
    const outcome = readInputs(
      workbook([
        sheet("Shareholders", SMALL.holders()),
        sheet("股东名册", SMALL.holders()),
        sheet("Board", SMALL.board()),
        sheet("Profile", SMALL.profile()),
      ])
    );
    expect(located(issuesOf(outcome))).toEqual(["table.ambiguous @ 股东名册!A1"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Two candidates for the Shareholders table: sheet Shareholders and sheet 股东名册; rename or remove one"
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "股东名册表有两个候选：工作表Shareholders和工作表股东名册；请重命名或删除其中一个"
    );
    const tables = readInputs(
      workbook([
        sheet("A", SMALL.holders(), [{ name: "Shareholders", range: "A1:C3" }]),
        sheet("B", SMALL.holders(), [{ name: "股东名册", range: "A1:C3" }]),
        sheet("Board", SMALL.board()),
        sheet("Profile", SMALL.profile()),
      ])
    );
    expect(located(issuesOf(tables))).toEqual(["table.ambiguous @ B!A1:C3"]);
    expect(rendered(issuesOf(tables)[0]!, "en-US")).toContain(
      "Excel table Shareholders on sheet A and Excel table 股东名册 on sheet B"
    );
  });

  it("never reads the product's own sheets as input, even one renamed like an input table", () => {
    const snapshot = workbook(
      [
        sheet("Shareholders", [
          ["Corporate governance scorecard"],
          ["Model fingerprint", "ab"],
          ["Input fingerprint", "cd"],
        ]),
        shareholderSheet({}, "股东名册"),
        boardSheet(),
        profileSheet(),
      ],
      [{ name: "GovScore_scorecard", sheet: "Shareholders", range: "A1" }]
    );
    const outcome = readInputs(snapshot);
    expect(outcome.ok).toBe(true);
    expect(outcome.layout.shareholders?.sheet).toBe("股东名册");
  });

  it("refuses a workbook without a required table, listing the accepted names", () => {
    const outcome = readInputs(workbookWith({ board: null }), { requiredTables: ["board"] });
    expect(located(issuesOf(outcome))).toEqual(["table.missing @ -"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "No Board table found: add an Excel table or a sheet named one of: Board, Board of directors, 董事会"
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "未找到董事会表：请添加名称为以下之一的Excel表格或工作表：Board、Board of directors、董事会"
    );
    expect(
      located(
        issuesOf(
          readInputs({ sheets: [] }, { requiredTables: ["shareholders", "board", "profile"] })
        )
      )
    ).toEqual(["table.missing @ -", "table.missing @ -", "table.missing @ -"]);
  });

  it("by default requires only the Profile; an absent register or board is missing data", () => {
    expect(located(issuesOf(readInputs({ sheets: [] })))).toEqual(["table.missing @ -"]);
    const outcome = readInputs(workbookWith({ board: null, holders: null }));
    expect(inputsOf(outcome).board).toBeNull();
    expect(inputsOf(outcome).shareholders).toBeNull();
    expect(located(outcome.notices)).toEqual(["table.absent @ -", "table.absent @ -"]);
  });

  it("accepts an absent table that the caller does not require, with a notice", () => {
    const outcome = readInputs(workbookWith({ board: null }), {
      requiredTables: ["shareholders", "profile"],
    });
    expect(inputsOf(outcome).board).toBeNull();
    expect(outcome.layout.board).toBeNull();
    expect(located(outcome.notices)).toEqual(["table.absent @ -"]);
    expect(rendered(outcome.notices[0]!, "zh-CN")).toBe(
      "未找到董事会表（可用名称：Board、Board of directors、董事会）；模型将其相关因素按数据缺失处理"
    );
  });

  it("refuses an empty sheet and an unreadable Excel table range", () => {
    const outcome = readInputs(
      workbook([
        sheet("Shareholders", [[], [null, "  "]]),
        sheet("Data", SMALL.board(), [{ name: "Board", range: "A1:Q" }]),
        sheet("Profile", SMALL.profile()),
      ])
    );
    expect(located(issuesOf(outcome))).toEqual([
      "table.noHeaderRow @ Shareholders!A1",
      "table.badRange @ Data!A1",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Sheet Shareholders is empty: the Shareholders table needs a header row with Name, Type, Stake"
    );
    expect(rendered(issuesOf(outcome)[1]!, "zh-CN")).toBe("Excel表格Board的区域无法读取：A1:Q");
  });
});

describe("headers", () => {
  it("matches English and Chinese headers in any order", () => {
    const rows: Cell[][] = [
      ["司法冻结", "Stake", "股东类型", "Concert group", "名称", "Name", "质押比例"],
      ["否", 60, "soe", null, "x", "甲", 0],
      ["Y", 40, "民营企业", "G1", "y", "乙", 50],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    const inputs = inputsOf(outcome);
    expect(inputs.shareholders!.rows[1]).toEqual({
      name: { value: "乙", at: { sheet: "Shareholders", cell: "F3" } },
      type: { value: "private", at: { sheet: "Shareholders", cell: "C3" } },
      stake: { value: expect.anything(), at: { sheet: "Shareholders", cell: "B3" } },
      concertGroup: { value: "G1", at: { sheet: "Shareholders", cell: "D3" } },
      pledgedShare: { value: expect.anything(), at: { sheet: "Shareholders", cell: "G3" } },
      frozen: { value: true, at: { sheet: "Shareholders", cell: "A3" } },
    });
    expect(inputs.shareholders!.rows[1]!.pledgedShare?.value?.toString()).toBe("0.5");
    expect(outcome.layout.shareholders!.ignoredColumns).toEqual(["名称"]);
    expect(located(outcome.notices)).toEqual(["column.unknownIgnored @ Shareholders!E1"]);
    expect(rendered(outcome.notices[0]!, "zh-CN")).toBe("“名称”列不是股东名册表的输入项，已忽略");
    expect(rendered(outcome.notices[0]!, "en-US")).toBe(
      "Column “名称” is not an input of the Shareholders table and is ignored"
    );
  });

  it("matches headers written in full-width or with odd spacing", () => {
    const rows: Cell[][] = [
      ["\u3000股东名称 ", "ＳＨＡＲＥＨＯＬＤＥＲ　ＴＹＰＥ", "持股比例（%）"],
      ["甲", "soe", 100],
    ];
    expect(readInputs(workbookWith({ holders: rows })).ok).toBe(true);
  });

  it("refuses a missing required column, naming the sheet, header row and accepted headers", () => {
    const rows: Cell[][] = [
      ["股东名称", "备注"],
      ["甲", "x"],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(located(issuesOf(outcome))).toEqual([
      "column.missing @ Shareholders!A1:B1",
      "column.missing @ Shareholders!A1:B1",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Shareholders table: no Type column in header row 1 of sheet Shareholders; accepted headers: Type, Shareholder type, 股东类型, 类型"
    );
    expect(rendered(issuesOf(outcome)[1]!, "zh-CN")).toBe(
      "股东名册表：工作表Shareholders第1行的标题中没有“持股比例”列；可用的标题：Stake、Holding、Shareholding %、持股比例、持股比例(%)"
    );
  });

  it("refuses a column given twice, at the second header", () => {
    const rows: Cell[][] = [
      ["Name", "Type", "Stake", "持股比例"],
      ["甲", "soe", 100, 100],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(located(issuesOf(outcome))).toEqual(["column.duplicate @ Shareholders!D1"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Shareholders table: “持股比例” is a second Stake column (the first is in C1); keep one"
    );
  });

  it("reads the profile's Chinese headers 项目 / 值", () => {
    const rows: Cell[][] = [
      ["值", "项目"],
      ["A", "基础评级"],
    ];
    expect(inputsOf(readInputs(workbookWith({ profile: rows }))).profile.baseRating?.value).toBe(
      "A"
    );
  });
});

describe("rows", () => {
  it("skips blank rows and a trailing totals row with notices, trailing blanks silently", () => {
    const rows: Cell[][] = [
      ["序号", "股东名称", "股东类型", "持股比例"],
      [1, "甲", "民营企业", 60],
      [2, null, "  ", null],
      [3, "乙", "国有企业", 40],
      [4, null, null, null],
      ["合 计", null, null, 100],
      [5, null, null, null],
      [],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(inputsOf(outcome).shareholders!.rows.map((r) => r.name.value)).toEqual(["甲", "乙"]);
    expect(inputsOf(outcome).shareholders!.at).toEqual({ sheet: "Shareholders", cell: "A1:D6" });
    expect(outcome.layout.shareholders).toMatchObject({
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 4,
      dataRows: [2, 4],
      skippedRows: [
        { row: 3, reason: "blank" },
        { row: 6, reason: "total" },
      ],
      ignoredColumns: ["序号"],
    });
    expect(located(outcome.notices)).toEqual([
      "column.unknownIgnored @ Shareholders!A1",
      "row.blankIgnored @ Shareholders!A3:D3",
      "row.totalSkipped @ Shareholders!A6:D6",
    ]);
    expect(rendered(outcome.notices[1]!, "zh-CN")).toBe("股东名册表第3行为空，已忽略");
    expect(rendered(outcome.notices[2]!, "en-US")).toBe(
      "Row 6 of the Shareholders table is a totals row (“合 计”) and is skipped"
    );
  });

  it.each(["合计", "总计", "小计", "Total", "TOTALS", "Sum", "合计："])(
    "recognises %p as a totals row",
    (label) => {
      const rows: Cell[][] = [...SMALL.holders(), [label, null, 100]];
      const outcome = readInputs(workbookWith({ holders: rows }));
      expect(inputsOf(outcome).shareholders!.rows).toHaveLength(2);
      expect(located(outcome.notices)).toEqual(["row.totalSkipped @ Shareholders!A4:C4"]);
    }
  );

  it("keeps a totals-like row in the middle as data, so its blanks are reported", () => {
    const rows: Cell[][] = [
      ["Name", "Type", "Stake"],
      ["甲", "soe", 50],
      ["小计", null, 50],
      ["乙", "soe", 50],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(located(issuesOf(outcome))).toEqual(["cell.requiredBlank @ Shareholders!B3"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Type is blank; every row of the Shareholders table needs one"
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "股东类型为空；股东名册表的每一行都必须填写"
    );
  });

  it("reads a table with no data rows as empty", () => {
    const outcome = readInputs(workbookWith({ board: [["Name", "Board role"]] }));
    expect(inputsOf(outcome).board).toEqual({ rows: [], at: { sheet: "Board", cell: "A1:B1" } });
    expect(outcome.layout.board).toMatchObject({ dataRows: [], firstDataRow: 2, lastDataRow: 1 });
  });

  it("refuses a holder named twice (after normalisation), at the second name", () => {
    const rows: Cell[][] = [
      ["Name", "Type", "Stake"],
      ["ＡＢＣ投资", "soe", 50],
      ["abc投资 ", "soe", 50],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(located(issuesOf(outcome))).toEqual(["row.duplicateHolder @ Shareholders!A3"]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "股东“abc投资”重复列示（首次出现在A2），每个股东只列一次"
    );
  });
});
