/**
 * Task pane entry (taskpane.html runs old-office.js, loads office.js, then this bundle). Keep
 * this file generic: starting lives in ./start, the task pane in ./App. The Office.js adapter is
 * loaded on demand (./office-port): not part of the first load.
 */
import { oldOfficeWebview } from "../old-office/detected";
import { createLazyOfficePort, preloadOfficeAdapter } from "./office-port";
import { startTaskpane } from "./start";

// In an old Office webview old-office.js already says which Office is needed.
if (oldOfficeWebview() === null)
  startTaskpane({
    createPort: () => {
      const port = createLazyOfficePort();
      preloadOfficeAdapter();
      return port;
    },
  });
