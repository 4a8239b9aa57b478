import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatMessage, msg, type MessageKey } from "../../src/core";
import { rezip, unzipAll } from "../adapters/xlsx/helpers/rezip";
import { suiteTempDir } from "../adapters/xlsx/helpers/temp-dir";
import { compileCli, runCli } from "./compiled-cli";

/**
 * Issue 9's last gap, from the command line: a register with a hidden row and an input cell that
 * holds a formula is scored, and the scorecard lists both as reading notes (读取说明), the summary
 * counts them, the scored copy verifies; a note edited on the scorecard fails verify; an override
 * carries the notes forward and still verifies.
 */

const BUSY_MACHINE = 120_000;
const temp = suiteTempDir("reading-notes");
const CLIENT = join(__dirname, "../fixtures/producers/exceljs.xlsx");
const REGISTER = "xl/worksheets/sheet1.xml";
const zh = (key: MessageKey) => formatMessage(msg(key), "zh-CN");

let cli: ReturnType<typeof compileCli>;
const govscore = (args: readonly string[]) =>
  runCli(cli.main, args, { cwd: temp.path(), env: { LANG: "zh_CN.UTF-8" } });

/** The producers corpus's client with register row 3 hidden and C4 a formula (cached 0.12). */
async function clientWithHiddenRowAndFormula(): Promise<Buffer> {
  const parts = await unzipAll(readFileSync(CLIENT));
  let sheet = parts.get(REGISTER)?.toString("utf8") ?? "";
  const edits: [RegExp, string][] = [
    [/<row r="3" /, '<row r="3" hidden="1" '],
    [
      /<c r="C4" s="(\d+)"><v>0\.12<\/v><\/c>/,
      '<c r="C4" s="$1"><f>ROUND(0.12,2)</f><v>0.12</v></c>',
    ],
  ];
  for (const [from, to] of edits) {
    if (!from.test(sheet)) throw new Error(`${String(from)} not found`);
    sheet = sheet.replace(from, to);
  }
  return rezip(readFileSync(CLIENT), { [REGISTER]: { data: sheet } });
}

/** Column A and B of the rows from the reading notes' header on, up to the first blank row. */
function notesOf(sheet: ExcelJS.Worksheet): { first: number; rows: [string, string][] } {
  const title = zh("sc.section.readingNotes");
  let section = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === title) section = n;
  });
  if (section === 0) throw new Error("no reading notes on the scorecard");
  const rows: [string, string][] = [];
  for (let n = section + 2; n <= sheet.rowCount; n++) {
    const a = sheet.getCell(`A${n}`).value;
    const b = sheet.getCell(`B${n}`).value;
    if ((a ?? "") === "" && (b ?? "") === "") break;
    rows.push([String(a ?? ""), String(b ?? "")]);
  }
  return { first: section + 2, rows };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(temp.path(), file));
  return workbook;
}

beforeAll(async () => {
  cli = compileCli();
  temp.file("client.xlsx", await clientWithHiddenRowAndFormula());
}, BUSY_MACHINE);
afterAll(() => cli.remove());

describe("reading notes on the scorecard, from the command line", () => {
  it(
    "lists the hidden row and the formula cell on the scorecard, counts them on the summary, and verifies",
    async () => {
      const scored = await govscore(["score", "client.xlsx", "--lang", "zh"]);
      expect(scored.code).toBe(0);
      // The same notices the command line prints.
      expect(scored.stdout + scored.stderr).toMatch(/Ownership.*第 3 行|第 3 行.*Ownership/);
      expect(existsSync(join(temp.path(), "client.scored.xlsx"))).toBe(true);

      const workbook = await load("client.scored.xlsx");
      const card = workbook.getWorksheet(zh("sheet.scorecard"))!;
      const { rows } = notesOf(card);
      const hidden = rows.find(([where]) => where === "Ownership!A3");
      const formula = rows.find(([where]) => where === "Ownership!C4");
      expect(hidden?.[1]).toMatch(/第 3 行.*隐藏/);
      expect(formula?.[1]).toMatch(/C4.*公式/);
      // Written as text: no cell of the section is a formula.
      for (const [where, text] of rows) {
        expect(where.startsWith("=")).toBe(false);
        expect(text.startsWith("=")).toBe(false);
      }
      card.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula)
            expect(String(cell.value)).not.toContain("隐藏");
        })
      );

      const summary = workbook.getWorksheet(zh("sheet.summary"))!;
      const texts: string[] = [];
      summary.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts).toContain(
        formatMessage(msg("sum.readingNotes", { count: rows.length }), "zh-CN")
      );

      const audit = workbook.getWorksheet(zh("sheet.auditLog"))!;
      const reasons: string[] = [];
      audit.eachRow((row) => reasons.push(String(row.getCell(6).value ?? "")));
      expect(reasons.at(-1)).toMatch(
        new RegExp(`^读取说明 ${rows.length} 条 · SHA-256 [0-9a-f]{64}$`)
      );

      const verified = await govscore(["verify", "client.scored.xlsx", "--lang", "en"]);
      expect(verified.stdout + verified.stderr).not.toMatch(/mismatch|does not/i);
      expect(verified.code).toBe(0);
    },
    BUSY_MACHINE
  );

  it(
    "fails verify when a note is edited on the scorecard, naming its cell",
    async () => {
      const workbook = await load("client.scored.xlsx");
      const card = workbook.getWorksheet(zh("sheet.scorecard"))!;
      const { first, rows } = notesOf(card);
      const index = rows.findIndex(([where]) => where === "Ownership!A3");
      card.getCell(`B${first + index}`).value = "无隐藏行";
      await workbook.xlsx.writeFile(join(temp.path(), "tampered.xlsx"));
      const run = await govscore(["verify", "tampered.xlsx", "--lang", "en"]);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toContain("reading notes on the scorecard are not those");
      expect(run.stdout + run.stderr).toContain(`B${first}`);

      // A note removed (the row cleared) fails too.
      const removed = await load("client.scored.xlsx");
      const sheet = removed.getWorksheet(zh("sheet.scorecard"))!;
      const last = notesOf(sheet);
      sheet.getCell(`A${last.first + last.rows.length - 1}`).value = null;
      sheet.getCell(`B${last.first + last.rows.length - 1}`).value = null;
      await removed.xlsx.writeFile(join(temp.path(), "removed.xlsx"));
      const again = await govscore(["verify", "removed.xlsx", "--lang", "en"]);
      expect(again.code).toBe(1);
      expect(again.stdout + again.stderr).toContain("reading notes on the scorecard are not those");
    },
    BUSY_MACHINE
  );

  it(
    "carries the notes through an override, which still verifies",
    async () => {
      const before = notesOf(
        (await load("client.scored.xlsx")).getWorksheet(zh("sheet.scorecard"))!
      );
      const override = await govscore([
        "override",
        "client.scored.xlsx",
        ...["--grade", "B", "--reason", "行业下行", "--officer", "王芳", "--out", "over.xlsx"],
        "--lang",
        "zh",
      ]);
      expect(override.stdout + override.stderr).not.toMatch(/refused|拒绝/);
      expect(override.code).toBe(0);
      const after = notesOf((await load("over.xlsx")).getWorksheet(zh("sheet.scorecard"))!);
      expect(after.rows).toEqual(before.rows);
      const verified = await govscore(["verify", "over.xlsx", "--lang", "en"]);
      expect(verified.code).toBe(0);
    },
    BUSY_MACHINE
  );

  it(
    "says the notes were not recorded on a layout-3 workbook overridden now, which verifies",
    async () => {
      const fixture = join(
        __dirname,
        "../fixtures/scored/layout-3/12-concert-group-jianlian-technology.scored.xlsx"
      );
      temp.file("layout3.xlsx", readFileSync(fixture));
      const override = await govscore([
        "override",
        "layout3.xlsx",
        ...["--grade", "B", "--reason", "Sector downturn", "--officer", "Wang"],
        ...["--out", "layout3-over.xlsx", "--lang", "en"],
      ]);
      expect(override.code).toBe(0);
      const workbook = await load("layout3-over.xlsx");
      const card = workbook.getWorksheet("Governance scorecard")!;
      const en = (key: MessageKey) => formatMessage(msg(key), "en-US");
      let section = 0;
      card.eachRow((row, n) => {
        if (row.getCell(1).value === en("sc.section.readingNotes")) section = n;
      });
      expect(section).toBeGreaterThan(0);
      expect(card.getCell(`B${section + 2}`).value).toBe(en("sc.readingNotes.notRecorded"));
      const verified = await govscore(["verify", "layout3-over.xlsx", "--lang", "en"]);
      expect(verified.code).toBe(0);
    },
    BUSY_MACHINE
  );
});
