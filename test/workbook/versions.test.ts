import { defaultParameters, MODEL_SCHEMA_VERSION } from "../../src/core";
import {
  appendAuditEvent,
  auditEventFor,
  readAuditLog,
  verifyAuditChain,
} from "../../src/workbook/audit";
import { readModelSheet } from "../../src/workbook/model-sheet";
import { scoredWorkbookPlan } from "../../src/workbook/scorecard";
import { fixedRows } from "../../src/workbook/scorecard/layout";
import { CURRENT_VERSIONS, KNOWN_LAYOUT_VERSIONS } from "../../src/workbook/versions";
import { sheetOfPlan } from "../app/helpers";
import { allCases, GENERATED_AT } from "./scorecard/cases";

const seed = allCases()[0]!;

function planIn(layoutVersion?: number) {
  const rows = appendAuditEvent(
    [],
    auditEventFor("scored", seed.result, {
      time: GENERATED_AT,
      user: "王芳",
      language: "zh-CN",
      enteredBy: "test",
    })
  );
  const plan = scoredWorkbookPlan({
    result: seed.result,
    inputs: seed.client.inputs,
    layout: seed.client.layout,
    params: seed.params,
    language: "zh-CN",
    generatedAt: GENERATED_AT,
    auditRows: rows,
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
  });
  const role = (r: string) => plan.sheets.find((sheet) => sheet.role === r);
  // By role: layout 3 puts the committee summary first.
  return { sheets: [role("scorecard"), role("model"), role("auditLog")], summary: role("summary") };
}

describe("format versions", () => {
  it("this release writes layout 4, model schema 2, audit event format 2", () => {
    expect(CURRENT_VERSIONS).toEqual({ layout: 4, modelSchema: 2, auditEvents: 2 });
    expect(KNOWN_LAYOUT_VERSIONS).toEqual([1, 2, 3, 4]);
  });

  it("layout 4 records them: scorecard B11:D11, model sheet row 4, audit log column K", () => {
    const [scorecard, model, log] = planIn().sheets;
    const at = (ref: string) => scorecard!.cells.find((c) => c.ref === ref)?.value;
    expect([at("B11"), at("C11"), at("D11")]).toEqual([4, 2, 2]);
    expect(model!.cells.filter((c) => /^[AC]4$/.test(c.ref)).map((c) => c.value)).toEqual([
      "schemaVersion",
      2,
    ]);
    expect(log!.cells.find((c) => c.ref === "K2")?.value).toBe("2");
    const rows = readAuditLog(sheetOfPlan(log!));
    expect(rows[0]?.format).toBe("2");
    expect(verifyAuditChain(rows).ok).toBe(true);
  });

  it("layout 1 is rebuilt as it was written: no version, status, approval or head rows", () => {
    const [scorecard, model, log] = planIn(1).sheets;
    const refs = new Set(scorecard!.cells.map((c) => c.ref));
    for (const ref of ["A11", "B11", "A19", "B19", "A27", "B27"]) expect(refs.has(ref)).toBe(false);
    expect(model!.cells.some((c) => /^[A-E]4$/.test(c.ref))).toBe(false);
    expect(log!.cells.some((c) => /^[KL]/.test(c.ref))).toBe(false);
    // The first release's rows: override reason 23 … time 26, adjustment from 28, factors from 45.
    const valueAt = (ref: string) => scorecard!.cells.find((c) => c.ref === ref)?.value;
    expect([valueAt("A23"), valueAt("A26"), valueAt("A28"), valueAt("A45")]).toEqual([
      "调整理由",
      "调整时间",
      "授信调整建议",
      "F1 控股股东类型",
    ]);
    expect(scorecard!.cells.find((c) => c.ref === "B13")?.formula).toMatch(/SUM\(D45:D50\)/);
    const current = planIn().sheets[0]!.cells;
    expect(current.find((c) => c.ref === "B13")?.formula).toMatch(/SUM\(D49:D54\)/);
  });

  it("layout 3 writes one term per concept; layouts 1 and 2 keep the words they were written with", () => {
    const textOf = (layoutVersion: number, ref: string) =>
      planIn(layoutVersion).sheets[0]!.cells.find((c) => c.ref === ref)?.value;
    // The override block and the credit adjustment's headings, where each layout puts them.
    const headings = (v: number) => [
      textOf(v, `A${fixedRows(v).overrideSection}`),
      textOf(v, `A${fixedRows(v).adjustmentSection}`),
    ];
    expect(headings(3)).toEqual(["人工调整", "授信调整"]);
    expect(headings(2)).toEqual(["等级调整", "授信调整建议"]);
    const modelTexts = (layoutVersion: number) =>
      planIn(layoutVersion).sheets[1]!.cells.map((c) => c.value);
    expect(modelTexts(3)).toContain("评级下调档数");
    expect(modelTexts(3)).not.toContain("下调档数");
    expect(modelTexts(2)).toContain("下调档数");
    // A flag's actions: due-diligence requirements, then credit conditions (the seed has both).
    const scorecardTexts = (layoutVersion: number) =>
      planIn(layoutVersion).sheets[0]!.cells.map((c) => c.value);
    expect(scorecardTexts(3)).toEqual(expect.arrayContaining(["尽调要求", "授信条件"]));
    expect(scorecardTexts(3)).not.toContain("尽调措施");
    expect(scorecardTexts(2)).toContain("尽调措施");
    expect(scorecardTexts(2)).not.toContain("授信条件");
  });

  it("a model sheet without a schema row is schema 1; a bad one is refused at its cell", () => {
    const model = sheetOfPlan(planIn(1).sheets[1]!);
    expect(readModelSheet(model).ok).toBe(true);
    const edited = sheetOfPlan(planIn().sheets[1]!);
    const values = edited.values.map((r) => [...r]);
    values[3]![2] = "two";
    const refused = readModelSheet({ ...edited, values });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues.map((i) => [i.code, i.at?.cell])).toEqual([
        ["modelSheet.schemaVersion", "C4"],
      ]);
    expect(defaultParameters().schemaVersion).toBe(MODEL_SCHEMA_VERSION);
  });

  it("layout 3 adds the committee summary and the outcome; layout 2 is rebuilt without them", () => {
    const three = planIn();
    expect(three.summary?.active).toBe(true);
    const outcomeAt = (plan: ReturnType<typeof planIn>) =>
      plan.sheets[0]!.cells.find((c) => c.ref === "A31")?.value;
    expect(outcomeAt(three)).toBe("审批结论");
    const two = planIn(2);
    expect(two.summary).toBeUndefined();
    expect(outcomeAt(two)).toBeUndefined();
    // Layout 2's cells keep their addresses in layout 3.
    const refs = (plan: ReturnType<typeof planIn>) =>
      new Map(plan.sheets[0]!.cells.map((c) => [c.ref, c.value]));
    const [a, b] = [refs(two), refs(three)];
    for (const ref of ["B13", "B16", "B17", "B22", "B41", "A49"])
      expect(b.get(ref)).toEqual(a.get(ref));
  });

  it("an audit row of an unknown event format breaks the chain at that row", () => {
    const rows = readAuditLog(sheetOfPlan(planIn().sheets[2]!));
    const edited = [{ ...rows[0]!, format: "9" }];
    const check = verifyAuditChain(edited);
    expect(check.ok === false && [check.row, check.reason]).toEqual([1, "format"]);
  });
});
