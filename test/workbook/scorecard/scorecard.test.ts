import { formatMessage, msg, shortFingerprint, type Language } from "../../../src/core";
import type { PlannedCell, SheetPlan } from "../../../src/workbook/plan";
import {
  SCORECARD_CELLS,
  scorecardIndex,
  scorecardPlan,
  scorecardSheetNames,
  scoredWorkbookPlan,
} from "../../../src/workbook/scorecard";
import { buildClient, scoreClient } from "./client";
import { allCases, GENERATED_AT, SPECS, V1, type ScorecardCase } from "./cases";
import { expectedFactor, seedExpected as seed } from "../../support/examples";

const CASES = allCases();
const byName = (name: string, language?: Language) =>
  CASES.find((c) => c.name === name && (language === undefined || c.language === language))!;

function planOf(c: ScorecardCase, language: Language = c.language): SheetPlan {
  return scorecardPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language,
    generatedAt: GENERATED_AT,
    ...(c.twins === undefined ? {} : { twins: c.twins }),
  });
}

const cell = (plan: SheetPlan, ref: string): PlannedCell | undefined =>
  plan.cells.find((c) => c.ref === ref);
const texts = (plan: SheetPlan) =>
  plan.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
const rowOfLabel = (plan: SheetPlan, label: string) =>
  plan.cells.find((c) => c.ref.startsWith("A") && c.value === label)?.ref.slice(1);

const EXCEL_2016_AND_LIBREOFFICE = new Set(
  "SUM SUMIF SUMPRODUCT COUNTIF COUNTA COUNT LARGE MAX MIN INDEX MATCH IF IFERROR AND OR NOT ROUND ROUNDDOWN ISNUMBER ISBLANK TRIM UPPER ABS".split(
    " "
  )
);

describe("the cases checked here and in LibreOffice", () => {
  it("cover the branches they are meant to", () => {
    const summary = (name: string, language?: Language) => {
      const r = byName(name, language).result;
      return [
        r.factors.map((f) => `${f.ruleId}=${f.points.toString()}`).join(" "),
        r.knockouts.map((k) => k.id).join(","),
        `${r.score.toString()} ${r.modelGrade}/${r.finalGrade}`,
      ];
    };
    expect(summary("seed")[0]).toBe(seed.factors.map((f) => `${f.rule}=${f.points}`).join(" "));
    expect(summary("gradeA")[2]).toBe("100 A/A");
    expect(summary("missing", "zh-CN")).toEqual([
      "F1.missing=0 F2.missing=0 F3.missing=0 F4.missing=0 F5.subsidiary.poor=15 F6.missing=0",
      "ownershipUnclear",
      "2.25 D/D",
    ]);
    expect(summary("missing", "en-US")[0]).toContain("F5.subsidiary.fair=50");
    // Concert group 45% leads; a member's 60% pledge is distress; the chair is GM (70 − 20).
    expect(summary("concert")[0]).toContain("F2.concentratedDistressed=10");
    expect(summary("concert")[0]).toContain("F4.mid=50");
    // Exactly 80% (50+20+10) is not above 80%; 2 of 6 is exactly 1/3; "other" exactly 20%.
    expect(summary("boundaryHigh")).toEqual([
      "F1.controller=100 F2.balanced=100 F3.board=100 F4.low=100 F5.standalone=100 F6.items=100",
      "",
      "100 A/A",
    ]);
    // Exactly 30% is not dispersed; 3 of 6 is exactly 1/2.
    expect(summary("boundaryMid")[0]).toContain("F2.balanced=100 F3.board=100 F4.mid=70");
    expect(summary("floatTrap")[0]).toContain("F2.balanced=100");
    expect(summary("floatTrapSum")[1]).toBe("");
    // 1 of 20 proposals rejected is exactly 5%: not below 5%, so shareholders do constrain.
    expect(summary("dispersed")[0]).toContain("F2.dispersedConstrained=70");
    expect(summary("dispersed")[1]).toBe("adverseAudit");
    expect(summary("overridden")[2]).toBe("77.5 B/C");
    expect(summary("unsafe")[0]).toContain("F5.subsidiary.fair=50");
  });
});

describe("the scorecard", () => {
  it.each(
    CASES.flatMap((c) =>
      (["zh-CN", "en-US"] as const).map((language) => [c.name, language, c] as const)
    )
  )(
    "shows every factor, flag, action, knock-out, gap and the adjustment (%s, %s)",
    (_name, language, c) => {
      const plan = planOf(c, language);
      const t = (ref: Parameters<typeof formatMessage>[0]) => formatMessage(ref, language);
      const all = texts(plan);
      expect(plan.name).toBe(scorecardSheetNames(language).scorecard);
      for (const f of c.result.factors) {
        expect(all).toContain(`${f.id} ${t(f.name)}`);
        expect(all.some((x) => x.includes(t(f.rule)))).toBe(true);
      }
      for (const flag of c.result.flags) {
        expect(all).toContain(t(flag.title));
        for (const action of flag.actions) expect(all).toContain(t(action.text));
      }
      for (const k of c.result.knockouts) expect(all).toContain(t(k.message));
      for (const gap of c.result.gaps) expect(all).toContain(t(gap.message));
      expect(all).toContain(t(msg("sc.knockout.notTriggered")));
      for (const label of [
        "sc.label.recommendedLimit",
        "sc.label.adjustedRating",
        "sc.label.multiplier",
        "sc.label.notches",
        "sc.label.tenorCap",
        "sc.label.enhancedCovenants",
        "sc.label.roundingUnit",
      ] as const)
        expect(all).toContain(t(msg(label)));
      if (c.result.adjustment.enhancedCovenants)
        expect(all).toContain(t(msg("adjustment.enhancedCovenants")));
      // Nothing left untranslated or unfilled.
      expect(all.filter((x) => /\{\w+\}|^sc\.|^ms\./.test(x))).toEqual([]);
    }
  );

  it("puts the key figures at fixed cells, formulas carrying the engine's values", () => {
    const c = byName("seed");
    const plan = planOf(c);
    expect(cell(plan, SCORECARD_CELLS.score)).toMatchObject({ value: Number(seed.score) });
    expect(cell(plan, SCORECARD_CELLS.score)?.formula).toMatch(
      /^ROUND\(ROUND\(SUM\(D49:D54\),10\),'评分模型'!\$C\$\d+\)$/
    );
    expect(cell(plan, SCORECARD_CELLS.scoreGrade)?.value).toBe(seed.scoreGrade);
    expect(cell(plan, SCORECARD_CELLS.cap)?.value).toBe("C");
    expect(cell(plan, SCORECARD_CELLS.modelGrade)?.value).toBe(seed.modelGrade);
    expect(cell(plan, SCORECARD_CELLS.finalGrade)).toMatchObject({
      value: seed.modelGrade,
      formula: "B16",
    });
    const a = seed.adjustment;
    expect(cell(plan, SCORECARD_CELLS.recommendedLimit)?.value).toBe(Number(a.recommendedLimit));
    expect(cell(plan, SCORECARD_CELLS.adjustedRating)?.value).toBe(a.adjustedRating);
    expect(cell(plan, SCORECARD_CELLS.recommendedTenor)?.value).toBe(
      Number(a.recommendedTenorMonths)
    );
    expect(cell(plan, SCORECARD_CELLS.factorPoints.F2)?.value).toBe(
      Number(expectedFactor(seed, "F2").points)
    );
    for (const ref of ["reason", "officer", "approver", "at"] as const)
      expect(cell(plan, SCORECARD_CELLS.override[ref])?.value ?? null).toBeNull();
    const index = scorecardIndex(plan);
    expect(index.cells.score).toBe("B13");
    expect(index.formulaCells.length).toBe(plan.cells.filter((x) => x.formula).length);
    expect(index.formulaCells.every((f) => f.value !== undefined)).toBe(true);
  });

  it("keeps an override's grade and texts as plain values", () => {
    const c = byName("overridden");
    const plan = planOf(c);
    expect(cell(plan, SCORECARD_CELLS.finalGrade)).toEqual(expect.objectContaining({ value: "C" }));
    expect(cell(plan, SCORECARD_CELLS.finalGrade)?.formula).toBeUndefined();
    expect(cell(plan, SCORECARD_CELLS.override.modelGrade)).toMatchObject({
      value: c.result.modelGrade,
      formula: "B16",
    });
    expect(cell(plan, SCORECARD_CELLS.override.reason)?.value).toBe("=1+1 诉讼未决，审慎下调");
    expect(cell(plan, SCORECARD_CELLS.override.officer)?.value).toBe("王芳");
    expect(cell(plan, "B4")?.value).toBe('=HYPERLINK("http://x")');
  });

  it("never puts input text into a formula, and uses only functions Excel 2016 and LibreOffice share", () => {
    for (const c of CASES) {
      const plan = planOf(c);
      const formulas = plan.cells.flatMap((x) => (x.formula === undefined ? [] : [x.formula]));
      for (const f of formulas) {
        expect(f).not.toMatch(/HYPERLINK|cmd\||诉讼|王芳|公司"|"C-/);
        for (const [, name] of f.matchAll(/([A-Z][A-Z0-9.]*)\(/g))
          expect(EXCEL_2016_AND_LIBREOFFICE.has(name!)).toBe(true);
      }
      const hostile = c.client.inputs.shareholders?.rows.map((r) => r.name.value) ?? [];
      for (const name of hostile) if (name?.startsWith("=")) expect(texts(plan)).toContain(name);
    }
  });

  it("rounds sums of stakes before comparing and decides board bands in integers", () => {
    const plan = planOf(byName("floatTrap"));
    const f = (label: string) => cell(plan, `B${rowOfLabel(plan, label)}`)?.formula ?? "";
    // 40% + 34.3% + 5.7% is 0.8000000000000002 in floating point: only the rounding keeps it 80%.
    expect(0.4 + 0.343 + 0.057).toBeGreaterThan(0.8);
    expect(f("Top-3 holdings")).toMatch(/^ROUND\(.*LARGE.*,10\)$/);
    expect(f("Sum of stakes")).toMatch(/^ROUND\(SUM\(.*\),10\)$/);
    expect(f("Held by holders of type other")).toMatch(/^ROUND\(SUMIF\(.*\),10\)$/);
    expect(cell(plan, SCORECARD_CELLS.factorPoints.F2)?.value).toBe(100);
    const f4 = cell(plan, SCORECARD_CELLS.factorPoints.F4)?.formula ?? "";
    expect(f4).toMatch(/^MAX\(0,IF\(B\d+\*'Model'!\$D\$\d+<='Model'!\$C\$\d+\*B\d+/);
    expect(f4).not.toContain("/");
  });

  it("uses the engine's value, and says so, where a formula cannot follow (concert groups)", () => {
    const c = byName("concert");
    const plan = planOf(c);
    const row = rowOfLabel(plan, "Top-3 holdings");
    expect(cell(plan, `B${row}`)).toMatchObject({ value: 0.9 });
    expect(cell(plan, `B${row}`)?.formula).toBeUndefined();
    expect(cell(plan, `E${row}`)?.value).toBe("engine: 股东名册!C2:C6 (concert groups)");
    // The points formula still references the engine-valued cell, so the chain stays traceable.
    expect(cell(plan, SCORECARD_CELLS.factorPoints.F2)?.formula).toContain(`B${row}>`);
    const zh = planOf(c, "zh-CN");
    const zhRow = rowOfLabel(zh, "前三大股东持股合计");
    expect(cell(zh, `E${zhRow}`)?.value).toBe("引擎计算：股东名册!C2:C6（合并一致行动人）");
  });

  it("does not reference ranges the reader found unsafe for formulas", () => {
    const c = byName("unsafe");
    const plan = planOf(c);
    const unsafeRows = Object.values(c.client.layout.profileItems)
      // 是/否 in a yes/no item is read by formula through the yes-words (layout 3).
      .filter((item) => !item.formulaSafe && item.yesWord !== true)
      .map((item) => item.cell.slice(1));
    expect(unsafeRows).toHaveLength(5);
    const formulas = plan.cells.flatMap((x) => (x.formula === undefined ? [] : [x.formula]));
    for (const f of formulas) {
      expect(f).not.toContain("'股东名册'!$C$");
      expect(f).not.toContain("'股东名册'!$B$");
      expect(f).not.toContain("'董事会'!$B$");
      for (const row of unsafeRows)
        expect(f).not.toMatch(new RegExp(`'治理概况'!\\$B\\$${row}(?!\\d)`));
    }
    expect(formulas.some((f) => f.includes("'治理概况'!$B$5"))).toBe(true);
  });

  it("shows a missing factor with the missing-data points from the model sheet", () => {
    const c = byName("missing", "zh-CN");
    const plan = planOf(c);
    const f4 = cell(plan, SCORECARD_CELLS.factorPoints.F4)!;
    expect(f4.value).toBe(0);
    expect(f4.formula).toMatch(/^INDEX\('评分模型'!\$E\$\d+:\$E\$\d+,MATCH\('评分模型'!\$C\$\d+,/);
    expect(texts(plan)).toContain("输入缺失：按缺失数据政策计分");
    expect(cell(plan, SCORECARD_CELLS.completeness)?.value).toBe(c.result.completeness.toNumber());
  });

  it("prints on A4 landscape, fitted to width, titles repeated, with the client and short fingerprint in the header", () => {
    const c = byName("seed");
    const plan = planOf(c);
    const last = Math.max(...plan.cells.map((x) => Number(x.ref.replace(/^[A-Z]+/, ""))));
    expect(plan.print).toEqual({
      area: `A1:E${last}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: "1:2",
      narrowMargins: true,
      header: `某市城建开发有限公司 · 公司治理评分卡 · 模型 ${shortFingerprint(c.result.modelFingerprint)}`,
      // Layout 4: the time as an officer reads it, its zone stated.
      footer: "生成时间 2025-03-01 09:30（北京时间）",
    });
    expect(cell(plan, "B8")?.value).toBe(c.result.modelFingerprint);
    expect(cell(plan, "B9")?.value).toBe(c.result.inputFingerprint);
  });

  it("makes a scored workbook: scorecard, model, audit log and the committee summary, in that order", () => {
    const c = byName("gradeA");
    const plan = scoredWorkbookPlan({
      result: c.result,
      inputs: c.client.inputs,
      layout: c.client.layout,
      params: c.params,
      language: "zh-CN",
      generatedAt: GENERATED_AT,
      auditRows: [],
    });
    expect(plan.sheets.map((s) => [s.role, s.name])).toEqual([
      ["scorecard", "治理评分卡"],
      ["model", "评分模型"],
      ["auditLog", "审计日志"],
      ["summary", "评审摘要"],
    ]);
    expect(scorecardSheetNames("en-US")).toEqual({
      scorecard: "Governance scorecard",
      model: "Model",
      auditLog: "Audit log",
    });
    expect(scorecardIndex(plan).sheet).toBe("治理评分卡");
  });

  // How long planning takes is measured by `npm run bench` ("plan the scored sheets"), not here.
  it("plans a 5,000-holder client in a bounded number of cells, not a row per holder", () => {
    const planFor = (count: number): SheetPlan => {
      const holders = Array.from({ length: count }, (_, i) => ({
        name: `股东${i + 1}`,
        type: i % 7 === 0 ? ("soe" as const) : ("individual" as const),
        stake: i < 10 ? "5" : "0.01",
        ...(i % 50 === 1 ? { group: `组${i % 13}` } : {}),
      }));
      const client = buildClient({ ...SPECS["gradeA"]!, holders });
      return scorecardPlan({
        result: scoreClient(client, V1),
        inputs: client.inputs,
        layout: client.layout,
        params: V1,
        language: "zh-CN",
        generatedAt: GENERATED_AT,
      });
    };
    const plan = planFor(5000);
    expect(plan.cells.length).toBeLessThan(600);
    // Holders are named only where the analysis needs them (the largest, concert-group members),
    // never one row per holder of the register.
    const named = texts(plan).flatMap((t) =>
      [...t.matchAll(/股东(\d+)/g)].map((m) => Number(m[1]))
    );
    expect(new Set(named).size).toBeLessThan(50);
  });
});
