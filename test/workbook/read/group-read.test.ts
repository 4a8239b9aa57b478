import { formatLocated, formatMessage } from "../../../src/core";
import { readGroupWorkbook } from "../../../src/workbook/read/group";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";

function sheet(name: string, rows: CellValue[][], formats: string[][] = []): SheetSnapshot {
  return { name, values: rows, numberFormats: formats, tables: [] };
}

const MEMBERS_EN = [
  "Member",
  "Client ID",
  "Relation",
  "Direct parent",
  "Stake held by direct parent",
  "Condition",
  "Governance grade",
  "Net assets",
  "Existing credit",
  "Requested limit",
  "Lending banks",
];

function workbook(
  members: CellValue[][],
  guarantees?: CellValue[][],
  profile?: CellValue[][]
): WorkbookSnapshot {
  const sheets = [sheet("Members", [MEMBERS_EN, ...members])];
  if (guarantees !== undefined)
    sheets.push(
      sheet("担保关系", [
        ["担保人", "被担保人", "担保金额", "担保方式", "抵质押物所有人", "已办理登记"],
        ...guarantees,
      ])
    );
  sheets.push(
    sheet(
      "集团概况",
      profile ?? [
        ["项目", "内容"],
        ["集团名称", "测试集团"],
        ["我行资本净额", "20亿"],
      ]
    )
  );
  return { sheets };
}

describe("reading a group workbook", () => {
  it("reads the three tables in either language, any alias, amounts written the Chinese way", () => {
    const read = readGroupWorkbook(
      workbook(
        [
          ["甲集团", "J-1", "集团母公司", null, null, "良好", "A", 1000, 10, 5, 2],
          ["乙公司", "J-2", "whollyOwned", "J-1", 100, "fair", "B", 500, 0, null, null],
        ],
        [["乙公司", "甲集团", "1000万", "保证", null, null]]
      )
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(
      read.inputs.members.map((m) => [
        m.memberName.value,
        m.relation.value,
        m.parentStake.value?.toString(),
      ])
    ).toEqual([
      ["甲集团", "parent", undefined],
      ["乙公司", "whollyOwned", "1"],
    ]);
    expect(read.inputs.guarantees[0]?.amount.value?.toString()).toBe("10000000");
    expect(read.inputs.profile.bankNetCapital.value?.toString()).toBe("2000000000");
    expect(read.inputs.profile.bankNetCapital.at).toEqual({ sheet: "集团概况", cell: "B3" });
    expect(read.notices).toEqual([]);
  });

  it("reports every error at once, located and bilingual: cell errors and structure errors", () => {
    const read = readGroupWorkbook(
      workbook(
        [
          ["甲集团", "J-1", "集团母公司", null, null, "良好", "A", 1000, 10, 5, 2],
          ["乙公司", "J-2", "全资子公司", "丙公司", 90, "一般", "B", 500, 0, null, null],
          ["丁公司", "J-4", "集团母公司", null, null, "很好", "B", -5, 0, null, null],
          ["戊公司", "J-5", "控股子公司", null, 60, "良好", "B", 5, null, null, null],
        ],
        [["甲集团", "J-1", 100, "保证", null, null]],
        [
          ["项目", "内容"],
          ["集团名称", "测试集团"],
        ]
      )
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.code, i.at?.sheet, i.at?.cell])).toEqual([
      ["cell.unknownLabel", "Members", "F4"],
      ["cell.outOfRange", "Members", "H4"],
      ["cell.requiredBlank", "Members", "I5"],
      ["group.profileItemRequired", "集团概况", "A1:B2"],
      ["group.twoParents", "Members", "C4"],
      ["group.unknownParent", "Members", "D3"],
      ["group.noDirectParent", "Members", "D5"],
      ["group.whollyOwnedStake", "Members", "E3"],
      ["group.selfGuarantee", "担保关系", "B2"],
    ]);
    for (const issue of read.issues) {
      expect(formatLocated(issue.message, issue.at, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
      expect(formatLocated(issue.message, issue.at, "en-US")).not.toMatch(/\{\w+\}/);
    }
  });

  it("notices a controlled member held 50% or less, and an absent Guarantees table", () => {
    const read = readGroupWorkbook(
      workbook([
        ["P", null, "parent", null, null, "good", null, 1000, 0, null, null],
        ["S", null, "controlled", "P", 0.45, "good", null, 100, 0, null, null],
      ])
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.notices.map((n) => n.code)).toEqual(["table.absent", "group.controlledStake"]);
    expect(formatMessage(read.notices[1]!.message, "en-US")).toMatch(/45%/);
  });

  it("refuses a workbook without a Members table, naming the names it looked for", () => {
    const read = readGroupWorkbook({ sheets: [sheet("Other", [["x"]])] });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.map((i) => i.code)).toEqual(["table.missing", "table.missing"]);
  });
});
