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
  it("records an upgrade as pending, then a second person approves it in the pane", async () => {
    const { user, t, port } = await scoredAndOverriding(language);
    const modelGrade = `${seed.modelGrade} · ${t(`grade.${seed.modelGrade}`)}`;
    expect(screen.getByText(t("tp.override.rules", { grade: modelGrade }))).toBeVisible();
    const officer = screen.getByRole("textbox", { name: t("sc.label.overrideOfficer") });
    expect(officer).toHaveValue("王芳"); // the remembered name
    // No approver field on the officer's form: an approval is the approver's own act.
    expect(screen.queryByRole("textbox", { name: t("sc.label.overrideApprover") })).toBeNull();

    await user.selectOptions(screen.getByRole("combobox", { name: t("sc.label.finalGrade") }), "C");
    await user.type(
      screen.getByRole("textbox", { name: t("sc.label.overrideReason") }),
      "母公司已完成重组"
    );
    await user.click(screen.getByRole("button", { name: t("tp.override.submit") }));

    const heading = await screen.findByRole("heading", { name: t("tp.override.recorded") });
    expect(heading).toHaveFocus();
    const pendingRecord = heading.nextElementSibling as HTMLElement;
    expect(within(pendingRecord).getByText(t("sc.approval.pending"))).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.pendingApproval", {
        requested: "C",
        grade: seed.modelGrade,
        score: fixed(seed.score, 2),
      })
    );
    const sheetOf = (role: "scorecard" | "auditLog") => {
      const name = port.snapshot.names?.find((n) => n.name === markerName(role))?.sheet;
      const sheet = port.snapshot.sheets.find((s) => s.name === name);
      if (name === undefined || sheet === undefined) throw new Error(`no ${role} sheet`);
      return sheet;
    };
    const scorecard = sheetOf("scorecard").name;
    expect(port.cell(scorecard, SCORECARD_CELLS.override.finalGrade)).toBe(seed.modelGrade);
    expect(port.cell(scorecard, SCORECARD_CELLS.override.requested)).toBe("C");

    // The officer cannot approve their own upgrade.
    const approver = screen.getByRole("textbox", { name: t("sc.label.overrideApprover") });
    await user.type(approver, " 王芳 ");
    await user.click(screen.getByRole("button", { name: t("tp.approve.submit") }));
    await screen.findByRole("heading", { name: t("tp.override.refused", { count: "1" }) });
    expect(
      screen.getByRole("textbox", { name: t("sc.label.overrideApprover") })
    ).toHaveAccessibleDescription(expect.stringContaining(t("override.approverIsOfficer")));
    expect(port.applyPlan).toHaveBeenCalledTimes(2);

    await user.clear(screen.getByRole("textbox", { name: t("sc.label.overrideApprover") }));
    await user.type(screen.getByRole("textbox", { name: t("sc.label.overrideApprover") }), "李强");
    await user.click(screen.getByRole("button", { name: t("tp.approve.submit") }));
    const approved = await screen.findByRole("heading", { name: t("tp.override.recorded") });
    const record = approved.nextElementSibling as HTMLElement;
    expect(within(record).getAllByText(`C · ${t("grade.C")}`).length).toBe(2);
    expect(within(record).getByText(modelGrade)).toBeInTheDocument();
    expect(within(record).getByText("母公司已完成重组")).toBeInTheDocument();
    expect(within(record).getByText("李强")).toBeInTheDocument();
    // The times as the sheets show them, the zone named.
    expect(within(record).getAllByText(timeText(NOW, language)).length).toBe(2);
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.overridden", { grade: "C", score: fixed(seed.score, 2) })
    );

    // Written by the use cases' plans: the scorecard's override block and the audit log.
    expect(port.applyPlan).toHaveBeenCalledTimes(3);
    expect(port.cell(scorecard, SCORECARD_CELLS.override.finalGrade)).toBe("C");
    expect(port.cell(scorecard, SCORECARD_CELLS.override.reason)).toBe("母公司已完成重组");
    expect(port.cell(scorecard, SCORECARD_CELLS.override.approver)).toBe("李强");
    const log = readAuditLog(sheetOf("auditLog"));
    expect(log.map((r) => [r.event, r.user])).toEqual([
      ["chainStarted", "王芳"],
      ["scored", "王芳"],
      ["overridden", "王芳"],
      ["approved", "李强"],
    ]);
    expect(log.every((r) => r.enteredBy === "Excel add-in")).toBe(true);
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
      "override.aboveKnockoutCap",
    ]);

    await user.selectOptions(screen.getByRole("combobox", { name: t("sc.label.finalGrade") }), "B");
    await user.click(screen.getByRole("button", { name: t("tp.override.submit") }));

    const heading = await screen.findByRole("heading", {
      name: t("tp.override.refused", { count: "3" }),
    });
    expect(heading).toHaveFocus();
    // Each reason on the field it is about (not under the button): the reason on the reason,
    // the grade's two on the grade.
    const text = (i: number) => formatMessage(refused.issues[i]!.message, language);
    const reasonField = screen.getByRole("textbox", { name: t("sc.label.overrideReason") });
    const gradeField = screen.getByRole("combobox", { name: t("sc.label.finalGrade") });
    expect(reasonField).toHaveAttribute("aria-invalid", "true");
    expect(reasonField).toHaveAccessibleDescription(text(0));
    expect(gradeField).toHaveAttribute("aria-invalid", "true");
    expect(gradeField).toHaveAccessibleDescription(`${text(1)} ${text(2)}`);
    const officerField = screen.getByRole("textbox", { name: t("sc.label.overrideOfficer") });
    expect(officerField).not.toHaveAttribute("aria-invalid", "true");
    // Nothing is listed again under the button.
    expect(heading.nextElementSibling).toBeNull();
    expect(port.applyPlan).toHaveBeenCalledTimes(1); // the scoring only
    expect(port.snapshot).toBe(before);
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.overrideRefused", { count: "3" })
    );
  });
});
