/**
 * The shipped task pane, end to end in Chromium: the production build served from 127.0.0.1, its
 * office.js request answered with the in-memory Excel host (HyperFormula calculating the
 * scorecard's formulas), and a credit officer's session clicked through in each language, from an
 * empty workbook to a verified, then tampered-with, scorecard. Screenshots of every step are kept
 * in test-output/screenshots/. Needs /usr/bin/chromium; skipped without it.
 */
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  applyOverride,
  Decimal,
  defaultParameters,
  LANGUAGES,
  SHAREHOLDERS_TABLE,
  BOARD_TABLE,
  PROFILE_TABLE,
  type Grade,
  type Language,
} from "../../src/core";
import { cellAddress, gradeText } from "../../src/taskpane/format";
import { ROWS, scorecardSheetNames } from "../../src/workbook/scorecard/layout";
import { quoteSheetName } from "../host/a1";
import { buildHostBundle } from "../host/build-bundle";
import type { WorkbookDump } from "../host";
import type { DumpedSheet } from "../host/snapshot-io";
import { chromiumInstalled, withPaneBrowser, type PaneBrowser } from "./browser";
import { buildProductionTaskpane } from "./build-taskpane";
import { loadClientExample, templateEntries, type ClientExample } from "./client-workbook";
import { TaskPane } from "./pane";
import { serveStatic, type StaticServer } from "./static-server";

// Two webpack builds (about 35 s on two cores) and two sessions in Chromium.
jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
/** The seed's client: two knock-outs, score 25.5, grade D (capped at C). */
const CLIENT = "05-seed-ganchang-urban-construction.xlsx";
const OFFICER = "王芳";
const APPROVER = "李明";
/** The override: one grade up, as far as the knock-out cap allows, with a second person's approval. */
const OVERRIDE_GRADE: Grade = "C";

const describeInChromium = chromiumInstalled() ? describe : describe.skip;
const title = chromiumInstalled()
  ? "task pane in Chromium"
  : "task pane in Chromium (SKIPPED: /usr/bin/chromium is not installed)";

function sheet(dump: WorkbookDump, name: string): DumpedSheet {
  const found = dump.sheets.find((s) => s.name === name);
  if (found === undefined)
    throw new Error(`no sheet "${name}" in ${dump.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** The number a calculated cell holds (the host gives numbers for numeric results). */
function numberAt(target: DumpedSheet, ref: string): number {
  const value = target.cells[ref]?.value;
  if (typeof value !== "number") throw new Error(`${target.name}!${ref} holds ${String(value)}`);
  return value;
}

/** Rows of the audit log below its header that hold anything. */
function auditRows(target: DumpedSheet): number {
  const rows = new Set(
    Object.entries(target.cells)
      .filter(([, cell]) => cell.value !== "")
      .map(([ref]) => Number(ref.replace(/^[A-Z]+/, "")))
  );
  return [...rows].filter((row) => row > 1).length;
}

describeInChromium(title, () => {
  let tmp = "";
  let server: StaticServer | null = null;
  let hostBundle = "";
  let client: ClientExample;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "gs-e2e-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    const [dist, bundle, example] = await Promise.all([
      buildProductionTaskpane(path.join(tmp, "dist")),
      buildHostBundle(path.join(tmp, "host")),
      loadClientExample(CLIENT),
    ]);
    hostBundle = bundle;
    client = example;
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await server?.close();
    if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
  });

  test("the example client scores by hand as the engine scores it", () => {
    const { engine, expected } = client;
    expect(engine.score.eq(new Decimal(expected.result.score))).toBe(true);
    expect(engine.modelGrade).toBe(expected.result.modelGrade);
    expect(
      engine.adjustment.recommendedLimit?.eq(
        new Decimal(expected.result.adjustment.recommendedLimit)
      )
    ).toBe(true);
  });

  test.each(LANGUAGES)(
    "%s: template, inputs, score, override, verify, then a tampered scorecard",
    async (language) => {
      await withPaneBrowser(
        { tmpDir: tmp, hostBundle, hostOptions: { displayLanguage: language } },
        async (browser) => {
          await officerSession(browser, language);
          expect(browser.pageErrors).toEqual([]);
          expect(browser.offSite).toEqual([]);
        }
      );
    }
  );

  async function officerSession(browser: PaneBrowser, language: Language): Promise<void> {
    const pane = new TaskPane(browser.page, language, SCREENSHOTS);
    const names = scorecardSheetNames(language);
    const { engine } = client;
    await pane.open(`${server?.baseUrl ?? ""}taskpane.html`);

    // The officer's name, asked once for the audit log.
    await pane.page.getByLabel(pane.tk("tp.officer.label")).fill(OFFICER);
    await pane.click("tp.officer.save");
    await pane.page.getByText(pane.tk("tp.officer.signedAs", { name: OFFICER })).waitFor();

    // Template: the three input sheets, with drop-downs, in an empty workbook.
    const template = await pane.openSection("template");
    await pane.click("tp.template.create");
    await pane.heading(template, "tp.template.created");
    const created = await pane.dump();
    for (const spec of [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE]) {
      const input = sheet(created, spec.defaultName[language]);
      expect(input.tables.length).toBe(1);
      expect(input.validations.length).toBeGreaterThan(0);
    }
    await pane.screenshot("template");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("template");

    // The client's inputs typed in; the pane reads them back without an error.
    await pane.typeInto(templateEntries(client.snapshot, language));
    const inputs = await pane.openSection("inputs");
    await pane.click("tp.inputs.read");
    await pane.waitForStatus("tp.status.inputs", { found: "3" });
    await inputs.getByText(pane.tk("tp.inputs.noErrors")).waitFor();
    await pane.screenshot("inputs");
    await pane.closeSection("inputs");

    // Score: the pane's figures, and the scorecard's formulas as the host calculated them.
    const score = await pane.openSection("score");
    await pane.click("tp.score.run");
    await pane.waitForStatus("tp.status.scored", { score: "25.50", grade: "D" });
    await pane.heading(score, "tp.score.result");
    expect(await pane.figure(score, "sc.label.score").innerText()).toBe("25.50");
    expect(await pane.figure(score, "sc.label.finalGrade").innerText()).toBe(
      pane.t(gradeText("D"))
    );
    const scored = await pane.dump();
    const scorecard = sheet(scored, names.scorecard);
    sheet(scored, names.model);
    const auditAfterScore = auditRows(sheet(scored, names.auditLog));
    expect(auditAfterScore).toBeGreaterThan(0);
    expect(scorecard.cells[`B${ROWS.score}`]?.formula).toBeDefined();
    expect(numberAt(scorecard, `B${ROWS.score}`)).toBeCloseTo(engine.score.toNumber(), 9);
    expect(scorecard.cells[`B${ROWS.recommendedLimit}`]?.formula).toBeDefined();
    expect(numberAt(scorecard, `B${ROWS.recommendedLimit}`)).toBeCloseTo(
      engine.adjustment.recommendedLimit?.toNumber() ?? NaN,
      2
    );
    await pane.screenshot("scored");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("score");

    // Override: one grade up with reason, officer and approver.
    const override = await pane.openSection("override");
    const reason = pane.tk("tp.override.submit") + " e2e";
    await override.getByLabel(pane.tk("sc.label.finalGrade")).selectOption(OVERRIDE_GRADE);
    await override.getByLabel(pane.tk("sc.label.overrideReason")).fill(reason);
    await override.getByLabel(pane.tk("sc.label.overrideOfficer")).fill(OFFICER);
    await override.getByLabel(pane.tk("sc.label.overrideApprover")).fill(APPROVER);
    await pane.click("tp.override.submit");
    await pane.heading(override, "tp.override.recorded");
    await pane.waitForStatus("tp.status.overridden", { score: "25.50", grade: OVERRIDE_GRADE });
    expect(await pane.figure(override, "sc.label.overrideApprover").innerText()).toBe(APPROVER);
    const overridden = await pane.dump();
    expect(auditRows(sheet(overridden, names.auditLog))).toBeGreaterThan(auditAfterScore);
    const withOverride = applyOverride(
      engine,
      { finalGrade: OVERRIDE_GRADE, reason, officer: OFFICER, approver: APPROVER, at: "" },
      client.inputs.profile,
      defaultParameters()
    );
    if (!withOverride.ok) throw new Error("the engine refuses the override");
    expect(numberAt(sheet(overridden, names.scorecard), `B${ROWS.recommendedLimit}`)).toBeCloseTo(
      withOverride.value.adjustment.recommendedLimit?.toNumber() ?? NaN,
      2
    );
    await pane.screenshot("override");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("override");

    // Verify: formulas, engine and audit chain agree.
    const verify = await pane.openSection("verify");
    await pane.click("tp.verify.run");
    await pane.heading(verify, "tp.verify.agree");
    await pane.waitForStatus("tp.status.verified");
    await pane.screenshot("verified");
    expect(await pane.accessibilityProblems()).toEqual([]);

    // Tamper with the recommended limit: Verify names the cell.
    const tampered = `B${ROWS.recommendedLimit}`;
    const at = cellAddress({ sheet: names.scorecard, cell: tampered });
    await pane.typeInto([{ sheet: names.scorecard, ref: tampered, value: 50_000_000 }]);
    await pane.click("tp.verify.run");
    await pane.heading(verify, "tp.verify.mismatch");
    await pane.waitForStatus("tp.status.mismatch");
    await verify.getByText(pane.tk("tp.verify.firstMismatch", { cell: at })).waitFor();
    await pane.click("tp.selectCell", { cell: at });
    await pane.waitForSelection(`${quoteSheetName(names.scorecard)}!${tampered}`);
    await pane.screenshot("tampered");
    expect(await pane.accessibilityProblems()).toEqual([]);
  }
});
