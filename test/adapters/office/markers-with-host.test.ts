import { scoreWorkbook } from "../../../src/app";
import { formatMessage } from "../../../src/core";
import { markerName, type WorkbookPlan } from "../../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { ExcelHost } from "../../host";
import { exampleSnapshot, hostWithPort, NOW } from "./helpers";

/**
 * Marker names on the live workbook (through the in-memory Excel host): the adapter replaces a
 * sheet only when its own read found it to be the product's. Input sheets and the user's sheets
 * a marker points at are never deleted or replaced, whatever the plan asks.
 */

const SCORE = { language: "en-US", now: NOW, user: "Wang" } as const;
const EXAMPLE = "01-grade-a-ruifeng-precision.xlsx"; // Excel tables on Ownership, Directors, Credit request

function scored(snapshot: WorkbookSnapshot) {
  const outcome = scoreWorkbook(snapshot, SCORE);
  if (!outcome.ok)
    throw new Error(outcome.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
  return outcome;
}

const sheetOf = (host: ExcelHost, name: string) => host.dump().sheets.find((s) => s.name === name);
const namesOf = (host: ExcelHost) =>
  Object.fromEntries(host.dump().names.map((n) => [n.name, n.formula]));

async function example(names: WorkbookSnapshot["names"] = []) {
  const file = await exampleSnapshot(EXAMPLE);
  return hostWithPort({ workbook: { ...file, names } });
}

describe("markers on the user's sheets of a live workbook", () => {
  it("GovScore_auditLog on the board and GovScore_scorecard on the register: both read, kept and reported", async () => {
    const reference = scored(await (await example()).port.readSnapshot());

    const { host, port } = await example([
      { name: markerName("auditLog"), sheet: "Directors", range: "A1" },
      { name: markerName("scorecard"), sheet: "Ownership", range: "A1" },
    ]);
    const before = { directors: sheetOf(host, "Directors"), ownership: sheetOf(host, "Ownership") };
    const outcome = scored(await port.readSnapshot());
    expect(outcome.summary.score).toBe(reference.summary.score);
    expect(outcome.result.factors.every((f) => f.status === "scored")).toBe(true);
    expect(outcome.notices.filter((n) => n.code.startsWith("marker."))).toEqual([
      expect.objectContaining({
        code: "marker.inputSheet",
        at: { sheet: "Ownership", cell: "A1" },
      }),
      expect.objectContaining({
        code: "marker.inputSheet",
        at: { sheet: "Directors", cell: "A1" },
      }),
    ]);
    const report = await port.applyPlan(outcome.plan);
    expect(report.sheets).toEqual({
      scorecard: "Governance scorecard",
      model: "Model",
      auditLog: "Audit log",
      summary: "Committee summary",
    });
    expect(sheetOf(host, "Directors")).toEqual(before.directors);
    expect(sheetOf(host, "Ownership")).toEqual(before.ownership);
    expect(namesOf(host)).toEqual({
      [markerName("scorecard")]: "='Governance scorecard'!$A$1",
      [markerName("model")]: "=Model!$A$1",
      [markerName("auditLog")]: "='Audit log'!$A$1",
      [markerName("summary")]: "='Committee summary'!$A$1",
    });
  });

  it("never deletes an input sheet a marker points at, even for a plan that asks to write its name", async () => {
    const { host, port } = await example([
      { name: markerName("auditLog"), sheet: "Directors", range: "A1" },
    ]);
    await port.readSnapshot();
    const before = host.dump();
    const plan: WorkbookPlan = {
      sheets: [{ name: "Directors", role: "auditLog", cells: [{ ref: "A1", value: "Seq." }] }],
    };
    await expect(port.applyPlan(plan)).rejects.toMatchObject({
      code: "sheetNameTaken",
      sheet: "Directors",
    });
    expect(host.dump()).toEqual(before);
  });

  it("a marker on a user's unrelated sheet: reported, the sheet kept, the product writes beside it", async () => {
    const file = await exampleSnapshot(EXAMPLE);
    const mine = { name: "Governance scorecard", values: [["My notes", 42]] };
    const { host, port } = hostWithPort({
      workbook: {
        ...file,
        sheets: [...file.sheets, mine],
        names: [{ name: markerName("scorecard"), sheet: "Governance scorecard", range: "A1" }],
      },
    });
    const before = sheetOf(host, "Governance scorecard");
    const outcome = scored(await port.readSnapshot());
    expect(outcome.notices.map((n) => n.code)).toContain("marker.notProduct");
    expect(outcome.plan.sheets[0]?.name).toBe("Governance scorecard (2)");
    await port.applyPlan(outcome.plan);
    expect(sheetOf(host, "Governance scorecard")).toEqual(before);
    expect(namesOf(host)[markerName("scorecard")]).toBe("='Governance scorecard (2)'!$A$1");
  });

  it("a marker whose sheet was deleted (#REF!): scoring writes the sheet again and the marker with it", async () => {
    const { host, port } = await example();
    await port.applyPlan(scored(await port.readSnapshot()).plan);
    await host.run({}, async (context) => {
      context.workbook.worksheets.getItem("Model").delete();
      await context.sync();
    });
    expect(namesOf(host)[markerName("model")]).toBe("=#REF!");
    const again = scored(await port.readSnapshot());
    await port.applyPlan(again.plan);
    expect(namesOf(host)[markerName("model")]).toBe("=Model!$A$1");
    expect(host.dump().sheets.map((s) => s.name)).toEqual([
      "Ownership",
      "Directors",
      "Credit request",
      // The committee summary's tab right before the scorecard's.
      "Committee summary",
      "Governance scorecard",
      "Audit log",
      "Model",
    ]);
  });

  it("a product sheet the user renamed: the marker follows it, and scoring replaces it in its place", async () => {
    const { host, port } = await example();
    await port.applyPlan(scored(await port.readSnapshot()).plan);
    await host.run({}, async (context) => {
      context.workbook.worksheets.getItem("Audit log").name = "Log";
      await context.sync();
    });
    expect(namesOf(host)[markerName("auditLog")]).toBe("=Log!$A$1");
    const again = scored(await port.readSnapshot());
    expect(again.notices.filter((n) => n.code.startsWith("marker."))).toEqual([]);
    const report = await port.applyPlan(again.plan);
    expect(report.sheets.auditLog).toBe("Audit log");
    expect(host.dump().sheets.map((s) => s.name)).toEqual([
      "Ownership",
      "Directors",
      "Credit request",
      "Committee summary",
      "Governance scorecard",
      "Model",
      "Audit log",
    ]);
    // The chain continues in the renamed log: chainStarted, the first scoring and this one.
    const log = sheetOf(host, "Audit log");
    expect(
      Object.keys(log?.cells ?? {}).filter((ref) => /^D\d+$/.test(ref) && ref !== "D1")
    ).toHaveLength(3);
  });
});
