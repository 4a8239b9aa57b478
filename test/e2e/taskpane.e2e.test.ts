/**
 * The shipped task pane, end to end in Chromium: the production build served from 127.0.0.1, its
 * office.js request answered with the in-memory Excel host (HyperFormula calculating the
 * scorecard's formulas), and a credit officer's session clicked through in each language, from an
 * empty workbook to a verified, then tampered-with, scorecard. Screenshots of every step are kept
 * in test-output/screenshots/. Needs /usr/bin/chromium: fails in CI without it, skipped elsewhere.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  applyOverride,
  approveOverride,
  BOARD_TABLE,
  Decimal,
  defaultParameters,
  formatMessage,
  LANGUAGES,
  msg,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type Grade,
  type ScoreResult,
} from "../../src/core";
import { cellAddress, gradeText } from "../../src/taskpane/format";
import { columnLetters } from "../../src/workbook/a1";
import {
  auditColumnsOf,
  READABLE_AUDIT_COLUMNS,
  type AuditRow,
} from "../../src/workbook/audit/row";
import { ROWS, scorecardSheetNames } from "../../src/workbook/scorecard/layout";
import type { WorkbookDump } from "../host";
import { parseAddress, quoteSheetName } from "../host/a1";
import type { DumpedSheet } from "../host/snapshot-io";
import { excelHostBundle, productionAddin } from "../support/addin-build";
import { describeFor } from "../support/required-program";
import { chromiumGate, withPaneBrowser } from "./browser";
import { loadClientExample, templateEntries, type ClientExample } from "./client-workbook";
import { TaskPane } from "./pane";
import { parameterRef } from "../app/helpers";
import { serveStatic, type StaticServer } from "./static-server";
import { fixed, SEED_EXAMPLE, seedExpected as seed } from "../support/examples";

// The production build (when not yet made for these sources) takes about 35 s on two cores; each
// session about 8 s.

const ROOT = path.resolve(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots");
/** The seed's client, its figures in examples/expected/05-…json: two knock-outs capping at C. */
const CLIENT = `${SEED_EXAMPLE}.xlsx`;
/** The score as the pane and the scorecard show it. */
const SCORE = fixed(seed.score, 2);
const OFFICER = "王芳";
const APPROVER = "李明";
/** One grade up, as far as the knock-out cap allows: needs a reason and a second person's approval. */
const OVERRIDE_GRADE: Grade = "C";
const OVERRIDE_REASON = "Parent guarantee signed 2024-06 / 母公司已出具担保";
/** Office.context.officeTheme in Office's black theme. */
const DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#262626",
  controlForegroundColor: "#FFFFFF",
};
/** The recommended limit, overwritten with a constant: what Verify must catch. */
const TAMPERED_CELL = `B${ROWS.recommendedLimit}`;

/** Fails in CI without Chromium, skipped with a warning elsewhere. */
const describeInChromium = describeFor(chromiumGate());

function sheetNamed(dump: WorkbookDump, name: string): DumpedSheet {
  const found = dump.sheets.find((s) => s.name === name);
  if (found === undefined)
    throw new Error(`no sheet "${name}" in ${dump.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** A calculated number on a sheet, and the formula that gave it (undefined for a constant). */
function calculated(sheet: DumpedSheet, ref: string): { value: number; formula?: string } {
  const cell = sheet.cells[ref];
  if (typeof cell?.value !== "number")
    throw new Error(`${sheet.name}!${ref} holds ${JSON.stringify(cell?.value)}, not a number`);
  return cell.formula === undefined
    ? { value: cell.value }
    : { value: cell.value, formula: cell.formula };
}

/** The audit log's rows below its header, as texts by column. */
function auditLog(sheet: DumpedSheet): Record<keyof AuditRow, string>[] {
  const rows: Record<keyof AuditRow, string>[] = [];
  // Layout 4 puts the readable columns first: the fields are found by the header row.
  const header = READABLE_AUDIT_COLUMNS.map(
    (_, i) => sheet.cells[`${columnLetters(i + 1)}1`]?.value ?? null
  );
  const columns = auditColumnsOf(header);
  for (let row = 2; sheet.cells[`A${row}`] !== undefined; row++) {
    const entries = columns.map((column, i) => [
      column,
      String(sheet.cells[`${columnLetters(i + 1)}${row}`]?.value ?? ""),
    ]);
    rows.push(Object.fromEntries(entries) as Record<keyof AuditRow, string>);
  }
  return rows;
}

/** The choices of the drop-down (list validation) over a cell, or null where it has none. */
function dropDownAt(sheet: DumpedSheet, ref: string): string[] | null {
  const cell = parseAddress(ref)?.range;
  for (const { range, rule } of sheet.validations) {
    const area = parseAddress(range)?.range;
    const source = (rule as { list?: { source?: unknown } } | null)?.list?.source;
    if (cell === undefined || area === undefined || typeof source !== "string") continue;
    const inside =
      cell.top >= area.top &&
      cell.bottom <= area.bottom &&
      cell.left >= area.left &&
      cell.right <= area.right;
    if (inside) return source.split(",");
  }
  return null;
}

/** The engine's recommended limit as a number (the seed client has one). */
function limitOf(result: ScoreResult): number {
  const limit = result.adjustment.recommendedLimit;
  if (limit === null) throw new Error("the engine recommends no limit");
  return limit.toNumber();
}

describeInChromium("task pane in Chromium", () => {
  let tmp = "";
  let server: StaticServer | null = null;
  let hostBundle = "";
  let client: ClientExample;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "gs-e2e-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    // This run's screenshots only: a failure shot from an earlier run would mislead.
    for (const file of readdirSync(SCREENSHOTS))
      if (/^(zh-CN|en-US)-\d+-[\w-]+\.png$/.test(file)) rmSync(path.join(SCREENSHOTS, file));
    // The run's shared builds (test/support/addin-build.ts), made once per set of sources.
    const [dist, bundle, example] = await Promise.all([
      productionAddin(),
      excelHostBundle(),
      loadClientExample(CLIENT),
    ]);
    if (dist.log.code !== 0) throw new Error(`the production build failed:\n${dist.log.output}`);
    hostBundle = bundle;
    client = example;
    server = await serveStatic(dist.dir);
  });

  afterAll(async () => {
    await server?.close();
    if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
  });

  test("the example client: the engine gives the hand-computed figures", () => {
    const { engine, expected } = client;
    expect(engine.score.eq(new Decimal(expected.result.score))).toBe(true);
    expect(engine.modelGrade).toBe(expected.result.modelGrade);
    expect(limitOf(engine)).toBe(Number(expected.result.adjustment.recommendedLimit));
  });

  test.each(LANGUAGES)(
    "%s: template, inputs, score, override, verify, then Verify names a tampered cell",
    async (language) => {
      await withPaneBrowser(
        { tmpDir: tmp, hostBundle, hostOptions: { displayLanguage: language } },
        async (browser) => {
          const pane = new TaskPane(browser.page, language, SCREENSHOTS);
          try {
            await officerSession(pane);
          } catch (error) {
            await pane.screenshot("failed").catch(() => undefined);
            throw error;
          }
          expect(browser.offSite).toEqual([]);
          expect(browser.pageErrors).toEqual([]);
          expect(browser.consoleErrors).toEqual([]);
          expect(server?.requested).toContain("/taskpane.html");
        }
      );
    }
  );

  test.each(LANGUAGES)(
    "%s in Office's dark theme: the pane follows it, summary card and all",
    async (language) => {
      const dir = path.join(SCREENSHOTS, "dark");
      mkdirSync(dir, { recursive: true });
      await withPaneBrowser(
        { tmpDir: tmp, hostBundle, hostOptions: { displayLanguage: language, officeTheme: DARK } },
        async (browser) => {
          const pane = new TaskPane(browser.page, language, dir);
          try {
            await pane.open(`${server?.baseUrl ?? ""}taskpane.html`);
            const background = await browser.page.evaluate(
              () => getComputedStyle(document.body).backgroundColor
            );
            expect(background).toBe("rgb(38, 38, 38)");
            await signIn(pane);
            await createTemplate(pane);
            await typeClientInputs(pane);
            await score(pane);
          } catch (error) {
            await pane.screenshot("failed").catch(() => undefined);
            throw error;
          }
          expect(browser.pageErrors).toEqual([]);
          expect(browser.consoleErrors).toEqual([]);
        }
      );
    }
  );

  async function officerSession(pane: TaskPane): Promise<void> {
    await pane.open(`${server?.baseUrl ?? ""}taskpane.html`);
    await signIn(pane);
    await createTemplate(pane);
    await typeClientInputs(pane);
    await score(pane);
    await override(pane);
    await verify(pane);
    await tamperAndVerify(pane);
    await nonStandardModel(pane);
    await reloadRemembersOfficer(pane);
  }

  /** The officer's name, asked once for the audit log. */
  async function signIn(pane: TaskPane): Promise<void> {
    await pane.page.getByLabel(pane.tk("tp.officer.label")).fill(OFFICER);
    await pane.click("tp.officer.save");
    await pane.page.getByText(pane.tk("tp.officer.signedAs", { name: OFFICER })).waitFor();
  }

  /** Template: the three input sheets, as Excel tables with drop-downs, in the empty workbook. */
  async function createTemplate(pane: TaskPane): Promise<void> {
    const section = await pane.openSection("template");
    await pane.click("tp.template.create");
    await pane.heading(section, "tp.template.created");
    const dump = await pane.dump();
    const dropDowns = (sheet: DumpedSheet) =>
      sheet.validations.filter((v) => JSON.stringify(v.rule).includes('"list"')).length;
    for (const spec of [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE]) {
      const sheet = sheetNamed(dump, spec.defaultName[pane.language]);
      expect(sheet.tables).toHaveLength(1);
      expect(dropDowns(sheet)).toBeGreaterThan(0);
    }
    await pane.screenshot("template");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("template");
  }

  /**
   * The client's inputs typed into the template (each drop-down cell gets one of its choices, in
   * the template's language); the pane reads them back without an error.
   */
  async function typeClientInputs(pane: TaskPane): Promise<void> {
    const entries = templateEntries(client.snapshot, pane.language);
    const template = await pane.dump();
    for (const entry of entries) {
      const choices = dropDownAt(sheetNamed(template, entry.sheet), entry.ref);
      if (choices !== null) expect(choices).toContain(entry.value);
    }
    await pane.typeInto(entries);
    const section = await pane.openSection("inputs");
    await pane.click("tp.inputs.read");
    await pane.waitForStatus("tp.status.inputs", { found: "3" });
    await section.getByText(pane.tk("tp.inputs.noErrors")).waitFor();
    await pane.screenshot("inputs");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("inputs");
  }

  /** Score: the pane's figures, and the scorecard's formulas as the host calculated them. */
  async function score(pane: TaskPane): Promise<void> {
    const { engine } = client;
    const names = scorecardSheetNames(pane.language);
    const section = await pane.openSection("score");
    await pane.click("tp.score.run");
    await pane.waitForStatus("tp.status.scored", { score: SCORE, grade: seed.modelGrade });
    await pane.heading(section, "tp.score.result");
    // The summary card: the grade in words on its badge, the score, the outcome, the counts.
    const card = section.getByRole("region", { name: pane.tk("tp.card.label") });
    expect(await card.getByTestId("grade-badge").innerText()).toBe(
      pane.tk("tp.card.grade", {
        grade: seed.modelGrade,
        meaning: pane.tk(`grade.${seed.modelGrade}`),
      })
    );
    await card.getByText(pane.tk("tp.card.score", { score: SCORE }), { exact: true }).waitFor();
    // The seed client's insider-control knock-out refers it under model 2 (a policy, not a cap).
    expect(await card.getByTestId("outcome").innerText()).toBe(
      pane.tk(`tp.card.outcome.${engine.outcome.kind}`)
    );
    await card
      .getByText(pane.tk("tp.card.count.knockouts", { count: String(engine.knockouts.length) }))
      .waitFor();
    // Measured with the details collapsed, as the officer first sees it.
    const height = await pane.resultHeight(section, "tp.score.result");
    writeFileSync(path.join(SCREENSHOTS, `${pane.language}-result-height.txt`), `${height}\n`);
    await pane.screenshot("scored");
    // The details, opened: the same figures as before the card.
    await section.getByRole("button", { name: pane.tk("tp.details.figures"), exact: true }).click();
    expect(await pane.figure(section, "sc.label.score").innerText()).toBe(SCORE);
    expect(await pane.figure(section, "sc.label.finalGrade").innerText()).toBe(
      pane.t(gradeText(seed.modelGrade))
    );

    const dump = await pane.dump();
    const scorecard = sheetNamed(dump, names.scorecard);
    sheetNamed(dump, names.model);
    const scoreCell = calculated(scorecard, `B${ROWS.score}`);
    expect(scoreCell.formula).toMatch(/^=/);
    expect(scoreCell.value).toBeCloseTo(engine.score.toNumber(), 9);
    const limitCell = calculated(scorecard, `B${ROWS.recommendedLimit}`);
    expect(limitCell.formula).toMatch(/^=/);
    expect(limitCell.value).toBeCloseTo(limitOf(engine), 2);
    expect(scorecard.cells[`B${ROWS.finalGrade}`]?.value).toBe(seed.modelGrade);
    const log = auditLog(sheetNamed(dump, names.auditLog));
    expect(log.map((row) => [row.sequence, row.user, row.event])).toEqual([
      ["1", OFFICER, "chainStarted"],
      ["2", OFFICER, "scored"],
    ]);

    await pane.screenshot("details");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("score");
  }

  /**
   * Override: one grade up, with reason and officer: recorded pending; then the approver, a second
   * person, approves it in the pane; recorded on both sheets.
   */
  async function override(pane: TaskPane): Promise<void> {
    const names = scorecardSheetNames(pane.language);
    const section = await pane.openSection("override");
    await section.getByLabel(pane.tk("sc.label.finalGrade")).selectOption(OVERRIDE_GRADE);
    await section.getByLabel(pane.tk("sc.label.overrideReason")).fill(OVERRIDE_REASON);
    await section.getByLabel(pane.tk("sc.label.overrideOfficer")).fill(OFFICER);
    await pane.click("tp.override.submit");
    await pane.heading(section, "tp.override.recorded");
    await pane.waitForStatus("tp.status.pendingApproval", {
      score: SCORE,
      grade: seed.modelGrade,
      requested: OVERRIDE_GRADE,
    });
    await pane.screenshot("pending");
    await section.getByLabel(pane.tk("sc.label.overrideApprover")).fill(APPROVER);
    await pane.click("tp.approve.submit");
    await pane.waitForStatus("tp.status.overridden", { score: SCORE, grade: OVERRIDE_GRADE });
    expect(await pane.figure(section, "sc.label.finalGrade").innerText()).toBe(
      pane.t(gradeText(OVERRIDE_GRADE))
    );
    expect(await pane.figure(section, "sc.label.overrideApprover").innerText()).toBe(APPROVER);

    const request = {
      finalGrade: OVERRIDE_GRADE,
      reason: OVERRIDE_REASON,
      officer: OFFICER,
      at: "",
    };
    const pending = applyOverride(
      client.engine,
      request,
      client.inputs.profile,
      defaultParameters()
    );
    if (!pending.ok) throw new Error(`the engine refuses the override: ${JSON.stringify(pending)}`);
    const engine = approveOverride(
      pending.value,
      { approver: APPROVER, at: "" },
      client.inputs.profile,
      defaultParameters()
    );
    if (!engine.ok) throw new Error(`the engine refuses the approval: ${JSON.stringify(engine)}`);
    const dump = await pane.dump();
    const scorecard = sheetNamed(dump, names.scorecard);
    expect(scorecard.cells[`B${ROWS.finalGrade}`]?.value).toBe(OVERRIDE_GRADE);
    expect(calculated(scorecard, `B${ROWS.recommendedLimit}`).value).toBeCloseTo(
      limitOf(engine.value),
      2
    );
    const log = auditLog(sheetNamed(dump, names.auditLog));
    expect(log.map((row) => [row.sequence, row.event])).toEqual([
      ["1", "chainStarted"],
      ["2", "scored"],
      ["3", "overridden"],
      ["4", "approved"],
    ]);
    expect(log[2]?.reason).toBe(OVERRIDE_REASON);
    expect(JSON.stringify(log[3])).toContain(APPROVER);

    await pane.screenshot("override");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("override");
  }

  /** Verify: engine, audit log and the product sheets' cells agree. */
  async function verify(pane: TaskPane): Promise<void> {
    const section = await pane.openSection("verify");
    await pane.click("tp.verify.run");
    await pane.heading(section, "tp.verify.agree");
    await pane.waitForStatus("tp.status.verified");
    for (const check of ["engine", "auditChain", "cells"] as const)
      expect(await pane.figure(section, `tp.verify.check.${check}`).innerText()).toBe(
        pane.tk("tp.verify.status.agree")
      );
    const summary = pane.pattern("app.verify.ok", {
      cells: /\d+/,
      rows: "4",
      score: SCORE,
      model: seed.modelGrade,
      final: OVERRIDE_GRADE,
    });
    await section.getByText(summary).waitFor();
    await pane.screenshot("verified");
    expect(await pane.accessibilityProblems()).toEqual([]);
  }

  /** A constant typed over the recommended limit's formula: Verify names the cell and selects it. */
  async function tamperAndVerify(pane: TaskPane): Promise<void> {
    const sheet = scorecardSheetNames(pane.language).scorecard;
    const shown = cellAddress({ sheet, cell: TAMPERED_CELL });
    await pane.typeInto([{ sheet, ref: TAMPERED_CELL, value: 50_000_000 }]);
    const section = await pane.openSection("verify");
    await pane.click("tp.verify.run");
    await pane.heading(section, "tp.verify.mismatch");
    await pane.waitForStatus("tp.status.mismatch");
    expect(await pane.figure(section, "tp.verify.check.cells").innerText()).toBe(
      pane.tk("tp.verify.status.disagree")
    );
    await section.getByText(pane.tk("tp.verify.firstMismatch", { cell: shown })).waitFor();
    await pane.click("tp.selectCell", { cell: shown });
    await pane.waitForSelection(`${quoteSheetName(sheet)}!${TAMPERED_CELL}`);
    await pane.screenshot("tampered");
    expect(await pane.accessibilityProblems()).toEqual([]);
  }

  /**
   * A grade band lowered on the model sheet, then scored with the box "use this workbook's own
   * model sheet" ticked: the result says NON-STANDARD in words, with the difference.
   */
  async function nonStandardModel(pane: TaskPane): Promise<void> {
    const sheet = formatMessage(msg("sheet.model"), pane.language);
    const ref = parameterRef(defaultParameters(), pane.language, "gradeMinimums.C");
    await pane.typeInto([{ sheet, ref, value: 22 }]);
    const section = await pane.openSection("score");
    await section.getByRole("checkbox", { name: pane.tk("tp.score.useWorkbookModel") }).check();
    await pane.click("tp.score.run");
    await section.getByText(pane.tk("tp.model.nonStandardTitle")).waitFor();
    await section
      .getByText(
        pane.tk("models.difference", { path: "gradeMinimums.C", approved: "50", used: "22" }),
        { exact: true }
      )
      .waitFor();
    await pane.screenshot("non-standard");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("score");

    // The Model section: the change from the approved model first, open, with its approved value.
    const model = await pane.openSection("model");
    const changed = model.getByRole("button", {
      name: pane.tk("tp.model.changedGroup", { version: defaultParameters().version, count: "1" }),
      exact: true,
    });
    await changed.waitFor();
    expect(await changed.getAttribute("aria-expanded")).toBe("true");
    await model.getByText(pane.tk("tp.model.approvedValue", { value: "50" })).waitFor();
    await pane.screenshot("model-changes");
    expect(await pane.accessibilityProblems()).toEqual([]);
    await pane.closeSection("model");
  }

  /** The officer's name survives a reload of the pane (the workbook does not: a new host). */
  async function reloadRemembersOfficer(pane: TaskPane): Promise<void> {
    await pane.page.reload();
    await pane.page.getByText(pane.tk("tp.officer.signedAs", { name: OFFICER })).waitFor();
    expect(await pane.page.getByLabel(pane.tk("tp.officer.label")).count()).toBe(0);
  }
});
