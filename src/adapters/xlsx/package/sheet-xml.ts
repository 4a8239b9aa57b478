/**
 * A product sheet's worksheet part, written straight from its plan (no spreadsheet library): cell
 * values, formulas with their cached results, styles and number formats (through the StyleBook),
 * column widths, row heights, merges, drop-downs, frozen panes and print settings. Texts are
 * inline strings (`t="inlineStr"`): the shared strings of the user's workbook are never touched,
 * and a text is never a formula whatever it starts with.
 *
 * The part is assembled from sections in the order CT_Worksheet requires (SECTIONS below); a new
 * plan feature is one more section (or one more attribute of an existing one).
 */
import { columnLetters, columnNumber, parseCell, parseRange } from "../../../workbook/a1";
import type { PlannedCell, PrintPlan, SheetPlan } from "../../../workbook/plan";
import { storedText } from "../../../workbook/plan";
import { estimateRowHeights } from "../../../workbook/row-heights";
import { escapeXlsxText } from "../xlsx-text";
import type { StyleBook } from "./styles-xml";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";
import { headerFooterSections, PAGE_NUMBERS } from "../../../workbook/header-footer";

/** A plan this writer cannot write as asked: a programming mistake, as in apply-plan.ts. */
export class SheetPlanError extends Error {
  constructor(what: string) {
    super(`Cannot write the sheet plan: ${what}`);
    this.name = "SheetPlanError";
  }
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAX_LIST_FORMULA = 255;

/**
 * Plan features that parallel work adds to plan.ts (the committee summary's print settings and
 * opening sheet); read here when present, so the writer needs no change when they land.
 */
export type FuturePrintPlan = PrintPlan & {
  /** Fit the whole area on one page (width and height); otherwise one page wide only. */
  readonly onePage?: boolean;
  /** Rows repeated at the top of every printed page ("1:2"). */
  readonly titleRows?: string;
  /** Narrow margins (0.5 in left and right, 0.75 in top and bottom). */
  readonly narrowMargins?: boolean;
};
export type FutureSheetPlan = SheetPlan & {
  readonly print?: FuturePrintPlan;
  /** The sheet the workbook opens on (one per plan). */
  readonly active?: boolean;
};

const printOf = (sheet: SheetPlan): FuturePrintPlan | undefined => (sheet as FutureSheetPlan).print;

/** What a section may need beyond the plan. */
export interface SheetContext {
  readonly styles: StyleBook;
  /** The sheet is the one the workbook opens on. */
  readonly selected: boolean;
}

interface Positioned {
  readonly row: number;
  readonly column: number;
  readonly cell: PlannedCell | undefined;
  readonly style: number;
}

/** One section of the worksheet part: its XML, or "" when the plan has nothing for it. */
type Section = (sheet: SheetPlan, context: SheetContext, cells: readonly Positioned[]) => string;

/** Text as a cell stores it, escaped for the file (`_xHHHH_`, then XML). */
function cellTextXml(text: string): string {
  const stored = escapeXmlText(escapeXlsxText(storedText(text)));
  const space = /^\s|\s$/.test(stored) ? ' xml:space="preserve"' : "";
  return `<t${space}>${stored}</t>`;
}

function numberXml(value: number): string {
  return String(value);
}

function cellXml(ref: string, style: number, cell: PlannedCell | undefined): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell === undefined) return `<c r="${ref}"${s}/>`;
  const value = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXmlText(cell.formula)}</f>`;
    if (typeof value === "string")
      return `<c r="${ref}"${s} t="str">${f}<v>${escapeXmlText(escapeXlsxText(storedText(value)))}</v></c>`;
    if (typeof value === "boolean")
      return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    if (typeof value === "number" && Number.isFinite(value))
      return `<c r="${ref}"${s}>${f}<v>${numberXml(value)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof value === "string")
    return `<c r="${ref}"${s} t="inlineStr"><is>${cellTextXml(value)}</is></c>`;
  if (typeof value === "number")
    return Number.isFinite(value)
      ? `<c r="${ref}"${s}><v>${numberXml(value)}</v></c>`
      : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

function bounds(range: string) {
  const parsed = parseRange(range);
  if (parsed === null) throw new SheetPlanError(`${range} is not an A1 range`);
  return parsed;
}

/**
 * Every cell to write, in row then column order: the planned cells and the other cells of each
 * merged range, which carry their range's first cell's format (borders and fills span the range,
 * as exceljs writes them).
 */
function positionedCells(sheet: SheetPlan, styles: StyleBook): Positioned[] {
  const byKey = new Map<number, Positioned>();
  const key = (row: number, column: number) => row * 20_000 + column;
  for (const cell of sheet.cells) {
    const at = parseCell(cell.ref);
    if (at === null) throw new SheetPlanError(`${cell.ref} is not a cell`);
    const row = at.row;
    const column = columnNumber(at.column);
    const style = styles.cellFormat({
      ...(cell.style === undefined ? {} : { style: cell.style }),
      ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
    });
    byKey.set(key(row, column), { row, column, cell, style });
  }
  for (const merge of sheet.merges ?? []) {
    const range = bounds(merge);
    const master = byKey.get(key(range.top + 1, range.left + 1));
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        const k = key(r + 1, c + 1);
        if (!byKey.has(k))
          byKey.set(k, { row: r + 1, column: c + 1, cell: undefined, style: master?.style ?? 0 });
      }
  }
  return [...byKey.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

const sheetPr: Section = (sheet) =>
  sheet.print?.fitToWidth === true ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";

const dimension: Section = (_sheet, _context, cells) => {
  if (cells.length === 0) return '<dimension ref="A1"/>';
  let right = 1;
  for (const c of cells) right = Math.max(right, c.column);
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  return `<dimension ref="A${first.row}:${columnLetters(right)}${last.row}"/>`;
};

const sheetViews: Section = (sheet, context) => {
  const selected = context.selected ? ' tabSelected="1"' : "";
  const freeze = sheet.freeze;
  if (freeze === undefined || (freeze.rows <= 0 && freeze.columns <= 0))
    return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const topLeft = `${columnLetters(freeze.columns + 1)}${freeze.rows + 1}`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0
      ? "bottomRight"
      : freeze.rows > 0
        ? "bottomLeft"
        : "topRight";
  const x = freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
};

const sheetFormatPr: Section = () => '<sheetFormatPr defaultRowHeight="15"/>';

const cols: Section = (sheet) => {
  const widths = sheet.columnWidths ?? [];
  if (widths.length === 0) return "";
  const items = widths.map(
    (width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`
  );
  return `<cols>${items.join("")}</cols>`;
};

const sheetData: Section = (sheet, _context, cells) => {
  const heights = new Map(estimateRowHeights(sheet).map((h) => [h.row, h.height]));
  const rows: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const row = cells[i]!.row;
    const parts: string[] = [];
    for (; i < cells.length && cells[i]!.row === row; i++) {
      const c = cells[i]!;
      parts.push(cellXml(`${columnLetters(c.column)}${row}`, c.style, c.cell));
    }
    const height = heights.get(row);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    rows.push(`<row r="${row}"${ht}>${parts.join("")}</row>`);
  }
  // Rows that only have a height (no cell): rare, but the plan asked for it.
  return `<sheetData>${rows.join("")}</sheetData>`;
};

const mergeCells: Section = (sheet) => {
  const merges = sheet.merges ?? [];
  if (merges.length === 0) return "";
  const items = merges.map((m) => `<mergeCell ref="${escapeXmlAttribute(m)}"/>`).join("");
  return `<mergeCells count="${merges.length}">${items}</mergeCells>`;
};

const dataValidations: Section = (sheet) => {
  const validations = sheet.validations ?? [];
  if (validations.length === 0) return "";
  const items = validations.map((validation) => {
    const list = validation.list.map((item) => item.replace(/"/g, '""'));
    const formula = `"${list.join(",")}"`;
    if (formula.length - 2 > MAX_LIST_FORMULA || list.some((item) => item.includes(",")))
      throw new SheetPlanError(
        `the drop-down list of ${sheet.name}!${validation.range} is too long`
      );
    bounds(validation.range);
    return (
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${escapeXmlAttribute(validation.range)}">` +
      `<formula1>${escapeXmlText(formula)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
};

const pageMargins: Section = (sheet) =>
  printOf(sheet)?.narrowMargins === true
    ? '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

const pageSetup: Section = (sheet) => {
  const print = sheet.print;
  if (print === undefined) return "";
  const paper = print.paper === "A4" ? ' paperSize="9"' : "";
  const height = printOf(sheet)?.onePage === true ? 1 : 0;
  const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="${height}"` : "";
  return `<pageSetup${paper} orientation="${print.orientation}"${fit}/>`;
};

function headerFooterXml(print: PrintPlan): string {
  const header = headerFooterSections(print.header);
  const footer =
    print.footer === undefined ? PAGE_NUMBERS : headerFooterSections(print.footer, PAGE_NUMBERS);
  const text = (value: string) => escapeXmlText(escapeXlsxText(storedText(value)));
  return (
    `<headerFooter><oddHeader>${text(header)}</oddHeader>` +
    `<oddFooter>${text(footer)}</oddFooter></headerFooter>`
  );
}

const headerFooter: Section = (sheet) =>
  sheet.print === undefined ? "" : headerFooterXml(sheet.print);

/** CT_Worksheet's sequence: every section in the order the schema (and Excel) requires. */
const SECTIONS: readonly Section[] = [
  sheetPr,
  dimension,
  sheetViews,
  sheetFormatPr,
  cols,
  sheetData,
  mergeCells,
  dataValidations,
  pageMargins,
  pageSetup,
  headerFooter,
];

/**
 * The worksheet part of a product sheet.
 * @example worksheetXml(scorecardPlan, { styles, selected: true }) // '<?xml …><worksheet …>…'
 */
export function worksheetXml(sheet: SheetPlan, context: SheetContext): string {
  if ((sheet.tables ?? []).length > 0)
    throw new SheetPlanError(`${sheet.name} plans Excel tables, which only new workbooks hold`);
  const cells = positionedCells(sheet, context.styles);
  const body = SECTIONS.map((section) => section(sheet, context, cells)).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${body}</worksheet>`
  );
}

/** The print area of a sheet as its defined name holds it ("'Sheet'!$A$1:$F$40"), if any. */
export function printAreaOf(sheet: SheetPlan): string | undefined {
  const area = sheet.print?.area;
  if (area === undefined) return undefined;
  const range = bounds(area);
  const a = `$${columnLetters(range.left + 1)}$${range.top + 1}`;
  const b = `$${columnLetters(range.right + 1)}$${range.bottom + 1}`;
  return `'${sheet.name.replace(/'/g, "''")}'!${a}:${b}`;
}

/** The rows printed on every page as their defined name holds them ("'Sheet'!$1:$2"), if any. */
export function printTitlesOf(sheet: SheetPlan): string | undefined {
  const rows = printOf(sheet)?.titleRows;
  if (rows === undefined) return undefined;
  const m = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
  if (m === null) throw new SheetPlanError(`${rows} is not a range of rows`);
  return `'${sheet.name.replace(/'/g, "''")}'!$${m[1]}:$${m[2]}`;
}
