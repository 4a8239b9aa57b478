import { LANGUAGES, type Issue } from "../../../src/core";
import { readInputs, type ReadNotice } from "../../../src/workbook/read";
import { holdersWithColumn, profileWith, SMALL, workbookWith } from "./client";
import { issuesOf, pct, rendered, sheet, workbook, type Cell } from "./snapshots";

const holders = (...rows: Cell[][]): Cell[][] => [["Name", "Type", "Stake"], ...rows];
const profile = (...rows: [Cell, Cell][]) => profileWith(rows);

/** One workbook per code, each producing that code (and possibly others). */
const CASES: Record<string, ReturnType<typeof workbookWith>> = {
  "table.missing": workbookWith({ profile: null }),
  "table.ambiguous": workbook([
    sheet("Shareholders", SMALL.holders()),
    sheet("股东", SMALL.holders()),
    sheet("Board", SMALL.board()),
    sheet("Profile", SMALL.profile()),
  ]),
  "table.badRange": workbook([
    sheet("S", SMALL.holders(), [{ name: "Shareholders", range: "nowhere" }]),
    sheet("Board", SMALL.board()),
    sheet("Profile", SMALL.profile()),
  ]),
  "table.noHeaderRow": workbookWith({ board: [] }),
  "column.missing": workbookWith({ board: [["Name"], ["Chen"]] }),
  "column.duplicate": workbookWith({ board: [["Name", "Board role", "董事姓名"]] }),
  "cell.error": workbookWith({ holders: holders(["A", "soe", { error: "#VALUE!" }]) }),
  "cell.formulaNotCalculated": workbookWith({
    holders: holders(["A", "soe", { v: null, formula: "1/0" }]),
  }),
  "cell.notNumber": workbookWith({ profile: profile(["申请额度", "a lot"]) }),
  "cell.notPercent": workbookWith({ holders: holders(["A", "soe", "half"]) }),
  "cell.mixedPercentForms": workbookWith({
    holders: holders(["A", "soe", pct(0.5)], ["B", "soe", 50]),
  }),
  "cell.outOfRange": workbookWith({ holders: holders(["A", "soe", 150]) }),
  "cell.notYesNo": workbookWith({ holders: holdersWithColumn("Frozen", ["perhaps"]) }),
  "cell.unknownLabel": workbookWith({ holders: holders(["A", "state", 50]) }),
  "cell.supervisor": workbookWith({
    board: [
      ["Name", "Board role"],
      ["Chen", "监事长"],
    ],
  }),
  "cell.notWholeNumber": workbookWith({ profile: profile(["申请期限", 1.5]) }),
  "cell.ratingNotOnScale": workbookWith({ profile: profile(["基础评级", "A++"]) }),
  "cell.currency": workbookWith({ profile: profile(["币种", "yuan"]) }),
  "cell.requiredBlank": workbookWith({ holders: holders(["A", null, 50]) }),
  "row.duplicateHolder": workbookWith({ holders: holders(["A", "soe", 50], ["a", "soe", 50]) }),
  "row.duplicateDirector": workbookWith({
    board: [
      ["Name", "Board role"],
      ["Chen", "chair"],
      ["Сhen", "director"],
    ],
  }),
  "profile.duplicateItem": workbookWith({ profile: profile(["币种", "CNY"], ["Currency", "CNY"]) }),
  "profile.rejectedAboveSubmitted": workbookWith({
    profile: profile(["经理层议案提交数", 1], ["被否决数", 2]),
  }),
};

const NOTICE_CASES: Record<string, ReturnType<typeof workbookWith>> = {
  "row.blankIgnored": workbookWith({ holders: holders(["A", "soe", 50], [], ["B", "soe", 50]) }),
  "row.totalSkipped": workbookWith({ holders: holders(["A", "soe", 100], ["合计", null, 100]) }),
  "column.unknownIgnored": workbookWith({ holders: holdersWithColumn("备注", ["x"]) }),
  "profile.unknownItem": workbookWith({ profile: profile(["行业", "建筑"]) }),
  "row.nearDuplicate": workbookWith({
    holders: holders(["Alpha Holdings", "soe", 50], ["Alpha Holdngs", "soe", 50]),
  }),
  "row.sameNameOtherId": workbookWith({
    holders: [
      ["Name", "Type", "Stake", "ID number"],
      ["张伟", "individual", 50, "1"],
      ["张伟", "individual", 50, "2"],
    ],
  }),
  "profile.valueWithoutItem": workbookWith({ profile: profile([null, "x"]) }),
};

function expectBothLanguages(found: Issue | ReadNotice) {
  for (const language of LANGUAGES) expect(rendered(found, language).length).toBeGreaterThan(5);
  expect(rendered(found, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
  expect(rendered(found, "zh-CN")).not.toBe(rendered(found, "en-US"));
}

describe("every issue code", () => {
  it.each(Object.entries(CASES))("%s is located and reads in both languages", (code, snapshot) => {
    const found = issuesOf(readInputs(snapshot)).filter((i) => i.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const issue of found) {
      if (code !== "table.missing") expect(issue.at?.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expectBothLanguages(issue);
    }
  });
});

describe("every notice code", () => {
  it.each(Object.entries(NOTICE_CASES))(
    "%s is located and reads in both languages",
    (code, snapshot) => {
      const outcome = readInputs(snapshot);
      expect(outcome.ok).toBe(true);
      const found = outcome.notices.filter((n) => n.code === code);
      expect(found.length).toBe(1);
      expect(found[0]!.at?.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expectBothLanguages(found[0]!);
    }
  );

  it("table.absent reads in both languages", () => {
    const outcome = readInputs(workbookWith({ holders: null }), {
      requiredTables: ["board", "profile"],
    });
    expect(outcome.notices.map((n) => n.code)).toEqual(["table.absent"]);
    expectBothLanguages(outcome.notices[0]!);
  });
});
