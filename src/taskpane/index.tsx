/**
 * Task pane entry (taskpane.html runs old-office.js, loads office.js, then this bundle). Keep
 * this file generic: starting lives in ./start, the task pane in ./App.
 */
import { createOfficeWorkbookPort } from "../adapters/office";
import { oldOfficeWebview } from "../old-office/detected";
import { startTaskpane } from "./start";

// In an old Office webview old-office.js already says which Office is needed.
if (oldOfficeWebview() === null) startTaskpane({ createPort: () => createOfficeWorkbookPort() });
