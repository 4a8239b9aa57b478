import {
  BOARD_TABLE,
  formatMessage,
  normaliseLabel,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type Language,
  type TableSpec,
} from "../../../src/core";
import { columnLetters } from "../../../src/workbook/a1";
import type { SheetPlan } from "../../../src/workbook/plan";
import { readInputs } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/snapshot";
import {
  enumChoices,
  templatePlan,
  TEMPLATE_DATA_ROWS,
  yesNoChoices,
} from "../../../src/workbook/template";
import { planToSnapshot, withCell } from "../model-sheet/plan-snapshot";

const LANGUAGES = ["zh-CN", "en-US"] as const;

function sheetOf(language: Language, name: string): SheetPlan {
  const sheet = templatePlan(language).sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(name);
  return sheet;
}

const covers = (range: string, ref: string) => {
  const [from, to = from] = range.split(":");
  const col = (r: string) => r.replace(/\d+/g, "");
  const row = (r: string) => Number(r.replace(/[A-Z]+/g, ""));
  return (
    col(ref) === col(from!) &&
    row(ref) >= row(from!) &&
    row(ref) <= row(to!) &&
    col(to!) === col(ref)
  );
};

describe.each(LANGUAGES)("the input template (%s)", (language) => {
  const plan = templatePlan(language);

  it("has the instructions and the three input sheets, each an Excel table", () => {
    expect(plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ["instructions", language === "zh-CN" ? "填写说明" : "Instructions"],
      ["input", SHAREHOLDERS_TABLE.defaultName[language]],
      ["input", BOARD_TABLE.defaultName[language]],
      ["input", PROFILE_TABLE.defaultName[language]],
    ]);
    expect(plan.sheets.slice(1).map((s) => s.tables)).toEqual([
      [{ name: "Shareholders", range: `A1:G${TEMPLATE_DATA_ROWS + 1}` }],
      [{ name: "Board", range: `A1:D${TEMPLATE_DATA_ROWS + 1}` }],
      [{ name: "Profile", range: `A1:B${PROFILE_ITEMS.length + 1}` }],
    ]);
  });

  it.each([SHAREHOLDERS_TABLE, BOARD_TABLE] as TableSpec[])(
    "writes canonical headers, drop-downs and percentage formats: $id",
    (table) => {
      const sheet = sheetOf(language, table.defaultName[language]);
      table.columns.forEach((column, i) => {
        const letter = columnLetters(i + 1);
        const header = sheet.cells.find((c) => c.ref === `${letter}1`)?.value as string;
        expect(column.aliases.map(normaliseLabel)).toContain(normaliseLabel(header));
        const validation = sheet.validations?.find((v) => covers(v.range, `${letter}2`));
        const kind = column.value.kind;
        if (kind === "enum") {
          expect(validation?.list).toEqual(enumChoices(column.value.enumName, language));
          expect(covers(validation!.range, `${letter}1000`)).toBe(true);
        } else if (kind === "yesNo") {
          expect(validation?.list).toEqual(yesNoChoices(language));
        } else {
          expect(validation).toBeUndefined();
        }
        const dataCells = sheet.cells.filter(
          (c) => c.ref.startsWith(letter) && c.ref !== `${letter}1`
        );
        if (kind === "percent") {
          expect(dataCells).toHaveLength(TEMPLATE_DATA_ROWS);
          expect(dataCells.every((c) => c.numberFormat === "0.00%")).toBe(true);
        }
        expect(dataCells.every((c) => c.value === null)).toBe(true);
      });
    }
  );

  it("lists every profile item with its drop-down or format and no value", () => {
    const sheet = sheetOf(language, PROFILE_TABLE.defaultName[language]);
    const at = (ref: string) => sheet.cells.find((c) => c.ref === ref);
    expect([at("A1")?.value, at("B1")?.value]).toEqual(
      language === "zh-CN" ? ["项目", "内容"] : ["Item", "Value"]
    );
    PROFILE_ITEMS.forEach((item, i) => {
      const row = i + 2;
      const label = at(`A${row}`)?.value as string;
      expect(item.aliases.map(normaliseLabel)).toContain(normaliseLabel(label));
      expect(at(`B${row}`)?.value).toBeNull();
      const validation = sheet.validations?.find((v) => v.range === `B${row}`);
      const kind = item.value.kind;
      if (kind === "enum")
        expect(validation?.list).toEqual(enumChoices(item.value.enumName, language));
      else if (kind === "yesNo") expect(validation?.list).toEqual(yesNoChoices(language));
      else if (kind === "rating") expect(validation?.list).toContain("BBB+");
      else expect(validation).toBeUndefined();
      if (kind === "percent") expect(at(`B${row}`)?.numberFormat).toBe("0.00%");
    });
  });

  it("keeps every drop-down list within Excel's limits (no ASCII commas, 255 characters)", () => {
    for (const sheet of plan.sheets)
      for (const v of sheet.validations ?? []) {
        expect(v.list.every((item) => !item.includes(","))).toBe(true);
        expect(v.list.join(",").length).toBeLessThanOrEqual(255);
      }
  });

  it("explains each table, the value forms and how to score, in the language", () => {
    const text = plan.sheets[0]!.cells.map((c) => String(c.value)).join("\n");
    expect(text).not.toMatch(/\{\w+\}|tpl\./);
    if (language === "zh-CN") {
      for (const word of ["股东名册", "董事会", "治理概况", "一致行动人", "35%", "是/否", "评分"])
        expect(text).toContain(word);
    } else {
      for (const word of [
        "Shareholders",
        "Board",
        "Profile",
        "Concert group",
        "35%",
        "yes/no",
        "Score",
      ])
        expect(text).toContain(word);
    }
  });
});

describe("a filled-in template", () => {
  it.each(LANGUAGES)(
    "is read by the reader with the drop-down choices understood (%s)",
    (language) => {
      const plan = templatePlan(language);
      const sheets = plan.sheets.map(planToSnapshot);
      const [instructions, holders, board, profile] = sheets as [
        (typeof sheets)[0],
        (typeof sheets)[0],
        (typeof sheets)[0],
        (typeof sheets)[0],
      ];
      const types = enumChoices("shareholderType", language);
      const roles = enumChoices("boardRole", language);
      const [yes, no] = yesNoChoices(language);
      let h = holders;
      const put = (rows: [string, CellValue][]) => {
        for (const [ref, value] of rows) h = withCell(h, ref, value);
      };
      put([
        ["A2", "甲公司"],
        ["B2", types[4]!],
        ["C2", 0.6],
        ["F2", yes!],
      ]);
      put([
        ["A3", "乙公司"],
        ["B3", types[0]!],
        ["C3", 0.4],
        ["F3", no!],
      ]);
      let b = board;
      b = withCell(withCell(withCell(b, "A2", "张一"), "B2", roles[0]!), "C2", "总经理");
      b = withCell(withCell(b, "A3", "李二"), "B3", roles[4]!);
      let p = profile;
      const row = (key: string) => PROFILE_ITEMS.findIndex((i) => i.key === key) + 2;
      const gm = enumChoices("gmAppointment", language)[1]!;
      p = withCell(p, `B${row("gmAppointment")}`, gm);
      p = withCell(p, `B${row("groupPosition")}`, enumChoices("groupPosition", language)[0]!);
      p = withCell(p, `B${row("auditCommittee")}`, yes!);
      p = withCell(p, `B${row("relatedReceivablesRatio")}`, 0.05);
      const read = readInputs({ sheets: [instructions, h, b, p] });
      if (!read.ok)
        throw new Error(JSON.stringify(read.issues.map((i) => formatMessage(i.message, "en-US"))));
      expect(
        read.inputs.shareholders?.rows.map((r) => [
          r.type.value,
          r.stake.value?.toString(),
          r.frozen?.value,
        ])
      ).toEqual([
        ["soe", "0.6", true],
        ["private", "0.4", false],
      ]);
      expect(read.inputs.board?.rows.map((r) => r.boardRole.value)).toEqual([
        "chair",
        "independent",
      ]);
      expect(read.inputs.profile.gmAppointment?.value).toBe("recommendedByAuthority");
      expect(read.inputs.profile.auditCommittee?.value).toBe(true);
      expect(read.inputs.profile.relatedReceivablesRatio?.value?.toString()).toBe("0.05");
    }
  );
});
