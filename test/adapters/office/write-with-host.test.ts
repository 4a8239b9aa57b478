import { OfficeAdapterError } from "../../../src/adapters/office";
import { profileValueCell } from "../../../src/workbook/template";
import { scoreWorkbook, templateWorkbook } from "../../../src/app";
import { formatMessage } from "../../../src/core";
import { markerName, type WorkbookPlan } from "../../../src/workbook/plan";
import { scorecardIndex, SCORECARD_CELLS } from "../../../src/workbook/scorecard";
import type { CellValue } from "../../../src/workbook/snapshot";
import type { ExcelHost } from "../../host";
import { exampleSnapshot, hostWithPort, NOW } from "./helpers";

/**
 * applyPlan through the in-memory Excel host: the template, filled in as a user would, scored;
 * the scorecard's formulas as HyperFormula calculates them against the engine's values; text that
 * stays text; refusals that leave the workbook as it was.
 */

const SCORE = { language: "zh-CN", now: NOW, user: "王芳" } as const;

function planOf(outcome: ReturnType<typeof templateWorkbook>): WorkbookPlan {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.value;
}

function scored(outcome: ReturnType<typeof scoreWorkbook>) {
  if (!outcome.ok)
    throw new Error(outcome.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
  return outcome;
}

/** What a credit officer types into the blank template. */
function fillIn(host: ExcelHost): void {
  const edits: [string, string, string | number][] = [
    ["股东名册", "A2", "甲控股集团有限公司"],
    ["股东名册", "B2", "民营企业"],
    ["股东名册", "C2", 0.62],
    ["股东名册", "A3", "乙投资"],
    ["股东名册", "B3", "国有企业"],
    ["股东名册", "C3", 0.38],
    ["董事会", "A2", "陈"],
    ["董事会", "B2", "董事长"],
    ["董事会", "A3", "李"],
    ["董事会", "B3", "董事"],
    ["董事会", "C3", "总经理"],
    ["董事会", "A4", "王"],
    ["董事会", "B4", "独立董事"],
    ["治理概况", profileValueCell("clientName"), "甲公司"],
    ["治理概况", profileValueCell("gmAppointment"), "董事会任免"],
    ["治理概况", profileValueCell("groupPosition"), "非集团成员"],
  ];
  for (const [sheet, ref, value] of edits) host.typeInto(sheet, ref, value);
}

function same(expected: unknown, actual: CellValue): boolean {
  if (typeof expected === "number")
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9;
  if (expected === null || expected === "") return actual === null;
  return actual === expected;
}

async function templateFilledAndScored() {
  const { host, port } = hostWithPort();
  const template = planOf(templateWorkbook("zh-CN", await port.readSnapshot()));
  await port.applyPlan(template);
  fillIn(host);
  host.resetRequests();
  const snapshot = await port.readSnapshot();
  const outcome = scored(scoreWorkbook(snapshot, SCORE));
  const report = await port.applyPlan(outcome.plan);
  return { host, port, outcome, report, template };
}

describe("template → fill in → score", () => {
  it("takes three requests, and Excel's formula results equal the engine's values", async () => {
    const { host, port, outcome, report } = await templateFilledAndScored();
    expect(host.requests.map((r) => r.failed)).toEqual([undefined, undefined, undefined]);
    expect(report).toMatchObject({
      sheets: { scorecard: "治理评分卡", model: "评分模型", auditLog: "审计日志" },
      requests: 2,
      formulaMismatches: [],
      textMismatches: [],
      skipped: [],
      warnings: [],
    });
    expect(host.application.calculationSuspended).toBe(2);

    const index = scorecardIndex(outcome.plan);
    expect(index.formulaCells.length).toBeGreaterThan(30);
    const values = await port.readValues(
      index.sheet,
      index.formulaCells.map((c) => c.ref)
    );
    index.formulaCells.forEach((cell, i) => {
      if (!same(cell.value, values[i] ?? null))
        throw new Error(
          `${cell.ref}: engine ${String(cell.value)}, Excel ${JSON.stringify(values[i])}`
        );
    });
    expect(await port.readValues(index.sheet, [SCORECARD_CELLS.finalGrade])).toEqual([
      outcome.summary.finalGrade,
    ]);
  });

  it("writes formats, styles, drop-downs, tables, freeze panes, print settings and markers", async () => {
    const { host, template } = await templateFilledAndScored();
    const planned = template.sheets.find((s) => s.name === "股东名册");
    const dump = host.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "填写说明",
      "股东名册",
      "董事会",
      "治理概况",
      // The committee summary, activated, its tab right before the scorecard's (as in a file).
      "评审摘要",
      "治理评分卡",
      "评分模型",
      "审计日志",
    ]);
    expect(dump.names.map((n) => [n.name, n.formula])).toEqual([
      [markerName("instructions"), "=填写说明!$A$1"],
      [markerName("scorecard"), "=治理评分卡!$A$1"],
      [markerName("model"), "=评分模型!$A$1"],
      [markerName("auditLog"), "=审计日志!$A$1"],
      [markerName("summary"), "=评审摘要!$A$1"],
    ]);
    const register = dump.sheets.find((s) => s.name === "股东名册");
    expect(register?.tables).toEqual(
      (planned?.tables ?? []).map((t) => ({ ...t, style: "TableStyleLight1" }))
    );
    expect(register?.freeze).toEqual({ rows: 1, columns: 0 });
    expect(register?.validations.map((v) => v.range)).toEqual(
      (planned?.validations ?? []).map((v) => v.range)
    );
    expect(register?.validations[0]?.errorAlert).toMatchObject({
      showAlert: true,
      style: "Warning",
    });
    expect(register?.cells.A1).toMatchObject({ value: "股东名称", numberFormat: "@" });
    expect(register?.cells.A1?.format).toMatchObject({ bold: true, fill: "#EBEBEB" });
    expect(register?.columnWidths.A).toBe((((planned?.columnWidths?.[0] ?? 0) * 7 + 5) * 3) / 4);

    const scorecard = dump.sheets.find((s) => s.name === "治理评分卡");
    expect(scorecard?.pageLayout).toMatchObject({
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      headersFooters: { rightFooter: "&P / &N" },
    });
    expect(scorecard?.cells.B13).toMatchObject({ type: "Double", numberFormat: "0.00" });
    expect(scorecard?.cells.B13?.formula).toMatch(/^=ROUND\(/);
    expect(dump.sheets.some((s) => s.name.startsWith("GS~"))).toBe(false);
  });

  it("scores again in place: the product sheets are replaced where they were, the audit log goes on", async () => {
    const { host, port } = await templateFilledAndScored();
    // The user moves the scorecard to the front and scores again.
    host.moveSheet("治理评分卡", 0);
    host.moveSheet("评分模型", 3);
    const before = host.dump();
    host.resetRequests();
    const again = scored(
      scoreWorkbook(await port.readSnapshot(), { ...SCORE, now: "2025-03-02T10:00:00+08:00" })
    );
    const report = await port.applyPlan(again.plan);
    expect(report.formulaMismatches).toEqual([]);
    expect(host.requests).toHaveLength(3);
    const after = host.dump();
    // Every sheet where it was, but the summary, which follows the scorecard to the front.
    const order = before.sheets.map((s) => s.name).filter((name) => name !== "评审摘要");
    order.splice(order.indexOf("治理评分卡"), 0, "评审摘要");
    expect(after.sheets.map((s) => s.name)).toEqual(order);
    const ids = (d: typeof before) => d.sheets.find((s) => s.name === "治理评分卡")?.id;
    expect(ids(after)).not.toBe(ids(before));
    const log = (d: typeof before) =>
      Object.keys(d.sheets.find((s) => s.name === "审计日志")?.cells ?? {}).length;
    expect(log(after)).toBeGreaterThan(log(before));
    expect(after.names).toHaveLength(5);
  });
});

describe("text stays text", () => {
  it("keeps holders named like formulas as text in every sheet written", async () => {
    const { host, port } = hostWithPort({
      workbook: await exampleSnapshot("14-injection-probes-yunfan-ecommerce.xlsx"),
    });
    const outcome = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    const report = await port.applyPlan(outcome.plan);
    expect(report.textMismatches).toEqual([]);
    expect(report.formulaMismatches).toEqual([]);
    const risky = outcome.plan.sheets.flatMap((s) =>
      s.cells
        .filter(
          (c) => c.formula === undefined && typeof c.value === "string" && /^[=+]/.test(c.value)
        )
        .map((c) => [s.name, c] as const)
    );
    const dump = host.dump();
    for (const [sheet, cell] of risky) {
      const written = dump.sheets.find((s) => s.name === sheet)?.cells[cell.ref];
      expect(written).toMatchObject({ value: cell.value, type: "String", numberFormat: "@" });
      expect(written?.formula).toBeUndefined();
    }
  });

  it("writes formula-like strings as the exact text, and reads each back", async () => {
    const probes = [
      '=HYPERLINK("http://x","y")',
      "+cmd|' /C calc'!A0",
      "@SUM(1)",
      "＝1+1",
      "-2+3",
      "'quoted",
    ];
    const { host, port } = hostWithPort();
    const report = await port.applyPlan({
      sheets: [
        {
          name: "Probes",
          role: "auditLog",
          cells: probes.map((value, i) => ({ ref: `A${i + 1}`, value })),
        },
      ],
    });
    expect(report.textMismatches).toEqual([]);
    expect(host.requests).toHaveLength(3); // view (no read before), write, read back
    expect(
      await port.readValues(
        "Probes",
        probes.map((_, i) => `A${i + 1}`)
      )
    ).toEqual(probes);
  });
});

describe("refusals", () => {
  it("writes beside a user's sheet named 治理评分卡 and never touches it", async () => {
    const user = { name: "治理评分卡", values: [["我的笔记", "=不是公式"]] };
    const file = await exampleSnapshot("01-grade-a-ruifeng-precision.xlsx");
    const { host, port } = hostWithPort({ workbook: { ...file, sheets: [...file.sheets, user] } });
    const before = host.dump().sheets.find((s) => s.name === "治理评分卡");
    const outcome = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    expect(outcome.plan.sheets[0]?.name).toBe("治理评分卡 (2)");
    await port.applyPlan(outcome.plan);
    const dump = host.dump();
    expect(dump.sheets.find((s) => s.name === "治理评分卡")).toEqual(before);
    expect(dump.names.find((n) => n.name === markerName("scorecard"))?.formula).toBe(
      "='治理评分卡 (2)'!$A$1"
    );

    // A plan that would write over it is refused before anything is sent.
    host.resetRequests();
    await port.readSnapshot();
    const clash: WorkbookPlan = { sheets: [{ ...outcome.plan.sheets[0]!, name: "治理评分卡" }] };
    await expect(port.applyPlan(clash)).rejects.toMatchObject({
      code: "sheetNameTaken",
      sheet: "治理评分卡",
    });
    expect(host.requests).toHaveLength(1);
    expect(host.dump()).toEqual(dump);
  });

  it("refuses to replace a protected product sheet, and a workbook whose structure is protected", async () => {
    const { host, port } = await templateFilledAndScored();
    host.protectSheet("治理评分卡");
    const before = host.dump();
    host.resetRequests();
    const again = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    const refusal = port.applyPlan(again.plan);
    await expect(refusal).rejects.toBeInstanceOf(OfficeAdapterError);
    await expect(refusal).rejects.toMatchObject({
      code: "sheetProtected",
      sheet: "治理评分卡",
      cell: "A1",
    });
    expect(host.requests).toHaveLength(1); // the read; no write was sent
    expect(host.dump()).toEqual(before);

    host.protectSheet("治理评分卡", false);
    host.protectStructure();
    await port.readSnapshot();
    await expect(port.applyPlan(again.plan)).rejects.toMatchObject({ code: "workbookProtected" });
  });
});

describe("a failing write", () => {
  it("leaves no temporary sheet and the workbook as it was", async () => {
    const { host, port } = await templateFilledAndScored();
    const before = host.dump();
    const again = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    host.failWhen(
      (op) => op.type === "Range" && op.name === "formulas" && op.sheet?.startsWith("GS~") === true
    );
    const failure = port.applyPlan(again.plan);
    await expect(failure).rejects.toMatchObject({ code: "writeFailed" });
    await expect(failure).rejects.toHaveProperty("text.en-US", expect.stringMatching(/unchanged/));
    const after = host.dump();
    expect(after.sheets.some((s) => s.name.startsWith("GS~"))).toBe(false);
    expect(after).toEqual(before);
  });

  it("says so when Excel failed after the old sheets were gone", async () => {
    const { host, port } = await templateFilledAndScored();
    const again = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    host.failWhen((op) => op.type === "NamedItemCollection" && op.name === "add");
    await expect(port.applyPlan(again.plan)).rejects.toHaveProperty(
      "text.en-US",
      expect.stringMatching(/score again/)
    );
    expect(host.dump().sheets.some((s) => s.name.startsWith("GS~"))).toBe(false);
  });

  it("stops before deleting anything when a replaced sheet is gone since the read", async () => {
    const { host, port } = await templateFilledAndScored();
    const again = scored(scoreWorkbook(await port.readSnapshot(), SCORE));
    await host.run({}, async (context) => {
      context.workbook.worksheets.getItem("评分模型").delete();
      await context.sync();
    });
    const before = host.dump();
    await expect(port.applyPlan(again.plan)).rejects.toHaveProperty(
      "text.en-US",
      expect.stringMatching(/unchanged/)
    );
    expect(host.dump()).toEqual(before);
  });

  it("stops before deleting anything when a sheet took a plan name since the read", async () => {
    const { host, port } = hostWithPort();
    await port.readSnapshot();
    host.addSheet("治理评分卡");
    const before = host.dump();
    const plan: WorkbookPlan = {
      sheets: [{ name: "治理评分卡", role: "scorecard", cells: [{ ref: "A1", value: "x" }] }],
    };
    await expect(port.applyPlan(plan)).rejects.toMatchObject({
      code: "writeFailed",
      text: { "en-US": expect.stringMatching(/unchanged/) },
    });
    expect(host.dump()).toEqual(before);
  });
});

describe("requirement sets", () => {
  it.each([
    ["1.6", null],
    ["1.7", ["Scorecard: drop-down lists (ExcelApi 1.8)", "Scorecard: page layout (ExcelApi 1.9)"]],
    ["1.8", ["Scorecard: page layout (ExcelApi 1.9)"]],
    ["1.9", []],
  ] as const)("ExcelApi %s", async (excelApi, skipped) => {
    const make = () => hostWithPort({ excelApi });
    if (skipped === null) {
      expect(make).toThrow(expect.objectContaining({ code: "excelVersion" }));
      expect(make).toThrow(/ExcelApi 1\.7/);
      return;
    }
    const { port } = make();
    const report = await port.applyPlan({
      sheets: [
        {
          name: "Scorecard",
          role: "scorecard",
          cells: [{ ref: "A1", value: "x" }],
          validations: [{ range: "B2:B3", list: ["是", "否"] }],
          print: {
            area: "A1:E40",
            orientation: "portrait",
            paper: "A4",
            fitToWidth: true,
            header: "客户 & 指纹",
          },
        },
      ],
    });
    expect(report.skipped).toEqual(skipped);
    // The same, as the port's warnings the task pane lists.
    expect(report.warnings?.map((w) => `${w.sheet}: ${w.kind}`)).toEqual(
      skipped.map((s) =>
        s.includes("drop-down")
          ? "Scorecard: dropDownsNotApplied"
          : "Scorecard: pageLayoutNotApplied"
      )
    );
  });
});

describe("readValues and select", () => {
  it("reads calculated values and selects a cell on its sheet", async () => {
    const { host, port } = hostWithPort({
      workbook: {
        sheets: [
          { name: "A", values: [[2, 3, null]], formulas: [["", "", "A1*B1"]] },
          { name: "B", values: [] },
        ],
      },
    });
    expect(await port.readValues("A", ["C1", "A1", "D9"])).toEqual([6, 2, null]);
    await port.select("A", "C1");
    expect(host.dump()).toMatchObject({ activeSheet: "A", selection: "A!C1" });
    await port.select("B", "B2:C3");
    expect(host.dump()).toMatchObject({ activeSheet: "B", selection: "B!B2:C3" });
    await expect(port.readValues("Nope", ["A1"])).rejects.toMatchObject({ code: "sheetMissing" });
  });
});
