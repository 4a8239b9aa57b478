import { readFileSync } from "node:fs";
import { profileValueCell } from "../../../src/workbook/template";
import ExcelJS from "exceljs";
import {
  portfolioPlan,
  PORTFOLIO_COLUMNS,
  scoredSummary,
  templateWorkbook,
} from "../../../src/app";
import { runFileJob } from "../../../src/adapters/xlsx/file-job";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { writePlanToNewFile } from "../../../src/adapters/xlsx/write-workbook";
import { columnLetters, columnNumber, parseCell } from "../../../src/workbook/a1";
import { readInputs } from "../../../src/workbook/read";
import { scoreAndApply } from "../../app/helpers";
import { unzipAll } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("template");

/** Every validated range of each sheet part, to check no two overlap. */
async function validatedRanges(path: string): Promise<Map<string, string[]>> {
  const ranges = new Map<string, string[]>();
  for (const [name, xml] of await unzipAll(readFileSync(path)))
    if (name.startsWith("xl/worksheets/sheet"))
      ranges.set(
        name,
        [...xml.toString("utf8").matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map(
          (m) => m[1]!
        )
      );
  return ranges;
}

function cellsOf(range: string): string[] {
  const [from = "", to = from] = range.split(":");
  const first = parseCell(from)!;
  const last = parseCell(to)!;
  const cells: string[] = [];
  for (let r = first.row; r <= last.row; r++)
    for (let c = columnNumber(first.column); c <= columnNumber(last.column); c++)
      cells.push(`${columnLetters(c)}${r}`);
  return cells;
}

describe("the input template as an .xlsx file", () => {
  it("has the input tables, drop-downs without overlapping ranges, and reads as blank inputs", async () => {
    const plan = templateWorkbook("zh-CN");
    if (!plan.ok) throw new Error("template refused");
    const path = `${temp.path()}/client.xlsx`;
    await writePlanToNewFile(plan.value, path);
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.sheets.map((s) => [s.name, s.tables.map((t) => t.name)])).toEqual([
      ["填写说明", []],
      ["股东名册", ["Shareholders"]],
      ["董事会", ["Board"]],
      ["治理概况", ["Profile"]],
    ]);
    expect(readInputs(read.value).ok).toBe(true);
    for (const [part, ranges] of await validatedRanges(path)) {
      const cells = ranges.flatMap(cellsOf);
      expect({ part, duplicates: cells.filter((c, i) => cells.indexOf(c) !== i) }).toEqual({
        part,
        duplicates: [],
      });
    }
  });

  it("scores once an officer has filled it in with Excel (here: exceljs)", async () => {
    const plan = templateWorkbook("en-US");
    if (!plan.ok) throw new Error("template refused");
    const path = `${temp.path()}/filled.xlsx`;
    await writePlanToNewFile(plan.value, path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const set = (sheet: string, ref: string, value: ExcelJS.CellValue) => {
      workbook.getWorksheet(sheet)!.getCell(ref).value = value;
    };
    set("Shareholders", "A2", "Alpha Holdings");
    set("Shareholders", "B2", "Private enterprise");
    set("Shareholders", "C2", 0.7);
    set("Shareholders", "A3", "Beta Capital");
    set("Shareholders", "B3", "State-owned enterprise");
    set("Shareholders", "C3", 0.3);
    set("Board", "A2", "Chen");
    set("Board", "B2", "Chair");
    set("Board", "A3", "Li");
    set("Board", "B3", "Director");
    set("Board", "C3", "General manager");
    set("Profile", profileValueCell("clientName"), "Alpha Manufacturing Ltd");
    set("Profile", profileValueCell("gmAppointment"), "Appointed and removed by the board");
    set("Profile", profileValueCell("groupPosition"), "Not a group member");
    await workbook.xlsx.writeFile(path);
    const response = await runFileJob(
      {
        kind: "score",
        input: path,
        output: `${temp.path()}/filled.scored.xlsx`,
        file: "filled.xlsx",
        language: "en-US",
        now: "2025-03-01T09:30:00+08:00",
        user: "Wang",
      },
      DEFAULT_READ_LIMITS
    );
    expect(response.status === "written" && response.summary).toMatchObject({
      clientName: "Alpha Manufacturing Ltd",
      currency: "CNY",
    });
  });

  it("writes a portfolio workbook whose distribution formulas carry their values", async () => {
    const summary = { ...scoredSummary(scoreAndApply().update.result, "seed.xlsx") };
    const path = `${temp.path()}/portfolio.xlsx`;
    await writePlanToNewFile(
      portfolioPlan([summary], { language: "zh-CN", generatedAt: "now" }),
      path
    );
    const read = await readWorkbookFile(path);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const [sheet] = read.value.sheets;
    expect(sheet?.name).toBe("组合汇总");
    expect(sheet?.values[4]?.slice(0, 5)).toEqual([
      "seed.xlsx",
      "某市城建开发有限公司",
      "C-2024-017",
      "D",
      "D",
    ]);
    // The distribution's count column, two columns right of the portfolio's last column.
    const count = PORTFOLIO_COLUMNS.length + 2;
    const grade = columnLetters(PORTFOLIO_COLUMNS.length + 2);
    expect(sheet?.formulas?.[7]?.[count]).toBe(`COUNTIF($E$5:$E$5,${grade}8)`);
    expect(sheet?.values[7]?.[count]).toBe(1);
  });
});
