import type ExcelJS from "exceljs";
import { parseRange, quoteSheet, splitSheetRef } from "../../workbook/a1";
import { definedNameCells } from "./exceljs-internals";
import type { DefinedNameSnapshot } from "../../workbook/snapshot";

/** "'It''s'!$A$1" → { sheet: "It's", range: "A1" }; null for anything else. */
export function parseReference(text: string): { sheet: string; range: string } | null {
  const split = splitSheetRef(text);
  if (split === null || parseRange(split.ref) === null) return null;
  return { sheet: split.sheet, range: split.ref.replace(/\$/g, "") };
}

/**
 * The workbook's defined names that refer to one range of one sheet, as plain data (the product
 * finds its own sheets by them).
 * @example definedNamesOf(workbook) // [{ name: "GovScore_scorecard", sheet: "治理评分卡", range: "A1" }]
 */
export function definedNamesOf(workbook: ExcelJS.Workbook): DefinedNameSnapshot[] {
  const names: DefinedNameSnapshot[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    const [only] = ranges;
    const reference = ranges.length === 1 && only !== undefined ? parseReference(only) : null;
    if (reference !== null) names.push({ name, ...reference });
  }
  return names;
}

/** Remove a defined name (exceljs keeps a name as the set of cells it covers). */
export function removeDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  for (const cell of definedNameCells(workbook))
    if (cell.name === name)
      workbook.definedNames.remove(`${quoteSheet(cell.sheet)}!${cell.address}`, name);
}
