import { scoreWorkbook, verifyWorkbook, type VerifyOutcome } from "../../../src/app";
import { formatMessage, msg } from "../../../src/core";
import { SCORECARD_CELLS } from "../../../src/workbook/scorecard";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import type { ExcelHost } from "../../host";
import { exampleSnapshot, hostWithPort, NOW } from "./helpers";

/**
 * The task pane's Verify through the in-memory Excel host: the Office adapter reads the product
 * sheets with their formulas (as the host's calculation engine writes them back) and the values
 * it calculated; the workbook the pane scored verifies, and what a user types into a product
 * sheet is named with its cell.
 */

const SCORECARD = "Governance scorecard";

let example: WorkbookSnapshot;
beforeAll(async () => {
  example = await exampleSnapshot("01-grade-a-ruifeng-precision.xlsx");
});

async function scoredInHost() {
  const { host, port } = hostWithPort({ workbook: example });
  const outcome = scoreWorkbook(await port.readSnapshot(), {
    language: "en-US",
    now: NOW,
    user: "Wang",
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const report = await port.applyPlan(outcome.plan);
  expect(report.formulaMismatches).toEqual([]);
  return { host, port };
}

/** The B cell of the first scorecard row labelled `label` in column A. */
function labelled(host: ExcelHost, label: string): string {
  for (let row = 1; row < 400; row++)
    if (host.valueAt(SCORECARD, `A${row}`) === label) return `B${row}`;
  throw new Error(`no row labelled ${label}`);
}

const en = (key: Parameters<typeof msg>[0]) => formatMessage(msg(key), "en-US");

function mismatchOf(outcome: VerifyOutcome) {
  if (outcome.ok) throw new Error("expected a mismatch");
  return outcome.mismatch;
}

describe("Verify on the live workbook", () => {
  it("verifies what the add-in wrote, formulas as Excel reads them back", async () => {
    const { port } = await scoredInHost();
    const snapshot = await port.readSnapshot();
    const scorecard = snapshot.sheets.find((s) => s.name === SCORECARD);
    expect(scorecard?.formulas?.some((row) => row.some((f) => f !== ""))).toBe(true);
    const outcome = verifyWorkbook(snapshot, { language: "en-US" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.mismatch));
    expect(outcome.checkedCells).toBeGreaterThan(500);
  });

  it.each([
    ['="A" typed over the grade', SCORECARD_CELLS.modelGrade, '="A"', "formula"],
    ["a limit formula rewritten", SCORECARD_CELLS.recommendedLimit, "=B34*10", "formula"],
    ["a value typed into an empty cell", "G20", "checked", "unexpectedCell"],
  ] as const)("names %s", async (_what, cell, typed, kind) => {
    const { host, port } = await scoredInHost();
    host.typeInto(SCORECARD, cell, typed);
    const mismatch = mismatchOf(verifyWorkbook(await port.readSnapshot(), { language: "en-US" }));
    expect(mismatch).toMatchObject({ kind, sheet: SCORECARD, cell });
  });

  it.each([
    ["the client name", "sc.label.clientName", "Another client", "value"],
    // Layout 3 writes the count and the F6 items as formulas: a typed value replaces a formula.
    ["the directors-in-management count", "measure.overlap", 0, "formulaReplaced"],
    // The audit committee's TRUE typed over with FALSE: F6 still holds through the external audit.
    ["an F6 yes/no", "item.auditCommittee", false, "formulaReplaced"],
  ] as const)("names %s edited", async (_what, label, typed, kind) => {
    const { host, port } = await scoredInHost();
    const cell = labelled(host, en(label));
    host.typeInto(SCORECARD, cell, typed);
    expect(
      mismatchOf(verifyWorkbook(await port.readSnapshot(), { language: "en-US" }))
    ).toMatchObject({ kind, sheet: SCORECARD, cell });
  });
});
