/**
 * The catalogue as the task pane loads it (issue 12: the first load carries the first view only).
 * The first view formats the pane's own texts and the Office.js adapter's (an Excel too old for
 * the add-in is said at start): those two parts come with it. The whole catalogue (the engine's
 * issues, the scorecard's labels, grades, factors) is src/core/i18n/messages, loaded with the
 * engine, the adapter and every part of the pane that shows results.
 *
 * The first view's modules therefore import the formatting functions from
 * src/core/i18n/format-message, never through src/core (which brings the whole catalogue); the
 * size test (test/addin/first-load.test.ts) fails when the first load grows past its budget.
 */
import { ADAPTER_MESSAGES } from "../core/i18n/adapter-messages";
import { addCatalogue } from "../core/i18n/format-message";
import { TASKPANE_MESSAGES } from "../core/i18n/taskpane-messages";

/** Adds the first view's parts of the catalogue (again: nothing changes). */
export function addPaneMessages(): void {
  addCatalogue(TASKPANE_MESSAGES);
  addCatalogue(ADAPTER_MESSAGES);
}

/** The whole catalogue, added when its chunk has loaded. */
export function loadCatalogue(): Promise<unknown> {
  return import(/* webpackChunkName: "catalogue" */ "../core/i18n/messages");
}
