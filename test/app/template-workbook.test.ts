import { scoreWorkbook, templateWorkbook } from "../../src/app";
import { formatMessage } from "../../src/core";
import { profileValueCell } from "../../src/workbook/template";
import { readInputs } from "../../src/workbook/read";
import type { WorkbookPlan } from "../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { sheet, workbook } from "../workbook/read/snapshots";
import { applyPlanToSnapshot, SCORE, withCell } from "./helpers";

function planOf(outcome: ReturnType<typeof templateWorkbook>): WorkbookPlan {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

/** A filled-in template: two holders, three directors, a few profile items. */
function filled(blank: WorkbookSnapshot, names: readonly string[]): WorkbookSnapshot {
  const [holders, board, profile] = names as [string, string, string];
  const edits: [string, string, string | number][] = [
    [holders, "A2", "甲控股"],
    [holders, "B2", "民营企业"],
    [holders, "C2", 0.7],
    [holders, "A3", "乙投资"],
    [holders, "B3", "国有企业"],
    [holders, "C3", 0.3],
    [board, "A2", "陈"],
    [board, "B2", "董事长"],
    [board, "A3", "李"],
    [board, "B3", "董事"],
    [board, "C3", "总经理"],
    [board, "A4", "王"],
    [board, "B4", "独立董事"],
    [profile, profileValueCell("clientName"), "甲公司"],
    [profile, profileValueCell("gmAppointment"), "董事会任免"],
    [profile, profileValueCell("groupPosition"), "非集团成员"],
  ];
  return edits.reduce((wb, [s, ref, v]) => withCell(wb, s, ref, v), blank);
}

describe("templateWorkbook", () => {
  it.each([
    ["zh-CN", ["填写说明", "股东名册", "董事会", "治理概况"]],
    ["en-US", ["Instructions", "Shareholders", "Board", "Profile"]],
  ] as const)("lays out the %s template", (language, names) => {
    const plan = planOf(templateWorkbook(language));
    expect(plan.sheets.map((s) => s.name)).toEqual(names);
    expect(plan.sheets.map((s) => s.role)).toEqual(["instructions", "input", "input", "input"]);
    expect(plan.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name)).toEqual([
      "Shareholders",
      "Board",
      "Profile",
    ]);
    for (const s of plan.sheets)
      for (const v of s.validations ?? []) expect(v.list.join(",").length).toBeLessThanOrEqual(255);
  });

  it("reads back blank (no data yet) and scores once filled in", () => {
    const plan = planOf(templateWorkbook("zh-CN"));
    const blank = applyPlanToSnapshot(workbook([]), plan);
    const read = readInputs(blank);
    expect(read.ok || read.issues.map((i) => formatMessage(i.message, "en-US"))).toBe(true);
    const outcome = scoreWorkbook(filled(blank, ["股东名册", "董事会", "治理概况"]), SCORE);
    if (!outcome.ok)
      throw new Error(outcome.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
    expect(outcome.summary).toMatchObject({ clientName: "甲公司", currency: "CNY" });
    expect(outcome.summary.factors.find((f) => f.id === "F1")?.points).toBe("100");
  });

  it("is refused when the workbook already has one of its sheets or tables", () => {
    const existing = workbook([sheet("董事会", [["x"]])]);
    const outcome = templateWorkbook("zh-CN", existing);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.code, i.at?.sheet])).toEqual([
      ["template.sheetExists", "董事会"],
    ]);
    const table = workbook([sheet("Data", [["x"]], [{ name: "profile", range: "A1:B2" }])]);
    expect(templateWorkbook("en-US", table).ok).toBe(false);
    expect(templateWorkbook("en-US", workbook([sheet("Notes", [["x"]])])).ok).toBe(true);
  });
});
