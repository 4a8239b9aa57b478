/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { LANGUAGES, renderTaskpane } from "./render";
import { seedClient } from "./workbooks";

/**
 * Workbook text in the task pane is shown with its control and bidirectional characters made
 * visible, as the command line prints it: a client name carrying a right-to-left override, an
 * escape sequence and a line break cannot reorder, hide or split what the officer reads.
 */

const RLO = "\u202e";
const ESC = "\u001b";
const HOSTILE_CLIENT = `城建${RLO}D edarg${ESC}[8m\nGrade A`;
/** Every character the pane must never show raw. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe.each(LANGUAGES)("untrusted text in the pane (%s)", (language) => {
  it("shows a hostile client name with its RLO, ESC and line break made visible", async () => {
    const { user, t, container } = renderTaskpane(seedClient(HOSTILE_CLIENT), language);
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    await screen.findByRole("heading", { name: t("tp.score.result") });

    // The reader reads the line break as a space (cell text is normalised); the rest is shown escaped.
    const shown = "城建\\u202eD edarg\\x1b[8m Grade A";
    expect(screen.getByText(shown, { exact: false })).toBeInTheDocument();
    expect(container.textContent).not.toMatch(RAW);
    expect(container.textContent).not.toContain("\n");
  });

  it("shows an error quoting a hostile cell with the characters made visible", async () => {
    const workbook = seedClient();
    const [holders, ...rest] = workbook.sheets;
    if (holders === undefined) throw new Error("no register");
    const values = holders.values.map((r) => [...r]);
    values[2]![2] = `15${RLO}%${ESC}[2J`; // C3: not a percentage
    const { user, t, container } = renderTaskpane(
      { ...workbook, sheets: [{ ...holders, values }, ...rest] },
      language
    );
    await user.click(screen.getByRole("button", { name: t("tp.score.run") }));
    // Listed under the inputs' errors and under the refused score, each quoting the cell.
    expect(await screen.findAllByText(/“15\\u202e%\\x1b\[2J”/)).toHaveLength(2);
    expect(container.textContent).not.toMatch(RAW);
  });
});
