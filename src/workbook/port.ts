import type { ProductSheetRole, WorkbookPlan } from "./plan";
import type { CellValue, WorkbookSnapshot } from "./snapshot";

/**
 * A workbook the task pane works on, seen through plain data. The Office.js adapter implements it
 * over a live workbook; tests implement it in memory. The UI receives a port and never imports
 * Office.js itself.
 */
export interface WorkbookPort {
  /**
   * Everything the product reads: the candidate input sheets and tables, the product's own sheets
   * (found by their marker names), defined names. One request, except for registers too large for
   * one request, which are read in chunks.
   */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Create or replace the product's own sheets of `plan`, all-or-nothing from the user's point of
   * view. Never touches a sheet that does not carry the product's marker.
   */
  applyPlan(plan: WorkbookPlan): Promise<ApplyReport>;
  /** The values the spreadsheet calculated for cells of one sheet, in the order asked. */
  readValues(sheet: string, refs: readonly string[]): Promise<CellValue[]>;
  /** Select a range and bring it into view (the task pane's "show me this cell"). */
  select(sheet: string, range: string): Promise<void>;
}

export interface ApplyReport {
  /** The sheet each product role was written to. */
  readonly sheets: Partial<Record<ProductSheetRole, string>>;
  /** How many requests to the host the write took (for tests and the performance budget). */
  readonly requests: number;
  /** What the read-back after writing found, or what the host could not apply. */
  readonly warnings?: readonly WriteWarning[];
}

/**
 * A figure the spreadsheet calculated differently from the engine, a text that did not stay text,
 * or a feature (drop-downs, page layout) this version of the host cannot apply.
 */
export interface WriteWarning {
  readonly kind: "formulaMismatch" | "textChanged" | "dropDownsNotApplied" | "pageLayoutNotApplied";
  readonly sheet: string;
  readonly cell?: string;
  /** Plain text of the engine's value and of what the host holds, for mismatches. */
  readonly expected?: string;
  readonly found?: string;
}
