import { msg, type ColumnSpec, type TableSpec } from "../../core";
import { isCellError, type CellValue } from "../snapshot";
import { cellAddress, rangeAddress } from "../a1";
import { catalogueRef, catalogueTexts, listOf, type Findings } from "./findings";
import { describeValue, isBlankValue } from "./grid";
import { headerValue, type TableRegion } from "./region";
import { matchKey } from "./text";

/** A recognised column: its key, 0-based column index and header as written. */
export interface MatchedColumn {
  readonly spec: ColumnSpec;
  readonly index: number;
  readonly header: string;
}

export interface HeaderMatch {
  readonly columns: ReadonlyMap<string, MatchedColumn>;
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
}

/** Every way a column's header may be written: aliases, key, catalogue labels (zh and en). */
function acceptedHeaders(spec: TableSpec, column: ColumnSpec): string[] {
  return [...column.aliases, column.key, ...catalogueTexts(`column.${spec.id}.${column.key}`)];
}

const headerLookups = new Map<string, Map<string, ColumnSpec>>();

function headerLookup(spec: TableSpec): Map<string, ColumnSpec> {
  const known = headerLookups.get(spec.id);
  if (known !== undefined) return known;
  const lookup = new Map<string, ColumnSpec>();
  for (const column of spec.columns)
    for (const header of acceptedHeaders(spec, column))
      if (!lookup.has(matchKey(header))) lookup.set(matchKey(header), column);
  headerLookups.set(spec.id, lookup);
  return lookup;
}

/** A header as written: the text itself, or what a number, boolean or error shows. */
function headerText(value: CellValue): string {
  if (typeof value === "string") return value;
  return value === null ? "" : describeValue(value);
}

/**
 * Match a region's header row against a table's columns, whatever their order or language.
 * Reports a column given twice, a required column missing (with the accepted headers) and, as
 * notices, the columns it ignores.
 * @example matchHeaders(region, SHAREHOLDERS_TABLE, findings).columns.get("stake")?.index // 2
 */
export function matchHeaders(
  region: TableRegion,
  spec: TableSpec,
  findings: Findings
): HeaderMatch {
  const lookup = headerLookup(spec);
  const sheet = region.sheet.name;
  const table = msg(`table.${spec.id}`);
  const columns = new Map<string, MatchedColumn>();
  const unknown: { index: number; header: string }[] = [];
  for (let index = region.left; index <= region.right; index++) {
    const value = headerValue(region, index);
    if (isBlankValue(value)) continue;
    const header = headerText(value);
    const column = value !== null && isCellError(value) ? undefined : lookup.get(matchKey(header));
    if (column === undefined) {
      unknown.push({ index, header });
      findings.notice(
        "column.unknownIgnored",
        msg("read.column.unknownIgnored", { header: describeValue(header), table }),
        { sheet, cell: cellAddress(region.headerRow, index) }
      );
      continue;
    }
    const first = columns.get(column.key);
    if (first !== undefined) {
      findings.error(
        "column.duplicate",
        msg("read.column.duplicate", {
          table,
          header: describeValue(header),
          column: catalogueRef(`column.${spec.id}.${column.key}`),
          first: cellAddress(region.headerRow, first.index),
        }),
        { sheet, cell: cellAddress(region.headerRow, index) }
      );
      continue;
    }
    columns.set(column.key, { spec: column, index, header });
  }

  const headerRange = {
    top: region.headerRow,
    bottom: region.headerRow,
    left: region.left,
    right: Math.max(region.left, region.right),
  };
  for (const column of spec.columns) {
    if (!column.required || columns.has(column.key)) continue;
    findings.error(
      "column.missing",
      msg("read.column.missing", {
        table,
        column: catalogueRef(`column.${spec.id}.${column.key}`),
        row: region.headerRow + 1,
        sheet,
        accepted: listOf(column.aliases),
      }),
      { sheet, cell: rangeAddress(headerRange) }
    );
  }
  return { columns, unknown };
}
