/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { msg } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { LANGUAGES, renderTaskpane } from "./render";
import { seedClient } from "./workbooks";

/**
 * What the officer sees, in the pane: a hidden register sheet, hidden rows and formula input cells
 * are listed as notices after scoring (the same notices the command line prints); a very hidden
 * register is refused with its sheet, and nothing is written.
 */

function withRegister(change: Partial<WorkbookSnapshot["sheets"][number]>): WorkbookSnapshot {
  const seed = seedClient();
  const [holders, ...rest] = seed.sheets;
  if (holders === undefined) throw new Error("no register");
  return { ...seed, sheets: [{ ...holders, ...change }, ...rest] };
}

describe.each(LANGUAGES)("what the officer sees, in the pane (%s)", (language) => {
  it("lists a hidden register sheet, its hidden rows and its formula cells after scoring", async () => {
    const formulas = seedClient().sheets[0]!.values.map((row) => row.map(() => ""));
    formulas[1]![2] = "50+10"; // C2
    const { user, t, port } = renderTaskpane(
      withRegister({ visibility: "hidden", hiddenRows: [2, 3], formulas }),
      language
    );
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
    const table = msg("table.shareholders");
    const expected = [
      t("read.view.formulaInputs", { sheet: "股东名册", cells: "C2" }),
      t("read.view.hiddenSheet", { table, sheet: "股东名册" }),
      t("read.view.hiddenRows", { table, sheet: "股东名册", rows: "3–4" }),
    ];
    for (const text of expected)
      expect(screen.getAllByText(text, { exact: false }).length).toBeGreaterThan(0);
  });

  it("refuses a very hidden register, naming the sheet, and writes nothing", async () => {
    const { user, t, port } = renderTaskpane(withRegister({ visibility: "veryHidden" }), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    const table = msg("table.shareholders");
    const refusal = t("read.view.veryHidden", { table, sheet: "股东名册" });
    expect((await screen.findAllByText(refusal, { exact: false })).length).toBeGreaterThan(0);
    expect(port.applyPlan).not.toHaveBeenCalled();
  });
});
