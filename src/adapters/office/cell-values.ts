import type { CellValue, ColumnSpan, SheetSnapshot, TableSnapshot } from "../../workbook/snapshot";
import type { CellRange } from "../../workbook/a1";
import type { BlockView } from "./officer-view";

type Grid = readonly (readonly unknown[])[];

/** Cells of one rectangle as Office.js loaded them (Range.values, numberFormat, valueTypes…). */
export interface LoadedBlock {
  readonly range: CellRange;
  readonly values: Grid;
  readonly numberFormat: Grid;
  readonly valueTypes: Grid;
  /** The product's own sheets; input sheets where Excel cannot list formula cells (limited view). */
  readonly formulas?: Grid;
  /**
   * An input sheet's cells: a formula whose calculated value is blank is read as a blank (Excel
   * calculated it; only a file's missing cache makes such a formula unusable).
   */
  readonly input?: boolean;
}

/** What exceljs counts as a date format (utils.isDateFmt), so both adapters give the same value. */
function isDateFormat(format: string): boolean {
  const stripped = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(stripped);
}

const dateFormats = new Map<string, boolean>();

function dateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = isDateFormat(format);
    if (dateFormats.size < 1_000) dateFormats.set(format, known);
  }
  return known;
}

/** A date serial as "YYYY-MM-DD", computed as exceljs does (1900 date system, UTC). */
function isoDate(serial: number): CellValue {
  const date = new Date(Math.round((serial - 25_569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/**
 * One cell as the snapshot holds it. Office.js gives an error as its text ("#N/A") and a blank
 * cell as "", so the value type decides; a number in a date format becomes an ISO date, as the
 * file adapter (exceljs) gives it.
 * @example snapshotValue("#N/A", "Error", "General") // { error: "#N/A" }
 * @example snapshotValue(45717, "Double", "yyyy-mm-dd") // "2025-03-01"
 */
export function snapshotValue(value: unknown, valueType: unknown, format: string): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    default:
      break;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: "#NUM!" };
    return dateFormat(format) ? isoDate(value) : value;
  }
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  return null;
}

/**
 * The formula of a cell without "=", or "". Range.formulas gives a constant's value in place of
 * a formula, so a text cell holding "=HYPERLINK(…)" reads "=HYPERLINK(…)" in both arrays; a real
 * formula's text differs from its value.
 */
export function snapshotFormula(formula: unknown, value: unknown): string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value
    ? formula.slice(1)
    : "";
}

interface Row {
  values: CellValue[];
  numberFormats: string[];
  formulas: string[];
}

/**
 * Puts loaded blocks of one sheet together as a SheetSnapshot laid out like the file adapter's:
 * from A1, each row cut after its last non-blank cell, trailing empty rows dropped, "General"
 * and "" for the blank cells inside a row.
 */
export class SheetGridBuilder {
  private readonly rows: (Row | undefined)[] = [];
  private hasFormula = false;
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenColumns = new Set<number>();
  private unlistedRows = false;
  private unlistedColumns = false;
  private readonly formulaAreas: BlockView["formulaAreas"][number][] = [];

  /** What a block of an input sheet said about hidden lines and formula cells. */
  addView(view: BlockView): void {
    for (const row of view.hidden.rows) this.hiddenRows.add(row);
    for (const column of view.hidden.columns) this.hiddenColumns.add(column);
    this.unlistedRows ||= view.hidden.unlistedRows;
    this.unlistedColumns ||= view.hidden.unlistedColumns;
    this.formulaAreas.push(...view.formulaAreas);
  }

  /** The formulas of formula cells whose values are read (a blank result stays a blank). */
  private applyFormulaAreas(): void {
    for (const { range, formulas } of this.formulaAreas)
      formulas.forEach((line, r) =>
        line.forEach((raw, c) => {
          const target = this.rows[range.top + r];
          const column = range.left + c;
          const value = target?.values[column];
          if (target === undefined || value === undefined || value === null) return;
          const formula = typeof raw === "string" && raw.startsWith("=") ? raw.slice(1) : "";
          if (formula === "") return;
          target.formulas[column] = formula;
          this.hasFormula = true;
        })
      );
    this.formulaAreas.length = 0;
  }

  add(block: LoadedBlock): void {
    const { top, left } = block.range;
    block.values.forEach((valueRow, r) => {
      const formatRow = block.numberFormat[r] ?? [];
      const typeRow = block.valueTypes[r] ?? [];
      const formulaRow = block.formulas?.[r];
      valueRow.forEach((raw, c) => {
        const rawFormat = formatRow[c];
        const format = typeof rawFormat === "string" && rawFormat !== "" ? rawFormat : "General";
        const value = snapshotValue(raw, typeRow[c], format);
        const read = formulaRow === undefined ? "" : snapshotFormula(formulaRow[c], raw);
        const formula = value === null && block.input === true ? "" : read;
        if (value === null && formula === "") return;
        this.set(top + r, left + c, value, format, formula);
      });
    });
  }

  private set(row: number, column: number, value: CellValue, format: string, formula: string) {
    let target = this.rows[row];
    if (target === undefined) {
      target = { values: [], numberFormats: [], formulas: [] };
      this.rows[row] = target;
    }
    while (target.values.length < column) {
      target.values.push(null);
      target.numberFormats.push("General");
      target.formulas.push("");
    }
    target.values[column] = value;
    target.numberFormats[column] = format;
    target.formulas[column] = formula;
    if (formula !== "") this.hasFormula = true;
  }

  build(name: string, tables: readonly TableSnapshot[]): SheetSnapshot {
    this.applyFormulaAreas();
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const formulas: string[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      values.push(row?.values ?? []);
      numberFormats.push(row?.numberFormats ?? []);
      formulas.push(row?.formulas ?? []);
    }
    return {
      name,
      values,
      numberFormats,
      ...(this.hasFormula ? { formulas } : {}),
      tables,
      ...this.hiddenParts(),
    };
  }

  private hiddenParts(): Pick<SheetSnapshot, "hiddenRows" | "hiddenColumns" | "hiddenUnlisted"> {
    const rows = [...this.hiddenRows].sort((a, b) => a - b);
    const columns = [...this.hiddenColumns].sort((a, b) => a - b);
    const spans: ColumnSpan[] = [];
    for (const column of columns) {
      const last = spans[spans.length - 1];
      if (last !== undefined && last.last === column - 1)
        spans[spans.length - 1] = { ...last, last: column };
      else spans.push({ first: column, last: column });
    }
    return {
      ...(rows.length > 0 ? { hiddenRows: rows } : {}),
      ...(spans.length > 0 ? { hiddenColumns: spans } : {}),
      ...(this.unlistedRows || this.unlistedColumns
        ? { hiddenUnlisted: { rows: this.unlistedRows, columns: this.unlistedColumns } }
        : {}),
    };
  }
}
