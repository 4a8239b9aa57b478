import ExcelJS from "exceljs";
import { parseRange, quoteSheet, rangeAddress } from "../../workbook/a1";
import {
  isCellError,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../workbook/snapshot";
import { convertCell } from "./cell-value";

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

function nonBlankCells(sheet: SheetSnapshot): number {
  let count = 0;
  sheet.values.forEach((row, r) => {
    const formulas = sheet.formulas?.[r] ?? [];
    row.forEach((value, c) => {
      if (value !== null || (formulas[c] ?? "") !== "") count++;
    });
  });
  return count;
}

/** Cell by cell, without laying out a second copy of the sheet. */
function cellsAgree(worksheet: ExcelJS.Worksheet, read: SheetSnapshot): boolean {
  let agree = true;
  let count = 0;
  worksheet.eachRow((row, rowNumber) => {
    if (!agree) return;
    row.eachCell((cell, columnNumber) => {
      if (!agree) return;
      const loaded = convertCell(cell);
      if (loaded.value === null && loaded.formula === "") return;
      count++;
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      const formula = read.formulas?.[r]?.[c] ?? "";
      if (loaded.formula !== formula) agree = false;
      // A formula's value may have been recalculated by the reader; the formula is what is kept.
      else if (
        formula === "" &&
        JSON.stringify(loaded.value) !== JSON.stringify(read.values[r]?.[c] ?? null)
      )
        agree = false;
    });
  });
  return agree && count === nonBlankCells(read);
}

/**
 * Whether exceljs loaded the same sheets, in the same order, with the same cells as the reader
 * read; if not, writing exceljs's workbook back would change what the user's sheets hold.
 */
export function loadedAsRead(workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot): boolean {
  const worksheets = workbook.worksheets;
  if (worksheets.length !== snapshot.sheets.length) return false;
  return worksheets.every((worksheet, i) => {
    const read = snapshot.sheets[i];
    return read !== undefined && worksheet.name === read.name && cellsAgree(worksheet, read);
  });
}
