import { copyFileSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatMessage, msg, type MessageKey } from "../../src/core";
import { SEED_EXAMPLE } from "../support/examples";
import { compileCli, runCli } from "./compiled-cli";

/**
 * `govscore score <member> --group <group.xlsx>` end to end: the member's blank F5 item is filled
 * from the group, a conflict is decided by the worse value, the scorecard records the values, their
 * group-workbook cells and the group's fingerprint, and `verify` passes without the group file and
 * fails when a recorded value is changed.
 */

const BUSY_MACHINE = 180_000;
const EXAMPLES = join(__dirname, "..", "..", "examples");
const zh = (key: MessageKey) => formatMessage(msg(key), "zh-CN");

/** The seed client (JX-GC-2024-0042, controlled) in a group with a good parent and a poor sibling. */
async function writeGroup(file: string): Promise<void> {
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
  ]);
  members.addRow(["赣昌控股集团", "GC-0", "集团母公司", null, null, "一般", "B", 3e9, 1e8]);
  members.addRow([
    "赣昌城建",
    "JX-GC-2024-0042",
    "控股子公司",
    "GC-0",
    0.58,
    "一般",
    null,
    8e8,
    5e7,
  ]);
  members.addRow(["赣昌物业", "GC-2", "全资子公司", "GC-0", 1, "较差", null, 1e8, 0]);
  const profile = workbook.addWorksheet("集团概况");
  profile.addRow(["项目", "内容"]);
  profile.addRow(["集团名称", "赣昌集团"]);
  profile.addRow(["我行资本净额", 1e9]);
  await workbook.xlsx.writeFile(file);
}

/** The seed with its parent-governance item blank (the group fills it). */
async function writeMember(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(EXAMPLES, `${SEED_EXAMPLE}.xlsx`));
  const profile = workbook.getWorksheet("治理概况")!;
  profile.eachRow((row) => {
    if (row.getCell(1).value === "母公司治理效率") row.getCell(2).value = null;
  });
  await workbook.xlsx.writeFile(file);
}

/** The rows of the scorecard's group block, by their item label in column A. */
function blockRow(sheet: ExcelJS.Worksheet, label: string): number {
  const title = zh("sc.section.groupInputs");
  let inBlock = false;
  for (let row = 1; row <= sheet.rowCount; row++) {
    const a = sheet.getCell(`A${row}`).value;
    if (a === title) inBlock = true;
    else if (inBlock && a === label) return row;
  }
  throw new Error(`no group block row ${label}`);
}

const text = (sheet: ExcelJS.Worksheet, ref: string) => {
  const value = sheet.getCell(ref).value;
  return typeof value === "object" && value !== null && "result" in value
    ? String(value.result)
    : String(value ?? "");
};

describe("govscore score --group", () => {
  const cli = compileCli();
  const dir = mkdtempSync(join(tmpdir(), "govscore-score-group-"));
  const govscore = (args: readonly string[]) =>
    runCli(cli.main, args, { cwd: dir, env: { LANG: "zh_CN.UTF-8" } });
  afterAll(() => {
    cli.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "fills the blank item, the worse wins, verify needs no group file, a changed value fails",
    async () => {
      await writeGroup(join(dir, "group.xlsx"));
      await writeMember(join(dir, "seed.xlsx"));
      const run = await govscore(["score", "seed.xlsx", "--group", "group.xlsx", "--json"]);
      expect(run.stderr).toContain("group.xlsx");
      expect(run.code).toBe(0);
      const [summary] = JSON.parse(run.stdout) as { inputFingerprint: string }[];

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, "seed.scored.xlsx"));
      const sheet = workbook.getWorksheet(zh("sheet.scorecard"))!;
      const row = (item: string) => blockRow(sheet, zh(`item.${item}` as MessageKey));
      const values = (item: string) => ["B", "C", "D"].map((c) => text(sheet, `${c}${row(item)}`));
      // used | profile | group
      expect(values("groupPosition")).toEqual(["控股子公司", "控股子公司", "控股子公司"]);
      expect(values("parentGovernance")).toEqual(["良好", "—", "良好"]);
      expect(values("parentCondition")).toEqual(["较差", "较差", "一般"]);
      expect(values("siblingsCondition")).toEqual(["较差", "一般", "较差"]);
      expect(text(sheet, `E${row("parentGovernance")}`)).toBe("集团成员!G2");
      expect(text(sheet, `B${blockRow(sheet, zh("sc.group.file"))}`)).toBe("group.xlsx");
      expect(text(sheet, `B${blockRow(sheet, zh("sc.group.fingerprint"))}`)).toMatch(
        /^[0-9a-f]{64}$/
      );
      expect(summary?.inputFingerprint).toMatch(/^[0-9a-f]{64}$/);
      // The scoring event names the group workbook.
      const log = workbook.getWorksheet(zh("sheet.auditLog"))!;
      // Layout 4: the reason in F (READABLE_AUDIT_COLUMNS).
      expect(text(log, `F${log.rowCount}`)).toContain("group.xlsx");

      // Verify without the group workbook.
      renameSync(join(dir, "group.xlsx"), join(dir, "group-moved.xlsx"));
      const verified = await govscore(["verify", "seed.scored.xlsx"]);
      expect(verified.stderr).toBe("");
      expect(verified.code).toBe(0);

      // A recorded group value changed: the input fingerprint no longer matches.
      sheet.getCell(`D${row("siblingsCondition")}`).value = "良好";
      await workbook.xlsx.writeFile(join(dir, "tampered.xlsx"));
      const tampered = await govscore(["verify", "tampered.xlsx"]);
      expect(tampered.code).toBe(1);
      expect(`${tampered.stdout}${tampered.stderr}`).toMatch(/输入指纹/);
    },
    BUSY_MACHINE
  );

  it(
    "says so when the client is not a member, and scores it alone",
    async () => {
      await writeGroup(join(dir, "group2.xlsx"));
      copyFileSync(join(EXAMPLES, "01-grade-a-ruifeng-precision.xlsx"), join(dir, "a.xlsx"));
      const run = await govscore(["score", "a.xlsx", "--group", "group2.xlsx"]);
      expect(run.code).toBe(0);
      expect(`${run.stdout}${run.stderr}`).toMatch(/不在集团工作簿group2\.xlsx的成员中/);
    },
    BUSY_MACHINE
  );
});
