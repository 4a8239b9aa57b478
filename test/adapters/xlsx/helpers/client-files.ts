import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../../../src/workbook/snapshot";
import { isCellError } from "../../../../src/workbook/snapshot";
import { columnNumber, parseCell } from "../../../../src/workbook/a1";

/**
 * An .xlsx file holding a snapshot's sheets as an officer would type them: values, number formats
 * and the Excel tables the snapshot lists. Defined names are not written (a client's own file).
 */
export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = isCellError(value)
          ? { error: value.error as ExcelJS.CellErrorValue["error"] }
          : value;
        const format = sheet.numberFormats[r]?.[c];
        if (format !== undefined && format !== "General") cell.numFmt = format;
      })
    );
    for (const table of sheet.tables) {
      const [from = "A1", to = from] = table.range.split(":");
      const first = parseCell(from)!;
      const last = parseCell(to)!;
      const [left, right] = [columnNumber(first.column), columnNumber(last.column)];
      const valueAt = (row: number, col: number) => sheet.values[row - 1]?.[col - 1] ?? null;
      const header: string[] = [];
      for (let col = left; col <= right; col++)
        header.push(String(valueAt(first.row, col) ?? `Column${col}`));
      const rows: ExcelJS.CellValue[][] = [];
      for (let row = first.row + 1; row <= last.row; row++) {
        const values: ExcelJS.CellValue[] = [];
        for (let col = left; col <= right; col++) {
          const value = valueAt(row, col);
          values.push(value !== null && isCellError(value) ? null : value);
        }
        rows.push(values);
      }
      worksheet.addTable({
        name: table.name,
        ref: from,
        headerRow: true,
        columns: header.map((name) => ({ name, filterButton: true })),
        rows,
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
