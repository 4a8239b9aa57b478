import { addressOf, MAX_COLUMN, MAX_ROW, parseAddress, quoteSheetName, type CellRange } from "./a1";
import {
  ClientObject,
  jsonBytes,
  loadPaths,
  type AnyClientObject,
  type OperationQueue,
} from "./client-object";
import { hostErrors } from "./host-error";
import { rangeArgument, RangeObject, worksheetFactory, type RangeTarget } from "./range-objects";
import type { HostName, HostSheet, HostTable, HostWorkbook } from "./workbook-model";

type Scalars<T> = Readonly<Record<string, (target: T) => unknown>>;

const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN };

/**
 * A collection proxy: load("name") or load("items/name") loads those properties on every item;
 * `items` is then the array of item proxies.
 */
abstract class CollectionObject<Item, ItemProxy extends ClientObject<Item>> extends ClientObject<
  readonly Item[]
> {
  private itemProxies: ItemProxy[] | undefined;

  protected abstract item(target: Item): ItemProxy;

  protected scalars(): Scalars<readonly Item[]> {
    return { count: (items) => items.length };
  }

  override _loadNow(paths: readonly string[]): void {
    const items = this._target();
    this.queue.touch(this);
    if (items === null) return;
    const proxies = items.map((target) => this.item(target));
    const itemPaths = paths
      .filter((p) => p !== "count")
      .map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p === "items" ? "*" : p));
    for (const proxy of proxies) {
      proxy._target();
      proxy._loadNow(itemPaths.length === 0 ? ["*"] : itemPaths);
    }
    this.queue.respond(0, () => {
      this.itemProxies = proxies;
    });
  }

  get items(): ItemProxy[] {
    if (this.itemProxies === undefined) throw hostErrors.notLoaded("items", this._type);
    return this.itemProxies;
  }
}

export class WorksheetProtectionObject extends ClientObject<HostSheet> {
  readonly _type = "WorksheetProtection";
  protected scalars(): Scalars<HostSheet> {
    return { protected: (s) => s.protected };
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}

export class FreezePanesObject extends ClientObject<HostSheet> {
  readonly _type = "WorksheetFreezePanes";
  protected scalars(): Scalars<HostSheet> {
    return {};
  }
  freezeRows(count: number): void {
    this.call("freezeRows", [count], (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count: number): void {
    this.call("freezeColumns", [count], (s) => (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(frozen: RangeObject | string): void {
    this.call("freezeAt", [frozen], (s) => {
      const target = rangeArgument(frozen, s, this.queue.workbook);
      s.freeze = { rows: target.range.bottom + 1, columns: target.range.right + 1 };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], (s) => (s.freeze = null));
  }
}

export class HeaderFooterObject extends ClientObject<HostSheet> {
  readonly _type = "HeaderFooter";
  private static readonly parts = [
    "leftHeader",
    "centerHeader",
    "rightHeader",
    "leftFooter",
    "centerFooter",
    "rightFooter",
  ];
  protected scalars(): Scalars<HostSheet> {
    return Object.fromEntries(
      HeaderFooterObject.parts.map((p) => [
        p,
        (s: HostSheet) => s.pageLayout.headersFooters[p] ?? "",
      ])
    );
  }
  private put(part: string, text: string): void {
    this.set(part, text, (s) => {
      if (text.length > 255)
        throw hostErrors.invalidArgument(`a header or footer of ${text.length} characters`);
      s.pageLayout.headersFooters[part] = text;
    });
  }
  set leftHeader(text: string) {
    this.put("leftHeader", text);
  }
  set centerHeader(text: string) {
    this.put("centerHeader", text);
  }
  set rightHeader(text: string) {
    this.put("rightHeader", text);
  }
  set leftFooter(text: string) {
    this.put("leftFooter", text);
  }
  set centerFooter(text: string) {
    this.put("centerFooter", text);
  }
  set rightFooter(text: string) {
    this.put("rightFooter", text);
  }
}

export class HeaderFooterGroupObject extends ClientObject<HostSheet> {
  readonly _type = "HeaderFooterGroup";
  protected scalars(): Scalars<HostSheet> {
    return {};
  }
  get defaultForAllPages(): HeaderFooterObject {
    return this.child(
      "defaultForAllPages",
      () => new HeaderFooterObject(this.queue, () => this._target())
    );
  }
}

export class PageLayoutObject extends ClientObject<HostSheet> {
  readonly _type = "PageLayout";
  protected scalars(): Scalars<HostSheet> {
    return {
      orientation: (s) => s.pageLayout.orientation ?? "Portrait",
      paperSize: (s) => s.pageLayout.paperSize ?? "Letter",
      zoom: (s) => s.pageLayout.zoom ?? { scale: 100 },
    };
  }
  set orientation(value: string) {
    this.set("orientation", value, (s) => (s.pageLayout.orientation = value));
  }
  set paperSize(value: string) {
    this.set("paperSize", value, (s) => (s.pageLayout.paperSize = value));
  }
  set zoom(value: unknown) {
    this.set("zoom", value, (s) => (s.pageLayout.zoom = value));
  }
  setPrintArea(area: RangeObject | string): void {
    this.call("setPrintArea", [area], (s) => {
      const target = rangeArgument(area, s, this.queue.workbook);
      s.pageLayout.printArea = addressOf(target.range);
    });
  }
  setPrintTitleRows(rows: RangeObject | string): void {
    this.call("setPrintTitleRows", [rows], (s) => {
      s.pageLayout.printTitleRows =
        typeof rows === "string"
          ? rows
          : addressOf(rangeArgument(rows, s, this.queue.workbook).range);
    });
  }
  private margin(name: string, value: number): void {
    this.set(
      name,
      value,
      (s) => (s.pageLayout.margins = { ...s.pageLayout.margins, [name]: value })
    );
  }
  set leftMargin(value: number) {
    this.margin("leftMargin", value);
  }
  set rightMargin(value: number) {
    this.margin("rightMargin", value);
  }
  set topMargin(value: number) {
    this.margin("topMargin", value);
  }
  set bottomMargin(value: number) {
    this.margin("bottomMargin", value);
  }
  set headerMargin(value: number) {
    this.margin("headerMargin", value);
  }
  set footerMargin(value: number) {
    this.margin("footerMargin", value);
  }
  get headersFooters(): HeaderFooterGroupObject {
    return this.child(
      "headersFooters",
      () => new HeaderFooterGroupObject(this.queue, () => this._target())
    );
  }
}

export class TableObject extends ClientObject<HostTable> {
  readonly _type = "Table";
  protected override sheetOf(table: HostTable): string {
    return table.sheet.name;
  }
  protected scalars(): Scalars<HostTable> {
    return {
      id: (t) => String(t.id),
      name: (t) => t.name,
      style: (t) => t.style,
      showBandedRows: (t) => t.showBandedRows,
      showHeaders: () => true,
      showTotals: () => false,
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => this.queue.workbook.renameTable(t, value));
  }
  set style(value: string) {
    this.set("style", value, (t) => (t.style = value));
  }
  set showBandedRows(value: boolean) {
    this.set("showBandedRows", value, (t) => (t.showBandedRows = value));
  }
  get worksheet(): WorksheetObject {
    return this.child(
      "worksheet",
      () => new WorksheetObject(this.queue, () => this._target()?.sheet ?? null)
    );
  }
  getRange(): RangeObject {
    return new RangeObject(this.queue, () => {
      const t = this._target();
      return t === null ? null : { sheet: t.sheet, range: t.range };
    });
  }
  getHeaderRowRange(): RangeObject {
    return new RangeObject(this.queue, () => {
      const t = this._target();
      return t === null ? null : { sheet: t.sheet, range: { ...t.range, bottom: t.range.top } };
    });
  }
  delete(): void {
    this.call("delete", [], (t) =>
      this.queue.workbook.tables.splice(this.queue.workbook.tables.indexOf(t), 1)
    );
  }
}

export class TableCollectionObject extends CollectionObject<HostTable, TableObject> {
  readonly _type = "TableCollection";
  constructor(
    queue: OperationQueue,
    private readonly sheet: (() => HostSheet | null) | null
  ) {
    super(queue, () => {
      const only = sheet?.() ?? null;
      return queue.workbook.tables.filter((t) => sheet === null || t.sheet === only);
    });
  }
  protected item(target: HostTable): TableObject {
    return new TableObject(this.queue, () => target);
  }
  private lookup(name: string): HostTable | null {
    const table = this.queue.workbook.tableByName(name);
    const only = this.sheet?.() ?? null;
    return table !== null && (this.sheet === null || table.sheet === only) ? table : null;
  }
  getItem(name: string): TableObject {
    return new TableObject(this.queue, () => {
      const table = this.lookup(name);
      if (table === null) throw hostErrors.itemNotFound(`the table "${name}"`);
      return table;
    });
  }
  getItemOrNullObject(name: string): TableObject {
    return new TableObject(this.queue, () => this.lookup(name));
  }
  add(address: RangeObject | string, hasHeaders: boolean): TableObject {
    return this.create(
      "add",
      [address, hasHeaders],
      () => {
        const target = rangeArgument(
          address,
          this.sheet?.() ?? this.queue.workbook.activeSheet,
          this.queue.workbook
        );
        return this.queue.workbook.addTable(target.sheet, target.range, hasHeaders);
      },
      (resolver) => new TableObject(this.queue, resolver)
    );
  }
}

export class WorksheetObject extends ClientObject<HostSheet> {
  readonly _type = "Worksheet";
  private get book(): HostWorkbook {
    return this.queue.workbook;
  }
  protected override sheetOf(sheet: HostSheet): string {
    return sheet.name;
  }
  protected scalars(): Scalars<HostSheet> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.book.sheets.indexOf(s),
      visibility: (s) => s.visibility,
    };
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    if (name === "protection") return this.protection;
    return undefined;
  }
  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.set("name", value, (s) => this.book.renameSheet(s, value));
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.set("position", value, (s) => this.book.moveSheet(s, value));
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  get protection(): WorksheetProtectionObject {
    return this.child(
      "protection",
      () => new WorksheetProtectionObject(this.queue, () => this._target())
    );
  }
  get tables(): TableCollectionObject {
    return this.child("tables", () => new TableCollectionObject(this.queue, () => this._target()));
  }
  get freezePanes(): FreezePanesObject {
    return this.child("freezePanes", () => new FreezePanesObject(this.queue, () => this._target()));
  }
  get pageLayout(): PageLayoutObject {
    return this.child("pageLayout", () => new PageLayoutObject(this.queue, () => this._target()));
  }
  private range(resolve: (sheet: HostSheet) => RangeTarget | null): RangeObject {
    return new RangeObject(this.queue, () => {
      const sheet = this._target();
      return sheet === null ? null : resolve(sheet);
    });
  }
  getRange(address?: string): RangeObject {
    return this.range((sheet) => {
      if (address === undefined || address === "") return { sheet, range: WHOLE_SHEET };
      const parsed = parseAddress(address);
      if (parsed === null) throw hostErrors.invalidArgument(`the address "${address}"`);
      if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
        throw hostErrors.invalidArgument(`"${address}" is not on ${sheet.name}`);
      return { sheet, range: parsed.range };
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeObject {
    return this.range((sheet) => ({
      sheet,
      range: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 },
    }));
  }
  getCell(row: number, column: number): RangeObject {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly?: boolean): RangeObject {
    return this.range((sheet) => ({
      sheet,
      range: this.book.usedRange(sheet, undefined, valuesOnly === true) ?? {
        top: 0,
        left: 0,
        bottom: 0,
        right: 0,
      },
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject {
    return this.range((sheet) => {
      const used = this.book.usedRange(sheet, undefined, valuesOnly === true);
      return used === null ? null : { sheet, range: used };
    });
  }
  activate(): void {
    this.call("activate", [], (s) => {
      this.book.activeSheet = s;
      this.book.selection = null;
    });
  }
  delete(): void {
    this.call("delete", [], (s) => this.book.deleteSheet(s));
  }
}

worksheetFactory.make = (queue, resolver) => new WorksheetObject(queue, resolver);

export class WorksheetCollectionObject extends CollectionObject<HostSheet, WorksheetObject> {
  readonly _type = "WorksheetCollection";
  constructor(queue: OperationQueue) {
    super(queue, () => queue.workbook.sheets);
  }
  protected item(target: HostSheet): WorksheetObject {
    return new WorksheetObject(this.queue, () => target);
  }
  getItem(key: string): WorksheetObject {
    return new WorksheetObject(this.queue, () => {
      const sheet = this.queue.workbook.sheetByKey(key);
      if (sheet === null) throw hostErrors.itemNotFound(`the sheet "${key}"`);
      return sheet;
    });
  }
  getItemOrNullObject(key: string): WorksheetObject {
    return new WorksheetObject(this.queue, () => this.queue.workbook.sheetByKey(key));
  }
  getActiveWorksheet(): WorksheetObject {
    return new WorksheetObject(this.queue, () => this.queue.workbook.activeSheet);
  }
  add(name?: string): WorksheetObject {
    return this.create(
      "add",
      [name ?? null],
      () => this.queue.workbook.addSheet(name),
      (resolver) => new WorksheetObject(this.queue, resolver)
    );
  }
}

export class NamedItemObject extends ClientObject<HostName> {
  readonly _type = "NamedItem";
  protected scalars(): Scalars<HostName> {
    const book = this.queue.workbook;
    return {
      name: (n) => n.name,
      type: (n) => (n.sheet === null ? "Error" : "Range"),
      value: (n) =>
        n.sheet === null ? "#REF!" : `${quoteSheetName(n.sheet.name)}!${addressOf(n.range)}`,
      formula: (n) => book.nameFormula(n),
      visible: () => true,
      comment: () => "",
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  getRange(): RangeObject {
    return new RangeObject(this.queue, () => {
      const n = this._target();
      if (n === null) return null;
      if (n.sheet === null) throw hostErrors.invalidOperation(`the name ${n.name} is not a range`);
      return { sheet: n.sheet, range: n.range };
    });
  }
  getRangeOrNullObject(): RangeObject {
    return new RangeObject(this.queue, () => {
      const n = this._target();
      return n === null || n.sheet === null ? null : { sheet: n.sheet, range: n.range };
    });
  }
  delete(): void {
    this.call("delete", [], (n) => this.queue.workbook.deleteName(n));
  }
}

export class NamedItemCollectionObject extends CollectionObject<HostName, NamedItemObject> {
  readonly _type = "NamedItemCollection";
  constructor(queue: OperationQueue) {
    super(queue, () => queue.workbook.names);
  }
  protected item(target: HostName): NamedItemObject {
    return new NamedItemObject(this.queue, () => target);
  }
  getItem(name: string): NamedItemObject {
    return new NamedItemObject(this.queue, () => {
      const item = this.queue.workbook.nameByName(name);
      if (item === null) throw hostErrors.itemNotFound(`the name "${name}"`);
      return item;
    });
  }
  getItemOrNullObject(name: string): NamedItemObject {
    return new NamedItemObject(this.queue, () => this.queue.workbook.nameByName(name));
  }
  add(name: string, reference: RangeObject | string, comment?: string): NamedItemObject {
    return this.create(
      "add",
      [name, reference, comment ?? ""],
      () => {
        const text =
          typeof reference === "string" && reference.startsWith("=")
            ? reference.slice(1)
            : reference;
        const target = rangeArgument(text, this.queue.workbook.activeSheet, this.queue.workbook);
        return this.queue.workbook.addName(name, target.sheet, target.range);
      },
      (resolver) => new NamedItemObject(this.queue, resolver)
    );
  }
}

export class WorkbookProtectionObject extends ClientObject<HostWorkbook> {
  readonly _type = "WorkbookProtection";
  protected scalars(): Scalars<HostWorkbook> {
    return { protected: (w) => w.structureProtected };
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}

/** Counts what the adapter asked of Excel's calculation and screen updating. */
export interface ApplicationRecord {
  calculationSuspended: number;
  screenUpdatingSuspended: number;
}

export class ApplicationObject extends ClientObject<HostWorkbook> {
  readonly _type = "Application";
  constructor(
    queue: OperationQueue,
    private readonly record: ApplicationRecord
  ) {
    super(queue, () => queue.workbook);
  }
  protected scalars(): Scalars<HostWorkbook> {
    return { calculationMode: () => "Automatic" };
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], (w) => {
      this.record.calculationSuspended++;
      w.suspendCalculation();
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call("suspendScreenUpdatingUntilNextSync", [], () => {
      this.record.screenUpdatingSuspended++;
    });
  }
}

export class WorkbookObject extends ClientObject<HostWorkbook> {
  readonly _type = "Workbook";
  constructor(
    queue: OperationQueue,
    private readonly record: ApplicationRecord
  ) {
    super(queue, () => queue.workbook);
  }
  protected scalars(): Scalars<HostWorkbook> {
    return { name: () => "Book1.xlsx" };
  }
  get worksheets(): WorksheetCollectionObject {
    return this.child("worksheets", () => new WorksheetCollectionObject(this.queue));
  }
  get tables(): TableCollectionObject {
    return this.child("tables", () => new TableCollectionObject(this.queue, null));
  }
  get names(): NamedItemCollectionObject {
    return this.child("names", () => new NamedItemCollectionObject(this.queue));
  }
  get protection(): WorkbookProtectionObject {
    return this.child(
      "protection",
      () => new WorkbookProtectionObject(this.queue, () => this._target())
    );
  }
  get application(): ApplicationObject {
    return this.child("application", () => new ApplicationObject(this.queue, this.record));
  }
  getSelectedRange(): RangeObject {
    return new RangeObject(this.queue, () => {
      const selection = this.queue.workbook.selection;
      if (selection === null) throw hostErrors.itemNotFound("a selection");
      return selection;
    });
  }
}

/** Excel.RequestContext over the host: context.workbook, context.application, context.sync(). */
export class HostRequestContext {
  readonly workbook: WorkbookObject;
  readonly application: ApplicationObject;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private readonly queue: OperationQueue;

  constructor(queue: OperationQueue, record: ApplicationRecord) {
    this.queue = queue;
    this.workbook = new WorkbookObject(queue, record);
    this.application = this.workbook.application;
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }

  /** Office.js's context.load(object, properties). */
  load(object: { load(properties?: unknown): unknown }, properties?: unknown): void {
    object.load(properties);
  }
}

export { jsonBytes, loadPaths };
