/**
 * The task pane's port over the workbook open in Excel, with the Office.js adapter loaded on
 * demand (issue 12: the first load carries the first view only). Whether the host has the Excel
 * the add-in needs is still decided at once, so an Excel too old for the add-in is told so instead
 * of the pane; the adapter itself (reading, writing, checking) arrives with the first action and
 * makes exactly the requests it always made: loading it is not a request to Excel.
 */
import { requirementError } from "../adapters/office/requirements";
import type { WorkbookPort } from "../workbook/port";
import { loadCatalogue } from "./pane-messages";

/** The adapter's code, with the whole catalogue its refusals are worded from. */
const loadAdapter = () =>
  Promise.all([
    import(/* webpackChunkName: "office-adapter" */ "../adapters/office/port"),
    loadCatalogue(),
  ]).then(([adapter]) => adapter);

export function createLazyOfficePort(): WorkbookPort {
  const missing = requirementError(Office.context.requirements);
  if (missing !== null) throw missing;
  let port: Promise<WorkbookPort> | null = null;
  const adapter = (): Promise<WorkbookPort> => {
    port ??= loadAdapter().then(
      (m) => m.createOfficeWorkbookPort(),
      (error: unknown) => {
        port = null;
        throw error;
      }
    );
    return port;
  };
  return {
    readSnapshot: async () => (await adapter()).readSnapshot(),
    applyPlan: async (plan) => (await adapter()).applyPlan(plan),
    readValues: async (sheet, refs) => (await adapter()).readValues(sheet, refs),
    select: async (sheet, range) => (await adapter()).select(sheet, range),
  };
}

/** Starts loading the adapter's code without a request to Excel (a failure shows at first use). */
export function preloadOfficeAdapter(): void {
  loadAdapter().catch(() => undefined);
}
