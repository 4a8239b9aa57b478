/**
 * The shipped task pane on a group workbook, end to end in Chromium: the production build served
 * from 127.0.0.1, office.js answered with the in-memory Excel host holding example 01 of
 * examples/groups/ (a state-owned group: a chain of three guarantees, the cap binding). In each
 * language the officer reads the workbook, the Group section appears (structure, allocation,
 * findings), a finding selects its rows in the workbook, and the group sheet is written in three
 * requests, its formulas as the host calculates them equal to the engine's figures. Screenshots
 * in test-output/screenshots/group/. Needs /usr/bin/chromium: fails in CI without it.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { assessGroup, type GroupAssessment } from "../../src/app";
import { formatAmount, LANGUAGES, type Language } from "../../src/core";
import { cellAddress, sourceRanges } from "../../src/taskpane/format";
import { FIRST_MEMBER_ROW, GROUP_COLUMNS } from "../../src/workbook/group-sheet/plan";
import type { ExcelHost } from "../host";
import { quoteSheetName } from "../host/a1";
import { excelHostBundle, productionAddin } from "../support/addin-build";
import { groupExampleFromSource, SOE_CHAIN } from "../support/group-workbook";
import { describeFor } from "../support/required-program";
import { chromiumGate, withPaneBrowser } from "./browser";
import { TaskPane } from "./pane";
import { serveStatic, type StaticServer } from "./static-server";

const ROOT = path.resolve(__dirname, "..", "..");
const SCREENSHOTS = path.join(ROOT, "test-output", "screenshots", "group");
const WORKBOOK = groupExampleFromSource(SOE_CHAIN);

const describeInChromium = describeFor(chromiumGate());

interface HostWindow {
  readonly excelHost: ExcelHost;
}

function engine(language: Language): Extract<GroupAssessment, { ok: true }> {
  const outcome = assessGroup(WORKBOOK, { language, members: [] });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

describeInChromium("the Group section in Chromium", () => {
  let tmp = "";
  let server: StaticServer | null = null;
  let hostBundle = "";

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "gs-group-e2e-"));
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const file of readdirSync(SCREENSHOTS))
      if (/^(zh-CN|en-US)-\d+-[\w-]+\.png$/.test(file)) rmSync(path.join(SCREENSHOTS, file));
    const [dist, bundle] = await Promise.all([productionAddin(), excelHostBundle()]);
    if (dist.log.code !== 0) throw new Error(`the production build failed:\n${dist.log.output}`);
    hostBundle = bundle;
    server = await serveStatic(dist.dir);
  });

  afterAll(async () => {
    await server?.close();
    if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
  });

  test.each(LANGUAGES)(
    "%s: read, the Group section, a finding's rows selected, the group sheet written",
    async (language) => {
      await withPaneBrowser(
        { tmpDir: tmp, hostBundle, hostOptions: { displayLanguage: language, workbook: WORKBOOK } },
        async (browser) => {
          const pane = new TaskPane(browser.page, language, SCREENSHOTS);
          try {
            await groupSession(pane);
          } catch (error) {
            await pane.screenshot("failed").catch(() => undefined);
            throw error;
          }
          expect(browser.offSite).toEqual([]);
          expect(browser.pageErrors).toEqual([]);
          expect(browser.consoleErrors).toEqual([]);
        }
      );
    }
  );

  async function groupSession(pane: TaskPane): Promise<void> {
    const { analysis, plan } = engine(pane.language);
    await pane.open(`${server?.baseUrl ?? ""}taskpane.html`);
    // The officer's name first: the group write records who in the workbook's audit log.
    await pane.page.getByLabel(pane.tk("tp.officer.label")).fill("王芳");
    await pane.click("tp.officer.save");
    await pane.page.getByText(pane.tk("tp.officer.signedAs", { name: "王芳" })).waitFor();
    // No Group section before the workbook is read.
    expect(await pane.section("group").count()).toBe(0);
    await pane.click("tp.inputs.read");
    const section = pane.section("group");
    await section.getByRole("button", { name: pane.tk("tp.group.write"), exact: true }).waitFor();
    await pane.closeSection("inputs");

    // The overview, the tree and the allocation as the engine computed them.
    const overview = section.getByRole("region", { name: pane.tk("tp.group.outcome") });
    expect(await overview.getByTestId("group-outcome").innerText()).toBe(
      pane.tk(`tp.card.outcome.${analysis.outcome}`)
    );
    expect(await section.getByTestId("group-member").count()).toBe(analysis.members.length);
    const rows = section.getByTestId("allocation-row");
    expect(await rows.count()).toBe(analysis.members.length);
    for (const [i, index] of analysis.treeOrder.entries()) {
      const m = analysis.members[index]!;
      const text = await rows.nth(i).innerText();
      expect(text).toContain(formatAmount(m.allocatedLimit));
    }
    await pane.screenshot("group");
    expect(await pane.accessibilityProblems()).toEqual([]);

    // A finding's button selects its rows of the Guarantees table in the workbook.
    const chain = analysis.findings.find((f) => f.id === "guaranteeChain");
    if (chain === undefined) throw new Error("the example has no guarantee chain");
    const [rows3] = sourceRanges(chain.sources);
    if (rows3 === undefined) throw new Error("the chain names no rows");
    const finding = section.getByTestId("group-finding").filter({
      hasText: pane.tk("grp.finding.guaranteeChain"),
    });
    await finding
      .getByRole("button", { name: pane.tk("tp.selectCells", { cells: cellAddress(rows3) }) })
      .click();
    await pane.waitForSelection(`${quoteSheetName(rows3.sheet)}!${rows3.cell}`);
    await finding.scrollIntoViewIfNeeded();
    await pane.screenshot("findings");

    // Write: read, write, read back; the group sheet's formulas as the host calculated them.
    await pane.page.evaluate(() => (window as unknown as HostWindow).excelHost.resetRequests());
    await pane.click("tp.group.write");
    await pane.heading(section, "tp.group.written");
    const requests = await pane.page.evaluate(
      () => (window as unknown as HostWindow).excelHost.requests.length
    );
    expect(requests).toBe(3);
    const groupPlan = plan.sheets.find((s) => s.role === "group");
    if (groupPlan === undefined) throw new Error("no group sheet planned");
    const dump = await pane.dump();
    const sheet = dump.sheets.find((s) => s.name === groupPlan.name);
    if (sheet === undefined) throw new Error(`no sheet ${groupPlan.name}`);
    const formulas = groupPlan.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(20);
    for (const cell of formulas) {
      const value = sheet.cells[cell.ref]?.value;
      if (typeof cell.value === "number") expect(value).toBeCloseTo(cell.value, 6);
    }
    const lastMember = FIRST_MEMBER_ROW + analysis.members.length - 1;
    expect(sheet.cells[`${GROUP_COLUMNS.allocated}${lastMember + 1}`]?.value).toBe(
      analysis.credit.allocatedTotal.toNumber()
    );
    // The user's sheets are as they were.
    for (const input of WORKBOOK.sheets) {
      const kept = dump.sheets.find((s) => s.name === input.name);
      expect(kept?.cells["A1"]?.value).toBe(input.values[0]?.[0]);
    }
    await section
      .getByRole("heading", { name: pane.tk("tp.group.written") })
      .scrollIntoViewIfNeeded();
    await pane.screenshot("written");
    expect(await pane.accessibilityProblems()).toEqual([]);
  }
});
