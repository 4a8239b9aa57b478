import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { snapshotToXlsx } from "../adapters/xlsx/helpers/client-files";
import { clientWorkbook } from "../workbook/read/client";
import { runCliInProcess } from "./in-process-cli";

/**
 * Marker names in a client's file that point at the client's own sheets, through the compiled
 * command line: the input sheets are read and kept in the scored copy, each marker is reported.
 */
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-markers-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const govscore = (args: readonly string[]) =>
  runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  return workbook;
}

/** Every value of a sheet, row by row. */
function valuesOf(workbook: ExcelJS.Workbook, sheet: string): unknown[] {
  const rows: unknown[] = [];
  workbook.getWorksheet(sheet)?.eachRow((row, n) => rows.push([n, row.values]));
  return rows;
}

const names = (workbook: ExcelJS.Workbook) =>
  Object.fromEntries(workbook.definedNames.model.map((n) => [n.name, n.ranges]));

describe("markers on a client's own sheets", () => {
  it("are reported and ignored: the board and register are read and kept, the product writes its own sheets", async () => {
    writeFileSync(join(dir, "clean.xlsx"), await snapshotToXlsx(clientWorkbook()));
    const client = await load("clean.xlsx");
    client.definedNames.add("董事会!$A$1", "GovScore_auditLog");
    client.definedNames.add("股东名册!$A$1", "GovScore_scorecard");
    client.definedNames.add("'Deleted sheet'!$A$1", "GovScore_model");
    await client.xlsx.writeFile(join(dir, "marked.xlsx"));

    const reference = await govscore(["score", "clean.xlsx"]);
    const run = await govscore(["score", "marked.xlsx"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [line, ...notes] = run.stdout.trimEnd().split("\n");
    // The same figures as the file without the markers: nothing was scored as missing.
    expect(line?.replace(/marked/g, "clean")).toBe(reference.stdout.trimEnd().split("\n")[0]);
    expect(notes.join("\n")).toContain(
      "GovScore_auditLog points at the sheet 董事会, which holds input data; it was not taken for the product's Audit log sheet"
    );
    expect(notes.join("\n")).toContain(
      "GovScore_scorecard points at the sheet 股东名册, which holds input data"
    );
    expect(notes.join("\n")).toContain(
      "GovScore_model points at a sheet Deleted sheet that the workbook does not have"
    );

    const copy = await load("marked.scored.xlsx");
    for (const sheet of ["股东名册", "董事会", "治理概况"])
      expect(valuesOf(copy, sheet)).toEqual(valuesOf(client, sheet));
    expect(copy.worksheets.map((w) => w.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "Committee summary",
      "Governance scorecard",
      "Model",
      "Audit log",
    ]);
    expect(names(copy)).toEqual({
      GovScore_scorecard: ["'Governance scorecard'!$A$1"],
      GovScore_model: ["Model!$A$1"],
      GovScore_auditLog: ["'Audit log'!$A$1"],
      GovScore_summary: ["'Committee summary'!$A$1"],
    });
    expect((await govscore(["verify", "marked.scored.xlsx"])).code).toBe(0);
  });

  it("a product sheet the user renamed is still the product's: an override replaces it in its place", async () => {
    writeFileSync(join(dir, "renamed.xlsx"), await snapshotToXlsx(clientWorkbook()));
    expect((await govscore(["score", "renamed.xlsx"])).code).toBe(0);
    const copy = await load("renamed.scored.xlsx");
    copy.getWorksheet("Governance scorecard")!.name = "My scorecard";
    copy.definedNames.remove("'Governance scorecard'!$A$1", "GovScore_scorecard");
    copy.definedNames.add("'My scorecard'!$A$1", "GovScore_scorecard");
    await copy.xlsx.writeFile(join(dir, "renamed.scored.xlsx"));

    const override = await govscore([
      "override",
      "renamed.scored.xlsx",
      "--grade",
      "C",
      "--reason",
      "Parent guarantee",
      "--officer",
      "Wang Fang",
    ]);
    expect(override.stderr).toBe("");
    expect(override.code).toBe(0);
    expect(override.stdout).not.toContain("GovScore_");
    const after = await load("renamed.scored.xlsx");
    expect(after.worksheets.map((w) => w.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "Committee summary",
      "Governance scorecard",
      "Model",
      "Audit log",
    ]);
    expect((await govscore(["verify", "renamed.scored.xlsx"])).code).toBe(0);
  });
});
