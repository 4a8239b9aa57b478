import { cellCount, intersect, type CellRange } from "../../workbook/a1";

/**
 * How much the adapter asks for in one request. Excel on the web refuses a request or response
 * over 5 MB (RichApi.Error "ResponsePayloadSizeLimitExceeded"); desktop Excel has no such limit,
 * and the adapter keeps to it everywhere.
 *
 * Bytes per cell are estimated from the JSON Office.js exchanges: an input cell is its value,
 * number format and value type (`"中国证券金融股份有限公司"`, `"General"`, `"String"`: about 60
 * bytes as UTF-8 for a long Chinese name, 25 for a number, 20 for a blank). Measured in the test
 * host: 28 bytes a cell for a CSDC register export (example 13), 36 for a register in which every
 * holder is a 25-character company name; 48 leaves a third more than the worst of those. A
 * product-sheet cell adds its formula (scorecard formulas run to 300 characters): 160.
 */
export interface ReadBudget {
  /** Bytes one request may carry: 4,000,000, a fifth under the 5 MB limit for the JSON framing. */
  readonly requestBytes: number;
  readonly inputCellBytes: number;
  readonly productCellBytes: number;
  /**
   * The cells of each input sheet read in the first request (from A1): 10,240 rows × 8 columns, a
   * register of 10,000 holders with its header and a title block, at most 3.9 MB by the estimate.
   */
  readonly inputWindow: { readonly rows: number; readonly columns: number };
  /**
   * The same for the product's own sheets: 1,000 rows × 20 columns (the group sheet, 集团评估, is
   * the widest: 18 columns; only used cells are sent, so narrower sheets cost no more).
   */
  readonly productWindow: { readonly rows: number; readonly columns: number };
  /**
   * The same for a group workbook's tables (Members has 11 columns, wider than a register):
   * 2,048 rows × 16 columns, a group of 2,000 members in the first request, at most 1.6 MB by
   * the estimate (and only the used cells are sent). Absent: those dimensions.
   */
  readonly groupWindow?: { readonly rows: number; readonly columns: number };
  /** Larger used ranges are refused (as the file reader does): 200,000 rows × 100 columns. */
  readonly maxSheetCells: number;
}

export const DEFAULT_READ_BUDGET: ReadBudget = {
  requestBytes: 4_000_000,
  inputCellBytes: 48,
  productCellBytes: 160,
  inputWindow: { rows: 10_240, columns: 8 },
  productWindow: { rows: 1_000, columns: 20 },
  groupWindow: { rows: 2_048, columns: 16 },
  maxSheetCells: 20_000_000,
};

/** A client input candidate, a group table candidate (read as input, in a wider window), a product sheet. */
export type SheetKind = "input" | "group" | "product";

const GROUP_WINDOW = { rows: 2_048, columns: 16 };

/** A sheet's used range and the part of it the first request read. */
export interface SheetExtent {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly used: CellRange;
  /** The used cells inside the first request's window; null when none were read. */
  readonly read: CellRange | null;
}

export interface ChunkBlock {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly range: CellRange;
}

/** Blocks read together in one request. */
export type ChunkRequest = readonly ChunkBlock[];

export function cellBytes(kind: SheetKind, budget: ReadBudget): number {
  return kind === "product" ? budget.productCellBytes : budget.inputCellBytes;
}

/** The window of the first request, from A1. */
export function firstWindow(kind: SheetKind, budget: ReadBudget): CellRange {
  const window =
    kind === "product"
      ? budget.productWindow
      : kind === "group"
        ? (budget.groupWindow ?? GROUP_WINDOW)
        : budget.inputWindow;
  return { top: 0, left: 0, bottom: window.rows - 1, right: window.columns - 1 };
}

/** The used cells not yet read: below the window, and right of it. */
function unreadRegions(extent: SheetExtent): CellRange[] {
  const { used, read } = extent;
  if (read === null) return [used];
  const regions: CellRange[] = [];
  if (read.bottom < used.bottom)
    regions.push({ top: read.bottom + 1, left: used.left, bottom: used.bottom, right: used.right });
  if (read.right < used.right)
    regions.push({ top: used.top, left: read.right + 1, bottom: read.bottom, right: used.right });
  return regions;
}

/** Row bands of a region, each as many whole rows as fit in one request. */
function rowBands(region: CellRange, rowsPerBand: number): CellRange[] {
  const bands: CellRange[] = [];
  for (let top = region.top; top <= region.bottom; top += rowsPerBand)
    bands.push({ ...region, top, bottom: Math.min(region.bottom, top + rowsPerBand - 1) });
  return bands;
}

/**
 * The requests that read the rest of each sheet, in row bands sized to the budget and packed in
 * order. For one register of W ≤ 8 columns and N rows this is ceil((N − 10,240) / floor(83,333 / W))
 * requests: it grows with rows ÷ band size, never with rows.
 * @example planChunks([{ sheet: "股东名册", kind: "input", used: A1:F200001, read: A1:F10240 }]).length // 14
 */
export function planChunks(
  extents: readonly SheetExtent[],
  budget: ReadBudget = DEFAULT_READ_BUDGET
): ChunkRequest[] {
  const requests: ChunkBlock[][] = [];
  let current: ChunkBlock[] = [];
  let currentBytes = 0;
  for (const extent of extents) {
    const bytes = cellBytes(extent.kind, budget);
    const cellsPerRequest = Math.max(1, Math.floor(budget.requestBytes / bytes));
    for (const region of unreadRegions(extent)) {
      const width = region.right - region.left + 1;
      const rowsPerBand = Math.max(1, Math.floor(cellsPerRequest / width));
      for (const range of rowBands(region, rowsPerBand)) {
        const blockBytes = cellCount(range) * bytes;
        if (current.length > 0 && currentBytes + blockBytes > budget.requestBytes) {
          requests.push(current);
          current = [];
          currentBytes = 0;
        }
        current.push({ sheet: extent.sheet, kind: extent.kind, range });
        currentBytes += blockBytes;
      }
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** The part of a used range inside the first request's window. */
export function readPart(used: CellRange, kind: SheetKind, budget: ReadBudget): CellRange | null {
  return intersect(used, firstWindow(kind, budget));
}

/**
 * A request Excel refused as too large, split in two (blocks first, then a block's rows);
 * null when it is a single row and cannot be split.
 */
export function splitRequest(request: ChunkRequest): [ChunkRequest, ChunkRequest] | null {
  if (request.length > 1) {
    const half = Math.ceil(request.length / 2);
    return [request.slice(0, half), request.slice(half)];
  }
  const [only] = request;
  if (only === undefined || only.range.top === only.range.bottom) return null;
  const middle = only.range.top + Math.floor((only.range.bottom - only.range.top) / 2);
  return [
    [{ ...only, range: { ...only.range, bottom: middle } }],
    [{ ...only, range: { ...only.range, top: middle + 1 } }],
  ];
}
