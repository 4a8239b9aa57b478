/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { analyseGroupWorkbook, assessGroup } from "../../src/app";
import { formatAmount, formatMessage } from "../../src/core";
import { sourceRanges } from "../../src/taskpane/format";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { generatedGroup, groupExampleFromSource, SOE_CHAIN } from "../support/group-workbook";
import { FakeWorkbookPort } from "./fake-port";
import { LANGUAGES, NOW, renderTaskpane } from "./render";
import { ADDIN_ENTRY } from "../../src/taskpane/hooks/useScorecardSession";
import { readAuditLog, verifyAuditChain } from "../../src/workbook/audit";
import { seedClient } from "./workbooks";

/**
 * The Group section: absent until a read finds a group's tables, then the group's outcome,
 * structure, allocation against the cap and guarantee findings (each selecting its rows); the
 * group sheet written with the plan `govscore group` writes; a user's sheet of its name refused.
 */

function analysed(snapshot: WorkbookSnapshot, language: "zh-CN" | "en-US") {
  const outcome = assessGroup(snapshot, { language, members: [] });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

async function openedOn(workbook: WorkbookSnapshot, language: "zh-CN" | "en-US") {
  const rendered = renderTaskpane(workbook, language);
  const { user, t } = rendered;
  expect(screen.queryByRole("heading", { name: t("tp.section.group") })).toBeNull();
  await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
  await screen.findByRole("heading", { name: t("tp.section.group") });
  // The section is loaded on demand, and opens by itself.
  await screen.findByRole("button", { name: t("tp.group.write") }, { timeout: 10_000 });
  return rendered;
}

describe.each(LANGUAGES)("the Group section (%s)", (language) => {
  let soe: WorkbookSnapshot;
  beforeAll(() => {
    soe = groupExampleFromSource(SOE_CHAIN);
  });

  it("appears once a read finds the group tables: outcome, structure, allocation, findings", async () => {
    const { t, port, user } = await openedOn(soe, language);
    const { analysis } = analysed(soe, language);
    expect(port.readSnapshot).toHaveBeenCalledTimes(1);

    const overview = screen.getByRole("region", { name: t("tp.group.outcome") });
    expect(within(overview).getByText(analysis.groupName)).toBeInTheDocument();
    expect(within(overview).getByTestId("group-outcome")).toHaveTextContent(
      t(`tp.card.outcome.${analysis.outcome}`)
    );
    expect(analysis.outcome).toBe("refer");

    // The tree: the parent at the top, each subsidiary nested under its direct parent.
    const members = screen.getAllByTestId("group-member");
    expect(members).toHaveLength(4);
    const top = members[0]!;
    expect(top).toHaveTextContent(analysis.members[0]!.name);
    const roads = analysis.members.find((m) => m.depth === 2)!;
    const nested = members.find((li) => li.textContent?.startsWith(roads.name))!;
    expect(nested.parentElement?.closest("li")?.textContent).toContain(
      analysis.members[roads.ancestors[0]!]!.name
    );
    expect(nested).toHaveTextContent(t("tp.group.stake", { stake: "70%" }));

    // The allocation: the cap binds, each member's recommended and allocated limits.
    expect(screen.getByTestId("cap-binding")).toHaveTextContent(t("tp.group.capBinding"));
    const rows = screen.getAllByTestId("allocation-row");
    expect(rows).toHaveLength(4);
    analysis.treeOrder.forEach((index, i) => {
      const m = analysis.members[index]!;
      expect(rows[i]).toHaveTextContent(
        `${m.name}${formatAmount(m.recommendedLimit)}${formatAmount(m.allocatedLimit)}`
      );
    });

    // The findings: the chain of three guarantees, and a button that selects its rows.
    const findings = screen.getAllByTestId("group-finding");
    expect(findings).toHaveLength(analysis.findings.length);
    const chain = analysis.findings.findIndex((f) => f.id === "guaranteeChain");
    expect(chain).toBeGreaterThanOrEqual(0);
    const item = findings[chain]!;
    expect(item).toHaveTextContent(t("grp.finding.guaranteeChain"));
    expect(item).toHaveTextContent(formatMessage(analysis.findings[chain]!.message, language));
    const [rowsOfChain] = sourceRanges(analysis.findings[chain]!.sources);
    expect(rowsOfChain).toEqual({ sheet: "担保关系", cell: "A2:F4" });
    await user.click(within(item).getByRole("button"));
    expect(port.select).toHaveBeenCalledWith("担保关系", "A2:F4");
  });

  it("writes the group sheet with the plan the command line writes: read, write, nothing else", async () => {
    const { user, t, port } = await openedOn(soe, language);
    await user.click(screen.getByRole("button", { name: t("tp.group.write") }));
    await screen.findByRole("heading", { name: t("tp.group.written") });
    expect(port.readSnapshot).toHaveBeenCalledTimes(2);
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
    // The plan of the shared use case, with the workbook's audit log: who, when, through what.
    const cli = analyseGroupWorkbook(soe, {
      language,
      members: [],
      audit: { time: NOW, user: "王芳", enteredBy: ADDIN_ENTRY },
    });
    if (!cli.ok) throw new Error("the CLI's use case refuses the example");
    expect(port.applyPlan.mock.calls[0]![0]).toEqual(cli.plan);
    const group = formatMessage({ key: "sheet.group" }, language);
    const logName = formatMessage({ key: "sheet.auditLog" }, language);
    expect(port.sheetNames()).toEqual(expect.arrayContaining([group, logName]));
    const log = readAuditLog(port.snapshot.sheets.find((s) => s.name === logName)!);
    expect(log.map((row) => [row.event, row.user, row.enteredBy])).toEqual([
      ["chainStarted", "王芳", ADDIN_ENTRY],
      ["groupAssessed", "王芳", ADDIN_ENTRY],
    ]);
    expect(verifyAuditChain(log).ok).toBe(true);
    const written = screen.getByText((text) =>
      text.startsWith(t("tp.group.writtenSheets", { sheets: group }))
    );
    expect(written.textContent).toContain(logName);
    // The user's sheets are as they were.
    for (const sheet of soe.sheets)
      expect(port.snapshot.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
  });

  it("writing again continues the workbook's audit log: one groupAssessed row more, intact", async () => {
    const { user, t, port } = await openedOn(soe, language);
    await user.click(screen.getByRole("button", { name: t("tp.group.write") }));
    await screen.findByRole("heading", { name: t("tp.group.written") });
    await user.click(screen.getByRole("button", { name: t("tp.group.write") }));
    await screen.findByRole("heading", { name: t("tp.group.written") });
    await screen.findByRole("button", { name: t("tp.group.write") });
    const logName = formatMessage({ key: "sheet.auditLog" }, language);
    const log = readAuditLog(port.snapshot.sheets.find((s) => s.name === logName)!);
    expect(log.map((row) => row.event)).toEqual(["chainStarted", "groupAssessed", "groupAssessed"]);
    expect(verifyAuditChain(log).ok).toBe(true);
  });

  it("refuses the write until the officer has given a name (the audit log records who)", async () => {
    const rendered = renderTaskpane(soe, language, { officer: "" });
    const { user, t, port } = rendered;
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await user.click(
      await screen.findByRole("button", { name: t("tp.group.write") }, { timeout: 10_000 })
    );
    await screen.findByRole("heading", { name: t("tp.group.writeRefused") });
    expect(screen.getByText(t("tp.score.needsOfficer"))).toBeInTheDocument();
    expect(port.applyPlan).not.toHaveBeenCalled();
  });

  it("refuses to write over the user's own sheet of the group sheet's name, saying where", async () => {
    const name = formatMessage({ key: "sheet.group" }, language);
    const mine = {
      name,
      values: [["我的笔记"]],
      numberFormats: [["General"]],
      tables: [],
    };
    const port = new FakeWorkbookPort({ ...soe, sheets: [...soe.sheets, mine] });
    const { user, t } = await openedOn(port as unknown as WorkbookSnapshot, language);
    // The analysis is shown all the same; only the write is refused.
    expect(screen.getAllByTestId("group-member")).toHaveLength(4);
    await user.click(screen.getByRole("button", { name: t("tp.group.write") }));
    const heading = await screen.findByRole("heading", { name: t("tp.group.writeRefused") });
    expect(heading).toHaveFocus();
    expect(port.applyPlan).not.toHaveBeenCalled();
    const refused = analyseGroupWorkbook(port.snapshot, { language });
    if (refused.ok) throw new Error("the use case writes over the user's sheet");
    const text = formatMessage(refused.issues[0]!.message, language);
    const located = screen.getByText(text, { exact: false });
    await user.click(located);
    expect(port.select).toHaveBeenCalledWith(name, "A1");
  });

  it("stays away from a client's workbook", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByRole("heading", { name: t("tp.inputs.tables") });
    expect(screen.queryByRole("heading", { name: t("tp.section.group") })).toBeNull();
    expect(port.readSnapshot).toHaveBeenCalledTimes(1);
  });
});

describe("a group of 200 members in the pane", () => {
  it("lists every member and allocates no more than the headroom", async () => {
    const workbook = generatedGroup(200);
    await openedOn(workbook, "zh-CN");
    expect(screen.getAllByTestId("group-member")).toHaveLength(200);
    expect(screen.getAllByTestId("allocation-row")).toHaveLength(200);
    const { analysis } = analysed(workbook, "zh-CN");
    expect(analysis.credit.allocatedTotal.lte(analysis.credit.headroom)).toBe(true);
  });
});
