import type { ProfileKey } from "../../../src/core";
import { readInputs } from "../../../src/workbook/read";
import { holdersWithColumn, profileWith, workbookWith } from "./client";
import { inputsOf, issuesOf, located, pct, rendered, type Cell } from "./snapshots";

const stakesOf = (cells: Cell[]) => {
  const outcome = readInputs(workbookWith({ holders: holdersWithColumn("Stake", cells) }));
  return {
    outcome,
    values: outcome.ok
      ? outcome.inputs.shareholders!.rows.map((r) => r.stake.value?.toString() ?? null)
      : null,
    form: outcome.layout.shareholders?.columns.find((c) => c.key === "stake")?.form,
    safe: outcome.layout.shareholders?.columns.find((c) => c.key === "stake")?.formulaSafe,
  };
};

const columnOf = (header: string, cells: Cell[]) =>
  readInputs(workbookWith({ holders: holdersWithColumn(header, cells) }));

const profileValue = (item: string, value: Cell, options = {}) => {
  const outcome = readInputs(workbookWith({ profile: profileWith([[item, value]]) }), options);
  const key = Object.keys(outcome.layout.profileItems)[0] as ProfileKey;
  const read = outcome.ok ? outcome.inputs.profile[key]?.value : undefined;
  return { outcome, value: read === null || read === undefined ? read : String(read) };
};

describe("percentages", () => {
  it("reads %-formatted fractions as they are", () => {
    expect(stakesOf([pct(0.35), pct(0.65, "0%")])).toMatchObject({
      values: ["0.35", "0.65"],
      form: "fraction",
      safe: true,
    });
  });

  it("reads plain numbers as points when any exceeds 1, and records the form", () => {
    expect(stakesOf([35, 0.5, 64.5])).toMatchObject({
      values: ["0.35", "0.005", "0.645"],
      form: "points",
      safe: true,
    });
  });

  it("reads plain numbers as fractions when none exceeds 1", () => {
    expect(stakesOf([0.35, 0.65, 1])).toMatchObject({
      values: ["0.35", "0.65", "1"],
      form: "fraction",
      safe: true,
    });
  });

  it("reads %-formatted fractions next to plain fractions as one form", () => {
    expect(stakesOf([pct(0.35), 0.65])).toMatchObject({ values: ["0.35", "0.65"], safe: true });
  });

  it.each(["35%", "35 %", "３５％", "35 ％", "35\u3000%", " 35% ", "35.0%"])(
    "reads the text %s as 35%%",
    (text) => {
      expect(stakesOf([text, pct(0.65)])).toMatchObject({
        values: ["0.35", "0.65"],
        safe: false,
      });
    }
  );

  it("reads numeric text like a plain number of its column", () => {
    expect(stakesOf(["35", 65])).toMatchObject({ values: ["0.35", "0.65"], form: "points" });
    expect(stakesOf(["0.35", 0.65])).toMatchObject({ values: ["0.35", "0.65"], form: "fraction" });
  });

  it("drops binary noise beyond Excel's 15 digits", () => {
    expect(stakesOf([pct(0.1 + 0.2), pct(0.7)]).values).toEqual(["0.3", "0.7"]);
  });

  it("refuses a column mixing %-formatted fractions with plain points, at the later cell", () => {
    const { outcome } = stakesOf([pct(0.35), 40, 25]);
    expect(located(issuesOf(outcome))).toEqual(["cell.mixedPercentForms @ Shareholders!C3"]);
    const issue = issuesOf(outcome)[0]!;
    expect(rendered(issue, "en-US")).toBe(
      "Stake: the column mixes cells formatted as percentages (first C2) with plain percentage points (first C3); write every value in one form"
    );
    expect(rendered(issue, "zh-CN")).toContain(
      "持股比例：本列既有设置为百分比格式的单元格（首个在C2）"
    );
    expect(located(issuesOf(stakesOf([40, pct(0.35)]).outcome))).toEqual([
      "cell.mixedPercentForms @ Shareholders!C3",
    ]);
  });

  it("refuses stakes below 0 or above 100%", () => {
    const { outcome } = stakesOf(["-5%", 120, 50]);
    expect(located(issuesOf(outcome))).toEqual([
      "cell.outOfRange @ Shareholders!C2",
      "cell.outOfRange @ Shareholders!C3",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe("Stake = -5.00% is outside 0–100%");
    expect(rendered(issuesOf(outcome)[1]!, "zh-CN")).toBe("持股比例 = 120.00%，超出0至100%的范围");
    expect(located(issuesOf(stakesOf([pct(1.2), pct(0.5)]).outcome))).toEqual([
      "cell.outOfRange @ Shareholders!C2",
    ]);
  });

  it("refuses text that is not a number, saying what was expected", () => {
    const { outcome } = stakesOf(["about a third", true, 40]);
    expect(located(issuesOf(outcome))).toEqual([
      "cell.notPercent @ Shareholders!C2",
      "cell.notPercent @ Shareholders!C3",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toMatch(
      /^Stake: “about a third” is not a percentage; expected a percentage such as 35%/
    );
    expect(rendered(issuesOf(outcome)[1]!, "zh-CN")).toMatch(
      /^持股比例：“TRUE”不是百分比；应为百分比/
    );
  });

  it("reads a one-cell profile percentage by the same rule", () => {
    expect(profileValue("关联方应收款占总资产比例", 12).value).toBe("0.12");
    expect(profileValue("关联方应收款占总资产比例", 0.12).value).toBe("0.12");
    expect(profileValue("关联方应收款占总资产比例", "12%").value).toBe("0.12");
    expect(profileValue("关联方应收款占总资产比例", pct(0.12)).value).toBe("0.12");
    const points = profileValue("Related-party receivables / total assets", 12).outcome;
    expect(points.layout.profileItems.relatedReceivablesRatio).toEqual({
      key: "relatedReceivablesRatio",
      cell: "B2",
      form: "points",
      formulaSafe: true,
    });
  });
});

describe("yes/no", () => {
  const yes: Cell[] = [true, 1, "yes", "Y", "TRUE", "1", "是", "有", "ＹＥＳ", " yes "];
  const no: Cell[] = [false, 0, "No", "n", "false", "0", "否", "无"];

  it.each([...yes.map((c) => [c, true] as const), ...no.map((c) => [c, false] as const)])(
    "reads %p as %p",
    (cell, expected) => {
      const outcome = columnOf("Frozen", [cell]);
      expect(inputsOf(outcome).shareholders!.rows[0]!.frozen?.value).toBe(expected);
    }
  );

  it("is formula-safe only for booleans and the numbers 1/0", () => {
    const safe = (cells: Cell[]) =>
      columnOf("Frozen", cells).layout.shareholders!.columns.find((c) => c.key === "frozen")!
        .formulaSafe;
    expect(safe([true, false, 1, 0, null])).toBe(true);
    expect(safe([true, "是"])).toBe(false);
  });

  it("refuses anything else, listing what is accepted", () => {
    const outcome = columnOf("司法冻结", ["maybe", 2]);
    expect(located(issuesOf(outcome))).toEqual([
      "cell.notYesNo @ Shareholders!D2",
      "cell.notYesNo @ Shareholders!D3",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Frozen: “maybe” is not yes or no; accepted: yes/no, y/n, true/false, 1/0, 是/否, 有/无"
    );
    expect(rendered(issuesOf(outcome)[1]!, "zh-CN")).toBe(
      "司法冻结：“2”不是是或否；可填：是/否、有/无、yes/no、y/n、true/false、1/0"
    );
  });
});

describe("enum labels", () => {
  it.each([
    "soe",
    "SOE",
    "国有企业",
    "State-owned enterprise",
    "state-owned ENTERPRISE",
    " 国有企业\u3000",
  ])("reads the shareholder type %p as soe", (label) => {
    const rows = [
      ["Name", "Type", "Stake"],
      ["Alpha", label, 100],
    ];
    expect(
      inputsOf(readInputs(workbookWith({ holders: rows }))).shareholders!.rows[0]!.type.value
    ).toBe("soe");
  });

  it("reads every profile enum by key, zh-CN label and en-US label", () => {
    const rows: [Cell, Cell][] = [
      ["GM appointment", "上级推荐、董事会任命"],
      ["集团地位", "Wholly-owned subsidiary"],
      ["母公司治理效率", "POOR"],
      ["Parent condition", "良好"],
      ["Siblings condition", "Fair"],
      ["审计意见", "无法表示"],
    ];
    const inputs = inputsOf(readInputs(workbookWith({ profile: profileWith(rows) })));
    expect(
      Object.fromEntries(Object.entries(inputs.profile).map(([k, v]) => [k, v?.value]))
    ).toEqual({
      gmAppointment: "recommendedByAuthority",
      groupPosition: "whollyOwned",
      parentGovernance: "poor",
      parentCondition: "good",
      siblingsCondition: "fair",
      auditOpinion: "disclaimer",
    });
  });

  it("is formula-safe for keys and canonical labels in any case, not for padded text", () => {
    const safe = (label: string) =>
      readInputs(
        workbookWith({
          holders: [
            ["Name", "Type", "Stake"],
            ["Alpha", label, 100],
          ],
        })
      ).layout.shareholders!.columns.find((c) => c.key === "type")!.formulaSafe;
    expect(safe("SOE")).toBe(true);
    expect(safe("国有企业")).toBe(true);
    expect(safe("state-owned enterprise")).toBe(true);
    expect(safe(" soe")).toBe(false);
  });

  it("refuses an unknown label, listing the accepted labels in the reader's language", () => {
    const outcome = readInputs(
      workbookWith({
        holders: [
          ["Name", "Type", "Stake"],
          ["Alpha", "国企", 100],
        ],
      })
    );
    expect(located(issuesOf(outcome))).toEqual(["cell.unknownLabel @ Shareholders!B2"]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "股东类型：“国企”不是可接受的取值；可填：民营企业、集体企业、外资企业、自然人、国有企业、政府部门、大专院校、事业单位、其他"
    );
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Type: “国企” is not an accepted value; accepted: Private enterprise, Collective enterprise, Foreign enterprise, Individual, State-owned enterprise, Government department, University, Public institution, Other"
    );
  });

  it("refuses a supervisor on the board with its own message", () => {
    const board: Cell[][] = [
      ["姓名", "董事会职务"],
      ["张", "董事长"],
      ["李", "监事"],
      ["王", "Supervisor"],
      ["赵", "监事会主席"],
    ];
    const outcome = readInputs(workbookWith({ board }));
    expect(located(issuesOf(outcome))).toEqual([
      "cell.supervisor @ Board!B3",
      "cell.supervisor @ Board!B4",
      "cell.supervisor @ Board!B5",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "董事会职务：“监事”是监事；监事不是董事，董事会表只列董事"
    );
    expect(rendered(issuesOf(outcome)[1]!, "en-US")).toBe(
      "Board role: “Supervisor” is a supervisor (监事); supervisors are not directors, so list only directors in the Board table"
    );
  });
});

describe("management posts", () => {
  it.each(["", "无", "None", "-", "—", "——", "n/a", "／"])("reads %p as no post", (post) => {
    const board: Cell[][] = [
      ["Name", "Board role", "Management post"],
      ["Chen", "chair", post],
    ];
    const row = inputsOf(readInputs(workbookWith({ board }))).board!.rows[0]!;
    expect(row.managementPost).toEqual({ value: null, at: { sheet: "Board", cell: "C2" } });
  });

  it("keeps a post as normalised text", () => {
    const board: Cell[][] = [
      ["Name", "Board role", "Management post"],
      ["Chen", "chair", "\u3000总经理\u00a0 "],
    ];
    const outcome = readInputs(workbookWith({ board }));
    expect(inputsOf(outcome).board!.rows[0]!.managementPost?.value).toBe("总经理");
    expect(outcome.layout.board!.columns[2]!.formulaSafe).toBe(false);
  });
});

describe("amounts and whole numbers", () => {
  it.each([
    [10_000_000, "10000000"],
    ["10,000,000", "10000000"],
    ["１０００万", "10000000"],
    ["1000万", "10000000"],
    ["500万元", "5000000"],
    ["1.2亿", "120000000"],
    ["3,000,000元", "3000000"],
    ["２，５００，０００", "2500000"],
  ])("reads the requested limit %p as %s", (cell, expected) => {
    expect(profileValue("申请额度", cell).value).toBe(expected);
  });

  it("refuses an amount that is not a number, or below 0", () => {
    const outcome = readInputs(
      workbookWith({
        profile: profileWith([
          ["Requested limit", "ten million"],
          ["Requested tenor (months)", 12],
        ]),
      })
    );
    expect(located(issuesOf(outcome))).toEqual(["cell.notNumber @ Profile!B2"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Requested limit: “ten million” is not a number; expected an amount such as 10,000,000, 1000万 or 1.2亿"
    );
    const negative = profileValue("申请额度", -5).outcome;
    expect(located(issuesOf(negative))).toEqual(["cell.outOfRange @ Profile!B2"]);
    expect(rendered(issuesOf(negative)[0]!, "zh-CN")).toBe("申请额度 = -5，不得小于0");
  });

  it("reads whole numbers from numbers and numeric text, refusing fractions and negatives", () => {
    expect(profileValue("申请期限(月)", "36").value).toBe("36");
    expect(profileValue("经理层议案提交数", 8).value).toBe("8");
    const refused = readInputs(
      workbookWith({
        profile: profileWith([
          ["经理层议案提交数", 8.5],
          ["被否决数", -1],
          ["申请期限", "three years"],
        ]),
      })
    );
    expect(located(issuesOf(refused))).toEqual([
      "cell.notWholeNumber @ Profile!B2",
      "cell.notWholeNumber @ Profile!B3",
      "cell.notNumber @ Profile!B4",
    ]);
    expect(rendered(issuesOf(refused)[0]!, "zh-CN")).toBe(
      "经理层议案提交数：“8.5”不是不小于0的整数"
    );
  });
});

describe("ratings and currencies", () => {
  it.each(["BBB", "bbb", " BBB ", "ＢＢＢ"])("reads the rating %p as BBB", (cell) => {
    expect(profileValue("基础评级", cell).value).toBe("BBB");
  });

  it("reads a typographic minus as a minus", () => {
    expect(profileValue("Base rating", "AA−").value).toBe("AA-");
  });

  it("refuses a rating off the scale, listing the scale", () => {
    const outcome = profileValue("基础评级", "BBBB").outcome;
    expect(located(issuesOf(outcome))).toEqual(["cell.ratingNotOnScale @ Profile!B2"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Base rating: “BBBB” is not on the rating scale (AAA, AA+, AA, AA-, A+, A, A-, BBB+, BBB, BBB-, BB+, BB, BB-, B+, B, B-, CCC, CC, C)"
    );
  });

  it("uses the bank's own rating scale when given", () => {
    const scale = ["1", "2", "3", "4"];
    expect(profileValue("基础评级", "2", { ratingScale: scale }).value).toBe("2");
    expect(profileValue("基础评级", "BBB", { ratingScale: scale }).outcome.ok).toBe(false);
  });

  it.each([
    ["CNY", "CNY"],
    ["usd", "USD"],
    ["人民币", "CNY"],
    ["RMB", "CNY"],
    ["元", "CNY"],
    [" hkd ", "HKD"],
  ])("reads the currency %p as %s", (cell, expected) => {
    expect(profileValue("币种", cell).value).toBe(expected);
  });

  it("reads a blank currency as null, for the model to default", () => {
    expect(profileValue("Currency", null).value).toBeNull();
  });

  it("refuses a currency that is no ISO code", () => {
    const outcome = profileValue("币种", "美元").outcome;
    expect(located(issuesOf(outcome))).toEqual(["cell.currency @ Profile!B2"]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "币种：“美元”不是币种；应为三位字母的ISO代码，如CNY、USD（人民币、RMB、元均按CNY读取）"
    );
  });
});

describe("text", () => {
  it("normalises NFKC, collapses NBSP and ideographic spaces, trims", () => {
    const rows: Cell[][] = [
      ["Name", "Type", "Stake"],
      ["\u3000ＡＢＣ\u00a0\u00a0投资\u200b有限公司 ", "private", 100],
    ];
    const outcome = readInputs(workbookWith({ holders: rows }));
    expect(inputsOf(outcome).shareholders!.rows[0]!.name.value).toBe("ABC 投资有限公司");
    expect(outcome.layout.shareholders!.columns[0]!.formulaSafe).toBe(false);
  });

  it("reads a number in a text column as Excel shows it", () => {
    const outcome = readInputs(workbookWith({ profile: profileWith([["Client ID", 1234567]]) }));
    expect(inputsOf(outcome).profile.clientId?.value).toBe("1234567");
  });
});

describe("Excel error values and uncalculated formulas", () => {
  it("refuses an error value in any cell the reader uses, saying what was expected", () => {
    const outcome = readInputs(
      workbookWith({
        holders: [
          ["Name", "Type", "Stake"],
          ["Alpha", { error: "#REF!" }, { error: "#N/A" }],
        ],
      })
    );
    expect(located(issuesOf(outcome))).toEqual([
      "cell.error @ Shareholders!B2",
      "cell.error @ Shareholders!C2",
    ]);
    expect(rendered(issuesOf(outcome)[1]!, "en-US")).toMatch(
      /^The cell holds the error #N\/A; expected a percentage such as 35%/
    );
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "单元格为错误值#REF!；应为股东类型的可选值之一"
    );
  });

  it("refuses a formula without a calculated value rather than reading it as blank", () => {
    const outcome = readInputs(
      workbookWith({ profile: profileWith([["申请额度", { v: null, formula: "B5*2" }]]) })
    );
    expect(located(issuesOf(outcome))).toEqual(["cell.formulaNotCalculated @ Profile!B2"]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toContain("单元格中的公式没有计算结果");
  });

  it("ignores error values in columns it does not use", () => {
    const outcome = readInputs(
      workbookWith({
        holders: [
          ["Name", "Type", "Stake", "Remarks"],
          ["Alpha", "private", 100, { error: "#DIV/0!" }],
        ],
      })
    );
    expect(outcome.ok).toBe(true);
  });
});
