import {
  addressOf,
  intersect,
  MAX_COLUMN,
  MAX_ROW,
  parseAddress,
  quoteSheetName,
  type CellRange,
} from "./a1";
import { ClientObject, hasApi, type AnyClientObject, type OperationQueue } from "./client-object";
import { hostErrors } from "./host-error";
import {
  HostWorkbook,
  type BorderSide,
  type HostCellFormat,
  type HostSheet,
  type HostValidation,
} from "./workbook-model";
import type { WorksheetObject } from "./sheet-objects";

export interface RangeTarget {
  readonly sheet: HostSheet;
  readonly range: CellRange;
}

type Scalars<T> = Readonly<Record<string, (target: T) => unknown>>;

/** Builds a worksheet proxy (sheet-objects.ts registers it, to keep the modules acyclic). */
export const worksheetFactory: {
  make: ((queue: OperationQueue, resolver: () => HostSheet | null) => WorksheetObject) | null;
} = { make: null };

function worksheetProxy(queue: OperationQueue, resolver: () => HostSheet | null): WorksheetObject {
  if (worksheetFactory.make === null) throw new Error("sheet-objects.ts is not loaded");
  return worksheetFactory.make(queue, resolver);
}

function grid<V>(target: RangeTarget, read: (row: number, column: number) => V): V[][] {
  HostWorkbook.checkSize(target.range, "reading");
  const rows: V[][] = [];
  for (let row = target.range.top; row <= target.range.bottom; row++) {
    const values: V[] = [];
    for (let column = target.range.left; column <= target.range.right; column++)
      values.push(read(row, column));
    rows.push(values);
  }
  return rows;
}

/** Each cell of a range gets its entry of a 2-D array (or the one value given for all). */
function eachInput(
  target: RangeTarget,
  input: unknown,
  write: (row: number, column: number, value: unknown) => void
): void {
  const { top, left, bottom, right } = target.range;
  HostWorkbook.checkSize(target.range, "writing");
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) write(top + r, left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns))
    throw hostErrors.invalidArgument(
      `a ${input.length}-row array for the ${rows} × ${columns} range ${addressOf(target.range)}`
    );
  input.forEach((row: unknown[], r) => row.forEach((value, c) => write(top + r, left + c, value)));
}

/** A Range, or a string address, given as a method argument. */
export function rangeArgument(
  argument: unknown,
  defaultSheet: HostSheet | null,
  workbook: HostWorkbook
): RangeTarget {
  if (argument instanceof RangeObject) return argument._require();
  if (typeof argument !== "string") throw hostErrors.invalidArgument("a range or an address");
  const parsed = parseAddress(argument);
  if (parsed === null) throw hostErrors.invalidArgument(`the address "${argument}"`);
  const sheet = parsed.sheet === null ? defaultSheet : workbook.sheetByKey(parsed.sheet);
  if (sheet === null) throw hostErrors.itemNotFound(`the sheet of "${argument}"`);
  return { sheet, range: parsed.range };
}

export class RangeObject extends ClientObject<RangeTarget> {
  readonly _type = "Range";

  constructor(queue: OperationQueue, resolver: () => RangeTarget | null) {
    super(queue, resolver);
  }

  private get book(): HostWorkbook {
    return this.queue.workbook;
  }

  protected override sheetOf(target: RangeTarget): string {
    return target.sheet.name;
  }

  protected scalars(): Scalars<RangeTarget> {
    const book = this.book;
    return {
      address: (t) => `${quoteSheetName(t.sheet.name)}!${addressOf(t.range)}`,
      addressLocal: (t) => `${quoteSheetName(t.sheet.name)}!${addressOf(t.range)}`,
      rowIndex: (t) => t.range.top,
      columnIndex: (t) => t.range.left,
      rowCount: (t) => t.range.bottom - t.range.top + 1,
      columnCount: (t) => t.range.right - t.range.left + 1,
      cellCount: (t) => (t.range.bottom - t.range.top + 1) * (t.range.right - t.range.left + 1),
      values: (t) => grid(t, (r, c) => book.value(t.sheet, r, c).value),
      valueTypes: (t) => grid(t, (r, c) => book.value(t.sheet, r, c).type),
      numberFormat: (t) => grid(t, (r, c) => book.numberFormat(t.sheet, r, c)),
      formulas: (t) => grid(t, (r, c) => book.formula(t.sheet, r, c)),
      text: (t) => grid(t, (r, c) => String(book.value(t.sheet, r, c).value)),
      rowHidden: (t) => allOrNone(t.range.top, t.range.bottom, t.sheet.hiddenRows),
      columnHidden: (t) => allOrNone(t.range.left, t.range.right, t.sheet.hiddenColumns),
    };
  }

  protected override navigation(name: string): AnyClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.loaded("columnHidden");
  }
  get text(): string[][] {
    return this.loaded("text");
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(input: unknown[][]) {
    this.set("values", input, (t) =>
      eachInput(t, input, (r, c, v) => this.book.setCell(t.sheet, r, c, v, false))
    );
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, (t) =>
      eachInput(t, input, (r, c, v) => this.book.setCell(t.sheet, r, c, v, true))
    );
  }

  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.set("numberFormat", input, (t) =>
      eachInput(t, input, (r, c, v) => {
        if (v === null || v === undefined) return;
        if (typeof v !== "string")
          throw hostErrors.invalidArgument("a number format that is not text");
        this.book.setNumberFormat(t.sheet, r, c, v);
      })
    );
  }

  get worksheet(): WorksheetObject {
    return this.child("worksheet", () =>
      worksheetProxy(this.queue, () => this._target()?.sheet ?? null)
    );
  }

  get format(): RangeFormatObject {
    return this.child("format", () => new RangeFormatObject(this.queue, () => this._target()));
  }

  get dataValidation(): DataValidationObject {
    return this.child(
      "dataValidation",
      () => new DataValidationObject(this.queue, () => this._target())
    );
  }

  private derived(resolve: (t: RangeTarget) => RangeTarget | null): RangeObject {
    return new RangeObject(this.queue, () => {
      const target = this._target();
      return target === null ? null : resolve(target);
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeObject {
    return this.derived((t) => {
      const used = this.book.usedRange(t.sheet, t.range, valuesOnly === true);
      return {
        sheet: t.sheet,
        range: used ?? {
          top: t.range.top,
          left: t.range.left,
          bottom: t.range.top,
          right: t.range.left,
        },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject {
    return this.derived((t) => {
      const used = this.book.usedRange(t.sheet, t.range, valuesOnly === true);
      return used === null ? null : { sheet: t.sheet, range: used };
    });
  }

  getIntersectionOrNullObject(other: RangeObject | string): RangeObject {
    return this.derived((t) => {
      const o = rangeArgument(other, t.sheet, this.book);
      if (o.sheet !== t.sheet) return null;
      const range = intersect(t.range, o.range);
      return range === null ? null : { sheet: t.sheet, range };
    });
  }

  getIntersection(other: RangeObject | string): RangeObject {
    return this.derived((t) => {
      const o = rangeArgument(other, t.sheet, this.book);
      const range = o.sheet === t.sheet ? intersect(t.range, o.range) : null;
      if (range === null) throw hostErrors.itemNotFound("the intersection");
      return { sheet: t.sheet, range };
    });
  }

  getCell(row: number, column: number): RangeObject {
    return this.derived((t) => ({
      sheet: t.sheet,
      range: {
        top: t.range.top + row,
        left: t.range.left + column,
        bottom: t.range.top + row,
        right: t.range.left + column,
      },
    }));
  }

  /** The cells of a type (ExcelApi 1.9), as rectangles; ItemNotFound when there are none. */
  getSpecialCells(cellType: string): RangeAreasObject {
    return this.specialCells(cellType, false);
  }

  /** As getSpecialCells, a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasObject {
    return this.specialCells(cellType, true);
  }

  private specialCells(cellType: string, orNull: boolean): RangeAreasObject {
    if (!hasApi(this.queue.runtime, "1.9"))
      throw hostErrors.apiNotFound("Range.getSpecialCells (ExcelApi 1.9)");
    return new RangeAreasObject(this.queue, () => {
      const target = this._target();
      if (target === null) return null;
      const areas = specialAreas(this.book, target, cellType);
      if (areas.length > 0) return { sheet: target.sheet, areas };
      if (orNull) return null;
      throw hostErrors.itemNotFound(`special cells (${cellType})`);
    });
  }

  merge(across?: boolean): void {
    this.call("merge", [across === true], (t) =>
      this.book.merge(t.sheet, t.range, across === true)
    );
  }

  select(): void {
    this.call("select", [], (t) => {
      if (this.book.activeSheet !== t.sheet)
        throw hostErrors.invalidOperation("selecting a range on a sheet that is not active");
      this.book.selection = { sheet: t.sheet, range: t.range };
    });
  }
}

/** true when every line of [first, last] is in the set, false when none is, null otherwise. */
function allOrNone(first: number, last: number, hidden: ReadonlySet<number>): boolean | null {
  let some = false;
  let all = true;
  for (let line = first; line <= last; line++) {
    if (hidden.has(line)) some = true;
    else all = false;
    if (some && !all) return null;
  }
  return all;
}

/** Runs of consecutive numbers as [first, last] pairs. */
function runs(numbers: readonly number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const n of numbers) {
    const last = result[result.length - 1];
    if (last !== undefined && last[1] === n - 1) last[1] = n;
    else result.push([n, n]);
  }
  return result;
}

/**
 * The rectangles of a range's special cells: "Visible" (rows and columns not hidden: each run of
 * visible rows by each run of visible columns) and "Formulas" (each row's runs of formula cells).
 */
function specialAreas(book: HostWorkbook, target: RangeTarget, cellType: string): CellRange[] {
  const { sheet, range } = target;
  HostWorkbook.checkSize(range, "special cells");
  if (cellType === "Visible") {
    const rows: number[] = [];
    for (let row = range.top; row <= range.bottom; row++)
      if (!sheet.hiddenRows.has(row)) rows.push(row);
    const columns: number[] = [];
    for (let column = range.left; column <= range.right; column++)
      if (!sheet.hiddenColumns.has(column)) columns.push(column);
    return runs(rows).flatMap(([top, bottom]) =>
      runs(columns).map(([left, right]) => ({ top, bottom, left, right }))
    );
  }
  if (cellType === "Formulas") {
    const areas: CellRange[] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const columns = [...(sheet.content.get(row) ?? [])]
        .filter((column) => column >= range.left && column <= range.right)
        .filter((column) => {
          const formula = book.formula(sheet, row, column);
          return typeof formula === "string" && formula.startsWith("=");
        })
        .sort((a, b) => a - b);
      for (const [left, right] of runs(columns)) areas.push({ top: row, bottom: row, left, right });
    }
    return areas;
  }
  throw hostErrors.invalidArgument(`the special cell type ${cellType} (not in the test host)`);
}

interface AreasTarget {
  readonly sheet: HostSheet;
  readonly areas: readonly CellRange[];
}

/** RangeAreas (ExcelApi 1.9): rectangles on one sheet; `areas` is their RangeCollection. */
export class RangeAreasObject extends ClientObject<AreasTarget> {
  readonly _type = "RangeAreas";

  protected override sheetOf(target: AreasTarget): string {
    return target.sheet.name;
  }

  protected scalars(): Scalars<AreasTarget> {
    return {
      address: (t) =>
        t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${addressOf(a)}`).join(", "),
      areaCount: (t) => t.areas.length,
      cellCount: (t) =>
        t.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
    };
  }

  protected override navigation(name: string): AnyClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }

  get areas(): RangeCollectionObject {
    return this.child("areas", () => new RangeCollectionObject(this.queue, () => this._target()));
  }
}

/** A RangeCollection: load("items/address, items/formulas") loads those on every range. */
export class RangeCollectionObject extends ClientObject<AreasTarget> {
  readonly _type = "RangeCollection";
  private itemProxies: RangeObject[] | undefined;

  protected scalars(): Scalars<AreasTarget> {
    return { count: (t) => t.areas.length };
  }

  override _loadNow(paths: readonly string[]): void {
    const target = this._target();
    this.queue.touch(this);
    if (target === null) return;
    const proxies = target.areas.map(
      (range) => new RangeObject(this.queue, () => ({ sheet: target.sheet, range }))
    );
    const itemPaths = paths
      .filter((p) => p !== "count")
      .map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p === "items" ? "*" : p));
    for (const proxy of proxies) proxy._loadNow(itemPaths.length === 0 ? ["*"] : itemPaths);
    this.queue.respond(0, () => {
      this.itemProxies = proxies;
    });
  }

  get items(): RangeObject[] {
    if (this.itemProxies === undefined) throw hostErrors.notLoaded("items", this._type);
    return this.itemProxies;
  }
}

export class RangeFormatObject extends ClientObject<RangeTarget> {
  readonly _type = "RangeFormat";

  private get book(): HostWorkbook {
    return this.queue.workbook;
  }

  private first(t: RangeTarget): HostCellFormat {
    return this.book.format(t.sheet, t.range.top, t.range.left) ?? {};
  }

  protected scalars(): Scalars<RangeTarget> {
    return {
      wrapText: (t) => this.first(t).wrapText ?? false,
      verticalAlignment: (t) => this.first(t).verticalAlignment ?? "Bottom",
      horizontalAlignment: (t) => this.first(t).horizontalAlignment ?? "General",
      columnWidth: (t) => t.sheet.columnWidths.get(t.range.left) ?? 48,
    };
  }

  protected override navigation(name: string): AnyClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  private update(name: string, value: unknown, change: (format: HostCellFormat) => void): void {
    this.set(name, value, (t) => this.book.updateFormat(t.sheet, t.range, change));
  }

  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.update("wrapText", value, (f) => (f.wrapText = value));
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.update("verticalAlignment", value, (f) => (f.verticalAlignment = value));
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.update("horizontalAlignment", value, (f) => (f.horizontalAlignment = value));
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(value: number) {
    this.set("columnWidth", value, (t) => {
      if (t.sheet.protected) throw hostErrors.accessDenied(`a column width on "${t.sheet.name}"`);
      if (!(value >= 0 && value <= 255 * 7.5))
        throw hostErrors.invalidArgument(`the column width ${value}`);
      for (let column = t.range.left; column <= Math.min(t.range.right, MAX_COLUMN); column++)
        t.sheet.columnWidths.set(column, value);
    });
  }

  get fill(): RangeFillObject {
    return this.child("fill", () => new RangeFillObject(this.queue, () => this._target()));
  }
  get font(): RangeFontObject {
    return this.child("font", () => new RangeFontObject(this.queue, () => this._target()));
  }
  get borders(): RangeBorderCollectionObject {
    return this.child(
      "borders",
      () => new RangeBorderCollectionObject(this.queue, () => this._target())
    );
  }
}

export class RangeFillObject extends ClientObject<RangeTarget> {
  readonly _type = "RangeFill";
  protected scalars(): Scalars<RangeTarget> {
    return {
      color: (t) =>
        this.queue.workbook.format(t.sheet, t.range.top, t.range.left)?.fill ?? "#FFFFFF",
    };
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.set("color", value, (t) =>
      this.queue.workbook.updateFormat(t.sheet, t.range, (f) => (f.fill = value.toUpperCase()))
    );
  }
}

export class RangeFontObject extends ClientObject<RangeTarget> {
  readonly _type = "RangeFont";
  private first(t: RangeTarget): HostCellFormat {
    return this.queue.workbook.format(t.sheet, t.range.top, t.range.left) ?? {};
  }
  protected scalars(): Scalars<RangeTarget> {
    return {
      bold: (t) => this.first(t).bold ?? false,
      italic: (t) => this.first(t).italic ?? false,
      size: (t) => this.first(t).fontSize ?? 11,
      color: (t) => this.first(t).fontColor ?? "#000000",
      name: (t) => this.first(t).fontName ?? "Calibri",
    };
  }
  private update(name: string, value: unknown, change: (format: HostCellFormat) => void): void {
    this.set(name, value, (t) => this.queue.workbook.updateFormat(t.sheet, t.range, change));
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.update("bold", value, (f) => (f.bold = value));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.update("italic", value, (f) => (f.italic = value));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.update("size", value, (f) => (f.fontSize = value));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (f) => (f.fontColor = value.toUpperCase()));
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.update("name", value, (f) => (f.fontName = value));
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The cell sides an Excel border item draws. */
function sidesOf(index: BorderIndex, range: CellRange, row: number, column: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return row === range.top ? ["top"] : [];
    case "EdgeBottom":
      return row === range.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return column === range.left ? ["left"] : [];
    case "EdgeRight":
      return column === range.right ? ["right"] : [];
    case "InsideHorizontal":
      return [
        ...(row > range.top ? (["top"] as const) : []),
        ...(row < range.bottom ? (["bottom"] as const) : []),
      ];
    case "InsideVertical":
      return [
        ...(column > range.left ? (["left"] as const) : []),
        ...(column < range.right ? (["right"] as const) : []),
      ];
  }
}

export class RangeBorderCollectionObject extends ClientObject<RangeTarget> {
  readonly _type = "RangeBorderCollection";
  protected scalars(): Scalars<RangeTarget> {
    return { count: () => 6 };
  }
  getItem(index: string): RangeBorderObject {
    const known = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ];
    return new RangeBorderObject(this.queue, () => {
      const target = this._target();
      if (target === null) return null;
      if (!known.includes(index)) throw hostErrors.invalidArgument(`the border ${index}`);
      return { ...target, index: index as BorderIndex };
    });
  }
}

export class RangeBorderObject extends ClientObject<RangeTarget & { index: BorderIndex }> {
  readonly _type = "RangeBorder";
  protected scalars(): Scalars<RangeTarget & { index: BorderIndex }> {
    return { sideIndex: (t) => t.index };
  }
  private update(name: "style" | "color" | "weight", value: string): void {
    this.set(name, value, (t) =>
      this.queue.workbook.updateFormat(t.sheet, t.range, (format, row, column) => {
        for (const side of sidesOf(t.index, t.range, row, column)) {
          const borders = (format.borders ??= {});
          const border = (borders[side] ??= {
            style: "Continuous",
            color: "#000000",
            weight: "Thin",
          });
          border[name] = name === "color" ? value.toUpperCase() : value;
        }
      })
    );
  }
  set style(value: string) {
    this.update("style", value);
  }
  set color(value: string) {
    this.update("color", value);
  }
  set weight(value: string) {
    this.update("weight", value);
  }
}

export class DataValidationObject extends ClientObject<RangeTarget> {
  readonly _type = "DataValidation";
  private find(t: RangeTarget): HostValidation | undefined {
    return t.sheet.validations.find((v) => intersect(v.range, t.range) !== null);
  }
  protected scalars(): Scalars<RangeTarget> {
    return {
      rule: (t) => this.find(t)?.rule ?? null,
      ignoreBlanks: (t) => this.find(t)?.ignoreBlanks ?? true,
      errorAlert: (t) => this.find(t)?.errorAlert ?? null,
      type: (t) => (this.find(t) === undefined ? "None" : "List"),
    };
  }
  private update(name: string, value: unknown, change: (v: HostValidation) => void): void {
    this.set(name, value, (t) => this.queue.workbook.setValidation(t.sheet, t.range, change));
  }
  set rule(value: unknown) {
    this.update("rule", value, (v) => {
      const source: unknown = (value as { list?: { source?: unknown } } | null)?.list?.source;
      if (typeof source === "string" && source.length > 255)
        throw hostErrors.invalidArgument("a list source over 255 characters");
      v.rule = value;
    });
  }
  set ignoreBlanks(value: boolean) {
    this.update("ignoreBlanks", value, (v) => (v.ignoreBlanks = value));
  }
  set errorAlert(value: unknown) {
    this.update("errorAlert", value, (v) => (v.errorAlert = value));
  }
}

export { MAX_ROW };
