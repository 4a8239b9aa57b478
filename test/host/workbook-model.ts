import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { addressOf, contains, intersect, MAX_COLUMN, quoteSheetName, type CellRange } from "./a1";
import { hostErrors } from "./host-error";

/** A cell value as Range.values gives it: "" for an empty cell, an error as its text. */
export type HostValue = string | number | boolean;
export type HostValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export type BorderSide = "top" | "bottom" | "left" | "right";
export interface HostBorder {
  style: string;
  color: string;
  weight: string;
}

/** A cell's formatting besides its number format. */
export interface HostCellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  borders?: Partial<Record<BorderSide, HostBorder>>;
}

export interface HostValidation {
  range: CellRange;
  rule: unknown;
  ignoreBlanks: boolean;
  errorAlert: unknown;
}

export interface HostPageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  printArea?: string;
  headersFooters: Record<string, string>;
}

const MAX_CELLS_PER_OPERATION = 2_000_000;
const MAX_TEXT = 32_767;
const MAX_SHEET_NAME = 31;
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

function key(row: number, column: number): number {
  return row * (MAX_COLUMN + 1) + column;
}

export class HostSheet {
  name: string;
  protected = false;
  visibility = "Visible";
  /** 0-based rows and columns the sheet hides (row height or column width zero). */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly numberFormats = new Map<number, string>();
  readonly formats = new Map<number, HostCellFormat>();
  /** Rows → columns holding a value or a formula: the used range, without a full scan. */
  readonly content = new Map<number, Set<number>>();
  readonly merges: CellRange[] = [];
  readonly validations: HostValidation[] = [];
  readonly columnWidths = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  readonly pageLayout: HostPageLayout = { headersFooters: {} };
  deleted = false;

  constructor(
    readonly id: string,
    name: string,
    readonly hfId: number
  ) {
    this.name = name;
  }
}

export interface HostTable {
  readonly id: number;
  name: string;
  readonly sheet: HostSheet;
  range: CellRange;
  style: string;
  showBandedRows: boolean;
}

export interface HostName {
  name: string;
  /** Null once the sheet it referred to is deleted (#REF!). */
  sheet: HostSheet | null;
  range: CellRange;
}

/** The text of an error value as Excel shows it. */
function excelError(error: DetailedCellError): string {
  switch (error.value) {
    case "#ERROR!":
      return "#NAME?";
    case "#CYCLE!":
      return "#REF!";
    case "#LIC!":
      return "#VALUE!";
    default:
      return error.value;
  }
}

const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.~]*))!/gu;

/** The sheet names a formula refers to ("'评分模型'!C7", "Sheet1!A1:B2"). */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  let inString = false;
  for (const part of formula.split('"')) {
    if (!inString)
      for (const match of part.matchAll(SHEET_REFERENCE))
        names.push(match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? ""));
    inString = !inString;
  }
  return names;
}

const REFERENCE =
  /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.~]*))!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gu;

/** A formula with every reference to one sheet replaced by #REF!, as Excel does on deletion. */
function withoutSheet(formula: string, sheet: string): string {
  const target = sheet.toLowerCase();
  return formula.replace(
    REFERENCE,
    (whole, quoted: string | undefined, plain: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? "");
      return name.toLowerCase() === target ? "#REF!" : whole;
    }
  );
}

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The in-memory workbook behind the host: HyperFormula holds cell contents and calculates
 * formulas (so a formula cell reads back its calculated value, as in Excel); number formats,
 * formatting, merges, validations, tables, names and print settings are kept beside it.
 */
export class HostWorkbook {
  readonly hf: HyperFormula;
  readonly sheets: HostSheet[] = [];
  readonly tables: HostTable[] = [];
  readonly names: HostName[] = [];
  structureProtected = false;
  activeSheet: HostSheet | null = null;
  selection: { sheet: HostSheet; range: CellRange } | null = null;
  private nextSheetId = 1;
  private nextTableId = 1;
  private suspended = false;

  constructor() {
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    // HyperFormula has TRUE() and FALSE() but no boolean literals; Excel formulas use TRUE and FALSE.
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
  }

  // ---- calculation ----

  /** Writes go in without recalculation until the next read (or the end of a request). */
  suspendCalculation(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  resumeCalculation(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }

  // ---- sheets ----

  sheetByKey(nameOrId: string): HostSheet | null {
    const lower = nameOrId.toLowerCase();
    return (
      this.sheets.find((s) => s.id === nameOrId) ??
      this.sheets.find((s) => s.name.toLowerCase() === lower) ??
      null
    );
  }

  private checkSheetName(name: string, except?: HostSheet): void {
    if (
      name.trim() === "" ||
      name.length > MAX_SHEET_NAME ||
      BAD_SHEET_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    )
      throw hostErrors.invalidArgument(`sheet name "${name}"`);
    const holder = this.sheetByKey(name);
    if (holder !== null && holder !== except && holder.name.toLowerCase() === name.toLowerCase())
      throw hostErrors.alreadyExists(`sheet "${name}"`);
  }

  private checkStructure(what: string): void {
    if (this.structureProtected)
      throw hostErrors.accessDenied(`${what}: the workbook structure is protected`);
  }

  addSheet(name?: string): HostSheet {
    this.checkStructure("add a sheet");
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByKey(`Sheet${n}`) !== null) n++;
      sheetName = `Sheet${n}`;
    }
    this.checkSheetName(sheetName);
    const hfName = this.hf.addSheet(`hf${this.nextSheetId}`);
    const hfId = this.hf.getSheetId(hfName);
    if (hfId === undefined) throw hostErrors.invalidOperation("HyperFormula refused a sheet");
    this.hf.renameSheet(hfId, sheetName);
    const sheet = new HostSheet(
      `{${String(this.nextSheetId++).padStart(8, "0")}-GS-HOST}`,
      sheetName,
      hfId
    );
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = sheet;
    return sheet;
  }

  renameSheet(sheet: HostSheet, name: string): void {
    if (sheet.name === name) return;
    this.checkStructure("rename a sheet");
    this.checkSheetName(name, sheet);
    this.hf.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  moveSheet(sheet: HostSheet, position: number): void {
    this.checkStructure("move a sheet");
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw hostErrors.invalidArgument(`position ${position}`);
    const from = this.sheets.indexOf(sheet);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  deleteSheet(sheet: HostSheet): void {
    this.checkStructure("delete a sheet");
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw hostErrors.invalidOperation("a workbook must keep one visible sheet");
    // Excel turns references to a deleted sheet into #REF! for good.
    for (const other of this.sheets) {
      if (other === sheet) continue;
      for (const [row, columns] of other.content)
        for (const column of columns) {
          const address = { sheet: other.hfId, row, col: column };
          const formula = this.hf.getCellFormula(address);
          if (formula === undefined) continue;
          const fixed = withoutSheet(formula, sheet.name);
          if (fixed !== formula) this.hf.setCellContents(address, fixed);
        }
    }
    this.hf.removeSheet(sheet.hfId);
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    for (const name of this.names) if (name.sheet === sheet) name.sheet = null;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  // ---- cells ----

  private checkWritable(sheet: HostSheet, what: string): void {
    if (sheet.deleted) throw hostErrors.invalidOperation(`the sheet of ${what} was deleted`);
    if (sheet.protected)
      throw hostErrors.accessDenied(`${what} on the protected sheet "${sheet.name}"`);
  }

  static checkSize(range: CellRange, what: string): void {
    const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells > MAX_CELLS_PER_OPERATION)
      throw hostErrors.invalidArgument(`${what} on ${cells} cells`);
  }

  value(sheet: HostSheet, row: number, column: number): { value: HostValue; type: HostValueType } {
    this.resumeCalculation();
    const raw = this.hf.getCellValue({ sheet: sheet.hfId, row, col: column });
    if (raw === null || raw === undefined) return { value: "", type: "Empty" };
    if (raw instanceof DetailedCellError) return { value: excelError(raw), type: "Error" };
    if (typeof raw === "number") return { value: raw, type: "Double" };
    if (typeof raw === "boolean") return { value: raw, type: "Boolean" };
    return { value: raw, type: "String" };
  }

  /** Range.formulas: the formula of a formula cell, else its value. */
  formula(sheet: HostSheet, row: number, column: number): HostValue {
    const formula = this.hf.getCellFormula({ sheet: sheet.hfId, row, col: column });
    return formula ?? this.value(sheet, row, column).value;
  }

  numberFormat(sheet: HostSheet, row: number, column: number): string {
    return sheet.numberFormats.get(key(row, column)) ?? "General";
  }

  setNumberFormat(sheet: HostSheet, row: number, column: number, format: string): void {
    this.checkWritable(sheet, "a number format");
    if (format === "" || format === "General") sheet.numberFormats.delete(key(row, column));
    else sheet.numberFormats.set(key(row, column), format);
  }

  private formulaContent(sheet: HostSheet, text: string, strict: boolean): RawCellContent {
    const missing = referencedSheets(text).find((name) => this.sheetByKey(name) === null);
    const valid = this.hf.validateFormula(text);
    if (missing === undefined && valid) return text;
    if (strict)
      throw hostErrors.invalidArgument(
        missing === undefined
          ? `the formula ${text}`
          : `the formula ${text} refers to a missing sheet "${missing}"`
      );
    return missing === undefined ? "#NAME?" : "#REF!";
  }

  /**
   * Sets a cell as Range.values (or Range.formulas, `viaFormulas`) does: null leaves it, "" clears
   * it. A string becomes text in a cell formatted "@"; elsewhere Excel reads it as it reads typing:
   * "=", "+", "-" (not a number), "@" and "＝" start a formula; numbers and TRUE/FALSE are parsed.
   */
  setCell(
    sheet: HostSheet,
    row: number,
    column: number,
    input: unknown,
    viaFormulas: boolean
  ): void {
    if (input === null || input === undefined) return;
    this.checkWritable(sheet, "a cell");
    let content: RawCellContent;
    if (input === "") content = null;
    else if (typeof input === "number") {
      if (!Number.isFinite(input)) throw hostErrors.invalidArgument(`the number ${input}`);
      content = input;
    } else if (typeof input === "boolean") content = input;
    else if (typeof input === "string") {
      if (input.length > MAX_TEXT)
        throw hostErrors.invalidArgument(`a text of ${input.length} characters`);
      const isText = this.numberFormat(sheet, row, column) === "@";
      if (isText) content = `'${input}`;
      else if (/^[=＝@]/u.test(input))
        content = this.formulaContent(
          sheet,
          `=${input.slice(1)}`,
          viaFormulas && input.startsWith("=")
        );
      else if (/^[+-]/.test(input) && !NUMERIC.test(input))
        content = this.formulaContent(sheet, `=${input}`, false);
      else if (NUMERIC.test(input)) content = Number(input);
      else if (/^(true|false)$/i.test(input)) content = input.toLowerCase() === "true";
      else content = `'${input}`;
    } else throw hostErrors.invalidArgument(`a value of type ${typeof input}`);
    this.hf.setCellContents({ sheet: sheet.hfId, row, col: column }, content);
    const columns = sheet.content.get(row) ?? new Set<number>();
    if (content === null) columns.delete(column);
    else columns.add(column);
    if (columns.size === 0) sheet.content.delete(row);
    else sheet.content.set(row, columns);
  }

  /** The bounding box of the cells holding a value or formula (inside `within`), or null. */
  usedRange(sheet: HostSheet, within?: CellRange, valuesOnly = true): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, column: number) => {
      if (
        within !== undefined &&
        (row < within.top || row > within.bottom || column < within.left || column > within.right)
      )
        return;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    };
    for (const [row, columns] of sheet.content) for (const column of columns) include(row, column);
    if (!valuesOnly) {
      const columns = MAX_COLUMN + 1;
      for (const k of [...sheet.numberFormats.keys(), ...sheet.formats.keys()])
        include(Math.floor(k / columns), k % columns);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  // ---- formatting ----

  format(sheet: HostSheet, row: number, column: number): HostCellFormat | undefined {
    return sheet.formats.get(key(row, column));
  }

  updateFormat(
    sheet: HostSheet,
    range: CellRange,
    update: (format: HostCellFormat, row: number, column: number) => void
  ): void {
    this.checkWritable(sheet, "a format");
    HostWorkbook.checkSize(range, "formatting");
    for (let row = range.top; row <= range.bottom; row++)
      for (let column = range.left; column <= range.right; column++) {
        const k = key(row, column);
        const format = sheet.formats.get(k) ?? {};
        update(format, row, column);
        sheet.formats.set(k, format);
      }
  }

  merge(sheet: HostSheet, range: CellRange, across: boolean): void {
    this.checkWritable(sheet, "a merge");
    const parts = across
      ? Array.from({ length: range.bottom - range.top + 1 }, (_, i) => ({
          ...range,
          top: range.top + i,
          bottom: range.top + i,
        }))
      : [range];
    for (const part of parts) {
      if (part.top === part.bottom && part.left === part.right) continue;
      if (sheet.merges.some((m) => intersect(m, part) !== null))
        throw hostErrors.invalidOperation(`merging ${addressOf(part)} over another merged range`);
      sheet.merges.push(part);
    }
  }

  setValidation(
    sheet: HostSheet,
    range: CellRange,
    update: (validation: HostValidation) => void
  ): void {
    this.checkWritable(sheet, "a data validation");
    let validation = sheet.validations.find(
      (v) => contains(v.range, range) && contains(range, v.range)
    );
    if (validation === undefined) {
      for (const other of sheet.validations)
        if (intersect(other.range, range) !== null)
          throw hostErrors.invalidOperation(
            `a validation over ${addressOf(range)} overlaps another`
          );
      validation = { range, rule: null, ignoreBlanks: true, errorAlert: null };
      sheet.validations.push(validation);
    }
    update(validation);
  }

  // ---- tables and names ----

  private nameTaken(name: string, except?: HostTable | HostName): boolean {
    const lower = name.toLowerCase();
    return (
      this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
      this.names.some((n) => n !== except && n.name.toLowerCase() === lower)
    );
  }

  private checkDefinedName(name: string, except?: HostTable | HostName): void {
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rc]$/i.test(name)
    )
      throw hostErrors.invalidArgument(`the name "${name}"`);
    if (this.nameTaken(name, except)) throw hostErrors.alreadyExists(`the name "${name}"`);
  }

  addTable(sheet: HostSheet, range: CellRange, hasHeaders: boolean): HostTable {
    this.checkWritable(sheet, "a table");
    if (this.tables.some((t) => t.sheet === sheet && intersect(t.range, range) !== null))
      throw hostErrors.invalidOperation(`a table over ${addressOf(range)} overlaps another table`);
    if (!hasHeaders)
      throw hostErrors.invalidOperation("a table without headers (not in the test host)");
    for (let column = range.left; column <= range.right; column++) {
      const header = this.value(sheet, range.top, column);
      if (header.type !== "String" || header.value === "")
        this.setCell(sheet, range.top, column, `Column${column - range.left + 1}`, false);
    }
    let n = this.nextTableId;
    while (this.nameTaken(`Table${n}`)) n++;
    const table: HostTable = {
      id: this.nextTableId++,
      name: `Table${n}`,
      sheet,
      range,
      style: "TableStyleMedium2",
      showBandedRows: true,
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: HostTable, name: string): void {
    this.checkDefinedName(name, table);
    table.name = name;
  }

  tableByName(name: string): HostTable | null {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower) ?? null;
  }

  addName(name: string, sheet: HostSheet, range: CellRange): HostName {
    this.checkDefinedName(name);
    const item: HostName = { name, sheet, range };
    this.names.push(item);
    return item;
  }

  nameByName(name: string): HostName | null {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower) ?? null;
  }

  deleteName(item: HostName): void {
    const index = this.names.indexOf(item);
    if (index >= 0) this.names.splice(index, 1);
  }

  /** A name's formula as NamedItem.formula gives it: "='治理评分卡'!$A$1", or "=#REF!". */
  nameFormula(item: HostName): string {
    if (item.sheet === null) return "=#REF!";
    const address = addressOf(item.range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${quoteSheetName(item.sheet.name)}!${address}`;
  }
}
