import { msg, type MessageArg, type TableSpec } from "../../core";
import { cellAddress, columnLetters } from "../a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { listOf, type Findings } from "./findings";
import { describeValue } from "./grid";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";

/** Cells or rows listed by name in one message; the rest are counted. */
const LISTED = 10;

/** A list of at most LISTED items, "… (N in all)" beyond. */
function listed(items: readonly string[]): MessageArg {
  if (items.length <= LISTED) return listOf(items);
  return msg("read.view.more", { list: listOf(items.slice(0, LISTED)), count: items.length });
}

/** "5", "7–9": runs of consecutive 1-based rows. */
function rowRuns(rows: readonly number[]): string[] {
  const runs: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const flush = (): void => {
    if (start === undefined || previous === undefined) return;
    runs.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const row of rows) {
    if (previous !== undefined && row === previous + 1) {
      previous = row;
      continue;
    }
    flush();
    start = row;
    previous = row;
  }
  flush();
  return runs;
}

function shown(value: CellValue): string {
  return value === null ? "—" : describeValue(value);
}

function hiddenColumnSet(sheet: SheetSnapshot, columns: readonly number[]): number[] {
  const spans = sheet.hiddenColumns ?? [];
  return columns.filter((c) => spans.some((s) => s.first <= c && c <= s.last));
}

/**
 * What the officer may not see, or may not see as it is scored, in one input table: the table on
 * a very hidden sheet is an error (refused: the officer cannot see what would be scored); a
 * hidden sheet, hidden rows or columns the table reads, and input cells that are formulas are
 * notices naming the cells (an older Excel that cannot list hidden rows or columns has them said to
 * be there, unlisted). For formulas, a file's values are those cached by whichever program
 * saved it last: a constant formula (`=5%`) is computed instead when its cached value differs,
 * and the others are listed as read from the cache.
 * @example reportOfficerView(snapshot, SHAREHOLDERS_TABLE, region, rows, [0, 1, 2], findings)
 */
export function reportOfficerView(
  snapshot: WorkbookSnapshot,
  spec: TableSpec,
  region: TableRegion,
  rows: RowPlan,
  contentColumns: readonly number[],
  findings: Findings
): void {
  const sheet = region.sheet;
  const table = msg(`table.${spec.id}`);
  const header = { sheet: sheet.name, cell: cellAddress(region.headerRow, region.left) };
  if (sheet.visibility === "veryHidden") {
    findings.error(
      "sheet.veryHidden",
      msg("read.view.veryHidden", { table, sheet: sheet.name }),
      header
    );
    return;
  }
  if (sheet.visibility === "hidden")
    findings.notice(
      "sheet.hidden",
      msg("read.view.hiddenSheet", { table, sheet: sheet.name }),
      header
    );

  const tableRows = [region.headerRow, ...rows.dataRows];
  const hidden = new Set(sheet.hiddenRows ?? []);
  const hiddenRows = tableRows.filter((r) => hidden.has(r)).map((r) => r + 1);
  if (hiddenRows.length > 0)
    findings.notice(
      "rows.hidden",
      msg("read.view.hiddenRows", { table, sheet: sheet.name, rows: listed(rowRuns(hiddenRows)) }),
      { sheet: sheet.name, cell: cellAddress((hiddenRows[0] ?? 1) - 1, region.left) }
    );
  const hiddenColumns = hiddenColumnSet(sheet, contentColumns);
  if (hiddenColumns.length > 0)
    findings.notice(
      "columns.hidden",
      msg("read.view.hiddenColumns", {
        table,
        sheet: sheet.name,
        columns: listed(hiddenColumns.map((c) => columnLetters(c + 1))),
      }),
      { sheet: sheet.name, cell: cellAddress(region.headerRow, hiddenColumns[0] ?? region.left) }
    );

  const unlisted = sheet.hiddenUnlisted;
  if (unlisted?.rows === true)
    findings.notice(
      "rows.hiddenUnlisted",
      msg("read.view.hiddenUnlistedRows", { table, sheet: sheet.name }),
      header
    );
  if (unlisted?.columns === true)
    findings.notice(
      "columns.hiddenUnlisted",
      msg("read.view.hiddenUnlistedColumns", { table, sheet: sheet.name }),
      header
    );

  reportFormulas(snapshot, sheet, rows.dataRows, contentColumns, findings);
}

function reportFormulas(
  snapshot: WorkbookSnapshot,
  sheet: SheetSnapshot,
  dataRows: readonly number[],
  columns: readonly number[],
  findings: Findings
): void {
  const formulas = sheet.formulas;
  if (formulas === undefined) return;
  const recalculated = new Map(
    (sheet.recalculated ?? []).map((cell) => [`${cell.row}:${cell.column}`, cell.cached])
  );
  const formulaCells: string[] = [];
  for (const row of dataRows) {
    const line = formulas[row];
    if (line === undefined || line.length === 0) continue;
    for (const column of columns) {
      const formula = line[column] ?? "";
      if (formula === "") continue;
      const address = cellAddress(row, column);
      const key = `${row}:${column}`;
      if (recalculated.has(key)) {
        findings.notice(
          "formula.recalculated",
          msg("read.view.recalculated", {
            sheet: sheet.name,
            cell: address,
            formula: formula.slice(0, 60),
            value: shown(sheet.values[row]?.[column] ?? null),
            cached: shown(recalculated.get(key) ?? null),
          }),
          { sheet: sheet.name, cell: address }
        );
      } else formulaCells.push(address);
    }
  }
  if (formulaCells.length === 0) return;
  const at = { sheet: sheet.name, cell: formulaCells[0] ?? "A1" };
  const cells = listed(formulaCells);
  if (snapshot.formulaValues === "cached")
    findings.notice(
      "formula.cached",
      msg("read.view.cachedFormulas", { sheet: sheet.name, cells }),
      at
    );
  else
    findings.notice(
      "formula.inputs",
      msg("read.view.formulaInputs", { sheet: sheet.name, cells }),
      at
    );
}
