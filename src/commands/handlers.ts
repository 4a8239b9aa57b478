/**
 * What the ribbon's ExecuteFunction buttons do. commands.ts registers these with
 * Office.actions.associate and always completes the Office event itself (try/finally), so a
 * handler only does its work and may throw.
 */

/** Ribbon "Score": score the governance inputs of the open workbook. */
export async function scoreWorkbook(): Promise<void> {
  // TODO: read the workbook through the Office.js workbook adapter (src/adapters/officejs, which
  // produces a WorkbookSnapshot, see src/workbook/snapshot.ts), score it, and write the result.
  // Until that adapter exists this shows nothing.
}

/** Ribbon "Create input template": add the governance input sheets and tables. */
export async function createTemplate(): Promise<void> {
  // TODO: create the input sheets through the Office.js workbook adapter (src/adapters/officejs).
  // Until that adapter exists this shows nothing.
}
