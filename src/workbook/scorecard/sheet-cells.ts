import type { CellStyle, PlannedCell, PlannedValue } from "../plan";
import type { Quantity, Resolve } from "./quantity";
import { LAST_COLUMN } from "./layout";

/**
 * Collects a sheet's cells and merges; formulas always come with the engine's value.
 * @example cells.formula("B13", "ROUND(SUM(D45:D50),2)", 25.5, "0.00")
 */
export class SheetCells {
  readonly cells: PlannedCell[] = [];
  readonly merges: string[] = [];

  value(ref: string, value: PlannedValue, style?: CellStyle, numberFormat?: string): void {
    this.cells.push({
      ref,
      value,
      ...(style === undefined ? {} : { style }),
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
  }

  formula(
    ref: string,
    formula: string,
    value: PlannedValue,
    numberFormat?: string,
    style?: CellStyle
  ): void {
    this.cells.push({
      ref,
      value,
      formula,
      ...(numberFormat === undefined ? {} : { numberFormat }),
      ...(style === undefined ? {} : { style }),
    });
  }

  /** A long text in B, merged across to the last column. */
  wide(row: number, value: PlannedValue, style?: CellStyle): void {
    this.value(`B${row}`, value, style);
    this.merges.push(`B${row}:${LAST_COLUMN}${row}`);
  }

  /** A section title in A, merged across the printed width. */
  section(row: number, title: string): void {
    this.value(`A${row}`, title, "subtitle");
    this.merges.push(`A${row}:${LAST_COLUMN}${row}`);
  }
}

/**
 * A figure's row: label in A, the formula (or engine value) in B, its source or note in E.
 * @example
 * writeQuantity(cells, 63, { id: "F1.type", label: "类型", value: "国有企业", note: "" }, resolve)
 */
export function writeQuantity(
  cells: SheetCells,
  row: number,
  quantity: Quantity,
  resolve: Resolve
): void {
  cells.value(`A${row}`, quantity.label, "label");
  if (quantity.formula === undefined)
    cells.value(`B${row}`, quantity.value, "value", quantity.numberFormat);
  else cells.formula(`B${row}`, quantity.formula(resolve), quantity.value, quantity.numberFormat);
  if (quantity.note !== "") cells.value(`E${row}`, quantity.note, "note");
}
