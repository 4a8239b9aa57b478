import ExcelJS from "exceljs";
import { parseRange, quoteSheet, rangeAddress } from "../../workbook/a1";
import {
  isCellError,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../workbook/snapshot";
import { snapshotFromExcelJs } from "./snapshot-from-exceljs";

type ExcelValue = ExcelJS.CellValue;

function excelValue(value: CellValue): ExcelValue {
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

function cellOf(value: CellValue, formula: string): ExcelValue {
  if (formula === "") return excelValue(value);
  const result = excelValue(value);
  return (result === null ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.values.forEach((row, r) => {
    const formats = sheet.numberFormats[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    row.forEach((value, c) => {
      const formula = formulas[c] ?? "";
      if (value === null && formula === "") return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = cellOf(value, formula);
      const format = formats[c] ?? "General";
      if (format !== "General") cell.numFmt = format;
    });
  });
  for (const row of sheet.hiddenRows ?? []) worksheet.getRow(row + 1).hidden = true;
  for (const span of sheet.hiddenColumns ?? [])
    for (let c = span.first; c <= Math.min(span.last, span.first + 16_383); c++)
      worksheet.getColumn(c + 1).hidden = true;
  for (const table of sheet.tables) {
    const range = parseRange(table.range);
    if (range === null) continue;
    const header = sheet.values[range.top] ?? [];
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const name = header[c];
      columns.push({
        name:
          name === null || name === undefined
            ? `Column${c - range.left + 1}`
            : String(isCellError(name) ? name.error : name),
      });
    }
    const rows: ExcelValue[][] = [];
    for (let r = range.top + 1; r <= range.bottom; r++) {
      const line: ExcelValue[] = [];
      for (let c = range.left; c <= range.right; c++)
        line.push(cellOf(sheet.values[r]?.[c] ?? null, sheet.formulas?.[r]?.[c] ?? ""));
      rows.push(line);
    }
    if (rows.length === 0) rows.push(columns.map(() => null));
    worksheet.addTable({
      name: table.name,
      ref: rangeAddress({ ...range, bottom: range.top, right: range.left }),
      headerRow: true,
      columns,
      rows,
    });
    // addTable writes the cells itself; give them back their number formats.
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        const format = sheet.numberFormats[r]?.[c] ?? "General";
        if (format !== "General") worksheet.getCell(r + 1, c + 1).numFmt = format;
      }
  }
}

/**
 * An exceljs workbook holding what the snapshot holds: each sheet's values (formulas with their
 * values), number formats, hidden rows and columns, visibility and Excel tables, and the defined
 * names. The scored copy of a file exceljs cannot load as it is (or loads differently from the
 * reader) is written from it: what was scored is what the copy holds; formatting is not kept.
 */
export function workbookFromSnapshot(snapshot: WorkbookSnapshot): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const state = sheet.visibility ?? "visible";
    writeSheet(workbook.addWorksheet(sheet.name, { state }), sheet);
  }
  for (const name of snapshot.names ?? [])
    workbook.definedNames.add(`${quoteSheet(name.sheet)}!${name.range}`, name.name);
  return workbook;
}

function cellsAgree(loaded: SheetSnapshot, read: SheetSnapshot): boolean {
  const rows = Math.max(loaded.values.length, read.values.length);
  for (let r = 0; r < rows; r++) {
    const a = loaded.values[r] ?? [];
    const b = read.values[r] ?? [];
    const af = loaded.formulas?.[r] ?? [];
    const bf = read.formulas?.[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const formula = bf[c] ?? "";
      if ((af[c] ?? "") !== formula) return false;
      // A formula's value may have been recalculated by the reader; the formula is what is kept.
      if (formula !== "") continue;
      if (JSON.stringify(a[c] ?? null) !== JSON.stringify(b[c] ?? null)) return false;
    }
  }
  return true;
}

/**
 * Whether exceljs loaded the same sheets, in the same order, with the same cells as the reader
 * read; if not, writing exceljs's workbook back would change what the user's sheets hold.
 */
export function loadedAsRead(workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot): boolean {
  const loaded = snapshotFromExcelJs(workbook);
  if (loaded.sheets.length !== snapshot.sheets.length) return false;
  return loaded.sheets.every((sheet, i) => {
    const read = snapshot.sheets[i];
    return read !== undefined && sheet.name === read.name && cellsAgree(sheet, read);
  });
}
