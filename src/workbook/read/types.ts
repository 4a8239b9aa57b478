import type { GovernanceInputs, Issue, MessageRef, CellRef, TableSpec } from "../../core";

/** How a column's values were written, so formulas can use the input cells as they are. */
export interface ColumnLayout {
  readonly key: string;
  /** Column letter, e.g. "C". */
  readonly column: string;
  /** The header as written in the workbook. */
  readonly header: string;
  /** For percentage columns: 0.35 (fraction) or 35 (points). */
  readonly form?: "fraction" | "points";
  /**
   * True when a formula may reference these cells directly: every non-blank cell is a plain number
   * (percent, amount), a boolean or 1/0 (yes/no), or text equal, ignoring case, to an enum key or
   * its canonical zh-CN / en-US label. Otherwise the scorecard shows the engine's value and names
   * the source range.
   */
  readonly formulaSafe: boolean;
}

export interface TableLayout {
  readonly table: TableSpec["id"];
  readonly sheet: string;
  readonly source: "excelTable" | "sheet";
  readonly tableName?: string;
  /** 1-based row numbers. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** The rows that hold data (blank rows and a totals row excluded). */
  readonly dataRows: readonly number[];
  readonly columns: readonly ColumnLayout[];
  readonly ignoredColumns: readonly string[];
  readonly skippedRows: readonly { readonly row: number; readonly reason: "blank" | "total" }[];
}

export interface ProfileItemLayout {
  /** The item's key ("auditOpinion"). */
  readonly key: string;
  /** The value cell, e.g. "B5". */
  readonly cell: string;
  readonly form?: "fraction" | "points";
  readonly formulaSafe: boolean;
  /**
   * A yes/no item written as one of the model sheet's yes- or no-words exactly, ignoring case
   * (是, 否, Yes, no …): a formula MATCHing it against the yes-words reads it as the reader did.
   */
  readonly yesWord?: boolean;
}

export interface InputLayout {
  readonly shareholders: TableLayout | null;
  readonly board: TableLayout | null;
  readonly profile: TableLayout | null;
  /** Item key → where its value sits, for every item the Profile table holds. */
  readonly profileItems: Readonly<Record<string, ProfileItemLayout>>;
}

/** Something the reader did that the user should know (not an error). */
export interface ReadNotice {
  readonly code: string;
  readonly message: MessageRef;
  readonly at?: CellRef;
}

export type ReadOutcome =
  | {
      readonly ok: true;
      readonly inputs: GovernanceInputs;
      readonly layout: InputLayout;
      readonly notices: readonly ReadNotice[];
    }
  | {
      readonly ok: false;
      /** Every problem of the workbook, not only the first. */
      readonly issues: readonly Issue[];
      readonly layout: InputLayout;
      readonly notices: readonly ReadNotice[];
    };
