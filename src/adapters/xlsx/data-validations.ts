import type ExcelJS from "exceljs";
import { columnNumber, parseCell } from "../../workbook/a1";
import { replaceSheetValidations, sheetValidations } from "./exceljs-internals";

/**
 * Give a sheet's data validations as non-overlapping column ranges. exceljs reads a validated
 * range as one entry per cell and, when saving, joins the cells again after sorting addresses as
 * text ("B10" before "B2"), which writes overlapping ranges for any run of ten rows or more.
 * Runs of equal validations in a column become one range key, which exceljs writes as it is.
 * The validations themselves do not change.
 */
export function compactValidations(worksheet: ExcelJS.Worksheet): void {
  const groups = new Map<
    string,
    { validation: ExcelJS.DataValidation; cells: [string, number][] }
  >();
  const compacted: Record<string, ExcelJS.DataValidation> = {};
  for (const [address, validation] of Object.entries(sheetValidations(worksheet))) {
    if (validation === undefined) continue;
    const cell = parseCell(address);
    if (cell === null) {
      compacted[address] = validation;
      continue;
    }
    const key = JSON.stringify(validation);
    const group = groups.get(key) ?? { validation, cells: [] };
    group.cells.push([cell.column, cell.row]);
    groups.set(key, group);
  }
  for (const { validation, cells } of groups.values()) {
    cells.sort(([ca, ra], [cb, rb]) => columnNumber(ca) - columnNumber(cb) || ra - rb);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const [column, row] = cells[i - 1]!;
      const next = cells[i];
      if (next !== undefined && next[0] === column && next[1] === row + 1) continue;
      const first = cells[start]![1];
      compacted[first === row ? `${column}${row}` : `${column}${first}:${column}${row}`] =
        validation;
      start = i;
    }
  }
  replaceSheetValidations(worksheet, compacted);
}
