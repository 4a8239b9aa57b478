import { type AmountUnit, type Language } from "../../../src/core";
import { summaryAmountUnit } from "../../../src/workbook/summary/plan";
import { recordedScorecard } from "../../../src/app/recorded-scorecard";
import {
  appendAuditEvent,
  auditEventFor,
  AUDIT_EVENTS,
  auditColumnsOf,
  readAuditLog,
  READABLE_AUDIT_COLUMNS,
  verifyAuditChain,
  type AuditRow,
} from "../../../src/workbook/audit";
import { auditLogPlan } from "../../../src/workbook/audit/plan";
import type { PlannedCell, SheetPlan } from "../../../src/workbook/plan";
import { hasProductSignature } from "../../../src/workbook/product-sheets";
import { scoredWorkbookPlan } from "../../../src/workbook/scorecard";
import { fixedRows } from "../../../src/workbook/scorecard/layout";
import { shownTime } from "../../../src/workbook/shown-time";
import { WORDING_LAYOUT } from "../../../src/workbook/versions";
import { sheetOfPlan } from "../../app/helpers";
import { allCases, GENERATED_AT, type ScorecardCase } from "../scorecard/cases";

const CASES = allCases();
const ROWS = fixedRows(WORDING_LAYOUT);

function workbook(
  c: ScorecardCase,
  language: Language = c.language,
  layoutVersion?: number,
  amountUnit?: AmountUnit
) {
  const rows = logOf(c, language);
  const plan = scoredWorkbookPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language,
    generatedAt: GENERATED_AT,
    auditRows: rows,
    ...(c.twins === undefined ? {} : { twins: c.twins }),
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
    ...(amountUnit === undefined ? {} : { amountUnit }),
  });
  const role = (r: string) => plan.sheets.find((s) => s.role === r)!;
  return { scorecard: role("scorecard"), log: role("auditLog"), summary: role("summary"), rows };
}

function logOf(c: ScorecardCase, language: Language): AuditRow[] {
  const context = { time: GENERATED_AT, user: "王芳", language, enteredBy: "test" };
  const scored = appendAuditEvent([], auditEventFor("scored", c.result, context));
  return appendAuditEvent(
    scored,
    auditEventFor("overridden", c.result, { ...context, time: "2025-03-02T01:00:00Z" })
  );
}

const at = (plan: SheetPlan, ref: string): PlannedCell | undefined =>
  plan.cells.find((c) => c.ref === ref);

describe("times as an officer reads them", () => {
  it("shows date, hours and minutes in the recorded zone, the zone stated", () => {
    expect(shownTime("2026-12-03T15:04:09+08:00", "zh-CN")).toBe("2026-12-03 15:04（北京时间）");
    expect(shownTime("2026-12-03T15:04:09+08:00", "en-US")).toBe("2026-12-03 15:04 (Beijing time)");
    expect(shownTime("2026-12-03T07:04:09Z", "zh-CN")).toBe("2026-12-03 07:04（UTC）");
    expect(shownTime("2026-12-03T07:04:09.123+00:00", "en-US")).toBe("2026-12-03 07:04 (UTC)");
    expect(shownTime("2026-12-03T09:04:09+02:00", "en-US")).toBe("2026-12-03 09:04 (UTC+02:00)");
    expect(shownTime("2026-12-03T02:34:00-05:30", "zh-CN")).toBe("2026-12-03 02:34（UTC-05:30）");
  });

  it("leaves a text that is not an ISO time as it is", () => {
    for (const text of ["", "yesterday", "2026-12-03", "2026-12-03 15:04"])
      expect(shownTime(text, "zh-CN")).toBe(text);
  });
});

describe.each(["zh-CN", "en-US"] as const)("layout 4 wording (%s)", (language) => {
  const [yes, no] = language === "zh-CN" ? ["是", "否"] : ["Yes", "No"];
  const format = `"${yes}";"${yes}";"${no}"`;

  it("writes no TRUE or FALSE on the scorecard: yes/no figures are 1/0 shown as yes/no words", () => {
    for (const c of CASES) {
      const { scorecard, summary } = workbook(c, language);
      expect(scorecard.cells.filter((cell) => typeof cell.value === "boolean")).toEqual([]);
      expect(summary.cells.filter((cell) => typeof cell.value === "boolean")).toEqual([]);
      const yesNo = scorecard.cells.filter((cell) => cell.numberFormat === format);
      expect(yesNo.length).toBeGreaterThan(0);
      for (const cell of yesNo) {
        expect([0, 1]).toContain(cell.value);
        if (cell.formula !== undefined) expect(cell.formula).toMatch(/^IF\(.*,1,0\)$/);
        expect(cell.formula ?? "").not.toMatch(/,TRUE\)$/);
      }
    }
  });

  it("keeps the knock-out test a live formula: applies is IF(…,1,0) over the factor rows", () => {
    const seed = CASES.find((c) => c.name === "seed")!;
    const { scorecard } = workbook(seed, language);
    const firstKnockout = ROWS.firstFactor + seed.result.factors.length + 3;
    const applies = at(scorecard, `B${firstKnockout}`)!;
    expect(applies.formula).toMatch(/^IF\(AND\(NOT\(B\d+\*/);
    expect(applies.numberFormat).toBe(format);
  });

  it("shows the scoring time in B6 and records its ISO text in E6, which verify reads back", () => {
    const seed = CASES.find((c) => c.name === "seed")!;
    const { scorecard } = workbook(seed, language);
    const shown =
      language === "zh-CN" ? "2025-03-01 09:30（北京时间）" : "2025-03-01 09:30 (Beijing time)";
    expect(at(scorecard, `B${ROWS.date}`)?.value).toBe(shown);
    expect(at(scorecard, `E${ROWS.date}`)?.value).toBe(GENERATED_AT);
    expect(scorecard.merges).toContain(`B${ROWS.date}:D${ROWS.date}`);
    expect(String(at(scorecard, "A2")?.value)).toContain(shown);
    expect(scorecard.print?.footer).toContain(shown);
    expect(recordedScorecard(sheetOfPlan(scorecard)).generatedAt).toBe(GENERATED_AT);
  });

  it("names each event in the sheet's language first, the code and ISO time in their own columns", () => {
    const seed = CASES.find((c) => c.name === "seed")!;
    const { log, rows } = workbook(seed, language);
    const header = READABLE_AUDIT_COLUMNS.map(
      (_, i) => at(log, `${String.fromCharCode(65 + i)}1`)?.value
    );
    expect(header.slice(0, 3)).toEqual(
      language === "zh-CN" ? ["序号", "时间", "事件"] : ["Seq.", "Time", "Event"]
    );
    expect(at(log, "G1")?.value).toBe(language === "zh-CN" ? "事件代码" : "Event code");
    expect(at(log, "C2")?.value).toBe(language === "zh-CN" ? "评分" : "Scored");
    expect(at(log, "C3")?.value).toBe(language === "zh-CN" ? "人工调整等级" : "Grade overridden");
    expect([at(log, "G2")?.value, at(log, "G3")?.value]).toEqual(["scored", "overridden"]);
    expect(at(log, "B3")?.value).toBe(
      language === "zh-CN" ? "2025-03-02 01:00（UTC）" : "2025-03-02 01:00 (UTC)"
    );
    expect(at(log, "H3")?.value).toBe("2025-03-02T01:00:00Z");
    // Read back: the recorded fields as they were, the chain intact (the hash covers the same).
    const sheet = sheetOfPlan(log);
    expect(hasProductSignature("auditLog", sheet)).toBe(true);
    expect(auditColumnsOf(sheet.values[0] ?? [])).toBe(READABLE_AUDIT_COLUMNS);
    expect(readAuditLog(sheet)).toEqual(rows);
    expect(verifyAuditChain(readAuditLog(sheet)).ok).toBe(true);
    // Printed: the columns an officer reads (to the event code), landscape, the header repeated.
    expect(log.print).toMatchObject({ area: "A1:G3", orientation: "landscape", titleRows: "1:1" });
  });

  it("names every event kind, and shows a code it does not know as it is", () => {
    const row = logOf(CASES[0]!, language)[0]!;
    const rows = [...AUDIT_EVENTS, "somethingNew"].map((event) => ({ ...row, event }));
    const names = auditLogPlan(rows, language)
      .cells.filter((c) => /^C\d+$/.test(c.ref) && c.ref !== "C1")
      .map((c) => c.value);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe("somethingNew");
    for (const name of names.slice(0, -1)) expect(AUDIT_EVENTS).not.toContain(name);
  });

  it("still writes layout 3 as it was: booleans, ISO times, the recorded audit columns", () => {
    const seed = CASES.find((c) => c.name === "seed")!;
    const { scorecard, log, rows } = workbook(seed, language, 3);
    expect(scorecard.cells.some((cell) => typeof cell.value === "boolean")).toBe(true);
    expect(scorecard.cells.some((cell) => cell.numberFormat === format)).toBe(false);
    expect(at(scorecard, `B${ROWS.date}`)?.value).toBe(GENERATED_AT);
    expect(at(scorecard, `E${ROWS.date}`)).toBeUndefined();
    expect(at(log, "D2")?.value).toBe("scored");
    expect(at(log, "M1")).toBeUndefined();
    expect(readAuditLog(sheetOfPlan(log))).toEqual(rows);
    expect(recordedScorecard(sheetOfPlan(scorecard)).generatedAt).toBe(GENERATED_AT);
  });
});

describe.each(["zh-CN", "en-US"] as const)("the summary's amount unit (%s)", (language) => {
  const seed = CASES.find((c) => c.name === "seed")!;
  const limitRow = (summary: SheetPlan) =>
    summary.cells.find((c) => /^A\d+$/.test(c.ref) && /额度|Limit/.test(String(c.value)))!;

  it("shows limits in 元 by default and in 万元 when asked, as live formulas; the label tells which", () => {
    const yuan = workbook(seed, language).summary;
    const wan = workbook(seed, language, undefined, "tenThousand").summary;
    const [yuanLabel, wanLabel] = [limitRow(yuan), limitRow(wan)];
    expect(yuanLabel.value).toBe(language === "zh-CN" ? "额度（元）" : "Limit (CNY)");
    expect(wanLabel.value).toBe(language === "zh-CN" ? "额度（万元）" : "Limit (CNY 10,000)");
    const row = wanLabel.ref.slice(1);
    const recommended = seed.result.adjustment.recommendedLimit;
    const yuanCell = at(yuan, `C${row}`)!;
    const wanCell = at(wan, `C${row}`)!;
    expect(yuanCell.value).toBe(recommended?.toNumber());
    expect(wanCell.value).toBe(recommended?.div(10000).toNumber());
    expect(wanCell.formula).toMatch(/^IF\(ISNUMBER\('[^']+'!\$B\$\d+\),'[^']+'!\$B\$\d+\/10000,/);
    expect(wanCell.numberFormat).toBe("#,##0.00");
    for (const [plan, unit] of [
      [yuan, "unit"],
      [wan, "tenThousand"],
    ] as const)
      expect(
        summaryAmountUnit(
          plan.cells.map((c) => c.value),
          "CNY"
        )
      ).toBe(unit);
  });

  it("keeps layout 3's label whatever is asked", () => {
    const old = workbook(seed, language, 3, "tenThousand").summary;
    expect(limitRow(old).value).toBe(language === "zh-CN" ? "额度（CNY）" : "Limit (CNY)");
  });
});
