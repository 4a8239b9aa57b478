import { appendAuditEvent, auditEventFor } from "../../../src/workbook/audit";
import { CELL_STYLES } from "../../../src/workbook/cell-styles";
import { scoredWorkbookPlan } from "../../../src/workbook/scorecard";
import { fixedRows } from "../../../src/workbook/scorecard/layout";
import { allCases, GENERATED_AT } from "../scorecard/cases";

/** The committee summary's plan: what it shows, how it refers to the scorecard, how it prints. */
describe.each(allCases().map((c) => [c.name, c] as const))(
  "the committee summary (%s)",
  (_n, c) => {
    const rows = appendAuditEvent(
      [],
      auditEventFor("scored", c.result, {
        time: GENERATED_AT,
        user: "王芳",
        language: c.language,
        enteredBy: "test",
      })
    );
    const plan = scoredWorkbookPlan({
      result: c.result,
      inputs: c.client.inputs,
      layout: c.client.layout,
      params: c.params,
      language: c.language,
      generatedAt: GENERATED_AT,
      auditRows: rows,
      ...(c.twins === undefined ? {} : { twins: c.twins }),
    });
    const summary = plan.sheets.find((s) => s.role === "summary")!;
    const scorecard = plan.sheets.find((s) => s.role === "scorecard")!;

    it("is the active sheet, printed on one A4 page, portrait, every font at least 9 pt", () => {
      expect(summary.active).toBe(true);
      expect(plan.sheets.filter((s) => s.active === true)).toHaveLength(1);
      expect(summary.print).toMatchObject({ orientation: "portrait", paper: "A4", onePage: true });
      for (const cell of summary.cells) {
        const size = cell.style === undefined ? 11 : (CELL_STYLES[cell.style].font?.size ?? 11);
        expect(size).toBeGreaterThanOrEqual(10);
      }
      // Four columns of at most 90 characters: A4 portrait at 100% with narrow margins.
      expect((summary.columnWidths ?? []).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(90);
    });

    it("shows the scorecard's figures through formulas, with their values cached", () => {
      const fixed = fixedRows(3);
      const byRef = new Map(scorecard.cells.map((cell) => [cell.ref, cell]));
      const linked = summary.cells.filter((cell) => cell.formula?.includes(`="","",`) === true);
      expect(linked.length).toBeGreaterThanOrEqual(10);
      for (const cell of linked) {
        const target = /!\$([A-Z]+)\$(\d+)/.exec(cell.formula ?? "");
        if (target === null) continue;
        const source = byRef.get(`${target[1]}${target[2]}`);
        expect(cell.value).toEqual(source?.value ?? "");
      }
      const score = summary.cells.find((cell) => cell.formula?.includes(`$B$${fixed.score}=`));
      expect(score?.value).toBe(c.result.score.toNumber());
      const outcome = summary.cells.find((cell) => cell.formula?.includes(`$B$${fixed.outcome}=`));
      expect(outcome).toBeDefined();
    });

    it("has a sign-off block: three roles, name, date and signature cells", () => {
      const signatures = summary.cells.filter((cell) => cell.style === "signature");
      expect(signatures).toHaveLength(9);
      expect(summary.rowHeights).toHaveLength(3);
    });
  }
);
