import { analyseGroupWorkbook, type GroupAssessment } from "../../../src/app";
import { formatMessage } from "../../../src/core";
import { markerName } from "../../../src/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "../../host";
import { generatedGroup, groupExample, SOE_CHAIN } from "../../support/group-workbook";
import { hostWithPort } from "./helpers";

/**
 * A group workbook open in Excel (the in-memory host): read in one request, the group sheet
 * (集团评估) and its model sheet written in one and read back in one, the group sheet's formulas
 * as HyperFormula calculates them equal to the engine's values; a user's sheet of the group
 * sheet's name refuses the write.
 */

function assessed(outcome: GroupAssessment) {
  if (!outcome.ok)
    throw new Error(outcome.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
  return outcome;
}

function same(expected: unknown, actual: CellValue): boolean {
  if (typeof expected === "number")
    return (
      typeof actual === "number" &&
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
    );
  if (expected === null || expected === "") return actual === null || actual === "";
  return actual === expected;
}

async function readWriteInExcel(workbook: WorkbookSnapshot) {
  const { host, port } = hostWithPort({ workbook });
  const snapshot = await port.readSnapshot();
  const outcome = assessed(analyseGroupWorkbook(snapshot, { language: "zh-CN" }));
  const report = await port.applyPlan(outcome.plan);
  return { host, port, snapshot, outcome, report };
}

describe("a group workbook in Excel", () => {
  it("reads as the file adapter reads it: the same analysis, the same plan", async () => {
    const file = await groupExample(SOE_CHAIN);
    const { host, port } = hostWithPort({ workbook: file });
    const live = await port.readSnapshot();
    expect(host.requests).toHaveLength(1);
    const fromExcel = assessed(analyseGroupWorkbook(live, { language: "en-US" }));
    const fromFile = assessed(analyseGroupWorkbook(file, { language: "en-US" }));
    expect(fromExcel.json).toEqual(fromFile.json);
    expect(fromExcel.plan).toEqual(fromFile.plan);
  });

  it("writes the group and model sheets in two requests; Excel's results equal the engine's", async () => {
    const { host, port, outcome, report } = await readWriteInExcel(await groupExample(SOE_CHAIN));
    expect(host.requests).toHaveLength(3);
    expect(report).toMatchObject({
      sheets: { group: "集团评估", model: "评分模型" },
      requests: 2,
      formulaMismatches: [],
      textMismatches: [],
      warnings: [],
    });
    const group = outcome.plan.sheets.find((s) => s.role === "group");
    const formulas = group?.cells.filter((c) => c.formula !== undefined) ?? [];
    expect(formulas.length).toBeGreaterThan(20);
    const values = await port.readValues(
      "集团评估",
      formulas.map((c) => c.ref)
    );
    formulas.forEach((cell, i) => {
      if (!same(cell.value, values[i] ?? null))
        throw new Error(
          `${cell.ref}: engine ${String(cell.value)}, Excel ${JSON.stringify(values[i])}`
        );
    });
    const dump = host.dump();
    expect(dump.names?.map((n) => n.name)).toEqual(
      expect.arrayContaining([markerName("group"), markerName("model")])
    );
  });

  it("takes three requests for a group of 200 members (read, write, read back), each under Excel on the web's limit", async () => {
    const { host, port, outcome, report } = await readWriteInExcel(generatedGroup(200));
    expect(outcome.analysis.members).toHaveLength(200);
    expect(outcome.analysis.credit.capBinding).toBe(true);
    expect(host.requests).toHaveLength(3);
    for (const request of host.requests) {
      expect(request.failed).toBeUndefined();
      expect(request.requestBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
      expect(request.responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    }
    expect(report.formulaMismatches).toEqual([]);
    expect(report.textMismatches).toEqual([]);
    // Written again: its own 18-column group sheet is read in the first request too.
    host.resetRequests();
    const again = assessed(analyseGroupWorkbook(await port.readSnapshot(), { language: "zh-CN" }));
    await port.applyPlan(again.plan);
    expect(host.requests).toHaveLength(3);
  });

  it("writes again over its own group sheet, leaving the user's sheets as they were", async () => {
    const { host, port } = await readWriteInExcel(await groupExample(SOE_CHAIN));
    const before = host.dump().sheets.filter((s) => !["集团评估", "评分模型"].includes(s.name));
    host.resetRequests();
    const again = assessed(analyseGroupWorkbook(await port.readSnapshot(), { language: "en-US" }));
    const report = await port.applyPlan(again.plan);
    expect(host.requests).toHaveLength(3);
    expect(report.sheets).toEqual({ group: "Group assessment", model: "Model" });
    const after = host.dump();
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.map((s) => s.name),
      "Group assessment",
      "Model",
    ]);
    expect(after.sheets.filter((s) => before.some((b) => b.name === s.name))).toEqual(before);
  });

  it("refuses to write over a user's sheet named 集团评估: located, nothing written", async () => {
    const file = await groupExample(SOE_CHAIN);
    const workbook: WorkbookSnapshot = {
      sheets: [
        ...file.sheets,
        { name: "集团评估", values: [["我的笔记"]], numberFormats: [["General"]], tables: [] },
      ],
    };
    const { host, port } = hostWithPort({ workbook });
    const outcome = analyseGroupWorkbook(await port.readSnapshot(), { language: "zh-CN" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.code, i.at])).toEqual([
      ["group.sheetTaken", { sheet: "集团评估", cell: "A1" }],
    ]);
    expect(formatMessage(outcome.issues[0]!.message, "en-US")).toContain("集团评估");
    expect(host.requests).toHaveLength(1);
    expect(host.dump().sheets.find((s) => s.name === "集团评估")?.cells["A1"]?.value).toBe(
      "我的笔记"
    );
  });
});
