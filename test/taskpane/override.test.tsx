/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { overrideWorkbook } from "../../src/app";
import { formatMessage } from "../../src/core";
import { readAuditLog } from "../../src/workbook/audit";
import { markerName } from "../../src/workbook/plan";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { seedClient } from "./workbooks";
import { timeText } from "../../src/taskpane/format";
import { LANGUAGES, NOW, renderTaskpane } from "./render";
import { fixed, seedExpected as seed } from "../support/examples";

/** Score the seed client (grade D, knock-outs cap it at C) and open the Override section. */
async function scoredAndOverriding(language: (typeof LANGUAGES)[number]) {
  const pane = renderTaskpane(seedClient(), language);
  const { user, t } = pane;
  await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
  await screen.findByRole("heading", { name: t("tp.score.result") });
  await user.click(screen.getByRole("button", { name: t("tp.section.score") }));
  await user.click(screen.getByRole("button", { name: t("tp.section.override") }));
  return pane;
}

describe.each(LANGUAGES)("the Override section (%s)", (language) => {
  it("records an accepted upgrade and shows it as the scorecard records it", async () => {
    const { user, t, port } = await scoredAndOverriding(language);
    const modelGrade = `${seed.modelGrade} · ${t(`grade.${seed.modelGrade}`)}`;
    expect(screen.getByText(t("tp.override.rules", { grade: modelGrade }))).toBeVisible();
    const officer = screen.getByRole("textbox", { name: t("sc.label.overrideOfficer") });
    expect(officer).toHaveValue("王芳"); // the remembered name

    await user.selectOptions(screen.getByRole("combobox", { name: t("sc.label.finalGrade") }), "C");
    await user.type(
      screen.getByRole("textbox", { name: t("sc.label.overrideReason") }),
      "母公司已完成重组"
    );
    await user.type(screen.getByRole("textbox", { name: t("sc.label.overrideApprover") }), "李强");
    await user.click(screen.getByRole("button", { name: t("tp.override.submit") }));

    const heading = await screen.findByRole("heading", { name: t("tp.override.recorded") });
    expect(heading).toHaveFocus();
    expect(port.applyPlan).toHaveBeenCalledTimes(2);
    const record = heading.nextElementSibling as HTMLElement;
    expect(within(record).getByText(`C · ${t("grade.C")}`)).toBeInTheDocument();
    expect(within(record).getByText(modelGrade)).toBeInTheDocument();
    expect(within(record).getByText("母公司已完成重组")).toBeInTheDocument();
    expect(within(record).getByText("李强")).toBeInTheDocument();
    expect(within(record).getByText(timeText(NOW))).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.overridden", { grade: "C", score: fixed(seed.score, 2) })
    );

    // Written by the use case's plan: the scorecard's override block and the audit log.
    const sheetOf = (role: "scorecard" | "auditLog") => {
      const name = port.snapshot.names?.find((n) => n.name === markerName(role))?.sheet;
      const sheet = port.snapshot.sheets.find((s) => s.name === name);
      if (name === undefined || sheet === undefined) throw new Error(`no ${role} sheet`);
      return sheet;
    };
    const scorecard = sheetOf("scorecard").name;
    expect(port.cell(scorecard, SCORECARD_CELLS.override.finalGrade)).toBe("C");
    expect(port.cell(scorecard, SCORECARD_CELLS.override.reason)).toBe("母公司已完成重组");
    expect(port.cell(scorecard, SCORECARD_CELLS.override.approver)).toBe("李强");
    expect(readAuditLog(sheetOf("auditLog")).map((r) => [r.event, r.user])).toEqual([
      ["scored", "王芳"],
      ["overridden", "王芳"],
      ["approved", "李强"],
    ]);
  });

  it("shows every reason the core refuses an override for, and writes nothing", async () => {
    const { user, t, port } = await scoredAndOverriding(language);
    const before = port.snapshot;
    const refused = overrideWorkbook(before, {
      finalGrade: "B",
      reason: "",
      officer: "王芳",
      now: NOW,
      language,
    });
    if (refused.ok) throw new Error("expected a refusal");
    expect(refused.issues.map((i) => i.code)).toEqual([
      "override.reasonRequired",
      "override.upgradeTooFar",
      "override.approverRequired",
      "override.aboveKnockoutCap",
    ]);

    await user.selectOptions(screen.getByRole("combobox", { name: t("sc.label.finalGrade") }), "B");
    await user.click(screen.getByRole("button", { name: t("tp.override.submit") }));

    const heading = await screen.findByRole("heading", {
      name: t("tp.override.refused", { count: "4" }),
    });
    expect(heading).toHaveFocus();
    for (const issue of refused.issues)
      expect(screen.getByText(formatMessage(issue.message, language))).toBeInTheDocument();
    expect(port.applyPlan).toHaveBeenCalledTimes(1); // the scoring only
    expect(port.snapshot).toBe(before);
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.overrideRefused", { count: "4" })
    );
  });
});
