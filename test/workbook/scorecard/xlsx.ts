import ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../../../src/workbook/plan";
import type { InputSheet } from "./client";

/**
 * A minimal plan-to-xlsx writer for tests (the product's adapter is written elsewhere): formula
 * cells as { formula, result }, strings always as strings, number formats, merges, widths.
 */
export function addPlanSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(plan.name);
  plan.columnWidths?.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.ref);
    if (cell.formula !== undefined) {
      target.value =
        cell.value === null
          ? { formula: cell.formula, date1904: false }
          : ({
              formula: cell.formula,
              result: cell.value,
              date1904: false,
            } as ExcelJS.CellFormulaValue);
    } else {
      target.value = cell.value;
    }
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
  }
  for (const range of plan.merges ?? []) sheet.mergeCells(range);
  return sheet;
}

export function addInputSheet(workbook: ExcelJS.Workbook, input: InputSheet): void {
  const sheet = workbook.addWorksheet(input.name);
  for (const [ref, value] of input.cells) {
    const cell = sheet.getCell(ref);
    cell.value = value as ExcelJS.CellValue;
    const format = input.formats.get(ref);
    if (format !== undefined) cell.numFmt = format;
  }
}

export function workbookOf(inputs: readonly InputSheet[], plan: WorkbookPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const input of inputs) addInputSheet(workbook, input);
  for (const sheet of plan.sheets) addPlanSheet(workbook, sheet);
  return workbook;
}

/** A cell's value as a spreadsheet engine left it: a formula's result, or the constant. */
export function engineValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // exceljs drops a formula's "" (and reads `false` only through `result`).
    const result = cell.result as unknown;
    return result === undefined ? "" : result;
  }
  const value = cell.value;
  // LibreOffice writes text mixing scripts as rich text runs (one font per script).
  if (value !== null && typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  return value;
}

/** Write a formula with a wrong cached result (to prove a recalculation corrects it). */
export function plantResult(
  sheet: ExcelJS.Worksheet,
  ref: string,
  formula: string,
  result: number | string
): void {
  sheet.getCell(ref).value = { formula, result } as ExcelJS.CellFormulaValue;
}
