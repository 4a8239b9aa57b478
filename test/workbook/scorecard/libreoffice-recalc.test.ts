import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { appendAuditEvent, auditEventFor, type AuditRow } from "../../../src/workbook/audit";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import {
  scorecardIndex,
  scoredWorkbookPlan,
  SCORECARD_CELLS,
} from "../../../src/workbook/scorecard";
import { convertWithLibreOffice, libreOfficeGate } from "../../support/libreoffice";
import { describeFor } from "../../support/required-program";
import { allCases, GENERATED_AT, type ScorecardCase } from "./cases";
import { engineValue, plantResult, workbookOf } from "./xlsx";
import { expectedFactor, seedExpected as seed } from "../../support/examples";

/**
 * The decisive check of the scorecard's formulas: LibreOffice recalculates every formula of the
 * scorecard and the model sheet from the input sheets, and each result must equal the engine's
 * value. The profile forces recalculation on load (OOXMLRecalcMode 0); without it LibreOffice
 * keeps the cached values and this test could not fail, which the planted wrong values prove.
 * LibreOffice is the run's one instance (test/support/libreoffice.ts); without it the suite fails
 * in CI and is skipped elsewhere.
 */
const describeIfLibreOffice = describeFor(libreOfficeGate());

function planFor(c: ScorecardCase): WorkbookPlan {
  let rows: AuditRow[] = [];
  rows = appendAuditEvent(
    rows,
    auditEventFor("scored", c.result, {
      time: GENERATED_AT,
      user: "王芳",
      language: c.language,
      enteredBy: "test",
    })
  );
  return scoredWorkbookPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language: c.language,
    generatedAt: GENERATED_AT,
    auditRows: rows,
    ...(c.twins === undefined ? {} : { twins: c.twins }),
  });
}

function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number")
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9;
  if (expected === null || expected === "")
    return actual === "" || actual === null || actual === undefined;
  return actual === expected;
}

describeIfLibreOffice("LibreOffice recalculates the scorecard to the engine's values", () => {
  const dir = mkdtempSync(join(tmpdir(), "govscore-recalc-"));
  const cases = allCases();
  const plans = cases.map(planFor);
  const files = cases.map((c, i) => join(dir, `${i}-${c.name}.xlsx`));
  const planted = join(dir, "planted.xlsx");
  const out = join(dir, "out");

  beforeAll(async () => {
    for (let i = 0; i < cases.length; i++)
      await workbookOf(cases[i]!.client.sheets, plans[i]!).xlsx.writeFile(files[i]!);
    // The seed case again, with wrong cached values that a recalculation must correct.
    const wrong = workbookOf(cases[0]!.client.sheets, plans[0]!);
    const sheet = wrong.getWorksheet(plans[0]!.sheets[0]!.name)!;
    for (const [ref, result] of [
      [SCORECARD_CELLS.score, 999],
      [SCORECARD_CELLS.factorPoints.F2, 77],
      [SCORECARD_CELLS.modelGrade, "A"],
    ] as const)
      plantResult(
        sheet,
        ref,
        plans[0]!.sheets[0]!.cells.find((c) => c.ref === ref)!.formula!,
        result
      );
    await wrong.xlsx.writeFile(planted);

    await convertWithLibreOffice([...files, planted], out);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function recalculated(file: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, file.split("/").pop()!));
    return workbook;
  }

  it.each(cases.map((c, i) => [c.name, c.language, i] as const))(
    "%s (%s): every formula of the scorecard and the model sheet",
    async (_name, _language, i) => {
      const workbook = await recalculated(files[i]!);
      const mismatches: string[] = [];
      let checked = 0;
      for (const sheetPlan of plans[i]!.sheets) {
        const sheet = workbook.getWorksheet(sheetPlan.name);
        expect(sheet).toBeDefined();
        for (const cell of sheetPlan.cells.filter((c) => c.formula !== undefined)) {
          const actual = engineValue(sheet!.getCell(cell.ref));
          checked++;
          if (!same(cell.value, actual))
            mismatches.push(
              `${sheetPlan.name}!${cell.ref}: engine ${JSON.stringify(cell.value)}, LibreOffice ${JSON.stringify(actual)} ← =${cell.formula}`
            );
        }
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(40);
    }
  );

  it("corrects deliberately wrong cached values (so the check above can fail)", async () => {
    const sheet = (await recalculated(planted)).getWorksheet(plans[0]!.sheets[0]!.name)!;
    expect(engineValue(sheet.getCell(SCORECARD_CELLS.score))).toBe(Number(seed.score));
    expect(engineValue(sheet.getCell(SCORECARD_CELLS.factorPoints.F2))).toBe(
      Number(expectedFactor(seed, "F2").points)
    );
    expect(engineValue(sheet.getCell(SCORECARD_CELLS.modelGrade))).toBe(seed.modelGrade);
  });

  it("keeps hostile input texts as literal text", async () => {
    const i = cases.findIndex((c) => c.name === "overridden");
    const workbook = await recalculated(files[i]!);
    const sheet = workbook.getWorksheet(plans[i]!.sheets[0]!.name)!;
    const texts: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(engineValue(cell))));
    expect(texts).toContain('=HYPERLINK("x")');
    expect(texts).toContain('=HYPERLINK("http://x")');
    expect(texts).toContain("=1+1 诉讼未决，审慎下调");
    expect(sheet.getCell(SCORECARD_CELLS.override.reason).type).not.toBe(ExcelJS.ValueType.Formula);
    expect(engineValue(sheet.getCell(SCORECARD_CELLS.override.reason))).toBe(
      "=1+1 诉讼未决，审慎下调"
    );
    const index = scorecardIndex(plans[i]!);
    expect(engineValue(sheet.getCell(index.cells.finalGrade))).toBe("C");
    expect(engineValue(sheet.getCell(index.cells.modelGrade))).toBe(cases[i]!.result.modelGrade);
  });
});
