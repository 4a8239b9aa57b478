/**
 * The in-memory Excel host as a browser script, in place of office.js: loading it installs the
 * `Office` and `Excel` globals (and `excelHost`, to load workbooks and inspect them) on `window`.
 *
 * Options may be set before the script runs, e.g. with Playwright's page.addInitScript:
 *   window.__EXCEL_HOST_OPTIONS__ = { displayLanguage: "zh-CN", workbook: snapshot };
 * and the workbook replaced later: window.excelHost.reset(snapshot). Build it with
 * buildHostBundle (build-bundle.ts).
 */
import { createExcelHost, type ExcelHost, type ExcelHostOptions } from "./index";

interface HostWindow {
  __EXCEL_HOST_OPTIONS__?: ExcelHostOptions;
  Office?: unknown;
  Excel?: unknown;
  excelHost?: ExcelHost;
}

/** Creates a host and makes it the page's Office and Excel. */
export function installExcelHost(options?: ExcelHostOptions): ExcelHost {
  const target = globalThis as unknown as HostWindow;
  const host = createExcelHost(options ?? target.__EXCEL_HOST_OPTIONS__ ?? {});
  target.Office = host.Office;
  target.Excel = host.Excel;
  target.excelHost = host;
  return host;
}

installExcelHost();
