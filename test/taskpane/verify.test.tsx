/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { markerName } from "../../src/workbook/plan";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { seedClient } from "./workbooks";
import { LANGUAGES, renderTaskpane } from "./render";
import { seedExpected as seed } from "../support/examples";

async function scored(language: (typeof LANGUAGES)[number]) {
  const pane = renderTaskpane(seedClient(), language);
  const { user, t, port } = pane;
  await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
  await screen.findByRole("heading", { name: t("tp.score.result") });
  await user.click(screen.getByRole("button", { name: t("tp.section.score") }));
  await user.click(screen.getByRole("button", { name: t("tp.section.verify") }));
  const scorecard = port.snapshot.names?.find((n) => n.name === markerName("scorecard"))?.sheet;
  if (scorecard === undefined) throw new Error("no scorecard written");
  return { ...pane, scorecard };
}

describe.each(LANGUAGES)("the Verify section (%s)", (language) => {
  it("re-reads a freshly scored workbook: engine, audit log and cells agree", async () => {
    const { user, t, port } = await scored(language);
    await user.click(screen.getByRole("button", { name: t("tp.verify.run") }));
    const heading = await screen.findByRole("heading", { name: t("tp.verify.agree") });
    expect(heading).toHaveFocus();
    expect(port.readSnapshot).toHaveBeenCalledTimes(2);
    expect(screen.getAllByText(t("tp.verify.status.agree"))).toHaveLength(3);
    expect(screen.getByRole("status")).toHaveTextContent(t("tp.status.verified"));
  });

  it("names the first mismatching cell and selects it", async () => {
    const { user, t, port, scorecard } = await scored(language);
    const cell = SCORECARD_CELLS.score;
    port.calculate(scorecard, cell, 99); // Excel now shows 99 where the engine computes the score
    await user.click(screen.getByRole("button", { name: t("tp.verify.run") }));

    const heading = await screen.findByRole("heading", { name: t("tp.verify.mismatch") });
    expect(heading).toHaveFocus();
    const address = `'${scorecard.replace(/'/g, "''")}'!${cell}`;
    expect(screen.getByText(t("tp.verify.firstMismatch", { cell: address }))).toBeInTheDocument();
    expect(screen.getByText("99")).toBeInTheDocument();
    expect(screen.getByText(seed.score)).toBeInTheDocument();
    // Engine and audit log agree; the cells, compared last, do not.
    expect(screen.getAllByText(t("tp.verify.status.agree"))).toHaveLength(2);
    expect(screen.getByText(t("tp.verify.status.disagree"))).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: t("tp.selectCell", { cell: address }) }));
    expect(port.select).toHaveBeenLastCalledWith(scorecard, cell);
    expect(screen.getByRole("status")).toHaveTextContent(t("tp.status.mismatch"));
  });

  it("shows what was expected and found for a value typed into a blank scorecard cell", async () => {
    const { user, t, port, scorecard } = await scored(language);
    port.calculate(scorecard, "G20", "typed by hand");
    await user.click(screen.getByRole("button", { name: t("tp.verify.run") }));

    await screen.findByRole("heading", { name: t("tp.verify.mismatch") });
    const address = `'${scorecard.replace(/'/g, "''")}'!G20`;
    expect(screen.getByText(t("tp.verify.firstMismatch", { cell: address }))).toBeInTheDocument();
    expect(screen.getByText(t("tp.verify.expected"))).toBeInTheDocument();
    expect(screen.getByText(t("app.blank"))).toBeInTheDocument();
    expect(screen.getByText("typed by hand")).toBeInTheDocument();
    expect(screen.getByText(t("tp.verify.status.disagree"))).toBeInTheDocument();
  });
});
