import { formatMessage, msg, type MessageKey } from "../../../src/core";
import type { PlannedCell } from "../../../src/workbook/plan";
import { scorecardPlan } from "../../../src/workbook/scorecard";
import { parseCellsText } from "../../../src/workbook/scorecard/sections/group-inputs";
import { allCases, GENERATED_AT, type ScorecardCase } from "./cases";

/**
 * The scorecard of a member scored with its group (layout 4): the group-derived inputs block, F5
 * reading a group-decided value from it, and F2's group-level figures as formulas. (The
 * LibreOffice recalculation of these cases is in libreoffice-recalc.test.ts.)
 */
const zh = (key: MessageKey) => formatMessage(msg(key), "zh-CN");
const caseOf = (name: string, language = "zh-CN") =>
  allCases().find((c) => c.name === name && c.language === language)!;

function plan(c: ScorecardCase, layoutVersion?: number): readonly PlannedCell[] {
  return scorecardPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language: c.language,
    generatedAt: GENERATED_AT,
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
  }).cells;
}

const rowLabelled = (cells: readonly PlannedCell[], label: string) =>
  cells
    .filter((c) => c.ref.startsWith("A") && c.value === label)
    .map((c) => Number(c.ref.slice(1)));
const at = (cells: readonly PlannedCell[], ref: string) => cells.find((c) => c.ref === ref);

describe("the group-derived inputs block", () => {
  it("records file, fingerprint, member, parent and each F5 item; F5 reads the group's values from it", () => {
    const c = caseOf("controlledMember");
    const cells = plan(c);
    const [title] = rowLabelled(cells, zh("sc.section.groupInputs"));
    expect(title).toBeDefined();
    const row = (item: string) =>
      rowLabelled(cells, zh(`item.${item}` as MessageKey)).find(
        (r) => r > title! && r < title! + 13
      )!;
    const gov = row("parentGovernance");
    expect([
      at(cells, `B${gov}`)?.value,
      at(cells, `C${gov}`)?.value,
      at(cells, `D${gov}`)?.value,
    ]).toEqual(["一般", "—", "一般"]);
    const siblings = row("siblingsCondition");
    expect(at(cells, `B${siblings}`)?.value).toBe("较差");
    expect(parseCellsText(String(at(cells, `E${siblings}`)?.value))).toEqual([
      { sheet: "集团成员", cell: "F4" },
    ]);
    // F5's condition figures: a formula over the block's cell where the group decided the value.
    const formulas = cells.filter((x) => x.formula !== undefined).map((x) => x.formula!);
    expect(formulas.some((f) => f.includes(`B${gov}`))).toBe(true);
    expect(formulas.some((f) => f.includes(`B${siblings}`))).toBe(true);
    expect(c.result.factors.find((f) => f.id === "F2")?.ruleId).toBe("F2.subsidiaryGroupLevel");
  });

  it("is written from layout 4 on only: a layout-3 scorecard of the same inputs has none", () => {
    const cells = plan(caseOf("controlledMember"), 3);
    expect(rowLabelled(cells, zh("sc.section.groupInputs"))).toEqual([]);
  });

  it("F2 groupLevel: the group-level test is a formula and the points formula uses it", () => {
    const c = caseOf("whollyOwned");
    expect(c.result.factors.find((f) => f.id === "F2")?.points.toString()).toBe("100");
    const cells = plan(c);
    const [level] = rowLabelled(cells, zh("sc.measure.f2GroupLevel"));
    const [parent] = rowLabelled(cells, zh("sc.measure.f2ParentControl"));
    expect(at(cells, `B${level}`)?.formula).toMatch(/groupLevel/);
    expect(at(cells, `B${level}`)?.value).toBe(1);
    expect(at(cells, `B${parent}`)?.formula).toMatch(/MAX\(/);
    expect(cells.some((x) => x.formula?.includes(`IF(B${level},`) === true)).toBe(true);
    // apply (the default): no group-level figures.
    const v1 = plan(caseOf("whollyOwned", "en-US"));
    expect(rowLabelled(v1, formatMessage(msg("sc.measure.f2GroupLevel"), "en-US"))).toEqual([]);
  });
});
