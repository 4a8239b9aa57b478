import {
  failedSummary,
  portfolioColumn,
  portfolioCsvRows,
  portfolioPlan,
  PORTFOLIO_COLUMNS,
  PORTFOLIO_HEADER_ROW,
  DATA_PRINT_SCALE,
  REPORT_LAYOUT,
  type PortfolioColumnId,
  type WorkbookSummary,
} from "../../src/app";
import { columnLetters } from "../../src/workbook/a1";
import { CELL_STYLES } from "../../src/workbook/cell-styles";
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

  /** The cell of a column (by id) on the row of the n-th summary (0-based). */
  const cellOf = (id: PortfolioColumnId, n: number) =>
    `${portfolioColumn(id)}${PORTFOLIO_HEADER_ROW + 1 + n}`;
  /** The distribution table sits two columns right of the last portfolio column. */
  const distribution = (offset: number, row: number) =>
    `${columnLetters(PORTFOLIO_COLUMNS.length + 2 + offset)}${row}`;

  it("has one row per workbook and a chart-ready grade distribution as formulas", () => {
    const [sheet] = portfolioPlan(summaries, {
      language: "en-US",
      generatedAt: "2025-03-01",
    }).sheets;
    const at = (ref: string) => sheet!.cells.find((c) => c.ref === ref);
    expect(at(cellOf("file", 0))?.value).toBe("seed.xlsx");
    expect(at(cellOf("finalGrade", 0))?.value).toBe(seedExpected.modelGrade);
    expect(at(cellOf("modelStatus", 0))?.value).toBe("Approved model 1");
    expect(at(cellOf("score", 0))).toMatchObject({
      value: Number(seedExpected.score),
      numberFormat: "0.00",
    });
    expect(at(cellOf("errors", 3))?.value).toBe(
      "not scored, 1 problem; first: 股东名册!C5: not a percentage"
    );
    // The distribution: grade, count (COUNTIF over the final grades), share.
    const grades = `$${portfolioColumn("finalGrade")}$5:$${portfolioColumn("finalGrade")}$8`;
    expect(at(distribution(0, 5))?.value).toBe("A");
    expect(at(distribution(1, 6))).toMatchObject({
      value: 2,
      formula: `COUNTIF(${grades},${distribution(0, 6)})`,
    });
    expect(at(distribution(1, 9))).toMatchObject({ value: 3 });
    // Scored on 2025-03-01 under model 1: knock-outs only cap, the grade is final.
    expect(at(cellOf("outcome", 0))?.value).toBe("Proceed");
    expect(at(cellOf("provisional", 0))?.value).toBe("no");
    // The override, its approval, who scored and when, the model fingerprint, the audit head.
    expect(at(cellOf("override", 0))?.value).toBe("");
    expect(at(cellOf("modelFingerprint", 0))?.value).toBe(seed.modelFingerprint);
    expect(at(cellOf("auditHead", 0))?.value).toBe(
      seed.auditHead === null
        ? ""
        : `${seed.auditHead.chain} ${seed.auditHead.rows} ${seed.auditHead.hash}`
    );
    // Client text is a value, never a formula.
    expect(at(cellOf("client", 2))).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(at(cellOf("client", 2))?.formula).toBeUndefined();
  });

  it("writes red flags with their parameters, never a raw placeholder (both files, both languages)", () => {
    expect(seed.flags).toContain("oneVoiceBoard");
    for (const language of ["zh-CN", "en-US"] as const) {
      const [sheet] = portfolioPlan(summaries, { language, generatedAt: "2025-03-01" }).sheets;
      const texts = sheet!.cells.map((c) => c.value).filter((v) => typeof v === "string");
      const csv = portfolioCsvRows(summaries, language).flat();
      for (const text of [...texts, ...csv]) expect(String(text)).not.toMatch(/\{\w+\}/);
      const flags = sheet!.cells.find((c) => c.ref === cellOf("flags", 0))?.value;
      expect(flags).toContain(language === "en-US" ? "top-3 holdings above 80.00%" : "超过80.00%");
    }
  });

  it("has the requested limit, override and approval, officer, date and model fingerprint", () => {
    const overridden: WorkbookSummary = {
      ...seed,
      file: "o.xlsx",
      override: { grade: "C", approval: "pending", officer: "王芳", approver: null },
      scoredBy: "王芳",
      scoredAt: "2025-03-01T09:30:00+08:00",
      requestedLimit: "50000000",
    };
    const rows = portfolioCsvRows([overridden], "zh-CN");
    const field = (id: PortfolioColumnId) =>
      rows[1]?.[PORTFOLIO_COLUMNS.findIndex(([c]) => c === id)];
    expect(field("requestedLimit")).toBe("50000000");
    expect(field("override")).toBe("C（王芳）");
    expect(field("approval")).toBe("待审批：经第二人审批后方生效");
    expect(field("officer")).toBe("王芳");
    expect(field("scoredAt")).toBe("2025-03-01T09:30:00+08:00");
    expect(field("modelFingerprint")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives the CSV the same rows, in the language, with texts as they are", () => {
    const rows = portfolioCsvRows(summaries, "zh-CN");
    expect(rows[0]?.slice(0, 8)).toEqual([
      "文件",
      "客户名称",
      "客户编号",
      "模型等级",
      "最终等级",
      "审批结论",
      "模型状态",
      "得分",
    ]);
    expect(rows[1]?.slice(0, 9)).toEqual([
      "seed.xlsx",
      "某市城建开发有限公司",
      "C-2024-017",
      seedExpected.modelGrade,
      seedExpected.modelGrade,
      "正常审批",
      "已批准模型 1",
      fixed(seedExpected.score, 2),
      "100.00%",
    ]);
    expect(rows[3]?.[1]).toBe('=HYPERLINK("x")');
    expect(rows).toHaveLength(5);
  });

  it("prints legibly: the report fits landscape A4 at 100%, the data at 75%, no text below 8 pt", () => {
    const plan = portfolioPlan(summaries, { language: "zh-CN", generatedAt: "2025-03-01" });
    const [data, report] = plan.sheets;
    const printedPt = (sheet: typeof data, scale: number) =>
      Math.min(
        ...sheet!.cells.map((c) => (CELL_STYLES[c.style ?? "value"].font?.size ?? 11) * scale)
      );
    // Landscape A4 less Excel's default margins is about 987 px; a character of column width
    // is about 7 px of Calibri 11, so up to about 135 characters print unscaled.
    const width = (report!.columnWidths ?? []).reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(135);
    expect(report!.print).toMatchObject({ orientation: "landscape", fitToWidth: true });
    expect(report!.print?.titleRows).toBe(
      `${REPORT_LAYOUT.clientHeader}:${REPORT_LAYOUT.clientHeader}`
    );
    expect(printedPt(report, 1)).toBeGreaterThanOrEqual(8);
    expect(data!.print).toMatchObject({ orientation: "landscape", scale: DATA_PRINT_SCALE });
    expect(printedPt(data, DATA_PRINT_SCALE / 100)).toBeGreaterThanOrEqual(8);
    expect(report!.charts).toHaveLength(1);
  });

  it("handles an empty portfolio", () => {
    const [sheet] = portfolioPlan([], { language: "zh-CN", generatedAt: "2025-03-01" }).sheets;
    expect(sheet?.name).toBe("组合汇总");
    expect(sheet?.cells.find((c) => c.ref === distribution(1, 9))).toMatchObject({ value: 0 });
  });
});
