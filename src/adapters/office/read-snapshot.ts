import { markerName } from "../../workbook/plan";
import type { TableSnapshot } from "../../workbook/snapshot";
import { cellCount, rangeAddress, type CellRange } from "../../workbook/a1";
import { parseSheetAddress } from "./addresses";
import { SheetGridBuilder, type LoadedBlock } from "./cell-values";
import { isPayloadTooLarge, sheetTooLargeError } from "./errors";
import {
  firstWindow,
  planChunks,
  readPart,
  splitRequest,
  type ChunkRequest,
  type ReadBudget,
  type SheetExtent,
  type SheetKind,
} from "./read-budget";
import {
  blockView,
  queueOfficerView,
  type OfficerViewMode,
  type ViewProxies as OfficerViewProxies,
} from "./officer-view";
import {
  candidateSheetNames,
  candidateTableNames,
  groupSheetNames,
  groupTableNames,
  PRODUCT_ROLES,
} from "./read-targets";
import {
  definedNames,
  nameInfo,
  productSheetNames,
  sheetKey,
  type OfficeSheetSnapshot,
  type SheetInfo,
  type OfficeWorkbookSnapshot,
  type WorkbookView,
} from "./workbook-view";

/** One way to a sheet the reader may need, queued in the first request. */
interface Slot {
  readonly kind: SheetKind;
  /** A null object when the sheet, table or marker does not exist. */
  readonly found: Excel.Worksheet | Excel.Table | Excel.NamedItem;
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** The used cells inside the first request's window; absent when only probing. */
  readonly window?: Excel.Range;
  /** What the officer sees of an input window. */
  readonly view?: OfficerViewProxies;
  readonly table?: { readonly table: Excel.Table; readonly range: Excel.Range };
}

interface ViewProxies {
  readonly worksheets: Excel.WorksheetCollection;
  readonly protection: Excel.WorkbookProtection;
  readonly names: Excel.NamedItemCollection;
}

function queueView(context: Excel.RequestContext): ViewProxies {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/id, items/visibility, items/protection/protected");
  const protection = context.workbook.protection;
  protection.load("protected");
  const names = context.workbook.names;
  names.load("items/name, items/formula");
  return { worksheets, protection, names };
}

function viewOf(proxies: ViewProxies): WorkbookView {
  return {
    sheets: proxies.worksheets.items.map((sheet) => ({
      id: sheet.id,
      name: sheet.name,
      protected: sheet.protection.protected,
      ...(typeof sheet.visibility === "string" ? { visibility: sheet.visibility } : {}),
    })),
    structureProtected: proxies.protection.protected,
    names: proxies.names.items.map((item) => nameInfo(item.name, item.formula)),
  };
}

/** A hidden or very hidden sheet says so; a visible one (or one whose state is unknown) says nothing. */
function visibilityOf(info: SheetInfo): { visibility?: "hidden" | "veryHidden" } {
  if (info.visibility === "VeryHidden") return { visibility: "veryHidden" };
  if (info.visibility === "Hidden") return { visibility: "hidden" };
  return {};
}

function queueSheetReads(
  worksheet: Excel.Worksheet,
  kind: SheetKind,
  read: ReadOptions
): Pick<Slot, "used" | "window" | "view"> {
  const { budget, withWindow, mode } = read;
  worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address");
  if (!withWindow) return { used };
  const window = worksheet
    .getRange(rangeAddress(firstWindow(kind, budget)))
    .getUsedRangeOrNullObject(true);
  if (kind === "product") {
    window.load("address, values, numberFormat, valueTypes, formulas");
    return { used, window };
  }
  if (mode === "limited") window.load("address, values, numberFormat, valueTypes, formulas");
  else window.load("address, values, numberFormat, valueTypes");
  return { used, window, view: queueOfficerView(window, mode) };
}

interface ReadOptions {
  readonly budget: ReadBudget;
  readonly withWindow: boolean;
  readonly mode: OfficerViewMode;
}

/**
 * Every way to a sheet the reader may need, in one request: each accepted sheet name, each
 * accepted table name (its sheet, wherever it is), each product marker. Office.js carries a null
 * object along a chain (a missing table's worksheet is a null object too), so nothing throws.
 */
function queueSlots(context: Excel.RequestContext, read: ReadOptions): Slot[] {
  const workbook = context.workbook;
  const slots: Slot[] = [];
  const sheetSlots = (names: readonly string[], kind: SheetKind) => {
    for (const name of names) {
      const worksheet = workbook.worksheets.getItemOrNullObject(name);
      slots.push({ kind, found: worksheet, worksheet, ...queueSheetReads(worksheet, kind, read) });
    }
  };
  const tableSlots = (names: readonly string[], kind: SheetKind) => {
    for (const name of names) {
      const table = workbook.tables.getItemOrNullObject(name);
      table.load("name");
      const range = table.getRange();
      range.load("address");
      // The same table again, followed to its sheet (a chain: no proxy property is read before sync).
      const worksheet = workbook.tables.getItemOrNullObject(name).worksheet;
      slots.push({
        kind,
        found: table,
        worksheet,
        table: { table, range },
        ...queueSheetReads(worksheet, kind, read),
      });
    }
  };
  sheetSlots(candidateSheetNames(), "input");
  tableSlots(candidateTableNames(), "input");
  // A group workbook's tables, in the same request (null objects in a client's workbook).
  sheetSlots(groupSheetNames(), "group");
  tableSlots(groupTableNames(), "group");
  for (const role of PRODUCT_ROLES) {
    const marker = workbook.names.getItemOrNullObject(markerName(role));
    marker.load("name");
    const worksheet = marker.getRangeOrNullObject().worksheet;
    slots.push({
      kind: "product",
      found: marker,
      worksheet,
      ...queueSheetReads(worksheet, "product", read),
    });
  }
  return slots;
}

function loadedBlock(
  range: CellRange,
  proxy: Excel.Range,
  kind: SheetKind,
  mode: OfficerViewMode
): LoadedBlock {
  return {
    range,
    values: proxy.values,
    numberFormat: proxy.numberFormat,
    valueTypes: proxy.valueTypes,
    ...(kind === "product" || mode === "limited" ? { formulas: proxy.formulas } : {}),
    ...(kind === "product" ? {} : { input: true }),
  };
}

/** A sheet reached by one or more slots: what the first request gave for it. */
interface ReachedSheet {
  readonly name: string;
  readonly kind: SheetKind;
  readonly used: CellRange | null;
  readonly window: Excel.Range | undefined;
  readonly view: OfficerViewProxies | undefined;
  readonly tables: TableSnapshot[];
}

/**
 * The sheets the slots reached, once each. A sheet reached as a product sheet is read as one
 * (with formulas); otherwise the first slot's window is kept and the others' are dropped.
 */
function reachedSheets(slots: readonly Slot[]): Map<string, ReachedSheet> {
  const sheets = new Map<string, ReachedSheet>();
  for (const slot of slots) {
    if (slot.found.isNullObject || slot.worksheet.isNullObject) continue;
    const name = slot.worksheet.name;
    const key = sheetKey(name);
    const used = slot.used.isNullObject
      ? null
      : (parseSheetAddress(slot.used.address)?.range ?? null);
    const known = sheets.get(key);
    const tables = known?.tables ?? [];
    if (slot.table !== undefined) {
      const address = parseSheetAddress(slot.table.range.address);
      if (address !== null && !tables.some((t) => t.name === slot.table?.table.name))
        tables.push({ name: slot.table.table.name, range: rangeAddress(address.range) });
    }
    if (known === undefined || (known.kind !== "product" && slot.kind === "product"))
      sheets.set(key, {
        name,
        kind: slot.kind,
        used,
        window: slot.window,
        view: slot.view,
        tables,
      });
  }
  return sheets;
}

/** Reads, in one request each, the blocks that the first request left. */
async function readChunks(
  context: Excel.RequestContext,
  requests: readonly ChunkRequest[],
  builders: ReadonlyMap<string, SheetGridBuilder>,
  count: { requests: number },
  mode: OfficerViewMode
): Promise<void> {
  const pending = [...requests];
  while (pending.length > 0) {
    const request = pending.shift() ?? [];
    const proxies = request.map((block) => {
      const proxy = context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(rangeAddress(block.range));
      if (block.kind === "product") {
        proxy.load("values, numberFormat, valueTypes, formulas");
        return { proxy };
      }
      if (mode === "limited") proxy.load("values, numberFormat, valueTypes, formulas");
      else proxy.load("values, numberFormat, valueTypes");
      return { proxy, view: queueOfficerView(proxy, mode) };
    });
    count.requests++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized band of rows (the budget's 4 MB), never per row
      await context.sync();
    } catch (error) {
      const halves = isPayloadTooLarge(error) ? splitRequest(request) : null;
      if (halves === null) throw error;
      pending.unshift(...halves);
      continue;
    }
    request.forEach((block, i) => {
      const read = proxies[i];
      const builder = builders.get(sheetKey(block.sheet));
      if (read === undefined || builder === undefined) return;
      builder.add(loadedBlock(block.range, read.proxy, block.kind, mode));
      if (read.view !== undefined) builder.addView(blockView(block.range, read.view));
    });
  }
}

export interface ReadResult {
  readonly snapshot: OfficeWorkbookSnapshot;
  readonly view: WorkbookView;
}

/**
 * The snapshot of the live workbook. One request for a normal workbook: the first request reads
 * every candidate sheet, table and product sheet up to its window (10,240 rows × 8 columns for an
 * input). Larger sheets are read on in row bands of one budget each. Should the first request
 * still be too large for Excel on the web (several large candidates at once), it is repeated
 * without cells to learn the sizes, and everything is read in bands. Each input block's request
 * also carries what the officer sees of it (hidden rows and columns, formula cells: officer-view.ts),
 * and each sheet its visibility, so no request is added for them.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  budget: ReadBudget,
  mode: OfficerViewMode = "specialCells"
): Promise<ReadResult> {
  const count = { requests: 0 };
  let withWindow = true;
  let viewProxies = queueView(context);
  let slots = queueSlots(context, { budget, withWindow, mode });
  count.requests++;
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    withWindow = false;
    viewProxies = queueView(context);
    slots = queueSlots(context, { budget, withWindow, mode });
    count.requests++;
    await context.sync();
  }
  const view = viewOf(viewProxies);
  const reached = reachedSheets(slots);

  const builders = new Map<string, SheetGridBuilder>();
  const extents: SheetExtent[] = [];
  for (const [key, sheet] of reached) {
    const builder = new SheetGridBuilder();
    builders.set(key, builder);
    if (sheet.used === null) continue;
    const cells = cellCount(sheet.used);
    if (cells > budget.maxSheetCells)
      throw sheetTooLargeError(sheet.name, cells, budget.maxSheetCells);
    const read = withWindow ? readPart(sheet.used, sheet.kind, budget) : null;
    const window = sheet.window;
    if (read !== null && window !== undefined && !window.isNullObject) {
      const at = parseSheetAddress(window.address);
      if (at !== null) {
        builder.add(loadedBlock(at.range, window, sheet.kind, mode));
        if (sheet.view !== undefined) builder.addView(blockView(at.range, sheet.view));
      }
    }
    extents.push({ sheet: sheet.name, kind: sheet.kind, used: sheet.used, read });
  }
  await readChunks(context, planChunks(extents, budget), builders, count, mode);

  const sheets: OfficeSheetSnapshot[] = view.sheets.map((info) => {
    const key = sheetKey(info.name);
    const sheet = reached.get(key);
    const builder = builders.get(key);
    if (sheet === undefined || builder === undefined)
      return {
        name: info.name,
        values: [],
        numberFormats: [],
        tables: [],
        protected: info.protected,
        contentRead: false,
      };
    return {
      ...builder.build(info.name, sheet.tables),
      ...visibilityOf(info),
      protected: info.protected,
      contentRead: true,
    };
  });
  const snapshot: OfficeWorkbookSnapshot = {
    sheets,
    // Formula values are those Excel calculated (the command line has only a file's cache).
    formulaValues: "calculated",
    names: definedNames(view),
    structureProtected: view.structureProtected,
    requests: count.requests,
  };
  // The markers a write may follow: only those on sheets the read found to be the product's.
  return { snapshot, view: { ...view, products: productSheetNames(snapshot) } };
}

/**
 * Only the view (sheets, protection, names): for a write that no read preceded. Without the
 * sheets' content no marker is trusted, so such a write replaces no sheet.
 */
export async function readView(context: Excel.RequestContext): Promise<WorkbookView> {
  const proxies = queueView(context);
  await context.sync();
  return viewOf(proxies);
}
