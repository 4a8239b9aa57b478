import {
  failedSummary,
  portfolioCsvRows,
  portfolioPlan,
  type WorkbookSummary,
} from "../../src/app";
import { scoreAndApply } from "./helpers";
import { workbookWith } from "../workbook/read/client";
import { fixed, seedExpected } from "../support/examples";

describe("the portfolio", () => {
  const seed = { ...scoreAndApply().update.summary, file: "seed.xlsx" };
  const small = { ...scoreAndApply(workbookWith()).update.summary, file: "small.xlsx" };
  const hostile: WorkbookSummary = { ...small, file: "=evil.xlsx", clientName: '=HYPERLINK("x")' };
  const failed = failedSummary(
    "broken.xlsx",
    [
      {
        code: "value.percent",
        sheet: "股东名册",
        cell: "C5",
        message: { "zh-CN": "不是百分比", "en-US": "not a percentage" },
      },
    ],
    "en-US"
  );
  const summaries = [seed, small, hostile, failed];

  it("has one row per workbook and a chart-ready grade distribution as formulas", () => {
    const [sheet] = portfolioPlan(summaries, {
      language: "en-US",
      generatedAt: "2025-03-01",
    }).sheets;
    const at = (ref: string) => sheet!.cells.find((c) => c.ref === ref);
    expect(at("A5")?.value).toBe("seed.xlsx");
    expect(at("E5")?.value).toBe(seedExpected.modelGrade);
    expect(at("F5")?.value).toBe("Approved model 1");
    expect(at("G5")).toMatchObject({ value: Number(seedExpected.score), numberFormat: "0.00" });
    expect(at("O8")?.value).toBe("not scored, 1 problem(s); first: 股东名册!C5: not a percentage");
    // The distribution: grade, count (COUNTIF over the final grades), share.
    // (Two columns after the outcome and provisional columns R and S.)
    // Scored on 2025-03-01 under model 1: knock-outs only cap, the grade is final.
    expect(at("R5")?.value).toBe("Proceed");
    expect(at("S5")?.value).toBe("no");
    expect(at("U5")?.value).toBe("A");
    expect(at("V6")).toMatchObject({ value: 2, formula: "COUNTIF($E$5:$E$8,U6)" });
    expect(at("W6")).toMatchObject({ value: 2 / 3, formula: "IF($V$9=0,0,V6/$V$9)" });
    expect(at("V9")).toMatchObject({ value: 3, formula: "SUM(V5:V8)" });
    // After the errors: the override's approval and the audit head to keep.
    expect(at("P5")?.value).toBe("");
    expect(at("Q5")?.value).toBe(
      seed.auditHead === null
        ? ""
        : `${seed.auditHead.chain} ${seed.auditHead.rows} ${seed.auditHead.hash}`
    );
    // Client text is a value, never a formula.
    expect(at("B7")).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(at("B7")?.formula).toBeUndefined();
  });

  it("gives the CSV the same rows, in the language, with texts as they are", () => {
    const rows = portfolioCsvRows(summaries, "zh-CN");
    expect(rows[0]?.slice(0, 7)).toEqual([
      "文件",
      "客户名称",
      "客户编号",
      "模型等级",
      "最终等级",
      "模型状态",
      "得分",
    ]);
    expect(rows[1]?.slice(0, 8)).toEqual([
      "seed.xlsx",
      "某市城建开发有限公司",
      "C-2024-017",
      seedExpected.modelGrade,
      seedExpected.modelGrade,
      "已批准模型 1",
      fixed(seedExpected.score, 2),
      "100.00%",
    ]);
    expect(rows[3]?.[1]).toBe('=HYPERLINK("x")');
    expect(rows).toHaveLength(5);
  });

  it("handles an empty portfolio", () => {
    const [sheet] = portfolioPlan([], { language: "zh-CN", generatedAt: "2025-03-01" }).sheets;
    expect(sheet?.name).toBe("组合汇总");
    expect(sheet?.cells.find((c) => c.ref === "V9")).toMatchObject({ value: 0 });
  });
});
