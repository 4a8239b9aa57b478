import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { seedExpected } from "../support/examples";
import { profileValueCell } from "../../src/workbook/template";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSummary } from "../../src/app";
import { snapshotToXlsx } from "../adapters/xlsx/helpers/client-files";
import { sheetXml, withSheetXml } from "../adapters/xlsx/helpers/hostile-files";
import { clientWorkbook, holdersWithColumn, workbookWith } from "../workbook/read/client";
import { compileCli, runCli } from "./compiled-cli";
import { runCliInProcess } from "./in-process-cli";

let cli: ReturnType<typeof compileCli>;
let dir = "";

beforeAll(() => {
  cli = compileCli();
  dir = mkdtempSync(join(tmpdir(), "govscore-cli-"));
});
afterAll(() => {
  cli.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** govscore in this process (in-process-cli.ts): what most tests here need. */
const govscore = (args: readonly string[], env: Record<string, string> = { LANG: "en_US.UTF-8" }) =>
  runCliInProcess(args, { cwd: dir, env });
/** govscore compiled, as a child process: its real exit codes and streams. */
const govscoreProcess = (
  args: readonly string[],
  env: Record<string, string> = { LANG: "en_US.UTF-8" }
) => runCli(cli.main, args, { cwd: dir, env });

/** Fill the English template as an officer would in Excel. */
async function fillTemplate(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: [string, string, ExcelJS.CellValue][] = [
    ["Shareholders", "A2", "Alpha Holdings"],
    ["Shareholders", "B2", "Private enterprise"],
    ["Shareholders", "C2", 0.7],
    ["Shareholders", "A3", "Beta Capital"],
    ["Shareholders", "B3", "State-owned enterprise"],
    ["Shareholders", "C3", 0.3],
    ["Board", "A2", "Chen"],
    ["Board", "B2", "Chair"],
    ["Board", "A3", "Li"],
    ["Board", "B3", "Director"],
    ["Board", "C3", "General manager"],
    ["Board", "A4", "Wang"],
    ["Board", "B4", "Independent director"],
    ["Profile", profileValueCell("clientName"), "Alpha Manufacturing Ltd"],
    ["Profile", profileValueCell("clientId"), "C-001"],
    ["Profile", profileValueCell("gmAppointment"), "Appointed and removed by the board"],
    ["Profile", profileValueCell("groupPosition"), "Not a group member"],
    ["Profile", profileValueCell("baseRating"), "A"],
    ["Profile", profileValueCell("requestedLimit"), 50_000_000],
    ["Profile", profileValueCell("requestedTenorMonths"), 60],
  ];
  for (const [sheet, ref, value] of cells) workbook.getWorksheet(sheet)!.getCell(ref).value = value;
  await workbook.xlsx.writeFile(path);
}

describe("govscore", () => {
  it("template → filled in → score → override → verify, compiled, as a child process", async () => {
    const template = await govscoreProcess(["template", "alpha.xlsx", "--lang", "en"]);
    expect(template).toMatchObject({ code: 0, stdout: "Template written: alpha.xlsx\n" });
    expect((await govscoreProcess(["template", "alpha.xlsx"])).code).toBe(1);
    await fillTemplate(join(dir, "alpha.xlsx"));

    const score = await govscoreProcess(["score", "alpha.xlsx", "--user", "Wang Fang"]);
    expect(score.stderr).toBe("");
    expect(score.code).toBe(0);
    expect(score.stdout).toMatch(
      /^alpha\.xlsx: Alpha Manufacturing Ltd: grade B, score \d+\.\d\d, completeness 90\.00%, adjusted rating A, limit 45,000,000 CNY, tenor 60 months, \d+ red flags? → alpha\.scored\.xlsx\n {2}Audit head: chain [0-9a-f]{12}…, row 2, hash [0-9a-f]{64} \(keep it to check later with verify --anchor\)\n$/
    );

    const override = await govscoreProcess([
      "override",
      "alpha.scored.xlsx",
      "--grade",
      "C",
      "--reason",
      "Pending litigation",
      "--officer",
      "Wang Fang",
    ]);
    expect(override.code).toBe(0);
    expect(override.stdout).toContain("Override recorded: model grade B → final grade C");

    const verify = await govscoreProcess(["verify", "alpha.scored.xlsx", "--lang", "zh"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(
      /^校验通过：评分卡、模型表与审计日志的\d+个单元格及审计日志3行均一致。.*最终等级C。评审摘要“[^”]+”一并核对一致。\n$/
    );
  });

  it("refuses an override without changing the file, and names a tampered cell on verify", async () => {
    const input = join(dir, "seed.xlsx");
    writeFileSync(input, await snapshotToXlsx(clientWorkbook()));
    expect((await govscore(["score", "seed.xlsx"])).code).toBe(0);
    const scored = join(dir, "seed.scored.xlsx");
    const bytes = readFileSync(scored);
    const refused = await govscore(
      ["override", "seed.scored.xlsx", "--grade", "B", "--reason", "担保", "--officer", "王芳"],
      { LANG: "zh_CN.UTF-8" }
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("人工调整被拒绝，工作簿未作修改");
    expect(readFileSync(scored).equals(bytes)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(scored);
    workbook.getWorksheet("Governance scorecard")!.getCell("B13").value = {
      formula: "1+1",
      result: 99,
    };
    await workbook.xlsx.writeFile(join(dir, "tampered.scored.xlsx"));
    const verify = await govscore(["verify", "tampered.scored.xlsx"]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(
      `'Governance scorecard'!B13: the cell holds the formula =1+1 where the product wrote =ROUND(`
    );
    expect(verify.stdout).toContain("  found:    =1+1\n");
  });

  it.each([
    [["frobnicate"], "Unknown command frobnicate."],
    [[], "No command given."],
    [["score", "--colour"], "Unknown option --colour for score."],
    [["score"], "score needs <file.xlsx | folder>."],
    [["score", "a.xlsx", "--lang", "fr"], "--lang must be zh or en, not fr."],
    [["override", "a.scored.xlsx", "--grade", "C"], "override needs --reason."],
    [
      ["override", "a.xlsx", "--grade", "C", "--reason", "r", "--officer", "o"],
      "a.xlsx is not a .scored.xlsx file",
    ],
    [["verify", "a.xlsx", "b.xlsx"], "Unexpected argument b.xlsx for verify."],
  ])("exits 2 with usage for %j", async (args, reason) => {
    const run = await govscore(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain("Usage:");
  });

  it("exits 2 with usage, as a child process", async () => {
    const run = await govscoreProcess(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Unknown command frobnicate.");
    expect(run.stderr).toContain("Usage:");
  });

  it("prints help and exits 0", async () => {
    const run = await govscore(["help"], { LANG: "zh_CN.UTF-8" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("用法：");
  });

  it("scores a folder in parallel: one broken and one hostile workbook reported, the others scored, the portfolio written", async () => {
    const folder = join(dir, "clients");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-seed.xlsx"), await snapshotToXlsx(clientWorkbook()));
    writeFileSync(join(folder, "b-small.xlsx"), await snapshotToXlsx(workbookWith()));
    writeFileSync(
      join(folder, "c-broken.xlsx"),
      await snapshotToXlsx(workbookWith({ holders: holdersWithColumn("Stake", [30, "lots", 20]) }))
    );
    writeFileSync(
      join(folder, "d-hostile.xlsx"),
      await withSheetXml(sheetXml({ dimension: "A1:XFD1048576" }))
    );
    writeFileSync(join(folder, "old.scored.xlsx"), "not even a zip");
    const run = await govscore(["score", folder, "--json", "--out", join(dir, "out")]);
    expect(run.code).toBe(1);
    const summaries = JSON.parse(run.stdout) as WorkbookSummary[];
    expect(summaries.map((s) => [s.file, s.finalGrade, s.errors.length > 0])).toEqual([
      ["a-seed.xlsx", "D", false],
      ["b-small.xlsx", "B", false],
      ["c-broken.xlsx", null, true],
      ["d-hostile.xlsx", null, true],
    ]);
    expect(Object.keys(summaries[0]!)).toEqual([
      "file",
      "clientName",
      "clientId",
      "score",
      "modelGrade",
      "finalGrade",
      "completeness",
      "factors",
      "knockouts",
      "flags",
      "adjustedRating",
      "recommendedLimit",
      "currency",
      "recommendedTenorMonths",
      "modelFingerprint",
      "inputFingerprint",
      "output",
      "errors",
      "override",
      "auditHead",
      "modelStatus",
      "modelVersion",
      "modelDifferences",
      "modelChange",
      "outcome",
      "provisional",
      "flagTitles",
      "requestedLimit",
      "scoredBy",
      "scoredAt",
    ]);
    // Every written workbook's audit head is kept in the portfolio, to anchor a later verify.
    expect(summaries[0]?.auditHead).toMatchObject({ rows: 2 });
    expect(summaries[2]?.auditHead).toBeNull();
    expect(summaries[2]?.errors[0]).toMatchObject({ sheet: "Shareholders", cell: "C3" });
    expect(summaries[3]?.errors[0]).toMatchObject({
      code: "sheet.dimensionTooLarge",
      sheet: "Register",
    });
    expect(run.stderr).toContain("d-hostile.xlsx: not scored");
    for (const name of ["a-seed", "b-small"])
      expect(existsSync(join(dir, "out", `${name}.scored.xlsx`))).toBe(true);
    expect(existsSync(join(dir, "out", "c-broken.scored.xlsx"))).toBe(false);
    const csv = readFileSync(join(dir, "out", "portfolio.csv"), "utf8");
    expect(csv.startsWith("\uFEFFFile,Client,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(6);
    expect(JSON.parse(readFileSync(join(dir, "out", "portfolio.json"), "utf8"))).toEqual(summaries);
    expect(
      readFileSync(join(dir, "out", "portfolio.xlsx"))
        .subarray(0, 2)
        .toString()
    ).toBe("PK");
  });
});

describe("govscore approvals and the audit trail", () => {
  it("an upgrade waits for govscore approve by a second person; verify --anchor checks kept heads", async () => {
    writeFileSync(join(dir, "trail.xlsx"), await snapshotToXlsx(clientWorkbook()));
    const score = await govscore(["score", "trail.xlsx", "--json"]);
    expect(score.code).toBe(0);
    const [summary] = JSON.parse(score.stdout) as WorkbookSummary[];
    const scoredHead = summary!.auditHead!;
    expect(scoredHead).toMatchObject({ rows: 2 });
    writeFileSync(join(dir, "heads.json"), JSON.stringify([summary]));

    // The officer cannot name the approver: an approval is the approver's own act.
    const named = await govscore([
      ...["override", "trail.scored.xlsx", "--grade", "C", "--reason", "担保充足"],
      ...["--officer", "王芳", "--approver", "李明"],
    ]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("An approval is a separate act of the approver");

    const pending = await govscore([
      ...["override", "trail.scored.xlsx", "--grade", "C", "--reason", "担保充足"],
      ...["--officer", "王芳"],
    ]);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toContain(
      "The upgrade to C waits for a second person: govscore approve trail.scored.xlsx --approver NAME"
    );
    expect(pending.stdout).toContain(`grade ${seedExpected.modelGrade},`);

    const self = await govscore(["approve", "trail.scored.xlsx", "--approver", " 王芳 "]);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain("The approver must be a different person from the officer");
    const approve = await govscore(["approve", "trail.scored.xlsx", "--approver", "李明"]);
    expect(approve.code).toBe(0);
    expect(approve.stdout).toContain("Approval recorded: final grade C in effect");
    expect(approve.stdout).toMatch(/Audit head: chain [0-9a-f]{12}…, row 4,/);

    // The head kept after scoring is still in the log: verify --anchor agrees.
    const anchored = await govscore(["verify", "trail.scored.xlsx", "--anchor", "heads.json"]);
    expect(anchored.code).toBe(0);
    expect(anchored.stdout).toMatch(
      /^OK: \d+ cells of the scorecard, model and audit-log sheets and 4 audit-log rows check out/
    );

    // A kept head the log no longer holds (rewritten history), and an unreadable anchor file.
    writeFileSync(
      join(dir, "forged.txt"),
      `${scoredHead.chain} ${scoredHead.rows} ${"e".repeat(64)}\n`
    );
    const forged = await govscore(["verify", "trail.scored.xlsx", "--anchor", "forged.txt"]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain("the audit log no longer holds the anchored head: row 2");
    writeFileSync(join(dir, "junk.txt"), "not a head\n");
    const junk = await govscore(["verify", "trail.scored.xlsx", "--anchor", "junk.txt"]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain("junk.txt: no audit heads could be read");

    // The last log row deleted: the scorecard's recorded head no longer matches.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "trail.scored.xlsx"));
    workbook.getWorksheet("Audit log")!.spliceRows(5, 1);
    await workbook.xlsx.writeFile(join(dir, "cut.scored.xlsx"));
    const cut = await govscore(["verify", "cut.scored.xlsx"]);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain("the scorecard was written when the audit log had 4 rows");

    // Scoring the cut workbook again is refused: the broken history cannot be laundered…
    const rescore = await govscore(["score", "cut.scored.xlsx", "--out", "again"]);
    expect(rescore.code).toBe(1);
    // …unless a new chain is started on purpose, recording the old head.
    const restart = await govscore([
      ...["score", "cut.scored.xlsx", "--out", "again"],
      ...["--new-chain", "log truncated by mistake; approved by risk"],
    ]);
    expect(restart.code).toBe(0);
  });
});
