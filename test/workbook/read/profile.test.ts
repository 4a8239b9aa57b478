import { readInputs } from "../../../src/workbook/read";
import { profileWith, workbookWith } from "./client";
import { inputsOf, issuesOf, located, pct, rendered, type Cell } from "./snapshots";

const read = (rows: (readonly [Cell, Cell])[]) =>
  readInputs(workbookWith({ profile: profileWith(rows) }));

describe("the Profile table", () => {
  it("finds items by alias, key, or catalogue label in either language", () => {
    const outcome = read([
      ["客户名称", "某公司"],
      ["clientId", "C-1"],
      ["GM APPOINTMENT", "董事会任免"],
      ["groupPosition", "standalone"],
      ["Management proposals rejected", 1],
      ["经理层议案提交数", 10],
      ["Requested tenor", 24],
      ["申请期限（月）", null],
    ]);
    expect(located(issuesOf(outcome))).toEqual(["profile.duplicateItem @ Profile!A9"]);
    const ok = read([
      ["客户名称", "某公司"],
      ["clientId", "C-1"],
      ["GM APPOINTMENT", "董事会任免"],
      ["groupPosition", "standalone"],
      ["Management proposals rejected", 1],
      ["经理层议案提交数", 10],
      ["申请期限（月）", 24],
    ]);
    const profile = inputsOf(ok).profile;
    expect(Object.keys(profile).sort()).toEqual(
      [
        "clientName",
        "clientId",
        "gmAppointment",
        "groupPosition",
        "proposalsRejected",
        "proposalsSubmitted",
        "requestedTenorMonths",
      ].sort()
    );
    expect(profile.gmAppointment).toEqual({
      value: "board",
      at: { sheet: "Profile", cell: "B4" },
    });
    expect(inputsOf(ok).profileAt).toEqual({ sheet: "Profile", cell: "A1:B8" });
  });

  it("leaves absent items out, and keeps blank items as null with their cell", () => {
    const profile = inputsOf(
      read([
        ["审计意见", null],
        ["外部审计", "  "],
      ])
    ).profile;
    expect(profile).toEqual({
      auditOpinion: { value: null, at: { sheet: "Profile", cell: "B2" } },
      externalAudit: { value: null, at: { sheet: "Profile", cell: "B3" } },
    });
  });

  it("records each item's cell, form and formula safety", () => {
    const outcome = read([
      ["关联方应收款占总资产比例", pct(0.05)],
      ["外部审计", true],
      ["审计委员会", "是"],
      ["申请额度", "1000万"],
      ["经理层议案提交数", 3],
    ]);
    expect(outcome.layout.profileItems).toEqual({
      relatedReceivablesRatio: {
        key: "relatedReceivablesRatio",
        cell: "B2",
        form: "fraction",
        formulaSafe: true,
      },
      externalAudit: { key: "externalAudit", cell: "B3", formulaSafe: true },
      // 是 is not formula-safe as a value, but a yes-word a formula can MATCH (layout 3).
      auditCommittee: { key: "auditCommittee", cell: "B4", formulaSafe: false, yesWord: true },
      requestedLimit: { key: "requestedLimit", cell: "B5", formulaSafe: false },
      proposalsSubmitted: { key: "proposalsSubmitted", cell: "B6", formulaSafe: true },
    });
    expect(outcome.layout.profile!.columns).toEqual([
      { key: "item", column: "A", header: "Item", formulaSafe: true },
      { key: "value", column: "B", header: "Value", formulaSafe: false },
    ]);
  });

  it("ignores unknown items and values without an item, with notices", () => {
    const outcome = read([
      ["Industry", "Construction"],
      [null, "orphan"],
      ["基础评级", "A"],
    ]);
    expect(inputsOf(outcome).profile).toEqual({
      baseRating: { value: "A", at: { sheet: "Profile", cell: "B4" } },
    });
    expect(located(outcome.notices)).toEqual([
      "profile.unknownItem @ Profile!A2",
      "profile.valueWithoutItem @ Profile!B3",
    ]);
    expect(rendered(outcome.notices[0]!, "zh-CN")).toBe("“Industry”不是治理概况的项目，已忽略");
    expect(rendered(outcome.notices[1]!, "en-US")).toBe(
      "Row 3 of the Profile table has a value but no item name and is ignored"
    );
  });

  it("refuses an item given twice, at the second", () => {
    const outcome = read([
      ["基础评级", "A"],
      ["Base rating", "BBB"],
    ]);
    expect(located(issuesOf(outcome))).toEqual(["profile.duplicateItem @ Profile!A3"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Item Base rating is listed twice (first in A2)"
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe("项目“基础评级”重复列示（首次出现在A2）");
  });

  it("refuses more proposals rejected than submitted, at the rejected cell", () => {
    const outcome = read([
      ["经理层议案提交数", 3],
      ["被否决数", "5"],
    ]);
    expect(located(issuesOf(outcome))).toEqual(["profile.rejectedAboveSubmitted @ Profile!B3"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Proposals rejected (5) exceed proposals submitted (3, in B2)"
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe("被否决议案数（5）大于提交数（3，见B2）");
  });

  it("refuses an error value in an item name", () => {
    const outcome = read([[{ error: "#NAME?" }, "A"]]);
    expect(located(issuesOf(outcome))).toEqual(["cell.error @ Profile!A2"]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "单元格为错误值#NAME?；应为治理概况的项目名称"
    );
  });
});

describe("a workbook with many problems", () => {
  it("reports them all at once, each with its cell, in both languages", () => {
    // Column by column within a table, then the checks across rows.
    const holders: Cell[][] = [
      ["Name", "Type", "Stake", "Pledged share", "Frozen"],
      ["甲", "国企", "sixty", pct(0.2), "maybe"],
      ["甲", "soe", 40, 30, { error: "#N/A" }],
      [null, "soe", 10, null, null],
    ];
    const board: Cell[][] = [
      ["Name", "Board role"],
      ["张", "监事"],
    ];
    const profile = profileWith([
      ["经理层议案提交数", 2.5],
      ["基础评级", "AAAA"],
      ["币种", "dollars"],
      ["基础评级", "A"],
    ]);
    const outcome = readInputs(workbookWith({ holders, board, profile }));
    expect(located(issuesOf(outcome))).toEqual([
      "cell.requiredBlank @ Shareholders!A4",
      "cell.unknownLabel @ Shareholders!B2",
      "cell.notPercent @ Shareholders!C2",
      "cell.mixedPercentForms @ Shareholders!D3",
      "cell.notYesNo @ Shareholders!E2",
      "cell.error @ Shareholders!E3",
      "row.duplicateHolder @ Shareholders!A3",
      "cell.supervisor @ Board!B2",
      "cell.notWholeNumber @ Profile!B2",
      "cell.ratingNotOnScale @ Profile!B3",
      "cell.currency @ Profile!B4",
      "profile.duplicateItem @ Profile!A5",
    ]);
    for (const issue of issuesOf(outcome)) {
      expect(rendered(issue, "en-US")).not.toBe("");
      expect(rendered(issue, "zh-CN")).not.toBe("");
    }
    expect(outcome.layout.shareholders?.dataRows).toEqual([2, 3, 4]);
  });
});
