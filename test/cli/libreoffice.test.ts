import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice, libreOfficeGate } from "../support/libreoffice";
import { describeFor } from "../support/required-program";
import { compileCli, runCli } from "./compiled-cli";

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

describeIfLibreOffice("a scored workbook recalculated by LibreOffice Calc", () => {
  let cli: ReturnType<typeof compileCli>;
  let dir = "";
  beforeAll(() => {
    cli = compileCli();
    dir = mkdtempSync(join(tmpdir(), "govscore-lo-"));
  });
  afterAll(() => {
    cli.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("still verifies for every example, with the spreadsheet's own values", async () => {
    const run = (args: string[]) =>
      runCli(cli.main, args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
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
    await convertWithLibreOffice(
      EXAMPLES.map((name) => join(dir, `${name}.planted.scored.xlsx`)),
      join(dir, "calc")
    );
    for (const name of EXAMPLES) {
      const verify = await run(["verify", join("calc", `${name}.planted.scored.xlsx`)]);
      expect(verify.stdout).toMatch(/^OK: \d+ scorecard figures and 2 audit-log rows check out/);
      expect(verify.code).toBe(0);
    }
  }, 360_000);
});
