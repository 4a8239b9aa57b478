import { scoreWorkbook, type UpdateOutcome } from "../../src/app";
import {
  defaultParameters,
  formatMessage,
  model1Parameters,
  parameterFingerprint,
} from "../../src/core";
import { readAuditLog, verifyAuditChain } from "../../src/workbook/audit";
import { markerName } from "../../src/workbook/plan";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { workbook, sheet } from "../workbook/read/snapshots";
import {
  boardSheet,
  clientWorkbook,
  profileSheet,
  shareholderSheet,
} from "../workbook/read/client";
import {
  applyPlanToSnapshot,
  LATER,
  NOW,
  SCORE,
  parameterRef,
  scoreAndApply,
  sheetNamed,
  withCell,
} from "./helpers";
import { expectedFactor, fixed, seedExpected as seed } from "../support/examples";

function update(outcome: UpdateOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

describe("scoreWorkbook", () => {
  it("scores the seed client and plans the scorecard, model and audit log", () => {
    const outcome = update(scoreWorkbook(clientWorkbook(), { ...SCORE, file: "seed.xlsx" }));
    expect(outcome.plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ["scorecard", "治理评分卡"],
      ["model", "评分模型"],
      ["auditLog", "审计日志"],
      ["summary", "评审摘要"],
    ]);
    expect(outcome.summary).toMatchObject({
      file: "seed.xlsx",
      clientName: "某市城建开发有限公司",
      clientId: "C-2024-017",
      score: fixed(seed.score, 2),
      modelGrade: seed.modelGrade,
      finalGrade: seed.modelGrade,
      completeness: fixed(seed.completeness, 4),
      adjustedRating: seed.adjustment.adjustedRating,
      recommendedLimit: seed.adjustment.recommendedLimit,
      currency: "CNY",
      recommendedTenorMonths: Number(seed.adjustment.recommendedTenorMonths),
      // Scored on 2025-03-01: model 1, in the current schema.
      modelFingerprint: parameterFingerprint(model1Parameters()),
      outcome: { kind: "proceed", knockouts: [] },
      provisional: false,
      output: null,
      errors: [],
    });
    expect(outcome.summary.factors.map((f) => f.id)).toEqual(["F1", "F2", "F3", "F4", "F5", "F6"]);
    const f2 = expectedFactor(seed, "F2");
    expect(outcome.summary.factors[1]).toEqual({
      id: "F2",
      points: f2.points,
      weightedPoints: f2.weightedPoints,
      status: "scored",
      ruleId: f2.rule,
    });
    expect(outcome.renames).toEqual([]);
  });

  it("starts the audit chain for its client, then one scored event", () => {
    const { workbook: scored, update: first } = scoreAndApply();
    const rows = readAuditLog(sheetNamed(scored, "审计日志"));
    expect(rows.map((r) => [r.sequence, r.event, r.user, r.time, r.format])).toEqual([
      [1, "chainStarted", "王芳", NOW, "2"],
      [2, "scored", "王芳", NOW, "2"],
    ]);
    expect(rows[0]!.result).toBe(first.result.clientId);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
  });

  it("returns every located problem of a workbook it cannot score", () => {
    const holders = shareholderSheet();
    const broken = workbook([
      { ...holders, values: holders.values.map((r, i) => (i === 2 ? [r[0]!, r[1]!, "lots"] : r)) },
      boardSheet(),
      profileSheet(),
    ]);
    const bad = withCell(broken, "治理概况", "B12", "many");
    const outcome = scoreWorkbook(bad, SCORE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.at)).toEqual(
      expect.arrayContaining([
        { sheet: "股东名册", cell: "C3" },
        { sheet: "治理概况", cell: "B12" },
      ])
    );
  });

  it("scores a scored workbook again: replaces its own sheets and continues the audit log", () => {
    const { workbook: once } = scoreAndApply();
    const { update: again, workbook: twice } = scoreAndApply(once, {
      ...SCORE,
      now: LATER,
      user: "李明",
    });
    expect(twice.sheets.map((s) => s.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "治理评分卡",
      "评分模型",
      "审计日志",
      "评审摘要",
    ]);
    const rows = readAuditLog(sheetNamed(twice, "审计日志"));
    expect(rows.map((r) => [r.event, r.user])).toEqual([
      ["chainStarted", "王芳"],
      ["scored", "王芳"],
      ["scored", "李明"],
    ]);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
    expect(again.notices).toEqual([]);
  });

  it("ignores an edited model sheet by default: scored with the approved model, and says so", () => {
    const { update: first, workbook: scored } = scoreAndApply();
    const params = defaultParameters();
    const ref = parameterRef(params, "zh-CN", "f3.appointmentPoints.appointedByAuthority");
    const edited = withCell(scored, "评分模型", ref, 40);
    const outcome = update(scoreWorkbook(edited, { ...SCORE, now: LATER }));
    expect(outcome.result.factors.find((f) => f.id === "F3")?.points.toString()).toBe("20");
    expect(outcome.summary.modelFingerprint).toBe(first.summary.modelFingerprint);
    expect(outcome.summary.modelStatus).toBe("approved");
    expect(outcome.summary.modelVersion).toBe("1");
    const ignored = outcome.notices.find((n) => n.code === "models.sheetIgnored");
    expect(ignored?.at).toEqual({ sheet: "评分模型", cell: "A1" });
    expect(formatMessage(ignored!.message, "en-US")).toContain(
      "f3.appointmentPoints.appointedByAuthority: 20 → 40"
    );
    const model = outcome.plan.sheets.find((s) => s.role === "model")!;
    expect(model.cells.find((c) => c.ref === ref)?.value).toBe(20);
  });

  it("scores an edited model sheet as non-standard only when asked, logging the officer's change", () => {
    const { update: first, workbook: scored } = scoreAndApply();
    const params = defaultParameters();
    const ref = parameterRef(params, "zh-CN", "f3.appointmentPoints.appointedByAuthority");
    const edited = withCell(scored, "评分模型", ref, 40);
    const outcome = update(
      scoreWorkbook(edited, { ...SCORE, now: LATER, useWorkbookModel: true, user: "王芳" })
    );
    expect(outcome.result.factors.find((f) => f.id === "F3")?.points.toString()).toBe("40");
    expect(outcome.summary.modelFingerprint).not.toBe(first.summary.modelFingerprint);
    expect(outcome.summary.modelStatus).toBe("nonStandard");
    expect(outcome.summary.modelDifferences).toEqual([
      { path: "f3.appointmentPoints.appointedByAuthority", approved: "20", used: "40" },
    ]);
    expect(outcome.summary.modelChange).toEqual({
      officer: "王芳",
      approval: "pending",
      approver: null,
    });
    const log = outcome.plan.sheets.find((s) => s.role === "auditLog")!;
    const column = (letter: string) =>
      log.cells
        .filter((c) => c.ref.startsWith(letter) && c.ref !== `${letter}1`)
        .map((c) => c.value);
    // Layout 4: the event code in G, the reason in F (the event's name in C).
    expect(column("G")).toEqual(["chainStarted", "scored", "modelChanged", "scored"]);
    expect(column("C")).toEqual(["新建审计链", "评分", "模型参数变更", "评分"]);
    expect(String(column("F")[2])).toContain("f3.appointmentPoints.appointedByAuthority：20 → 40");
    const card = outcome.plan.sheets.find((s) => s.role === "scorecard")!;
    const status = String(card.cells.find((c) => c.ref === SCORECARD_CELLS.modelStatus)?.value);
    expect(status).toContain("非标准模型参数");
    expect(status).toContain("参数变更（王芳）待批准");
  });

  it("refuses bad parameters on the model sheet, naming the parameter's cell", () => {
    const { workbook: scored } = scoreAndApply();
    const ref = parameterRef(defaultParameters(), "zh-CN", "weights.F1");
    const outcome = scoreWorkbook(withCell(scored, "评分模型", ref, -5), SCORE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues[0]?.at).toEqual({ sheet: "评分模型", cell: ref });
  });

  it("scores with override parameters when asked to, and logs the new model", () => {
    const { workbook: scored } = scoreAndApply();
    const source = { ...defaultParameters(), version: "2" };
    const outcome = update(scoreWorkbook(scored, { ...SCORE, paramsOverride: source }));
    expect(outcome.result.modelVersion).toBe("2");
  });

  it("writes beside a user's sheet that has a product sheet's name, and says so", () => {
    const mine = sheet("治理评分卡", [["我的笔记", 42]]);
    const snapshot = workbook([...clientWorkbook().sheets, mine]);
    const outcome = update(scoreWorkbook(snapshot, SCORE));
    expect(outcome.plan.sheets.map((s) => s.name)).toEqual([
      "治理评分卡 (2)",
      "评分模型",
      "审计日志",
      "评审摘要",
    ]);
    expect(outcome.renames).toEqual([
      { role: "scorecard", planned: "治理评分卡", written: "治理评分卡 (2)" },
    ]);
    expect(outcome.notices.map((n) => formatMessage(n.message, "en-US"))).toEqual([
      expect.stringContaining("was written as 治理评分卡 (2)"),
    ]);
    // Scored again: the product's own (2) is replaced, the user's sheet still is not touched.
    const { workbook: twice, update: again } = scoreAndApply(scoreAndApply(snapshot).workbook, {
      ...SCORE,
      now: LATER,
    });
    expect(again.plan.sheets[0]?.name).toBe("治理评分卡 (2)");
    expect(sheetNamed(twice, "治理评分卡")).toBe(mine);
    expect(twice.names?.find((n) => n.name === markerName("scorecard"))?.sheet).toBe(
      "治理评分卡 (2)"
    );
  });

  it("points the scorecard's formulas at a renamed model sheet", () => {
    const snapshot = workbook([...clientWorkbook().sheets, sheet("评分模型", [["mine"]])]);
    const outcome = update(scoreWorkbook(snapshot, SCORE));
    const formulas = outcome.plan.sheets[0]!.cells.flatMap((c) => c.formula ?? []);
    expect(formulas.some((f) => f.includes("'评分模型 (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'评分模型'!"))).toBe(false);
    const notes = outcome.plan.sheets[0]!.cells.filter((c) => c.style === "note");
    expect(notes.some((c) => String(c.value).includes("'评分模型 (2)'!C"))).toBe(true);
  });

  it("refuses when a sheet with input data has a product sheet's name", () => {
    const holders = shareholderSheet({}, "审计日志");
    const snapshot = workbook([
      { ...holders, tables: [{ name: "Shareholders", range: "A1:F7" }] },
      boardSheet(),
      profileSheet(),
    ]);
    const outcome = scoreWorkbook(snapshot, SCORE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.code)).toEqual(["app.nameClash"]);
  });

  it("tells the user that an override on the replaced scorecard is not carried over", () => {
    const { workbook: scored } = scoreAndApply();
    const overridden = withCell(
      withCell(scored, "治理评分卡", "B23", "诉讼"),
      "治理评分卡",
      "B24",
      "王芳"
    );
    const outcome = update(scoreWorkbook(overridden, SCORE));
    expect(outcome.notices.map((n) => n.code)).toEqual(["app.overrideDropped"]);
  });

  it("refuses to continue a broken, missing or foreign audit log; a new chain is a deliberate act", () => {
    const { workbook: scored } = scoreAndApply();
    // The user of the second row (D in layout 4) edited: its hash no longer matches.
    const broken = withCell(scored, "审计日志", "D3", "someone");
    const refused = scoreWorkbook(broken, SCORE);
    expect(refused.ok || refused.issues.map((i) => [i.code, i.at])).toEqual([
      ["audit.logBroken", { sheet: "审计日志", cell: "A3" }],
    ]);
    // The log deleted altogether (its sheet and marker gone): refused too, not a fresh start.
    const log = sheetNamed(scored, "审计日志");
    const withoutLog = {
      ...scored,
      sheets: scored.sheets.filter((sheet) => sheet !== log),
      names: (scored.names ?? []).filter((n) => n.sheet !== log.name),
    };
    const missing = scoreWorkbook(withoutLog, SCORE);
    expect(missing.ok || missing.issues.map((i) => i.code)).toEqual(["audit.logMissing"]);
    // Another client's intact log pasted in: the chain's first row names its client.
    const otherClient = scoreAndApply(withCell(clientWorkbook(), "治理概况", "B3", "OTHER-001"));
    const pasted = {
      ...scored,
      sheets: scored.sheets.map((s) =>
        s === log ? { ...sheetNamed(otherClient.workbook, "审计日志") } : s
      ),
    };
    const other = scoreWorkbook(pasted, SCORE);
    expect(other.ok || other.issues.map((i) => [i.code, i.at?.cell])).toEqual([
      ["audit.otherClient", "E2"],
    ]);

    // A new chain needs a reason; its first row records the old head.
    const noReason = scoreWorkbook(broken, { ...SCORE, newChain: { reason: " " } });
    expect(noReason.ok || noReason.issues.map((i) => i.code)).toEqual(["audit.newChainReason"]);
    const restarted = update(
      scoreWorkbook(broken, { ...SCORE, newChain: { reason: "日志被误改，经风险部同意重建" } })
    );
    const rows = readAuditLog(sheetNamed(applyPlanToSnapshot(broken, restarted.plan), "审计日志"));
    expect(rows.map((r) => r.event)).toEqual(["chainStarted", "scored"]);
    expect(rows[0]!.reason).toMatch(
      /^人工开始新的审计链：日志被误改，经风险部同意重建；原审计链.{12}…共2行，链头[0-9a-f]{64}$/
    );
    const fresh = update(scoreWorkbook(withoutLog, { ...SCORE, newChain: { reason: "日志丢失" } }));
    const freshRows = readAuditLog(
      sheetNamed(applyPlanToSnapshot(withoutLog, fresh.plan), "审计日志")
    );
    expect(freshRows[0]!.reason).toBe("人工开始新的审计链：日志丢失；此前无审计日志");
  });
});
