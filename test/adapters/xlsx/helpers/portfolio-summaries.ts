import { failedSummary, type WorkbookSummary } from "../../../../src/app";
import { scoreAndApply } from "../../../app/helpers";
import { workbookWith } from "../../../workbook/read/client";

/** Four clients (two of one grade, one of A) and one workbook that was not scored. */
export function chartSummaries(): WorkbookSummary[] {
  const seed = { ...scoreAndApply().update.summary, file: "seed.xlsx" };
  const small = { ...scoreAndApply(workbookWith()).update.summary, file: "small.xlsx" };
  return [
    seed,
    small,
    { ...small, file: "small2.xlsx" },
    { ...seed, file: "a.xlsx", finalGrade: "A" },
    failedSummary("broken.xlsx", [], "en-US"),
  ];
}
