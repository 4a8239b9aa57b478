import { columnNumber, parseCell } from "../../../src/workbook/a1";
import type { SheetPlan } from "../../../src/workbook/plan";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/snapshot";

/** A sheet plan as an adapter would read it back: values (formula results cached), formats, formulas. */
export function planToSnapshot(plan: SheetPlan): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: string[][] = [];
  for (const cell of plan.cells) {
    const at = parseCell(cell.ref);
    if (at === null) throw new Error(`not a cell: ${cell.ref}`);
    const r = at.row - 1;
    const c = columnNumber(at.column) - 1;
    (values[r] ??= [])[c] = cell.value;
    (numberFormats[r] ??= [])[c] = cell.numberFormat ?? "General";
    (formulas[r] ??= [])[c] = cell.formula ?? "";
  }
  const fill = <T>(grid: T[][], blank: T) => {
    for (let r = 0; r < grid.length; r++) {
      const row = (grid[r] ??= []);
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = blank;
    }
  };
  fill(values, null);
  fill(numberFormats, "General");
  fill(formulas, "");
  return {
    name: plan.name,
    values,
    numberFormats,
    formulas,
    tables: (plan.tables ?? []).map((t) => ({ name: t.name, range: t.range })),
  };
}

/** The same snapshot with one cell replaced (a user's edit). */
export function withCell(sheet: SheetSnapshot, ref: string, value: CellValue): SheetSnapshot {
  const at = parseCell(ref);
  if (at === null) throw new Error(ref);
  const values = sheet.values.map((row) => [...row]);
  const r = at.row - 1;
  const c = columnNumber(at.column) - 1;
  while (values.length <= r) values.push([]);
  const row = values[r]!;
  while (row.length <= c) row.push(null);
  row[c] = value;
  return { ...sheet, values };
}

/** The value of a planned cell (undefined when the plan has no such cell). */
export function planCell(plan: SheetPlan, ref: string) {
  return plan.cells.find((c) => c.ref === ref);
}
