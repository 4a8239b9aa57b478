import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, libreOfficeGate } from "../support/libreoffice";
import { describeFor } from "../support/required-program";
import { runCliInProcess } from "./in-process-cli";

/**
 * What the Excel add-in does, with LibreOffice Calc as the spreadsheet: a workbook scored by the
 * CLI is opened, every formula recalculated (the profile forces it on load) and saved; the saved
 * file must still verify. A wrong cached value planted before the recalculation proves that the
 * values checked are the spreadsheet's, not ours. LibreOffice is the run's one instance
 * (test/support/libreoffice.ts); without it the suite fails in CI and is skipped elsewhere.
 */

/** Every example client that scores (the broken one is refused by design). */
const EXAMPLES = readdirSync(join(__dirname, "../../examples"))
  .filter((file) => file.endsWith(".xlsx") && !file.includes("broken"))
  .map((file) => file.replace(/\.xlsx$/, ""));

const describeIfLibreOffice = describeFor(libreOfficeGate());

/** The row of a sheet whose column A holds `label`. */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): number {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getCell(`A${row}`).value === label) return row;
  throw new Error(`no row labelled ${label}`);
}

describeIfLibreOffice("a scored workbook recalculated by LibreOffice Calc", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "govscore-lo-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("still verifies for every example, with the spreadsheet's own values", async () => {
    const run = (args: string[]) =>
      runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    mkdirSync(join(dir, "in"));
    for (const name of EXAMPLES)
      copyFileSync(
        join(__dirname, "../../examples", `${name}.xlsx`),
        join(dir, "in", `${name}.xlsx`)
      );
    expect((await run(["score", "in", "--out", ".", "--lang", "zh"])).code).toBe(0);
    for (const name of EXAMPLES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, `${name}.scored.xlsx`));
      const sheet = workbook.getWorksheet("治理评分卡")!;
      sheet.getCell("B13").value = { formula: String(sheet.getCell("B13").formula), result: 999 };
      await workbook.xlsx.writeFile(join(dir, `${name}.planted.scored.xlsx`));
    }
    const planted = await run(["verify", `${EXAMPLES[0]}.planted.scored.xlsx`]);
    expect(planted.code).toBe(1);
    // Two real changes LibreOffice re-saves in its own way: the score's formula without its
    // inner rounding (the same value once recalculated), and the audit committee's boolean
    // flipped (F6 holds through the external audit; LibreOffice saves the constant as the
    // formula TRUE() or FALSE()). Verify must still name both.
    const seed = EXAMPLES.find((name) => name.startsWith("05-"))!;
    const changes = {
      score: (sheet: ExcelJS.Worksheet) => {
        const formula = String(sheet.getCell("B13").formula);
        sheet.getCell("B13").value = {
          formula: formula.replace(/^ROUND\(ROUND\((.*),10\),/, "ROUND(($1),"),
          result: 0,
        };
      },
      boolean: (sheet: ExcelJS.Worksheet) => {
        const row = rowLabelled(sheet, "审计委员会");
        sheet.getCell(`B${row}`).value = (sheet.getCell(`B${row}`).result as unknown) !== true;
      },
    };
    for (const [change, apply] of Object.entries(changes)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, `${seed}.scored.xlsx`));
      apply(workbook.getWorksheet("治理评分卡")!);
      await workbook.xlsx.writeFile(join(dir, `${change}.changed.xlsx`));
    }
    await convertWithLibreOffice(
      [
        ...EXAMPLES.map((name) => join(dir, `${name}.planted.scored.xlsx`)),
        ...Object.keys(changes).map((change) => join(dir, `${change}.changed.xlsx`)),
      ],
      join(dir, "calc")
    );
    for (const name of EXAMPLES) {
      const verify = await run(["verify", join("calc", `${name}.planted.scored.xlsx`)]);
      expect(verify.stdout).toMatch(
        /^OK: \d+ cells of the scorecard, model and audit-log sheets and 2 audit-log rows check out/
      );
      expect(verify.code).toBe(0);
    }
    const score = await run(["verify", join("calc", "score.changed.xlsx")]);
    expect(score.code).toBe(1);
    // LibreOffice drops the inner ROUND and the quotes; the factor rows (D…:D…) are the same on both sides.
    expect(score.stdout).toMatch(
      /'治理评分卡'!B13: the cell holds the formula =ROUND\(\(SUM\((D\d+:D\d+)\)\),评分模型!\$C\$(\d+)\) where the product wrote =ROUND\(ROUND\(SUM\(\1\),10\),'评分模型'!\$C\$\2\)/
    );
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(join(dir, "calc", "boolean.changed.xlsx"));
    const sheet = saved.getWorksheet("治理评分卡")!;
    const row = rowLabelled(sheet, "审计委员会");
    const now = sheet.getCell(`B${row}`).formula;
    expect(["TRUE()", "FALSE()"]).toContain(now);
    const boolean = await run(["verify", join("calc", "boolean.changed.xlsx")]);
    expect(boolean.code).toBe(1);
    // The seed's 审计委员会 is written 是 in its profile: layout 3 reads it by formula through the
    // model sheet's yes-words, so the constant typed over it is named against that formula
    // (layout 4 wraps it in IF(…,1,0), shown as 是/否).
    expect(boolean.stdout).toContain(
      `'治理评分卡'!B${row}: the cell holds the formula =${now} where the product wrote =IF(OR(`
    );
  });
});
