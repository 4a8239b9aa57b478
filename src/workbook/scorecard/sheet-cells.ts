import { ModelInvariantError } from "../../core";
import { columnLetters, columnNumber, parseCell } from "../a1";
import type { CellStyle, PlannedCell, PlannedValue } from "../plan";
import type { Quantity, Resolve } from "./quantity";
import { LAST_COLUMN } from "./layout";

/**
 * Collects a sheet's cells and merges; formulas always come with the engine's value. Two items
 * written to one cell are refused when the sheet is built (a layout that grew into the next
 * section would otherwise overwrite it silently).
 * @example cells.formula("B13", "ROUND(SUM(D45:D50),2)", 25.5, "0.00")
 */
export class SheetCells {
  readonly cells: PlannedCell[] = [];
  readonly merges: string[] = [];
  private readonly taken = new Set<string>();

  /**
   * @param yesNoFormat layout 4 on: the number format that shows 1 and 0 as the sheet's yes and
   * no words (`"是";"是";"否"`). A yes/no figure is then written as 1 or 0 in that format, and a
   * formula that yields TRUE or FALSE is wrapped in IF(…,1,0): the sheet prints 是/否 instead of
   * TRUE/FALSE, and the formulas that refer to the cell (IF, AND, OR, NOT) read 1 and 0 as they
   * read TRUE and FALSE. Without it, booleans are written as they are (layouts 1 to 3).
   */
  constructor(private readonly yesNoFormat?: string) {}

  private yesNo(value: PlannedValue): boolean {
    return this.yesNoFormat !== undefined && typeof value === "boolean";
  }

  private claim(ref: string): void {
    if (this.taken.has(ref))
      throw new ModelInvariantError(`scorecard cell ${ref} is written twice`);
    this.taken.add(ref);
  }

  /** Merge a range; a cell it would hide (any but its first) must be free and stays free. */
  merge(range: string): void {
    const [first, last] = range.split(":");
    const a = first === undefined ? null : parseCell(first);
    const b = last === undefined ? null : parseCell(last);
    if (a === null || b === null) throw new ModelInvariantError(`bad merge ${range}`);
    for (let row = a.row; row <= b.row; row++)
      for (let c = columnNumber(a.column); c <= columnNumber(b.column); c++) {
        const ref = `${columnLetters(c)}${row}`;
        if (ref !== `${a.column}${a.row}`) this.claim(ref);
      }
    this.merges.push(range);
  }

  value(ref: string, value: PlannedValue, style?: CellStyle, numberFormat?: string): void {
    if (this.yesNo(value)) {
      value = value === true ? 1 : 0;
      numberFormat = this.yesNoFormat;
    }
    this.claim(ref);
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
    if (this.yesNo(value)) {
      formula = `IF(${formula},1,0)`;
      value = value === true ? 1 : 0;
      numberFormat = this.yesNoFormat;
    }
    this.claim(ref);
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
    this.merge(`B${row}:${LAST_COLUMN}${row}`);
  }

  /**
   * Layout 4: a recorded time, as read (B, merged to D) and as recorded (E, the ISO text the
   * verifier reads back). Nothing is written for a missing time but the merge.
   */
  time(row: number, iso: string | null, shown: string | null, style?: CellStyle): void {
    this.value(`B${row}`, shown, style);
    this.merge(`B${row}:D${row}`);
    if (iso !== null) this.value(`E${row}`, iso, "note");
  }

  /** A section title in A, merged across the printed width. */
  section(row: number, title: string): void {
    this.value(`A${row}`, title, "subtitle");
    this.merge(`A${row}:${LAST_COLUMN}${row}`);
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
