/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { templateWorkbook } from "../../src/app";
import { defaultParameters, formatMessage, parameterFingerprint } from "../../src/core";
import { parameterGroups } from "../../src/taskpane/state/model-view";
import { markerName } from "../../src/workbook/plan";
import { parameterRows } from "../../src/workbook/model-sheet";
import { cellAddress } from "../../src/taskpane/format";
import { EMPTY_WORKBOOK, seedClient } from "./workbooks";
import { LANGUAGES, renderTaskpane } from "./render";

describe.each(LANGUAGES)("the Template section (%s)", (language) => {
  it("adds the input sheets to an empty workbook, then refuses to add them again", async () => {
    const { user, t, port } = renderTaskpane(EMPTY_WORKBOOK, language);
    await user.click(screen.getByRole("button", { name: t("tp.section.template") }));
    const create = screen.getByRole("button", { name: t("tp.template.create") });

    await user.click(create);
    const created = await screen.findByRole("heading", { name: t("tp.template.created") });
    expect(created).toHaveFocus();
    const plan = templateWorkbook(language);
    if (!plan.ok) throw new Error("the template plans");
    const names = plan.value.sheets.map((s) => s.name);
    expect(port.sheetNames()).toEqual(["Sheet1", ...names]);
    expect(screen.getByText(t("tp.template.createdSheets", { sheets: names.join(" · ") })));

    await user.click(create);
    const refused = await screen.findByRole("heading", { name: t("tp.template.refused") });
    expect(refused).toHaveFocus();
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
    const again = templateWorkbook(language, port.snapshot);
    if (again.ok) throw new Error("expected a refusal");
    expect(again.issues.length).toBeGreaterThanOrEqual(names.length);
    for (const issue of again.issues) {
      const text = formatMessage(issue.message, language);
      if (issue.at === undefined) expect(screen.getByText(text)).toBeInTheDocument();
      else
        await user.click(
          screen.getByRole("button", {
            name: t("tp.located", { cell: cellAddress(issue.at), text }),
          })
        );
    }
    const first = again.issues[0]?.at;
    expect(port.select).toHaveBeenCalledWith(first?.sheet, "A1");
  });
});

describe.each(LANGUAGES)("the Model section (%s)", (language) => {
  it("shows the default model before the first score, then the workbook's model sheet", async () => {
    const { user, t, port } = renderTaskpane(seedClient(), language);
    await user.click(screen.getByRole("button", { name: t("tp.section.model") }));
    await screen.findByText(t("tp.model.default"));
    const params = defaultParameters();
    expect(screen.getByText(parameterFingerprint(params))).toBeInTheDocument();
    const version = screen.getByText(t("sc.label.modelVersion"), {
      selector: "dt",
    }).nextElementSibling;
    expect(version).toHaveTextContent(params.version);
    const rows = parameterRows(params);
    expect(screen.getByText(t("tp.model.parameters", { count: String(rows.length) })));
    // Grouped by factor (its weight with its own parameters), then the model-wide groups; all
    // equal to the approved model 1, so no group of changes.
    expect(
      screen.getByText(t("tp.model.noChanges", { version: params.version }))
    ).toBeInTheDocument();
    const groups = parameterGroups(params, rows);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
    for (const [group, path] of [
      [0, "weights.F1"],
      [1, "f2.concentratedAbove"],
      [groups.length - 2, "adjustments.D.tenorCapMonths"],
    ] as const) {
      expect(screen.queryByText(path)).toBeNull();
      await user.click(
        screen.getByRole("button", { name: formatMessage(groups[group]!.title, language) })
      );
      expect(screen.getByText(path)).toBeInTheDocument();
    }
    expect(screen.getByText(t("tp.model.explain"))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    await user.click(screen.getByRole("button", { name: t("tp.model.reload") }));
    const sheet = port.snapshot.names?.find((n) => n.name === markerName("model"))?.sheet ?? "";
    await screen.findByText(t("tp.model.fromSheet", { sheet }));
    await user.click(screen.getByRole("button", { name: t("tp.model.selectSheet") }));
    expect(port.select).toHaveBeenLastCalledWith(sheet, "A1");
    // Opens several collapsed groups: slow on a loaded two-core machine.
  });
});
