import { defaultParameters } from "../../src/core";
import {
  appendAuditEvent,
  auditEventFor,
  readAuditLog,
  verifyAuditChain,
} from "../../src/workbook/audit";
import { readModelSheet } from "../../src/workbook/model-sheet";
import { scoredWorkbookPlan } from "../../src/workbook/scorecard";
import { CURRENT_VERSIONS, KNOWN_LAYOUT_VERSIONS } from "../../src/workbook/versions";
import { sheetOfPlan } from "../app/helpers";
import { allCases, GENERATED_AT } from "./scorecard/cases";

const seed = allCases()[0]!;

function planIn(layoutVersion?: number) {
  const rows = appendAuditEvent(
    [],
    auditEventFor("scored", seed.result, { time: GENERATED_AT, user: "王芳", language: "zh-CN" })
  );
  return scoredWorkbookPlan({
    result: seed.result,
    inputs: seed.client.inputs,
    layout: seed.client.layout,
    params: seed.params,
    language: "zh-CN",
    generatedAt: GENERATED_AT,
    auditRows: rows,
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
  });
}

describe("format versions", () => {
  it("this release writes layout 2, model schema 1, audit event format 1", () => {
    expect(CURRENT_VERSIONS).toEqual({ layout: 2, modelSchema: 1, auditEvents: 1 });
    expect(KNOWN_LAYOUT_VERSIONS).toEqual([1, 2]);
  });

  it("layout 2 records them: scorecard B11:D11, model sheet row 4, audit log column K", () => {
    const [scorecard, model, log] = planIn().sheets;
    const at = (ref: string) => scorecard!.cells.find((c) => c.ref === ref)?.value;
    expect([at("B11"), at("C11"), at("D11")]).toEqual([2, 1, 1]);
    expect(model!.cells.filter((c) => /^[AC]4$/.test(c.ref)).map((c) => c.value)).toEqual([
      "schemaVersion",
      1,
    ]);
    expect(log!.cells.find((c) => c.ref === "K2")?.value).toBe("1");
    const rows = readAuditLog(sheetOfPlan(log!));
    expect(rows[0]?.format).toBe("1");
    expect(verifyAuditChain(rows).ok).toBe(true);
  });

  it("layout 1 is rebuilt as it was written, without any of them", () => {
    const [scorecard, model, log] = planIn(1).sheets;
    expect(scorecard!.cells.some((c) => c.ref.endsWith("11") && /^[A-E]11$/.test(c.ref))).toBe(
      false
    );
    expect(model!.cells.some((c) => /^[A-E]4$/.test(c.ref))).toBe(false);
    expect(log!.cells.some((c) => c.ref.startsWith("K"))).toBe(false);
    // Everything else is the same sheet.
    const strip = (cells: readonly { ref: string }[]) =>
      cells.filter((c) => !/^[A-E]11$/.test(c.ref)).map((c) => JSON.stringify(c));
    expect(strip(scorecard!.cells)).toEqual(strip(planIn().sheets[0]!.cells));
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
    expect(defaultParameters().schemaVersion).toBe(1);
  });

  it("an audit row of an unknown event format breaks the chain at that row", () => {
    const rows = readAuditLog(sheetOfPlan(planIn().sheets[2]!));
    const edited = [{ ...rows[0]!, format: "9" }];
    const check = verifyAuditChain(edited);
    expect(check.ok === false && [check.row, check.reason]).toEqual([1, "format"]);
  });
});
