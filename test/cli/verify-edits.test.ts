import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultParameters, formatMessage, msg, type MessageKey } from "../../src/core";
import { modelSheetLayout } from "../../src/workbook/model-sheet";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { runCliInProcess } from "./in-process-cli";

/**
 * `govscore verify` on scored workbooks edited with exceljs the way a user could edit them in a
 * spreadsheet program: each edit that kept the cached values the old verify compared is named,
 * with its sheet and cell, what the product wrote and what the cell holds.
 */

const EXAMPLE = "01-grade-a-ruifeng-precision";
const SCORECARD = "Governance scorecard";
const MODEL = "Model";
let dir = "";

const govscore = (args: readonly string[]) =>
  runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "govscore-verify-"));
  copyFileSync(join(__dirname, "../../examples", `${EXAMPLE}.xlsx`), join(dir, `${EXAMPLE}.xlsx`));
  expect((await govscore(["score", `${EXAMPLE}.xlsx`, "--lang", "en"])).code).toBe(0);
  const override = await govscore([
    "override",
    `${EXAMPLE}.scored.xlsx`,
    ...["--grade", "B", "--reason", "Sector downturn", "--officer", "Wang", "--out", "over.xlsx"],
  ]);
  expect(override.code).toBe(0);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const en = (key: MessageKey) => formatMessage(msg(key), "en-US");

/** The first row of a sheet whose column A holds `label` (and, if asked, whose B is a constant). */
function rowOf(sheet: ExcelJS.Worksheet, label: string, constant = false): number {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (
      sheet.getCell(`A${row}`).value === label &&
      (!constant || sheet.getCell(`B${row}`).type !== ExcelJS.ValueType.Formula)
    )
      return row;
  throw new Error(`${sheet.name} has no row labelled ${label}`);
}

type Edit = (workbook: ExcelJS.Workbook) => { readonly sheet: string; readonly cell: string };

/** A cell set to a formula while the value it showed is kept as its cached result. */
function formulaKeepingValue(sheet: ExcelJS.Worksheet, cell: string, formula: string): void {
  const result = sheet.getCell(cell).result as ExcelJS.CellFormulaValue["result"];
  sheet.getCell(cell).value = { formula, result } as ExcelJS.CellFormulaValue;
}

const scorecard = (w: ExcelJS.Workbook) => w.getWorksheet(SCORECARD)!;

const EDITS: readonly [string, string, Edit, RegExp][] = [
  [
    "the limit formula rewritten, its cached value kept",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      formulaKeepingValue(scorecard(w), SCORECARD_CELLS.recommendedLimit, "B34*10");
      return { sheet: SCORECARD, cell: SCORECARD_CELLS.recommendedLimit };
    },
    // Layout 3: a declined credit's limit is 0, then the rounded product as before.
    /the cell holds the formula =B34\*10 where the product wrote =IF\(B31="[^"]+",0,IF\(ISNUMBER\(B\d+\)/,
  ],
  [
    'the grade replaced by ="A"',
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      formulaKeepingValue(scorecard(w), SCORECARD_CELLS.modelGrade, '"A"');
      return { sheet: SCORECARD, cell: SCORECARD_CELLS.modelGrade };
    },
    /found: {4}="A"/,
  ],
  [
    "a knock-out the engine decided set to TRUE",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = scorecard(w);
      const row = rowOf(sheet, en("sc.knockout.subsidiaryTunnelling"), true);
      sheet.getCell(`B${row}`).value = true;
      return { sheet: SCORECARD, cell: `B${row}` };
    },
    // Layout 4 writes the engine's verdict as 0, shown as No.
    /the cell holds TRUE where the product wrote 0/,
  ],
  [
    "the directors-in-management count",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = scorecard(w);
      // A formula in layout 3 (COUNTIF over the per-director rows): typed over with a number.
      const row = rowOf(sheet, en("measure.overlap"));
      sheet.getCell(`B${row}`).value = 99;
      return { sheet: SCORECARD, cell: `B${row}` };
    },
    /a formula was expected here; the cell holds the constant 99/,
  ],
  [
    "an F6 yes/no",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = scorecard(w);
      // A formula over the model sheet's yes-words in layout 3: typed over with a constant.
      const row = rowOf(sheet, en("item.auditCommittee"));
      sheet.getCell(`B${row}`).value = false;
      return { sheet: SCORECARD, cell: `B${row}` };
    },
    /a formula was expected here; the cell holds the constant (FALSE|false)/,
  ],
  [
    "a rule text",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = scorecard(w);
      const row = rowOf(sheet, en("sc.label.rule"));
      sheet.getCell(`B${row}`).value = "Scores 100";
      return { sheet: SCORECARD, cell: `B${row}` };
    },
    /found: {4}Scores 100/,
  ],
  [
    "the client name",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = scorecard(w);
      const row = rowOf(sheet, en("sc.label.clientName"));
      sheet.getCell(`B${row}`).value = "Someone else Ltd";
      return { sheet: SCORECARD, cell: `B${row}` };
    },
    /found: {4}Someone else Ltd/,
  ],
  [
    "a value typed into a cell the product left blank",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      scorecard(w).getCell("G20").value = "checked";
      return { sheet: SCORECARD, cell: "G20" };
    },
    /the product left this cell blank; it now holds checked\n {2}expected: \(blank\)/,
  ],
  [
    "a parameter's description on the model sheet",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const sheet = w.getWorksheet(MODEL)!;
      const row = rowOf(sheet, "f2.concentratedPoints");
      sheet.getCell(`B${row}`).value = "Anything";
      return { sheet: MODEL, cell: `B${row}` };
    },
    /found: {4}Anything/,
  ],
  [
    "a lookup label on the model sheet",
    `${EXAMPLE}.scored.xlsx`,
    (w) => {
      const row = modelSheetLayout(defaultParameters(), "en-US").lookups.shareholderType.firstRow;
      w.getWorksheet(MODEL)!.getCell(`C${row}`).value = "State";
      return { sheet: MODEL, cell: `C${row}` };
    },
    /found: {4}State/,
  ],
  [
    "the override's final grade, to another valid downgrade",
    "over.xlsx",
    (w) => {
      scorecard(w).getCell(SCORECARD_CELLS.override.finalGrade).value = "C";
      return { sheet: SCORECARD, cell: SCORECARD_CELLS.override.finalGrade };
    },
    /the cell holds C where the product wrote B\n {2}expected: B\n {2}found: {4}C/,
  ],
  [
    "the override's reason",
    "over.xlsx",
    (w) => {
      scorecard(w).getCell(SCORECARD_CELLS.override.reason).value = "Collateral";
      return { sheet: SCORECARD, cell: SCORECARD_CELLS.override.reason };
    },
    /the scorecard shows Collateral where the audit log records Sector downturn/,
  ],
  [
    "the override's officer",
    "over.xlsx",
    (w) => {
      scorecard(w).getCell(SCORECARD_CELLS.override.officer).value = "Li";
      return { sheet: SCORECARD, cell: SCORECARD_CELLS.override.officer };
    },
    /expected: Wang\n {2}found: {4}Li/,
  ],
];

describe("govscore verify names an edited product cell", () => {
  it("verifies the scored and the overridden workbook as written", async () => {
    for (const file of [`${EXAMPLE}.scored.xlsx`, "over.xlsx"]) {
      const verify = await govscore(["verify", file]);
      expect(verify.stdout).toMatch(/^OK: \d+ cells of the scorecard, model and audit-log/);
      expect(verify.code).toBe(0);
    }
  });

  it.each(EDITS.map((e, i) => [e[0], i] as const))("%s", async (_what, i) => {
    const [, file, edit, expected] = EDITS[i]!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, file));
    const { sheet, cell } = edit(workbook);
    const edited = `edit-${i}.xlsx`;
    await workbook.xlsx.writeFile(join(dir, edited));
    const verify = await govscore(["verify", edited]);
    expect(verify.code).toBe(1);
    // A sheet name is quoted where it needs it: 'Governance scorecard'!B4, Model!B24.
    expect(verify.stdout).toContain(`${sheet.includes(" ") ? `'${sheet}'` : sheet}!${cell}: `);
    expect(verify.stdout).toMatch(expected);
  });
});
