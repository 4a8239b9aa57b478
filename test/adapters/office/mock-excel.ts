import { OfficeMockObject } from "office-addin-mock";
import { parseSheetAddress } from "../../../src/adapters/office/addresses";
import { parseRange, rangeAddress, sheetPrefix, type CellRange } from "../../../src/workbook/a1";

/**
 * Excel.run and a RequestContext built from office-addin-mock's OfficeMockObject, over a few plain
 * grids: enough of the object model for the adapter's reads and writes, with every method call,
 * property set and context.sync recorded. Missing sheets, tables and names are null objects
 * (isNullObject true, and every method or navigation property on them a null object too).
 *
 * office-addin-mock requires office-addin-manifest, which its test files replace with a virtual
 * module (see the top of each test file).
 */

type Grid = unknown[][];

export interface MockSheet {
  readonly name: string;
  readonly values: Grid;
  readonly numberFormats?: Grid;
  readonly protected?: boolean;
}

export interface MockWorkbook {
  readonly sheets: readonly MockSheet[];
  /** Excel tables: name → sheet and A1 range. */
  readonly tables?: readonly {
    readonly name: string;
    readonly sheet: string;
    readonly range: string;
  }[];
  /** Defined names: name → sheet (referring to A1). */
  readonly names?: readonly { readonly name: string; readonly sheet: string }[];
  readonly structureProtected?: boolean;
}

export interface MockCall {
  readonly on: string;
  readonly call: string;
  readonly args: readonly unknown[];
}

export interface MockSet {
  readonly on: string;
  readonly property: string;
  readonly value: unknown;
}

export interface ExcelMock {
  readonly run: <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>
  ) => Promise<T>;
  /** context.sync calls so far. */
  readonly syncs: () => number;
  readonly calls: MockCall[];
  readonly sets: MockSet[];
  readonly runOptions: Excel.RunOptions[];
}

interface SheetState {
  name: string;
  readonly id: string;
  readonly values: Grid;
  readonly numberFormats: Grid;
  readonly protected: boolean;
}

/** A null object: isNullObject, and any method or navigation on it a null object again. */
function nullObject(): unknown {
  const target = function nullTarget() {
    return undefined;
  };
  const proxy: unknown = new Proxy(target, {
    get: (_t, property) => {
      if (property === "isNullObject") return true;
      if (property === "load") return () => proxy;
      if (property === "then") return undefined;
      return proxy;
    },
    apply: () => proxy,
  });
  return proxy;
}

function cellAt(grid: Grid, row: number, column: number): unknown {
  return grid[row]?.[column];
}

function usedBox(sheet: SheetState, within: CellRange): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const last = Math.min(within.bottom, sheet.values.length - 1);
  for (let row = within.top; row <= last; row++) {
    const cells = sheet.values[row] ?? [];
    const end = Math.min(within.right, cells.length - 1);
    for (let column = within.left; column <= end; column++) {
      const value = cells[column];
      if (value === undefined || value === null || value === "") continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

function slice<V>(range: CellRange, read: (row: number, column: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cells: V[] = [];
    for (let column = range.left; column <= range.right; column++) cells.push(read(row, column));
    rows.push(cells);
  }
  return rows;
}

function addressText(sheet: string, range: CellRange): string {
  return `${sheetPrefix(sheet)}${rangeAddress(range)}`;
}

export function createExcelMock(book: MockWorkbook): ExcelMock {
  let syncCount = 0;
  const calls: MockCall[] = [];
  const sets: MockSet[] = [];
  const runOptions: Excel.RunOptions[] = [];
  let created: OfficeMockObject[] = [];
  const sheets: SheetState[] = book.sheets.map((s, i) => ({
    name: s.name,
    id: `{sheet-${i + 1}}`,
    values: s.values,
    numberFormats: s.numberFormats ?? [],
    protected: s.protected === true,
  }));
  let added = 0;

  const raw = new WeakMap<object, Record<string, unknown>>();

  /** Registers a mock for context.sync and records what the adapter does to it. */
  function track(label: string, data: Record<string, unknown>): Record<string, unknown> {
    const mock = new OfficeMockObject(data as ConstructorParameters<typeof OfficeMockObject>[0]);
    mock.isNullObject = false;
    created.push(mock);
    const target = mock as unknown as Record<string, unknown>;
    const proxy: Record<string, unknown> = new Proxy(target, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property);
        if (property === "load" && value === OfficeMockObject.prototype.load)
          return (properties: unknown) => {
            calls.push({ on: label, call: "load", args: [properties] });
            mock.load(properties as string);
            return proxy;
          };
        return value;
      },
      set(object, property, value: unknown) {
        if (typeof property === "string") sets.push({ on: label, property, value });
        return Reflect.set(object, property, value);
      },
    });
    raw.set(proxy, target);
    return proxy;
  }

  /** Sets a property of a mock without recording it (wiring, not the adapter's doing). */
  function attach(proxy: Record<string, unknown>, property: string, value: unknown): void {
    const target = raw.get(proxy);
    if (target !== undefined) target[property] = value;
  }

  function method<A extends unknown[], R>(label: string, name: string, body: (...args: A) => R) {
    return (...args: A): R => {
      calls.push({ on: label, call: name, args });
      return body(...args);
    };
  }

  function sheetByKey(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  function rangeMock(sheet: SheetState, range: CellRange): Record<string, unknown> {
    const label = addressText(sheet.name, range);
    // Whole columns (column widths) are never loaded: no 1,048,576-row arrays for them.
    const small = (range.bottom - range.top + 1) * (range.right - range.left + 1) <= 1_000_000;
    const cells = (read: (row: number, column: number) => unknown) =>
      small ? slice(range, read) : [];
    const format = {
      fill: {},
      font: {},
      borders: { getItem: method(label, "borders.getItem", () => track(`${label} border`, {})) },
    };
    return track(label, {
      address: label,
      values: cells((r, c) => cellAt(sheet.values, r, c) ?? ""),
      numberFormat: cells((r, c) => cellAt(sheet.numberFormats, r, c) ?? "General"),
      valueTypes: cells((r, c) => {
        const value = cellAt(sheet.values, r, c);
        if (value === undefined || value === null || value === "") return "Empty";
        return typeof value === "number"
          ? "Double"
          : typeof value === "boolean"
            ? "Boolean"
            : "String";
      }),
      formulas: cells((r, c) => cellAt(sheet.values, r, c) ?? ""),
      // Nothing is hidden, and no cell holds a formula (the special cells are null objects).
      rowHidden: false,
      columnHidden: false,
      getSpecialCellsOrNullObject: method(label, "getSpecialCellsOrNullObject", () => nullObject()),
      format,
      dataValidation: {},
      getUsedRangeOrNullObject: method(label, "getUsedRangeOrNullObject", () => {
        const used = usedBox(sheet, range);
        return used === null ? nullObject() : rangeMock(sheet, used);
      }),
      merge: method(label, "merge", () => undefined),
      select: method(label, "select", () => undefined),
    });
  }

  function worksheetMock(sheet: SheetState): Record<string, unknown> {
    const label = `Worksheet ${sheet.name}`;
    const getRange = method(label, "getRange", (address?: string) => {
      const parsed =
        address === undefined
          ? null
          : /^[A-Z]+:[A-Z]+$/.test(address)
            ? parseRange(`${address.split(":")[0]}1:${address.split(":")[1]}1048576`)
            : parseRange(address);
      return rangeMock(sheet, parsed ?? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
    });
    return track(label, {
      name: sheet.name,
      id: sheet.id,
      visibility: "Visible",
      protection: { protected: sheet.protected },
      getRange,
      getRangeByIndexes: method(
        label,
        "getRangeByIndexes",
        (r: number, c: number, rows: number, columns: number) =>
          rangeMock(sheet, { top: r, left: c, bottom: r + rows - 1, right: c + columns - 1 })
      ),
      getUsedRangeOrNullObject: method(label, "getUsedRangeOrNullObject", () => {
        const used = usedBox(sheet, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
        return used === null ? nullObject() : rangeMock(sheet, used);
      }),
      tables: { add: method(label, "tables.add", () => track(`${label} table`, {})) },
      freezePanes: {
        freezeRows: method(label, "freezeRows", () => undefined),
        freezeColumns: method(label, "freezeColumns", () => undefined),
        freezeAt: method(label, "freezeAt", () => undefined),
      },
      pageLayout: {
        setPrintArea: method(label, "setPrintArea", () => undefined),
        headersFooters: { defaultForAllPages: {} },
      },
      activate: method(label, "activate", () => undefined),
      delete: method(label, "delete", () => undefined),
    });
  }

  /** A collection whose load("items/…") loads those properties on every item. */
  function collection(
    label: string,
    items: () => Record<string, unknown>[],
    members: Record<string, unknown>
  ) {
    const mock = track(label, members);
    attach(
      mock,
      "load",
      method(label, "load", (properties: string) => {
        const list = items();
        const paths = properties.split(",").map((p) => p.trim().replace(/^items\//, ""));
        for (const item of list) (item.load as (p: string[]) => void)(paths);
        attach(mock, "items", list);
        return mock;
      })
    );
    return mock;
  }

  function tableMock(name: string): unknown {
    const table = (book.tables ?? []).find((t) => t.name.toLowerCase() === name.toLowerCase());
    const sheet = table === undefined ? undefined : sheetByKey(table.sheet);
    const at = table === undefined ? null : parseRange(table.range);
    if (table === undefined || sheet === undefined || at === null) return nullObject();
    const mock = track(`Table ${name}`, {
      name: table.name,
      getRange: method(`Table ${name}`, "getRange", () => rangeMock(sheet, at)),
    });
    attach(mock, "worksheet", worksheetMock(sheet));
    return mock;
  }

  function nameMock(name: string): unknown {
    const item = (book.names ?? []).find((n) => n.name.toLowerCase() === name.toLowerCase());
    const sheet = item === undefined ? undefined : sheetByKey(item.sheet);
    if (item === undefined || sheet === undefined) return nullObject();
    const label = `Name ${name}`;
    const range = () => rangeMock(sheet, { top: 0, left: 0, bottom: 0, right: 0 });
    return track(label, {
      name: item.name,
      formula: `='${sheet.name}'!$A$1`,
      getRange: method(label, "getRange", range),
      getRangeOrNullObject: method(label, "getRangeOrNullObject", () => {
        const target = range();
        attach(target, "worksheet", worksheetMock(sheet));
        return target;
      }),
      delete: method(label, "delete", () => undefined),
    });
  }

  function context(): Excel.RequestContext {
    const worksheets = collection("Worksheets", () => sheets.map(worksheetMock), {
      getItemOrNullObject: method("Worksheets", "getItemOrNullObject", (key: string) => {
        const sheet = sheetByKey(key);
        return sheet === undefined ? nullObject() : worksheetMock(sheet);
      }),
      getItem: method("Worksheets", "getItem", (key: string) => {
        const sheet = sheetByKey(key);
        if (sheet === undefined) throw new Error(`ItemNotFound: ${key}`);
        return worksheetMock(sheet);
      }),
      add: method("Worksheets", "add", (name: string) => {
        const sheet: SheetState = {
          name,
          id: `{added-${++added}}`,
          values: [],
          numberFormats: [],
          protected: false,
        };
        sheets.push(sheet);
        return worksheetMock(sheet);
      }),
    });
    const tables = collection("Tables", () => [], {
      getItemOrNullObject: method("Tables", "getItemOrNullObject", tableMock),
    });
    const names = collection(
      "Names",
      () => (book.names ?? []).map((n) => nameMock(n.name) as Record<string, unknown>),
      {
        getItemOrNullObject: method("Names", "getItemOrNullObject", nameMock),
        getItem: method("Names", "getItem", nameMock),
        add: method("Names", "add", () => track("Name added", {})),
      }
    );
    const application = track("Application", {
      suspendApiCalculationUntilNextSync: method(
        "Application",
        "suspendApiCalculationUntilNextSync",
        () => undefined
      ),
      suspendScreenUpdatingUntilNextSync: method(
        "Application",
        "suspendScreenUpdatingUntilNextSync",
        () => undefined
      ),
    });
    const workbook = {
      worksheets,
      tables,
      names,
      protection: track("WorkbookProtection", { protected: book.structureProtected === true }),
      application,
    };
    return {
      workbook,
      application,
      sync: async () => {
        syncCount++;
        const pending = created;
        created = [];
        for (const mock of pending) await mock.sync();
        // office-addin-mock hands loaded values over in microtasks after sync() returns.
        await new Promise((resolve) => setTimeout(resolve, 0));
        created.push(...pending);
      },
    } as unknown as Excel.RequestContext;
  }

  return {
    run: async (options, batch) => {
      runOptions.push(options);
      return batch(context());
    },
    syncs: () => syncCount,
    calls,
    sets,
    runOptions,
  };
}

export { parseSheetAddress };
