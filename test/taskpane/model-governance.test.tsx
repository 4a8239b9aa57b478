/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { defaultParameters, formatMessage, msg } from "../../src/core";
import { parameterRef, withCell } from "../app/helpers";
import { seedClient } from "./workbooks";
import { LANGUAGES, renderTaskpane } from "./render";

describe.each(LANGUAGES)("model governance in the task pane (%s)", (language) => {
  it("ignores an edited model sheet unless the officer ticks the box, then says NON-STANDARD in words, with every difference and the pending change", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    const run = () => user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await run();
    await screen.findByRole("heading", { name: t("tp.score.result") });

    const modelSheet = formatMessage(msg("sheet.model"), language);
    const ref = parameterRef(defaultParameters(), language, "gradeMinimums.C");
    port.snapshot = withCell(port.snapshot, modelSheet, ref, 22);
    await run();
    await screen.findByText(/gradeMinimums\.C/);
    expect(screen.queryByText(t("tp.model.nonStandardTitle"))).not.toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`${modelSheet}.*(not an approved model|不是已批准模型)`))
    ).toBeInTheDocument();

    // The ignored value was written back as the approved model's: edit it again, then choose it.
    port.snapshot = withCell(port.snapshot, modelSheet, ref, 22);
    await user.click(screen.getByRole("checkbox", { name: t("tp.score.useWorkbookModel") }));
    await run();
    expect(await screen.findByText(t("tp.model.nonStandardTitle"))).toBeInTheDocument();
    // The status line says it in words too, not only the banner's colour.
    expect(screen.getByRole("status")).toHaveTextContent(
      language === "zh-CN" ? "已按非标准模型参数评分" : "Scored with NON-STANDARD model parameters"
    );
    expect(
      screen.getByText(
        t("models.difference", { path: "gradeMinimums.C", approved: "50", used: "22" })
      )
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(new RegExp(t("models.change.pending", { officer: ".+" }))).length
    ).toBeGreaterThan(0);

    // The Model section lists the changes from the approved model first, open, each with the
    // approved value; the groups by factor follow, collapsed.
    await user.click(screen.getByRole("button", { name: t("tp.section.model") }));
    const changed = await screen.findByRole("button", {
      // Scored on 2025-03-01: the approved model in effect is model 1 (model 2 from 2026-12-01).
      name: t("tp.model.changedGroup", { version: "1", count: "1" }),
    });
    expect(changed).toHaveAttribute("aria-expanded", "true");
    const groups = changed.closest(".fui-Accordion");
    if (!(groups instanceof HTMLElement)) throw new Error("the model's groups are an accordion");
    const headers = within(groups).getAllByRole("heading", { level: 4 });
    expect(headers.length).toBeGreaterThan(6);
    expect(headers[0]).toHaveTextContent(changed.textContent ?? "");
    expect(screen.getByText("gradeMinimums.C")).toBeInTheDocument();
    expect(screen.getByText(t("tp.model.approvedValue", { value: "50" }))).toBeInTheDocument();
  });
});
