/**
 * An in-memory Excel host: the subset of the Excel JavaScript API the add-in uses, over an
 * in-memory workbook whose formulas HyperFormula calculates. It runs in jest (node) and, bundled by
 * buildHostBundle (build-bundle.ts), in a browser in place of office.js.
 *
 * @example
 * const host = createExcelHost({ workbook: snapshot, excelApi: "1.9", displayLanguage: "zh-CN" });
 * const port = createOfficeWorkbookPort({ run: host.run, requirements: host.Office.context.requirements });
 * await port.readSnapshot(); host.requests.length; // 1
 */
import type { OperationInfo, RequestRecord } from "./client-object";
import { HostError } from "./host-error";
import { officeGlobals, type HostExcel, type HostOffice } from "./office-globals";
import type { HostRequestContext } from "./sheet-objects";
import {
  dumpWorkbook,
  loadWorkbook,
  type HostWorkbookInit,
  type WorkbookDump,
} from "./snapshot-io";
import { HostWorkbook, type HostSheet } from "./workbook-model";
import { parseAddress } from "./a1";

export type { HostWorkbookInit, WorkbookDump, OperationInfo, RequestRecord };
export { HostError };

/** Excel on the web's limit for a request or a response. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ExcelHostOptions {
  readonly workbook?: HostWorkbookInit;
  /** The highest ExcelApi set claimed (default "1.9"). */
  readonly excelApi?: string;
  readonly displayLanguage?: string;
  /** Default: Excel on the web's 5 MB. null: no limit (desktop). */
  readonly payloadLimitBytes?: number | null;
}

export interface ExcelHost {
  readonly Office: HostOffice;
  readonly Excel: HostExcel;
  /** Excel.run with options, typed for the adapter's `run` option. */
  readonly run: <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ) => Promise<T>;
  /** Every request (context.sync) so far: operations, payload sizes, failure. */
  readonly requests: readonly RequestRecord[];
  /** Every Excel.run so far, with its delayForCellEdit option. */
  readonly runs: readonly { readonly delayForCellEdit: boolean }[];
  /** How often suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync ran. */
  readonly application: {
    readonly calculationSuspended: number;
    readonly screenUpdatingSuspended: number;
  };
  /** Handlers registered with Office.actions.associate. */
  readonly actions: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  payloadLimitBytes: number | null;
  excelApi: string;
  /** Make operations fail as they run (null: none). */
  failWhen(predicate: ((operation: OperationInfo) => boolean) | null): void;
  resetRequests(): void;
  /** Starts over from another workbook (proxies from before no longer apply). */
  reset(workbook?: HostWorkbookInit): void;
  dump(): WorkbookDump;
  /** Types into a cell as a user would (Excel's parsing of typed text, unless the cell is "@"). */
  typeInto(sheet: string, ref: string, value: string | number | boolean | null): void;
  protectSheet(sheet: string, on?: boolean): void;
  /** Hides (or shows) a sheet's tab, as a user or a macro would: "Visible", "Hidden", "VeryHidden". */
  setVisibility(sheet: string, visibility: "Visible" | "Hidden" | "VeryHidden"): void;
  /** Hides (or shows, `hidden` false) whole rows, 1-based as Excel numbers them. */
  hideRows(sheet: string, rows: readonly number[], hidden?: boolean): void;
  /** Hides (or shows) whole columns, by letter. */
  hideColumns(sheet: string, columns: readonly string[], hidden?: boolean): void;
  protectStructure(on?: boolean): void;
  addSheet(name: string): void;
  /** Moves a sheet in the tab order, as a user dragging its tab. */
  moveSheet(name: string, position: number): void;
  /** The calculated value of a cell, as Range.values gives it. */
  valueAt(sheet: string, ref: string): string | number | boolean;
}

function sheetOf(book: HostWorkbook, name: string): HostSheet {
  const sheet = book.sheetByKey(name);
  if (sheet === null) throw new Error(`no sheet "${name}" in the host`);
  return sheet;
}

function cellOf(ref: string): { row: number; column: number } {
  const parsed = parseAddress(ref);
  if (parsed === null) throw new Error(`not a cell: ${ref}`);
  return { row: parsed.range.top, column: parsed.range.left };
}

function newWorkbook(init: HostWorkbookInit | undefined): HostWorkbook {
  const book = new HostWorkbook();
  if (init !== undefined) loadWorkbook(book, init);
  if (book.sheets.length === 0) book.addSheet("Sheet1");
  return book;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const runtime = {
    workbook: newWorkbook(options.workbook),
    payloadLimitBytes:
      options.payloadLimitBytes === undefined ? EXCEL_WEB_PAYLOAD_LIMIT : options.payloadLimitBytes,
    failWhen: null as ((operation: OperationInfo) => boolean) | null,
    requests: [] as RequestRecord[],
    runs: [] as { delayForCellEdit: boolean }[],
    excelApi: () => settings.excelApi,
  };
  const settings = {
    displayLanguage: options.displayLanguage ?? "en-US",
    excelApi: options.excelApi ?? "1.9",
    actions: new Map<string, (...args: unknown[]) => unknown>(),
    application: { calculationSuspended: 0, screenUpdatingSuspended: 0 },
  };
  const { Office, Excel } = officeGlobals(runtime, settings);
  return {
    Office,
    Excel,
    run: (runOptions, batch) =>
      Excel.run(runOptions, batch as unknown as (context: HostRequestContext) => Promise<never>),
    requests: runtime.requests,
    runs: runtime.runs,
    application: settings.application,
    actions: settings.actions,
    get payloadLimitBytes() {
      return runtime.payloadLimitBytes;
    },
    set payloadLimitBytes(limit: number | null) {
      runtime.payloadLimitBytes = limit;
    },
    get excelApi() {
      return settings.excelApi;
    },
    set excelApi(version: string) {
      settings.excelApi = version;
    },
    failWhen(predicate) {
      runtime.failWhen = predicate;
    },
    resetRequests() {
      runtime.requests.length = 0;
      runtime.runs.length = 0;
    },
    reset(workbook) {
      runtime.workbook = newWorkbook(workbook);
    },
    dump: () => dumpWorkbook(runtime.workbook),
    typeInto(sheet, ref, value) {
      const book = runtime.workbook;
      const { row, column } = cellOf(ref);
      book.setCell(sheetOf(book, sheet), row, column, value === null ? "" : value, false);
      book.resumeCalculation();
    },
    protectSheet(sheet, on = true) {
      sheetOf(runtime.workbook, sheet).protected = on;
    },
    setVisibility(sheet, visibility) {
      sheetOf(runtime.workbook, sheet).visibility = visibility;
    },
    hideRows(sheet, rows, hidden = true) {
      const target = sheetOf(runtime.workbook, sheet);
      for (const row of rows)
        if (hidden) target.hiddenRows.add(row - 1);
        else target.hiddenRows.delete(row - 1);
    },
    hideColumns(sheet, columns, hidden = true) {
      const target = sheetOf(runtime.workbook, sheet);
      for (const letters of columns) {
        const column = cellOf(`${letters}1`).column;
        if (hidden) target.hiddenColumns.add(column);
        else target.hiddenColumns.delete(column);
      }
    },
    protectStructure(on = true) {
      runtime.workbook.structureProtected = on;
    },
    addSheet(name) {
      runtime.workbook.addSheet(name);
    },
    moveSheet(name, position) {
      runtime.workbook.moveSheet(sheetOf(runtime.workbook, name), position);
    },
    valueAt(sheet, ref) {
      const book = runtime.workbook;
      const { row, column } = cellOf(ref);
      return book.value(sheetOf(book, sheet), row, column).value;
    },
  };
}
