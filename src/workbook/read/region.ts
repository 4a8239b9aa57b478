import { msg, type TableSpec } from "../../core";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { parseRange, type CellRange } from "../a1";
import type { TableCandidate } from "./find-tables";
import { catalogueRef, listOf, type Findings } from "./findings";
import { cellValue, isBlankValue } from "./grid";

/** The cells of an input table: its header row, its columns, and the last row it may use. */
export interface TableRegion {
  readonly candidate: TableCandidate;
  readonly sheet: SheetSnapshot;
  /** 0-based rows and columns, inclusive. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  /** An Excel table's range as declared (it may reach beyond the cells the snapshot holds). */
  readonly declared?: CellRange;
}

function firstNonBlankRow(sheet: SheetSnapshot): number | null {
  for (let row = 0; row < sheet.values.length; row++) {
    const cells = sheet.values[row] ?? [];
    for (const value of cells) if (!isBlankValue(value)) return row;
  }
  return null;
}

/**
 * The region of a candidate table. An Excel table is its range, headers in its first row. A sheet
 * is read from its first non-empty row (the headers), between the first and last non-blank
 * header cells, down to its last row. Null, with an issue, when there is nothing to read.
 * @example locateRegion({ sheet, source: "sheet" }, SHAREHOLDERS_TABLE, findings)
 * // { headerRow: 0, left: 0, right: 5, bottom: 11, ... }
 */
export function locateRegion(
  candidate: TableCandidate,
  spec: TableSpec,
  findings: Findings
): TableRegion | null {
  const sheet = candidate.sheet;
  if (candidate.source === "excelTable") {
    const range = parseRange(candidate.range ?? "");
    if (range === null) {
      findings.error(
        "table.badRange",
        msg("read.table.badRange", {
          name: candidate.tableName ?? "",
          range: (candidate.range ?? "").slice(0, 80),
        }),
        { sheet: sheet.name, cell: "A1" }
      );
      return null;
    }
    // A range may reach far beyond the cells the snapshot holds; those cells are blank anyway.
    const bottom = Math.min(range.bottom, Math.max(range.top, sheet.values.length - 1));
    let width = 0;
    for (let row = range.top; row <= bottom; row++)
      width = Math.max(width, sheet.values[row]?.length ?? 0);
    return {
      candidate,
      sheet,
      headerRow: range.top,
      left: range.left,
      right: Math.max(range.left, Math.min(range.right, width - 1)),
      bottom,
      declared: range,
    };
  }

  const headerRow = firstNonBlankRow(sheet);
  if (headerRow === null) {
    const columns = spec.columns
      .filter((c) => c.required)
      .map((c) => catalogueRef(`column.${spec.id}.${c.key}`));
    findings.error(
      "table.noHeaderRow",
      msg("read.table.noHeaderRow", {
        sheet: sheet.name,
        table: msg(`table.${spec.id}`),
        columns: listOf(columns),
      }),
      { sheet: sheet.name, cell: "A1" }
    );
    return null;
  }
  const headers = sheet.values[headerRow] ?? [];
  let left = headers.length;
  let right = -1;
  headers.forEach((value, column) => {
    if (isBlankValue(value)) return;
    left = Math.min(left, column);
    right = Math.max(right, column);
  });
  return {
    candidate,
    sheet,
    headerRow,
    left,
    right,
    bottom: Math.max(headerRow, sheet.values.length - 1),
  };
}

/**
 * The region's column indexes, left to right.
 * @example regionColumns({ left: 1, right: 3, ... }) // [1, 2, 3]
 */
export function regionColumns(region: TableRegion): number[] {
  const columns: number[] = [];
  for (let c = region.left; c <= region.right; c++) columns.push(c);
  return columns;
}

/**
 * The value of a header cell in a region.
 * @example headerValue(region, 2) // "持股比例"
 */
export function headerValue(region: TableRegion, column: number): CellValue {
  return cellValue(region.sheet, region.headerRow, column);
}
