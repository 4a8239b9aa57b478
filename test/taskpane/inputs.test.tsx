/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { formatMessage } from "../../src/core";
import { readInputs } from "../../src/workbook/read";
import { brokenClient, EMPTY_WORKBOOK, seedClient } from "./workbooks";
import { LANGUAGES, renderTaskpane } from "./render";

describe.each(LANGUAGES)("the Inputs section (%s)", (language) => {
  it("reports an empty workbook: no table found, the Profile required, a way forward", async () => {
    const { user, t, port } = renderTaskpane(EMPTY_WORKBOOK, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));

    const heading = await screen.findByRole("heading", { name: t("tp.inputs.tables") });
    expect(heading).toHaveFocus();
    expect(screen.getAllByText(t("tp.inputs.absent"))).toHaveLength(3);
    expect(screen.getByText(t("tp.inputs.noneFound"))).toBeInTheDocument();
    expect(screen.getByText(t("tp.inputs.errors", { count: "1" }))).toBeInTheDocument();
    const read = readInputs(EMPTY_WORKBOOK);
    if (read.ok || read.issues[0] === undefined) throw new Error("expected the Profile missing");
    expect(read.issues[0].at).toBeUndefined();
    expect(screen.getByText(formatMessage(read.issues[0].message, language))).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      t("tp.status.inputErrors", { count: "1" })
    );
    expect(port.applyPlan).not.toHaveBeenCalled();
  });

  it("makes every reading error a button that selects its cell, the message in the UI language", async () => {
    const workbook = brokenClient();
    const read = readInputs(workbook);
    if (read.ok) throw new Error("expected reading errors");
    const { user, t, port } = renderTaskpane(workbook, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByText(t("tp.inputs.errors", { count: String(read.issues.length) }));

    expect(read.issues.map((i) => i.at)).toEqual([
      { sheet: "股东名册", cell: "B5" },
      { sheet: "股东名册", cell: "C3" },
    ]);
    for (const issue of read.issues) {
      const text = `'${issue.at!.sheet}'!${issue.at!.cell}`;
      const button = screen.getByRole("button", {
        name: t("tp.located", { cell: text, text: formatMessage(issue.message, language) }),
      });
      await user.click(button);
      expect(port.select).toHaveBeenLastCalledWith(issue.at!.sheet, issue.at!.cell);
    }
    expect(port.select).toHaveBeenCalledTimes(2);
  });

  it("lists the tables found: Excel table or sheet, with the sheet and row count", async () => {
    const seed = seedClient();
    const [holders, ...rest] = seed.sheets;
    // The register as an Excel table named Shareholders on a sheet of another name.
    const register = {
      ...holders!,
      name: "Sheet2",
      tables: [{ name: "Shareholders", range: "A1:F7" }],
    };
    const { user, t } = renderTaskpane({ ...seed, sheets: [register, ...rest] }, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByText(t("tp.inputs.noErrors"));
    expect(
      screen.getByText(
        t("tp.inputs.inTable", { table: "Shareholders", sheet: "Sheet2", rows: "6" })
      )
    ).toBeInTheDocument();
    for (const [sheet, rows] of [
      ["董事会", "7"],
      ["治理概况", "21"],
    ] as const)
      expect(screen.getByText(t("tp.inputs.inSheet", { sheet, rows }))).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(t("tp.status.inputs", { found: "3" }));
  });

  it("lists the reader's notices (a totals row skipped, an unknown column ignored) at their cells", async () => {
    const seed = seedClient();
    const holders = seed.sheets[0]!;
    const values = holders.values.map((row, i) => [...row, i === 0 ? "备注" : null]);
    values.push(["合计", null, 100, null, null, null, null]);
    const workbook = { ...seed, sheets: [{ ...holders, values }, ...seed.sheets.slice(1)] };
    const read = readInputs(workbook);
    if (!read.ok) throw new Error("notices only");
    expect(read.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(["column.unknownIgnored", "row.totalSkipped"])
    );

    const { user, t, port } = renderTaskpane(workbook, language);
    await user.click(screen.getByRole("button", { name: t("tp.inputs.read") }));
    await screen.findByText(t("tp.inputs.noErrors"));
    expect(screen.getByRole("heading", { name: t("tp.notices") })).toBeInTheDocument();
    for (const notice of read.notices) {
      const text = formatMessage(notice.message, language);
      if (notice.at === undefined) expect(screen.getByText(text)).toBeInTheDocument();
      else {
        const cell = `'${notice.at.sheet}'!${notice.at.cell}`;
        await user.click(screen.getByRole("button", { name: t("tp.located", { cell, text }) }));
        expect(port.select).toHaveBeenLastCalledWith(notice.at.sheet, notice.at.cell);
      }
    }
  });
});
