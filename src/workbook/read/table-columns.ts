import { msg, type Decimal, type Sourced, type TableSpec } from "../../core";
import { cellAddress, columnLetters, rangeAddress } from "../a1";
import {
  readColumn,
  readPercentColumn,
  type ColumnLabel,
  type ColumnValues,
  type ReadContext,
} from "./columns";
import { catalogueRef } from "./findings";
import type { HeaderMatch } from "./headers";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";
import type { ColumnLayout, TableLayout } from "./types";
import type { ValueReader } from "./values";

/** One column's values, row by row, each with its cell; absent when the table lacks the column. */
export interface SourcedColumn<T> {
  readonly at: (i: number) => Sourced<T>;
}

/**
 * Reads the recognised columns of a register (shareholders, board) over its data rows and records
 * each column's layout. Required columns report their blank cells.
 * @example
 * const columns = new TableColumns(ctx, BOARD_TABLE, match, rows);
 * columns.read("name", TEXT)?.at(0); // { value: "张一", at: { sheet: "董事会", cell: "A2" } }
 */
export class TableColumns {
  private readonly layouts: ColumnLayout[] = [];

  constructor(
    private readonly ctx: ReadContext,
    private readonly spec: TableSpec,
    private readonly match: HeaderMatch,
    private readonly rows: RowPlan
  ) {}

  /** Read a column with a value reader; undefined when the table has no such column. */
  read<T>(key: string, reader: ValueReader<T>): SourcedColumn<T> | undefined {
    return this.readWith(key, (index, what) =>
      readColumn(this.ctx, this.rows.dataRows, index, reader, what)
    );
  }

  /** Read a percentage column as fractions; undefined when the table has no such column. */
  percent(key: string): SourcedColumn<Decimal> | undefined {
    return this.readWith(key, (index, what) =>
      readPercentColumn(this.ctx, this.rows.dataRows, index, what)
    );
  }

  /** The layout of the table, with the columns read so far. */
  layout(region: TableRegion): TableLayout {
    return tableLayout(this.spec, region, this.match, this.rows, this.layouts);
  }

  private readWith<T>(
    key: string,
    readValues: (index: number, what: ColumnLabel) => ColumnValues<T>
  ): SourcedColumn<T> | undefined {
    const column = this.match.columns.get(key);
    if (column === undefined) return undefined;
    const label = catalogueRef(`column.${this.spec.id}.${key}`);
    const what: ColumnLabel = column.spec.required
      ? { label, requiredIn: msg(`table.${this.spec.id}`) }
      : { label };
    const read = readValues(column.index, what);
    this.layouts.push({
      key,
      column: columnLetters(column.index + 1),
      header: column.header,
      ...(read.form === undefined ? {} : { form: read.form }),
      formulaSafe: read.formulaSafe,
    });
    const sheet = this.ctx.sheet.name;
    const rows = this.rows.dataRows;
    return {
      at: (i) => ({
        value: read.values[i] ?? null,
        at: { sheet, cell: cellAddress(rows[i] ?? 0, column.index) },
      }),
    };
  }
}

/**
 * The range an input table covers: an Excel table's own range; for a sheet, from its header row
 * to its last non-blank row (a totals row included), across its header columns.
 * @example tableRange(region, plan) // "A1:F12"
 */
export function tableRange(region: TableRegion, rows: RowPlan): string {
  return rangeAddress(
    region.declared ?? {
      top: region.headerRow,
      left: region.left,
      bottom: rows.lastRow,
      right: Math.max(region.left, region.right),
    }
  );
}

/**
 * The layout of an input table: where its header and data rows are, and its columns.
 * @example tableLayout(SHAREHOLDERS_TABLE, region, match, rows, columns).dataRows // [2, 3, 5]
 */
export function tableLayout(
  spec: TableSpec,
  region: TableRegion,
  match: HeaderMatch,
  rows: RowPlan,
  columns: readonly ColumnLayout[]
): TableLayout {
  const dataRows = rows.dataRows.map((r) => r + 1);
  const candidate = region.candidate;
  return {
    table: spec.id,
    sheet: region.sheet.name,
    source: candidate.source,
    ...(candidate.tableName === undefined ? {} : { tableName: candidate.tableName }),
    headerRow: region.headerRow + 1,
    // With no data rows, the data range is empty: first = header + 1, last = header.
    firstDataRow: dataRows[0] ?? region.headerRow + 2,
    lastDataRow: dataRows[dataRows.length - 1] ?? region.headerRow + 1,
    dataRows,
    columns: [...columns],
    ignoredColumns: match.unknown.map((u) => u.header),
    skippedRows: rows.skipped,
  };
}
