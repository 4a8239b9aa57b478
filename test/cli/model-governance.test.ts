import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSummary } from "../../src/app";
import {
  APPROVED_MODELS_FORMAT,
  defaultParameterSource,
  loadParameters,
  parameterFingerprint,
  type ParameterSource,
  MODEL_SCHEMA_VERSION,
} from "../../src/core";
import { SEED_EXAMPLE, seedExpected } from "../support/examples";
import { runCliInProcess } from "./in-process-cli";

/**
 * The bypass of issue 8: a workbook that arrives with its own model sheet (grade bands lowered)
 * got grade A for the seed client under "model version 1", with nothing logged. Model governance:
 * the sheet is ignored unless the officer chooses it, and then the result says NON-STANDARD, the
 * grade is not final, the change is logged and a second person approves it.
 */
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-models-"));
  copyFileSync(
    join(__dirname, "..", "..", "examples", `${SEED_EXAMPLE}.xlsx`),
    join(dir, "seed.xlsx")
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const govscore = (args: readonly string[]) =>
  runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

const json = (stdout: string) => JSON.parse(stdout) as WorkbookSummary[];

/** Lower the grade bands on the scored copy's model sheet, as a careless or dishonest user would. */
async function lowerBands(from: string, to: string, bands: Record<string, number>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, from));
  const model = workbook.worksheets.find((s) => s.name === "评分模型" || s.name === "Model")!;
  model.eachRow((row) => {
    const path = String(row.getCell(1).value ?? "");
    const band = /^gradeMinimums\.([A-D])$/.exec(path)?.[1];
    if (band !== undefined && bands[band] !== undefined) row.getCell(3).value = bands[band];
  });
  await workbook.xlsx.writeFile(join(dir, to));
}

describe("govscore model governance", () => {
  it("ignores an edited model sheet by default, scores it as non-standard only when asked, and needs a second person", async () => {
    expect((await govscore(["score", "seed.xlsx"])).code).toBe(0);
    await lowerBands("seed.scored.xlsx", "edited.xlsx", { A: 24, B: 23, C: 22 });

    // Default: the approved model; the sheet is reported as ignored.
    const plain = await govscore(["score", "edited.xlsx", "--out", "plain", "--json"]);
    expect(plain.code).toBe(0);
    const [approved] = json(plain.stdout);
    expect(approved).toMatchObject({
      finalGrade: seedExpected.modelGrade,
      recommendedLimit: seedExpected.adjustment.recommendedLimit,
      modelStatus: "approved",
      // Scored today (after 2026-12-01): model 2 is the approved model in effect.
      modelVersion: "2",
      modelDifferences: [],
    });
    expect(plain.stderr).toContain(
      "holds parameters that are not an approved model (3 differ from approved model 2, e.g. gradeMinimums.A: 80 → 24); they were ignored"
    );

    // Chosen explicitly: non-standard, not final, the officer's change logged with its diff.
    const chosen = await govscore([
      "score",
      "edited.xlsx",
      "--out",
      "chosen",
      "--use-workbook-model",
      "--user",
      "Alice Wang",
    ]);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/grade [A-D] NOT FINAL: non-standard model parameters/);
    const scored = join("chosen", "edited.scored.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, scored));
    const card = workbook.getWorksheet("Governance scorecard")!;
    expect(String(card.getCell("B19").value)).toMatch(
      /^Non-standard model parameters: 3 differ from approved model 2\. The grade is not final\. Parameter change by Alice Wang waiting for approval\. gradeMinimums\.A: 80 → 24/
    );
    const log = workbook.getWorksheet("Audit log")!;
    // Layout 4: the event code in G, who in D, the reason in F (READABLE_AUDIT_COLUMNS).
    const events = log.getColumn(7).values.slice(2).map(String);
    expect(events).toEqual(["chainStarted", "scored", "modelChanged", "scored"]);
    expect(String(log.getCell("F4").value)).toContain("gradeMinimums.C: 50 → 22");
    expect(String(log.getCell("D4").value)).toBe("Alice Wang");

    // The officer cannot approve their own change (names folded); a second person can.
    const self = await govscore(["approve", scored, "--approver", " alice  WANG"]);
    expect(self.code).toBe(1);
    expect(self.stderr).toContain(
      "The model change was entered by Alice Wang; it must be approved by someone else"
    );
    const second = await govscore(["approve", scored, "--approver", "Li Qiang"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      "the change to non-standard model parameters by Alice Wang is approved"
    );
    const verify = await govscore(["verify", scored]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(
      "Scored with NON-STANDARD model parameters (3 differ from approved model 2)"
    );
    const again = await govscore(["approve", scored, "--approver", "Li Qiang"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("nothing pending approval");
  });

  it("approves a bank's own set from --models, refuses a tampered file, and without the file treats the set as non-standard", async () => {
    const parameters = {
      ...(defaultParameterSource() as Record<string, unknown>),
      version: "2026-H2",
      gradeMinimums: { A: "24", B: "23", C: "22", D: "0" },
    } as ParameterSource;
    const loaded = loadParameters(parameters);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const entry = {
      version: "2026-H2",
      effectiveFrom: "2026-07-01",
      schemaVersion: MODEL_SCHEMA_VERSION,
      fingerprint: parameterFingerprint(loaded.value),
      parameters,
    };
    const file = { format: APPROVED_MODELS_FORMAT, formatVersion: 1, models: [entry] };
    writeFileSync(join(dir, "bank-models.json"), JSON.stringify(file));
    const bank = await govscore([
      "score",
      "seed.xlsx",
      "--out",
      "bank",
      "--models",
      "bank-models.json",
      "--json",
    ]);
    expect(bank.code).toBe(0);
    const [summary] = json(bank.stdout);
    expect(summary).toMatchObject({ modelStatus: "approved", modelVersion: "2026-H2" });
    const scored = join("bank", "seed.scored.xlsx");
    expect((await govscore(["verify", scored, "--models", "bank-models.json"])).code).toBe(0);
    // Verified without the bank's file, the set is not approved: the scorecard no longer checks out.
    const alone = await govscore(["verify", scored]);
    expect(alone.code).toBe(1);
    // The first cell that names the model: the subtitle.
    expect(alone.stdout).toMatch(
      /'Governance scorecard'!A2: the cell holds .* version 2026-H2 where the product wrote .* version 2026-H2, with NON-STANDARD parameters/
    );

    const tampered = {
      ...file,
      models: [
        {
          ...entry,
          parameters: { ...parameters, gradeMinimums: { A: "20", B: "19", C: "18", D: "0" } },
        },
      ],
    };
    writeFileSync(join(dir, "tampered.json"), JSON.stringify(tampered));
    const refused = await govscore([
      "score",
      "seed.xlsx",
      "--out",
      "t",
      "--models",
      "tampered.json",
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "The approved-models file tampered.json is refused; nothing was scored"
    );
    expect(refused.stderr).toMatch(
      /models\[0\]: the parameters give fingerprint [0-9a-f]{64}, not the approved/
    );
  });

  it("writes the approved-models entry for a model sheet, which then approves that set", async () => {
    expect((await govscore(["score", "seed.xlsx", "--out", "team"])).code).toBe(0);
    await lowerBands(join("team", "seed.scored.xlsx"), "team-model.xlsx", { C: 45 });
    const made = await govscore([
      "models",
      "team-model.xlsx",
      "--version",
      "2027-Q1",
      "--effective",
      "2026-01-01",
    ]);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/Model set 2027-Q1: fingerprint [0-9a-f]{64}/);
    const file = JSON.parse(made.stdout) as { models: { version: string }[] };
    expect(file.models.map((m) => m.version)).toEqual(["2027-Q1"]);
    writeFileSync(join(dir, "team-models.json"), made.stdout);
    const scored = await govscore([
      "score",
      "team-model.xlsx",
      "--out",
      "team2",
      "--models",
      "team-models.json",
      "--json",
    ]);
    expect(scored.code).toBe(0);
    expect(json(scored.stdout)[0]).toMatchObject({
      modelStatus: "approved",
      modelVersion: "2027-Q1",
    });
  });
});
