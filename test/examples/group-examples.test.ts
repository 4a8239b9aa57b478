import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { assessGroup, type GroupAssessment } from "../../src/app";
import { applyPlan } from "../../src/adapters/xlsx/apply-plan";
import { readXlsxSnapshot } from "../../src/adapters/xlsx/stream-workbook";
import { workbookFromSnapshot } from "../../src/adapters/xlsx/workbook-from-snapshot";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { convertWithLibreOffice, libreOfficeGate } from "../support/libreoffice";
import { describeFor } from "../support/required-program";

/**
 * The group examples (examples/groups/): each workbook's analysis equals the result computed by
 * hand in examples/groups/expected/, and LibreOffice recalculates the group sheet's formulas
 * (stakes, look-through products, sums, cap, headroom, ROUNDDOWN shares) to the engine's values.
 */
const ROOT = join(__dirname, "..", "..", "examples", "groups");
const NAMES = readdirSync(join(ROOT, "expected"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

async function snapshotOf(name: string): Promise<WorkbookSnapshot> {
  const read = await readXlsxSnapshot(readFileSync(join(ROOT, `${name}.xlsx`)), {
    maxUsedRangeCells: 1_000_000,
    maxPartBytes: 50 * 1024 * 1024,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.snapshot;
}

async function assessed(name: string, language: "zh-CN" | "en-US" = "zh-CN") {
  const snapshot = await snapshotOf(name);
  const assessment = assessGroup(snapshot, { language, members: [] });
  if (!assessment.ok) throw new Error(JSON.stringify(assessment.issues));
  return { snapshot, assessment };
}

interface Expected {
  readonly outcome: string;
  readonly credit: Record<string, string | boolean>;
  readonly members: readonly Record<string, unknown>[];
  readonly findings: readonly { id: string; parties: string[]; rows: number[] }[];
  readonly flags: readonly { id: string; members: string[] }[];
}

describe("group examples: the engine equals the hand-computed results", () => {
  it("has the three examples", () => expect(NAMES).toHaveLength(3));
  it.each(NAMES)("%s", async (name) => {
    const expected = JSON.parse(
      readFileSync(join(ROOT, "expected", `${name}.json`), "utf8")
    ) as Expected;
    const { assessment } = await assessed(name);
    const json = assessment.json;
    expect(json.outcome).toBe(expected.outcome);
    expect(json.credit).toMatchObject(expected.credit);
    expect(json.members).toMatchObject(expected.members);
    expect(
      json.findings.map((f) => ({ id: f["id"], parties: f["parties"], rows: f["rows"] }))
    ).toEqual(expected.findings);
    expect(json.flags.map((f) => ({ id: f["id"], members: f["members"] }))).toEqual(expected.flags);
  });
});

const describeIfLibreOffice = describeFor(libreOfficeGate());

describeIfLibreOffice("LibreOffice recalculates the group sheet to the engine's values", () => {
  const dir = mkdtempSync(join(tmpdir(), "govscore-group-recalc-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("every formula of every example's group sheet, wrong cached values planted", async () => {
    const written: { file: string; assessment: Extract<GroupAssessment, { ok: true }> }[] = [];
    for (const [i, name] of NAMES.entries()) {
      const { snapshot, assessment } = await assessed(name, i % 2 === 0 ? "zh-CN" : "en-US");
      const workbook = workbookFromSnapshot(snapshot);
      applyPlan(workbook, assessment.plan, snapshot);
      // Planted: a recalculation must replace every cached result.
      const group = assessment.plan.sheets[0]!;
      const sheet = workbook.getWorksheet(group.name)!;
      for (const cell of group.cells)
        if (cell.formula !== undefined)
          sheet.getCell(cell.ref).value = {
            formula: cell.formula,
            result: 999,
          } as ExcelJS.CellFormulaValue;
      const file = join(dir, `${name}.xlsx`);
      await workbook.xlsx.writeFile(file);
      written.push({ file, assessment });
    }
    const out = join(dir, "out");
    await convertWithLibreOffice(
      written.map((w) => w.file),
      out
    );
    let formulas = 0;
    for (const { file, assessment } of written) {
      const recalculated = new ExcelJS.Workbook();
      await recalculated.xlsx.readFile(join(out, file.split("/").pop()!));
      const group = assessment.plan.sheets[0]!;
      const sheet = recalculated.getWorksheet(group.name)!;
      for (const cell of group.cells) {
        if (cell.formula === undefined) continue;
        formulas++;
        const value = sheet.getCell(cell.ref).value as { result?: unknown } | number | null;
        // exceljs reads a formula whose recalculated result is 0 without a result.
        const raw = typeof value === "object" && value !== null ? value.result : value;
        const result = raw === undefined && cell.value === 0 ? 0 : raw;
        expect([
          cell.ref,
          cell.formula,
          typeof result === "number" ? Math.round(result * 1e9) / 1e9 : result,
        ]).toEqual([cell.ref, cell.formula, cell.value]);
      }
    }
    expect(formulas).toBeGreaterThan(60);
  }, 240_000);
});
