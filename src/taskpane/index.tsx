/**
 * Task pane entry (taskpane.html loads office.js first, then this bundle). Keep this file
 * generic: starting lives in ./start, the task pane in ./App.
 */
import { createOfficeWorkbookPort } from "../adapters/office";
import { startTaskpane } from "./start";

startTaskpane({ createPort: () => createOfficeWorkbookPort() });
