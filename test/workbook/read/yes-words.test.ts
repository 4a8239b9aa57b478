import { readInputs } from "../../../src/workbook/read";
import { profileWith, workbookWith } from "./client";

/**
 * A yes/no profile item written as a yes- or no-word exactly (any case) is marked so the scorecard
 * can read it by formula through the model sheet's yes-words; spaced, full-width or other forms
 * the reader normalises are not (a formula's MATCH would not see them as the reader did).
 */
describe("yes/no words a formula can read", () => {
  it.each([
    ["是", true],
    ["否", true],
    ["Yes", true],
    ["NO", true],
    ["y", true],
    [" 是 ", false],
    ["ＹＥＳ", false],
    [true, false],
  ] as const)("%j is a yes-word cell: %s", (written, yesWord) => {
    const outcome = readInputs(
      workbookWith({
        profile: profileWith([
          ["GM appointment", "board"],
          ["Equity incentive", written],
        ]),
      })
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.layout.profileItems["equityIncentive"]?.yesWord === true).toBe(yesWord);
  });
});
