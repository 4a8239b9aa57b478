import {
  BOARD_TABLE,
  msg,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type CellRef,
  type MessageRef,
  type TableSpec,
} from "../../core";
import { parseRange, rangeAddress } from "../a1";
import { markedSheets } from "../product-sheets";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { Findings } from "./findings";
import { nameKey } from "./text";

export type TableId = "shareholders" | "board" | "profile";

/** The input tables in the order they are read and reported. */
export const INPUT_TABLES: readonly TableSpec[] = [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE];

/** Where an input table might be: an Excel table (ListObject), or a whole sheet. */
export interface TableCandidate {
  readonly sheet: SheetSnapshot;
  readonly source: "excelTable" | "sheet";
  /** For an Excel table: its name and A1 range as the snapshot gives them. */
  readonly tableName?: string;
  readonly range?: string;
}

export type TableSearch =
  | { readonly status: "found"; readonly candidate: TableCandidate }
  | { readonly status: "missing" }
  | { readonly status: "ambiguous" };

/**
 * Sheets the product wrote (a trusted marker points at them): its own output, never an input. A
 * marker on any other sheet is ignored (see product-sheets.ts), so that sheet is still read.
 */
function productSheets(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(Object.values(markedSheets(snapshot).sheets).map((s) => s.name.toLowerCase()));
}

function describeCandidate(candidate: TableCandidate): MessageRef {
  return candidate.source === "excelTable"
    ? msg("read.candidate.excelTable", {
        name: candidate.tableName ?? "",
        sheet: candidate.sheet.name,
      })
    : msg("read.candidate.sheet", { sheet: candidate.sheet.name });
}

function candidateAt(candidate: TableCandidate): CellRef {
  const range = parseRange(candidate.range ?? "");
  return { sheet: candidate.sheet.name, cell: range === null ? "A1" : rangeAddress(range) };
}

/**
 * Find the three input tables by their English or Chinese names. An Excel table is preferred to a
 * sheet of the same name (it is usually the same data); two Excel tables, or two sheets, that
 * could both be one input table are an error naming both, and the table is then not read.
 * @example findInputTables(snapshot, findings).shareholders // { status: "found", candidate: {...} }
 */
export function findInputTables(
  snapshot: WorkbookSnapshot,
  findings: Findings
): Record<TableId, TableSearch> {
  const search = (spec: TableSpec): TableSearch => findTable(snapshot, spec, findings);
  return {
    shareholders: search(SHAREHOLDERS_TABLE),
    board: search(BOARD_TABLE),
    profile: search(PROFILE_TABLE),
  };
}

/**
 * Find one input table by its names, as `findInputTables` does for each of its tables (the group
 * workbook's tables are found this way too).
 * @example findTable(snapshot, GROUP_MEMBERS_TABLE, findings).status // "found"
 */
export function findTable(
  snapshot: WorkbookSnapshot,
  spec: TableSpec,
  findings: Findings
): TableSearch {
  const excluded = productSheets(snapshot);
  const inputSheets = snapshot.sheets.filter((s) => !excluded.has(s.name.toLowerCase()));
  {
    const names = new Set(spec.names.map(nameKey));
    const excelTables: TableCandidate[] = [];
    const sheets: TableCandidate[] = [];
    for (const sheet of inputSheets) {
      for (const table of sheet.tables)
        if (names.has(nameKey(table.name)))
          excelTables.push({
            sheet,
            source: "excelTable",
            tableName: table.name,
            range: table.range,
          });
      if (names.has(nameKey(sheet.name))) sheets.push({ sheet, source: "sheet" });
    }
    const candidates = excelTables.length > 0 ? excelTables : sheets;
    const [first, ...others] = candidates;
    if (first === undefined) return { status: "missing" };
    if (others.length === 0) return { status: "found", candidate: first };
    for (const other of others)
      findings.error(
        "table.ambiguous",
        msg("read.table.ambiguous", {
          table: msg(`table.${spec.id}`),
          first: describeCandidate(first),
          second: describeCandidate(other),
        }),
        candidateAt(other)
      );
    return { status: "ambiguous" };
  }
}
