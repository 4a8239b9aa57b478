import { readInputs } from "../../../src/workbook/read";
import { workbookWith } from "./client";
import { inputsOf, issuesOf, located, rendered, type Cell } from "./snapshots";

const holders = (...rows: Cell[][]): Cell[][] => [["Name", "Type", "Stake"], ...rows];
const holdersWithId = (header: string, ...rows: Cell[][]): Cell[][] => [
  ["股东名称", "股东类型", "持股比例", header],
  ...rows,
];
const board = (...rows: Cell[][]): Cell[][] => [["Name", "Board role"], ...rows];

describe("identity: ID-number columns", () => {
  it.each([
    "证件号码",
    "统一社会信用代码",
    "身份证号",
    "ID number",
    "ID no.",
    "Registration number",
  ])(
    "reads %s as the identity column: two 张伟 with different numbers are two holders",
    (header) => {
      const outcome = readInputs(
        workbookWith({
          holders: holdersWithId(
            header,
            ["张伟", "individual", 40, "110101199001011234"],
            ["张伟", "individual", 40, "110101198505052345"],
            ["甲公司", "private", 20, "91110000MA01ABCD2X"]
          ),
        })
      );
      expect(outcome.ok).toBe(true);
      const rows = inputsOf(outcome).shareholders?.rows ?? [];
      expect(rows.map((r) => r.idNumber?.value)).toEqual([
        "110101199001011234",
        "110101198505052345",
        "91110000MA01ABCD2X",
      ]);
      expect(located(outcome.notices).filter((n) => n.startsWith("row."))).toEqual([
        "row.sameNameOtherId @ Shareholders!A3",
      ]);
      const notice = outcome.notices.find((n) => n.code === "row.sameNameOtherId")!;
      expect(rendered(notice, "en-US")).toBe(
        "Shareholder “张伟” has the same name as “张伟” in A2 but a different ID number: read as two different shareholders"
      );
      expect(rendered(notice, "zh-CN")).toBe(
        "股东“张伟”与A2的“张伟”同名但证件号码不同：按两个不同的股东读取"
      );
    }
  );

  it("refuses the same ID number twice (written with spaces, hyphens, full-width), at its cell", () => {
    const outcome = readInputs(
      workbookWith({
        holders: holdersWithId(
          "证件号码",
          ["甲公司", "private", 50, "91110000MA01ABCD2X"],
          ["甲公司(新)", "private", 50, "９１１１-0000 ma01abcd2x"]
        ),
      })
    );
    expect(located(issuesOf(outcome))).toEqual(["row.duplicateHolder @ Shareholders!D3"]);
    const issue = issuesOf(outcome)[0]!;
    expect(rendered(issue, "zh-CN")).toBe(
      "股东“甲公司(新)”与A2的“甲公司”证件号码相同（91110000MA01ABCD2X）：同一股东重复列示，每个只列一次"
    );
    expect(rendered(issue, "en-US")).toContain("has the same ID number (91110000MA01ABCD2X)");
  });

  it("refuses a same-name row whose ID number is blank", () => {
    const outcome = readInputs(
      workbookWith({
        holders: holdersWithId(
          "证件号码",
          ["张伟", "individual", 50, "110101199001011234"],
          ["张伟", "individual", 50, null]
        ),
      })
    );
    expect(located(issuesOf(outcome))).toEqual(["row.duplicateHolder @ Shareholders!A3"]);
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toContain("cannot be told apart");
  });

  it("uses ID numbers for directors too", () => {
    const ok = readInputs(
      workbookWith({
        board: [
          ["Name", "Board role", "ID number"],
          ["张伟", "chair", "A1"],
          ["张伟", "director", "A2"],
        ],
      })
    );
    expect(ok.ok).toBe(true);
    const refused = readInputs(
      workbookWith({
        board: [
          ["Name", "Board role", "ID number"],
          ["张伟", "chair", "A1"],
          ["王芳", "director", "a-1"],
        ],
      })
    );
    expect(located(issuesOf(refused))).toEqual(["row.duplicateDirector @ Board!C3"]);
  });
});

describe("identity: names without an ID-number column", () => {
  it("refuses one 85% holder split into five 17% rows spelled with Cyrillic о and і", () => {
    const outcome = readInputs(
      workbookWith({
        holders: holders(
          ["Insider Holdings", "private", 17],
          ["Insіder Holdings", "private", 17],
          ["Insider Hоldings", "private", 17],
          ["Іnsider Holdings", "private", 17],
          ["Insider Hоldіngs", "private", 17],
          ["Outside Capital", "soe", 15]
        ),
      })
    );
    expect(located(issuesOf(outcome))).toEqual([
      "row.duplicateHolder @ Shareholders!A3",
      "row.duplicateHolder @ Shareholders!A4",
      "row.duplicateHolder @ Shareholders!A5",
      "row.duplicateHolder @ Shareholders!A6",
    ]);
    const first = issuesOf(outcome)[0]!;
    expect(rendered(first, "en-US")).toBe(
      "Shareholder “Insіder Holdings” is “Insider Holdings” in A2 written with lookalike or invisible characters (і U+0456); one shareholder must not be split across rows: list it once, or add an ID number column (证件号码) if they are different"
    );
    expect(rendered(first, "zh-CN")).toContain("仅以形近字符或不可见字符区分（і U+0456）");
  });

  it("refuses a Greek, full-width or zero-width variant of a name", () => {
    for (const variant of [
      "Αlpha Holdings",
      "ＡＬＰＨＡ ＨＯＬＤＩＮＧＳ",
      "Alpha\u200b Holdings",
    ]) {
      const outcome = readInputs(
        workbookWith({
          holders: holders(["Alpha Holdings", "private", 50], [variant, "private", 50]),
        })
      );
      expect(located(issuesOf(outcome))).toEqual(["row.duplicateHolder @ Shareholders!A3"]);
    }
  });

  it("refuses a director listed twice (today's C would become B)", () => {
    const outcome = readInputs(
      workbookWith({
        board: board(
          ["Chen", "chair"],
          ["Li", "director"],
          ["chen ", "director"],
          ["Lі", "director"]
        ),
      })
    );
    expect(located(issuesOf(outcome))).toEqual([
      "row.duplicateDirector @ Board!A4",
      "row.duplicateDirector @ Board!A5",
    ]);
    expect(rendered(issuesOf(outcome)[0]!, "zh-CN")).toBe(
      "董事“chen”重复列示（首次出现在A2），每个董事只列一次"
    );
    expect(rendered(issuesOf(outcome)[0]!, "en-US")).toBe(
      "Director “chen” is listed twice (first in A2); list each director once"
    );
  });

  it("reports near-duplicates as notices naming both cells, and still reads the table", () => {
    const outcome = readInputs(
      workbookWith({
        holders: holders(
          ["Alpha Holdings", "private", 40],
          ["Beta Capital", "soe", 30],
          ["Alpha Holdngs", "private", 20],
          ["Beta Capital.", "soe", 10]
        ),
      })
    );
    expect(outcome.ok).toBe(true);
    expect(located(outcome.notices).filter((n) => n.startsWith("row."))).toEqual([
      "row.nearDuplicate @ Shareholders!A4",
      "row.nearDuplicate @ Shareholders!A5",
    ]);
    expect(
      rendered(
        outcome.notices.find((n) => n.code === "row.nearDuplicate")!,
        "en-US"
      )
    ).toBe(
      "Shareholder “Alpha Holdngs” is nearly the same as “Alpha Holdings” in A2 (one character or punctuation apart): check that they are different shareholders"
    );
    expect(inputsOf(outcome).shareholders?.rows).toHaveLength(4);
  });

  it("lists at most 20 near-duplicate notices per table and counts the rest", () => {
    const rows: Cell[][] = [];
    const words =
      "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee";
    for (const word of words.split(" ")) {
      const name = `${word} ${word} group`;
      rows.push([name, "private", 2], [`${name}.`, "private", 2]);
    }
    const outcome = readInputs(workbookWith({ holders: holders(...rows) }));
    expect(outcome.ok).toBe(true);
    expect(outcome.notices.filter((n) => n.code === "row.nearDuplicate")).toHaveLength(20);
    const more = outcome.notices.filter((n) => n.code === "row.nearDuplicateMore");
    expect(more.map((n) => rendered(n, "en-US"))).toEqual([
      "5 more near-duplicate names in the Shareholders table are not listed",
    ]);
  });
});
