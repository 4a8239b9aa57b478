import type ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";

/** A cached result exceljs hides: `cell.value` copies only truthy fields, so 0 and FALSE vanish. */
function falsyResult(cell: ExcelJS.Cell): CellValue {
  const result: unknown = cell.result;
  if (result === 0 || result === false) return result;
  return null;
}

function sheetWithResults(sheet: SheetSnapshot, worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const formulas = sheet.formulas;
  if (formulas === undefined) return sheet;
  let values: CellValue[][] | undefined;
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === "" || (sheet.values[r]?.[c] ?? null) !== null) return;
      const result = falsyResult(worksheet.getCell(r + 1, c + 1));
      if (result === null) return;
      values ??= sheet.values.map((cells) => [...cells]);
      const cells = (values[r] ??= []);
      while (cells.length <= c) cells.push(null);
      cells[c] = result;
    })
  );
  return values === undefined ? sheet : { ...sheet, values };
}

/**
 * The snapshot with the cached formula results 0 and FALSE put back. exceljs 4.4 reads them but
 * drops them from `cell.value` (its copy keeps truthy fields only), so a formula cell showing 0 or
 * FALSE would read as blank; `cell.result` still has them.
 */
export function withFalsyFormulaResults(
  snapshot: WorkbookSnapshot,
  workbook: ExcelJS.Workbook
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      const worksheet = workbook.getWorksheet(sheet.name);
      return worksheet === undefined ? sheet : sheetWithResults(sheet, worksheet);
    }),
  };
}
