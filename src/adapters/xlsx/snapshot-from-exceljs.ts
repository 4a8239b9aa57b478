import type ExcelJS from "exceljs";
import type {
  CellValue,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../workbook/snapshot";
import { convertCell, type ConvertedCell } from "./cell-value";
import { definedNamesOf } from "./defined-names";
import { sheetTables } from "./exceljs-internals";

interface SheetGrid {
  values: CellValue[][];
  numberFormats: string[][];
  formulas: string[][];
  hasFormula: boolean;
}

function isBlank(cell: ConvertedCell): boolean {
  return cell.value === null && cell.formula === "";
}

/** Row-major grids from A1, each row cut after its last non-blank cell, trailing empty rows dropped. */
function gridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const grid: SheetGrid = { values: [], numberFormats: [], formulas: [], hasFormula: false };
  worksheet.eachRow((row, rowNumber) => {
    const values: CellValue[] = [];
    const numberFormats: string[] = [];
    const formulas: string[] = [];
    row.eachCell((cell, columnNumber) => {
      const converted = convertCell(cell);
      if (isBlank(converted)) return;
      while (values.length < columnNumber - 1) {
        values.push(null);
        numberFormats.push("General");
        formulas.push("");
      }
      values.push(converted.value);
      numberFormats.push(converted.numberFormat);
      formulas.push(converted.formula);
      grid.hasFormula ||= converted.formula !== "";
    });
    if (values.length === 0) return;
    while (grid.values.length < rowNumber - 1) {
      grid.values.push([]);
      grid.numberFormats.push([]);
      grid.formulas.push([]);
    }
    grid.values.push(values);
    grid.numberFormats.push(numberFormats);
    grid.formulas.push(formulas);
  });
  return grid;
}

export function sheetSnapshotFromExcelJs(
  worksheet: ExcelJS.Worksheet,
  tables: readonly TableSnapshot[] = sheetTables(worksheet)
): SheetSnapshot {
  const grid = gridOf(worksheet);
  return {
    name: worksheet.name,
    values: grid.values,
    numberFormats: grid.numberFormats,
    ...(grid.hasFormula ? { formulas: grid.formulas } : {}),
    tables,
  };
}

/**
 * The plain-data form of an exceljs workbook. `tablesBySheet` overrides the tables exceljs found
 * (the file reader passes the ones it read from the table parts).
 */
export function snapshotFromExcelJs(
  workbook: ExcelJS.Workbook,
  tablesBySheet?: ReadonlyMap<string, readonly TableSnapshot[]>
): WorkbookSnapshot {
  return {
    sheets: workbook.worksheets.map((worksheet) =>
      tablesBySheet === undefined
        ? sheetSnapshotFromExcelJs(worksheet)
        : sheetSnapshotFromExcelJs(worksheet, tablesBySheet.get(worksheet.name) ?? [])
    ),
    names: definedNamesOf(workbook),
  };
}
