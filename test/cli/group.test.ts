import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SEED_EXAMPLE } from "../support/examples";
import { compileCli, runCli } from "./compiled-cli";

const EXAMPLES = join(__dirname, "..", "..", "examples");

/** A group whose subsidiary is the seed client (JX-GC-2024-0042, scored grade D, 25,000,000). */
async function groupWithSeed(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const members = workbook.addWorksheet("集团成员");
  members.addRow([
    "成员名称",
    "客户编号",
    "集团地位",
    "直接母公司",
    "母公司持股比例",
    "经营财务状况",
    "治理等级",
    "净资产",
    "我行现有授信余额",
    "本次申请额度",
  ]);
  members.addRow([
    "赣昌控股集团",
    "GC-0",
    "集团母公司",
    null,
    null,
    "一般",
    "B",
    3000000000,
    100000000,
    20000000,
  ]);
  members.addRow([
    "赣昌城建",
    "JX-GC-2024-0042",
    "控股子公司",
    "GC-0",
    0.6,
    "较差",
    null,
    800000000,
    50000000,
    50000000,
  ]);
  const profile = workbook.addWorksheet("集团概况");
  profile.addRow(["项目", "内容"]);
  profile.addRow(["集团名称", "赣昌集团"]);
  profile.addRow(["我行资本净额", 1000000000]);
  await workbook.xlsx.writeFile(file);
}

describe("govscore group and template --group, as a child process", () => {
  const cli = compileCli();
  const dir = mkdtempSync(join(tmpdir(), "govscore-group-cli-"));
  afterAll(() => {
    cli.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a blank group workbook that reads back as an empty group", async () => {
    const out = join(dir, "blank-group.xlsx");
    const made = await runCli(cli.main, ["template", out, "--group", "--lang", "zh"], { cwd: dir });
    expect(made.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["集团成员", "担保关系", "集团概况"]);
    const relation = workbook.getWorksheet("集团成员")!.getCell("C2").dataValidation;
    expect(relation?.type).toBe("list");
    const run = await runCli(cli.main, ["group", out, "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no member/);
  }, 120_000);

  it("uses a member's verified scorecard (grade, recommended limit) and prints JSON", async () => {
    copyFileSync(join(EXAMPLES, `${SEED_EXAMPLE}.xlsx`), join(dir, "seed.xlsx"));
    const scored = await runCli(cli.main, ["score", join(dir, "seed.xlsx"), "--lang", "en"], {
      cwd: dir,
    });
    expect(scored.code).toBe(0);
    const group = join(dir, "gc-group.xlsx");
    await groupWithSeed(group);
    const run = await runCli(
      cli.main,
      ["group", group, "--members", dir, "--json", "--lang", "en"],
      { cwd: dir }
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      members: {
        clientId: string;
        grade: string;
        recommendedLimit: string;
        recommendationBasis: string;
        scoreSource: string;
      }[];
      credit: { cap: string; headroom: string; allocatedTotal: string };
      output: string;
    };
    // cap 150,000,000; existing 150,000,000; headroom 0: nothing allocated.
    expect(json.credit).toMatchObject({ cap: "150000000", headroom: "0", allocatedTotal: "0" });
    expect(json.members[1]).toMatchObject({
      clientId: "JX-GC-2024-0042",
      grade: "D",
      recommendedLimit: "25000000",
      recommendationBasis: "scorecard",
      scoreSource: "seed.scored.xlsx",
    });
    expect(existsSync(json.output)).toBe(true);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(json.output);
    expect(written.worksheets.map((w) => w.name)).toEqual([
      "集团成员",
      "集团概况",
      "Group assessment",
      "Model",
      "Audit log",
    ]);
    // The audit log: a chain bound to the group, then the assessment with the group's fingerprint.
    const log = (w: ExcelJS.Workbook) =>
      w
        .getWorksheet("Audit log")!
        .getSheetValues()
        .slice(2)
        .map((row) => (row as ExcelJS.CellValue[]).slice(1, 15));
    const rows = log(written);
    // Layout 4 (READABLE_AUDIT_COLUMNS): event code G, result E, the input fingerprint (the group's) J.
    expect(rows.map((r) => [r[6], r[4]])).toEqual([
      ["chainStarted", "赣昌集团"],
      ["groupAssessed", expect.stringMatching(/^group outcome /) as unknown],
    ]);
    expect(rows[1]?.[9]).toBe(
      (JSON.parse(run.stdout) as { groupFingerprint: string }).groupFingerprint
    );
    // Written once: a second run without --force keeps it.
    const again = await runCli(cli.main, ["group", group, "--members", dir, "--lang", "en"], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--force/);
    // With --force the output is replaced and its audit log continued: one more row, intact.
    const forced = await runCli(
      cli.main,
      ["group", group, "--members", dir, "--lang", "en", "--force", "--user", "Li"],
      { cwd: dir }
    );
    expect(forced.code).toBe(0);
    const rewritten = new ExcelJS.Workbook();
    await rewritten.xlsx.readFile(json.output);
    const continued = log(rewritten);
    expect(continued.map((r) => r[6])).toEqual(["chainStarted", "groupAssessed", "groupAssessed"]);
    expect(continued[2]?.[3]).toBe("Li");
    expect(continued.slice(0, 2)).toEqual(rows);
  }, 180_000);
});
