/**
 * A worksheet part read by SAX into a sheet snapshot. Only the cells the file holds cost memory:
 * a row is laid out densely from column A to its last non-blank cell, rows without cells share
 * one empty array, and a sheet whose cells are spread far thinner than they are many (one cell
 * at XFD on every row) is refused rather than materialised.
 *
 * Faithful to what Excel shows, or refused: unknown elements anywhere are ignored (with what they
 * contain); rows and cells without `r` follow the previous one; a row or cell number that repeats
 * or goes back is refused with its sheet and cell, never merged or dropped.
 */
import { cellAddress, MAX_COLUMNS, MAX_ROWS } from "../../workbook/a1";
import type {
  CellValue,
  ColumnSpan,
  RecalculatedCell,
  SheetSnapshot,
} from "../../workbook/snapshot";
import {
  constantFormulaValue,
  decodeOoxmlEscapes,
  serialToIsoDate,
  slideFormula,
} from "./cell-formats";
import { readIssues, type ReadIssue, type SheetLabel } from "./read-issue";
import { XmlStop, xmlBoolean, type XmlAttributes, type XmlHandler } from "./xml-stream";

/** The styles part, as far as values are concerned: each cell format's number format. */
export interface CellStyles {
  /** By `s` index (cellXfs order); "General" where none. */
  readonly numberFormats: readonly string[];
  readonly isDate: readonly boolean[];
}

export interface SheetStreamContext {
  readonly label: SheetLabel & { readonly name: string };
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  /** Most cells a sheet may lay out (the rows' widths summed). */
  readonly maxUsedRangeCells: number;
}

/** Below this many laid-out cells, no sheet is too sparse. */
const SPARSE_FLOOR_CELLS = 1_000_000;
/** Beyond the floor, laid-out cells may be at most this many times the cells the file holds. */
const SPARSE_FACTOR = 16;

const EMPTY_VALUES: readonly CellValue[] = Object.freeze([]);
const EMPTY_STRINGS: readonly string[] = Object.freeze([]);

interface PendingCell {
  column: number;
  type: string;
  style: number;
  value: string;
  hasValue: boolean;
  inline: string;
  formula: string;
  hasFormula: boolean;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  formulaType: string;
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

function parseCellRef(ref: string): { row: number; column: number } | null {
  const m = CELL_REF.exec(ref.trim().toUpperCase());
  if (m === null) return null;
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

function parseCount(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d{1,9}\s*$/.test(text)) return undefined;
  return Number(text);
}

export class SheetStream implements XmlHandler {
  private readonly path: string[] = [];
  private readonly values: (readonly CellValue[])[] = [];
  private readonly formats: (readonly string[])[] = [];
  private readonly formulas: (readonly string[])[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns: ColumnSpan[] = [];
  private readonly merges: string[] = [];
  private readonly recalculated: RecalculatedCell[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private hasFormula = false;
  private lastRow = 0;
  private row = 0;
  private lastColumn = 0;
  private rowCells: { column: number; value: CellValue; format: string; formula: string }[] = [];
  private cell: PendingCell | undefined;
  private textTarget: "value" | "formula" | "inline" | undefined;
  private laidOut = 0;
  private widest = 0;
  private held = 0;

  constructor(private readonly context: SheetStreamContext) {}

  private fail(issue: ReadIssue): never {
    throw new XmlStop(issue);
  }

  open(name: string, attributes: XmlAttributes): void {
    const depth = this.path.length;
    const parent = this.path[depth - 1];
    this.path.push(name);
    if (depth === 2 && parent === "sheetData" && name === "row") this.openRow(attributes);
    else if (depth === 3 && parent === "row" && name === "c" && this.path[1] === "sheetData")
      this.openCell(attributes);
    else if (depth === 4 && parent === "c" && this.cell !== undefined) {
      if (name === "v") {
        this.cell.hasValue = true;
        this.textTarget = "value";
      } else if (name === "f") this.openFormula(attributes);
      else if (name === "is") this.textTarget = undefined;
    } else if (this.cell !== undefined && name === "t" && this.inInlineText()) {
      this.textTarget = "inline";
    } else if (depth === 2 && parent === "cols" && name === "col") this.column(attributes);
    else if (depth === 2 && parent === "mergeCells" && name === "mergeCell") {
      const ref = attributes.ref;
      if (ref !== undefined) this.merges.push(ref);
    }
  }

  /** `<is><t>` or `<is><r><t>`, never phonetic runs (`<rPh>`). */
  private inInlineText(): boolean {
    const p = this.path;
    const n = p.length;
    if (p[n - 1] !== "t") return false;
    if (n === 6 && p[4] === "is") return true;
    return n === 7 && p[4] === "is" && p[5] === "r";
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell === undefined || this.textTarget === undefined) return;
    if (this.textTarget === "value") cell.value += text;
    else if (this.textTarget === "formula") cell.formula += text;
    else cell.inline += text;
  }

  /** Called for every element, self-closing ones included. */
  close(name: string): void {
    this.path.pop();
    const depth = this.path.length;
    if (name === "row" && depth === 2) this.closeRow();
    else if (name === "c" && depth === 3 && this.cell !== undefined) this.closeCell();
    else if ((name === "v" || name === "f" || name === "t") && this.cell !== undefined)
      this.textTarget = undefined;
  }

  private openRow(attributes: XmlAttributes): void {
    const r = attributes.r;
    let row = this.lastRow + 1;
    if (r !== undefined) {
      const parsed = parseCount(r);
      if (parsed === undefined || parsed < 1 || parsed > MAX_ROWS)
        this.fail(readIssues.rowNumberInvalid(this.context.label, r.slice(0, 20)));
      row = parsed;
    }
    if (row > MAX_ROWS) this.fail(readIssues.rowNumberInvalid(this.context.label, String(row)));
    if (row <= this.lastRow)
      this.fail(readIssues.rowOutOfOrder(this.context.label, row, this.lastRow));
    this.row = row;
    this.lastRow = row;
    this.lastColumn = 0;
    this.rowCells = [];
    if (xmlBoolean(attributes.hidden)) this.hiddenRows.push(row - 1);
  }

  private openCell(attributes: XmlAttributes): void {
    if (this.row === 0) return;
    let column = this.lastColumn + 1;
    const ref = attributes.r;
    if (ref !== undefined) {
      const parsed = parseCellRef(ref);
      if (parsed === null || parsed.column > MAX_COLUMNS)
        this.fail(readIssues.cellRefInvalid(this.context.label, ref.slice(0, 20), this.row));
      if (parsed.row !== this.row)
        this.fail(readIssues.cellOutsideRow(this.context.label, ref, this.row));
      column = parsed.column;
    }
    if (column > MAX_COLUMNS)
      this.fail(readIssues.cellRefInvalid(this.context.label, `#${column}`, this.row));
    if (column <= this.lastColumn)
      this.fail(
        readIssues.cellOutOfOrder(
          this.context.label,
          cellAddress(this.row - 1, column - 1),
          cellAddress(this.row - 1, this.lastColumn - 1)
        )
      );
    this.lastColumn = column;
    this.cell = {
      column,
      type: attributes.t ?? "n",
      style: parseCount(attributes.s) ?? 0,
      value: "",
      hasValue: false,
      inline: "",
      formula: "",
      hasFormula: false,
      sharedIndex: undefined,
      sharedRef: undefined,
      formulaType: "normal",
    };
  }

  private openFormula(attributes: XmlAttributes): void {
    const cell = this.cell;
    if (cell === undefined) return;
    cell.hasFormula = true;
    cell.formulaType = attributes.t ?? "normal";
    cell.sharedIndex = attributes.si;
    cell.sharedRef = attributes.ref;
    this.textTarget = "formula";
  }

  private column(attributes: XmlAttributes): void {
    if (!xmlBoolean(attributes.hidden)) return;
    const min = parseCount(attributes.min);
    const max = parseCount(attributes.max) ?? min;
    if (min === undefined || max === undefined || min < 1 || max < min) return;
    this.hiddenColumns.push({ first: min - 1, last: Math.min(max, MAX_COLUMNS) - 1 });
  }

  private formulaOf(cell: PendingCell): string {
    if (!cell.hasFormula) return "";
    // Excel writes formulas without "="; some writers keep it.
    const text = cell.formula.startsWith("=") ? cell.formula.slice(1) : cell.formula;
    if (cell.formulaType !== "shared" || cell.sharedIndex === undefined) return text;
    if (text.trim() !== "") {
      this.masters.set(cell.sharedIndex, { formula: text, row: this.row, column: cell.column });
      return text;
    }
    const master = this.masters.get(cell.sharedIndex);
    if (master === undefined) return "";
    return slideFormula(master.formula, master, { row: this.row, column: cell.column });
  }

  private valueOf(cell: PendingCell): CellValue {
    const address = (): string => cellAddress(this.row - 1, cell.column - 1);
    switch (cell.type) {
      case "inlineStr":
        return decodeOoxmlEscapes(cell.inline);
      case "s": {
        if (!cell.hasValue) return null;
        const index = parseCount(cell.value);
        const text = index === undefined ? undefined : this.context.sharedStrings[index];
        if (text === undefined)
          this.fail(readIssues.sharedStringMissing(this.context.label, address(), cell.value));
        return text;
      }
      default:
        break;
    }
    // A formula whose cached text is empty (`<v></v>`, a formula giving "") holds no value.
    if (!cell.hasValue || (cell.hasFormula && cell.value === "")) return null;
    const raw = cell.value;
    switch (cell.type) {
      case "str":
        return decodeOoxmlEscapes(raw);
      case "b":
        return raw.trim() !== "0" && raw.trim().toLowerCase() !== "false";
      case "e":
        return { error: raw.trim() };
      case "d": {
        const date = new Date(raw.trim());
        return Number.isNaN(date.getTime()) ? raw : date.toISOString().slice(0, 10);
      }
      default: {
        if (raw.trim() === "") return null;
        const n = Number(raw.trim());
        if (!Number.isFinite(n)) return { error: "#NUM!" };
        return this.context.styles.isDate[cell.style] === true
          ? serialToIsoDate(n, this.context.date1904)
          : n;
      }
    }
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    this.textTarget = undefined;
    if (cell === undefined) return;
    const formula = this.formulaOf(cell);
    let value = this.valueOf(cell);
    if (formula !== "") {
      this.hasFormula = true;
      const constant = constantFormulaValue(formula);
      if (constant !== undefined && constant !== value) {
        this.recalculated.push({ row: this.row - 1, column: cell.column - 1, cached: value });
        value = constant;
      }
    }
    if (value === null && formula === "") return;
    const format = this.context.styles.numberFormats[cell.style] ?? "General";
    this.rowCells.push({ column: cell.column, value, format, formula });
  }

  private closeRow(): void {
    const cells = this.rowCells;
    this.rowCells = [];
    if (cells.length === 0) return;
    const last = cells[cells.length - 1]?.column ?? 0;
    const values: CellValue[] = new Array<CellValue>(last).fill(null);
    const formats: string[] = new Array<string>(last).fill("General");
    const formulas: string[] = new Array<string>(last).fill("");
    for (const cell of cells) {
      values[cell.column - 1] = cell.value;
      formats[cell.column - 1] = cell.format;
      formulas[cell.column - 1] = cell.formula;
    }
    this.place(this.row - 1, values, formats, formulas);
    this.held += cells.length;
    this.laidOut += last;
    this.checkSpread();
  }

  private place(
    index: number,
    values: readonly CellValue[],
    formats: readonly string[],
    formulas: readonly string[]
  ): void {
    while (this.values.length < index) {
      this.values.push(EMPTY_VALUES);
      this.formats.push(EMPTY_STRINGS);
      this.formulas.push(EMPTY_STRINGS);
    }
    this.values[index] = values;
    this.formats[index] = formats;
    this.formulas[index] = formulas;
  }

  private checkSpread(): void {
    const { laidOut, held } = this;
    const max = this.context.maxUsedRangeCells;
    this.widest = Math.max(this.widest, this.values[this.values.length - 1]?.length ?? 0);
    // The rectangle the cells span, as the workbook layer may walk it.
    if (this.row * this.widest > max)
      this.fail(readIssues.cellsSpreadTooWide(this.context.label, this.row, this.widest, max));
    const sparse = laidOut > SPARSE_FLOOR_CELLS && laidOut > SPARSE_FACTOR * held;
    if (laidOut <= max && !sparse) return;
    this.fail(
      readIssues.cellsSpreadTooThin(this.context.label, {
        rows: this.values.length,
        columns: this.widest,
        held,
        laidOut,
        max: sparse ? Math.min(max, Math.max(SPARSE_FLOOR_CELLS, SPARSE_FACTOR * held)) : max,
      })
    );
  }

  /** Cells inside a merged range other than its top-left one hold nothing, as in Excel. */
  private applyMerges(): void {
    for (const ref of this.merges) {
      const [from, to = from] = ref.split(":");
      const start = parseCellRef(from ?? "");
      const end = parseCellRef(to ?? "");
      if (start === null || end === null) continue;
      const top = Math.min(start.row, end.row) - 1;
      const bottom = Math.min(Math.max(start.row, end.row) - 1, this.values.length - 1);
      const left = Math.min(start.column, end.column) - 1;
      const right = Math.max(start.column, end.column) - 1;
      for (let r = top; r <= bottom; r++) {
        const row = this.values[r];
        if (row === undefined || row.length <= left) continue;
        const values = [...row];
        const formats = [...(this.formats[r] ?? [])];
        const formulas = [...(this.formulas[r] ?? [])];
        for (let c = left; c <= Math.min(right, row.length - 1); c++) {
          if (r === top && c === left) continue;
          values[c] = null;
          formats[c] = "General";
          formulas[c] = "";
        }
        let end = values.length;
        while (end > 0 && values[end - 1] === null && formulas[end - 1] === "") end--;
        this.values[r] = end === 0 ? EMPTY_VALUES : values.slice(0, end);
        this.formats[r] = end === 0 ? EMPTY_STRINGS : formats.slice(0, end);
        this.formulas[r] = end === 0 ? EMPTY_STRINGS : formulas.slice(0, end);
      }
    }
    while (this.values.length > 0 && this.values[this.values.length - 1]?.length === 0) {
      this.values.pop();
      this.formats.pop();
      this.formulas.pop();
    }
  }

  /** The sheet as read; tables and visibility are the workbook's to add. */
  result(): Omit<SheetSnapshot, "tables" | "name"> {
    if (this.merges.length > 0) this.applyMerges();
    const hasFormula = this.hasFormula && this.formulas.some((row) => row.some((f) => f !== ""));
    return {
      values: this.values,
      numberFormats: this.formats,
      ...(hasFormula ? { formulas: this.formulas } : {}),
      ...(this.hiddenRows.length > 0 ? { hiddenRows: this.hiddenRows } : {}),
      ...(this.hiddenColumns.length > 0 ? { hiddenColumns: this.hiddenColumns } : {}),
      ...(this.recalculated.length > 0 ? { recalculated: this.recalculated } : {}),
    };
  }
}
