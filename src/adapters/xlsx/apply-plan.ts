import type ExcelJS from "exceljs";
import {
  markerName,
  type PlannedCell,
  type PrintPlan,
  type ProductSheetRole,
  type SheetPlan,
  type WorkbookPlan,
} from "../../workbook/plan";
import { columnLetters, columnNumber, parseCell, quoteSheet } from "../../workbook/a1";
import { compactValidations } from "./data-validations";
import { definedNamesOf, removeDefinedName } from "./defined-names";
import { markedSheets } from "../../workbook/product-sheets";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import { setTabOrder, tabOrder } from "./exceljs-internals";
import { PLAN_STYLES } from "./plan-styles";
import { estimateRowHeights } from "../../workbook/row-heights";
import { headerFooterSections, PAGE_NUMBERS } from "../../workbook/header-footer";

/** A plan that would overwrite a user's sheet, or that Excel could not open: a programming mistake. */
export class PlanApplyError extends Error {
  constructor(what: string) {
    super(`Cannot apply the workbook plan: ${what}`);
    this.name = "PlanApplyError";
  }
}

/** Excel's limits: text per cell, inline list of a drop-down, header/footer text. */
const MAX_CELL_TEXT = 32_767;
const MAX_LIST_FORMULA = 255;

export interface AppliedPlan {
  /** The sheet each product role was written to. */
  readonly sheets: Partial<Record<ProductSheetRole, string>>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Texts Excel can store: well-formed UTF-16, at most 32,767 characters. */
function cellText(text: string): string {
  const wellFormed = text.replace(LONE_SURROGATE, "\uFFFD");
  return wellFormed.length <= MAX_CELL_TEXT
    ? wellFormed
    : `${wellFormed.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/**
 * A cell's content. Text is always set as a string value: exceljs writes it as a shared string,
 * never as a formula, whatever it starts with ("=", "+", "@", "＝"). Only the plan's own formula
 * field becomes a formula, with the engine's value cached as its result.
 */
function writeCell(cell: ExcelJS.Cell, planned: PlannedCell): void {
  const value = planned.value;
  if (planned.formula !== undefined) {
    const result = typeof value === "string" ? cellText(value) : value;
    cell.value =
      result === null || (typeof result === "number" && !Number.isFinite(result))
        ? { formula: planned.formula }
        : { formula: planned.formula, result };
  } else if (typeof value === "string") {
    cell.value = cellText(value);
  } else if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : null;
  } else if (value !== null) {
    cell.value = value;
  }
  if (planned.style !== undefined) cell.style = { ...PLAN_STYLES[planned.style] };
  if (planned.numberFormat !== undefined) cell.numFmt = planned.numberFormat;
}

/** Rows and columns (1-based) of an A1 range such as "B2:F31" or "B2". */
function bounds(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from = "", to = from] = range.split(":");
  const first = parseCell(from);
  const last = parseCell(to);
  if (first === null || last === null) throw new PlanApplyError(`${range} is not an A1 range`);
  return {
    top: first.row,
    left: columnNumber(first.column),
    bottom: last.row,
    right: columnNumber(last.column),
  };
}

/** The A1 addresses of a range, row by row. */
function addressesOf(range: string): string[] {
  const { top, left, bottom, right } = bounds(range);
  const addresses: string[] = [];
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++) addresses.push(`${columnLetters(col)}${row}`);
  return addresses;
}

function addValidations(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  for (const validation of sheet.validations ?? []) {
    const items = validation.list.map((item) => item.replace(/"/g, '""'));
    const formula = `"${items.join(",")}"`;
    if (formula.length - 2 > MAX_LIST_FORMULA || items.some((i) => i.includes(",")))
      throw new PlanApplyError(
        `the drop-down list of ${sheet.name}!${validation.range} is too long`
      );
    for (const address of addressesOf(validation.range))
      worksheet.getCell(address).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: "warning",
      };
  }
  compactValidations(worksheet);
}

/** Excel tables; exceljs writes their header and row cells from the plan's values. */
function addTables(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const valueAt = new Map(sheet.cells.map((c) => [c.ref, c.value]));
  const at = (row: number, col: number) => valueAt.get(`${columnLetters(col)}${row}`) ?? null;
  for (const table of sheet.tables ?? []) {
    const { top, left, bottom, right } = bounds(table.range);
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let col = left; col <= right; col++)
      columns.push({ name: String(at(top, col) ?? `Column${col - left + 1}`), filterButton: true });
    const rows: ExcelJS.CellValue[][] = [];
    // An Excel table has at least one data row.
    for (let row = top + 1; row <= Math.max(bottom, top + 1); row++) {
      const values: ExcelJS.CellValue[] = [];
      for (let col = left; col <= right; col++) values.push(at(row, col));
      rows.push(values);
    }
    worksheet.addTable({
      name: table.name,
      ref: `${columnLetters(left)}${top}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns,
      rows,
    });
  }
}

function setPrint(worksheet: ExcelJS.Worksheet, print: PrintPlan): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    ...(print.scale === undefined
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: print.onePage === true ? 1 : 0 }
      : { fitToPage: false, scale: print.scale }),
    printArea: print.area,
    ...(print.titleRows === undefined ? {} : { printTitlesRow: print.titleRows }),
    ...(print.titleColumns === undefined ? {} : { printTitlesColumn: print.titleColumns }),
    ...(print.narrowMargins === true
      ? { margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } }
      : {}),
  };
  worksheet.headerFooter = {
    oddHeader: headerFooterSections(print.header),
    oddFooter:
      print.footer === undefined ? PAGE_NUMBERS : headerFooterSections(print.footer, PAGE_NUMBERS),
  };
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetPlan): void {
  (sheet.columnWidths ?? []).forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const { row, height } of estimateRowHeights(sheet)) worksheet.getRow(row).height = height;
  addTables(worksheet, sheet);
  for (const planned of sheet.cells) writeCell(worksheet.getCell(planned.ref), planned);
  for (const merge of sheet.merges ?? []) worksheet.mergeCells(merge);
  addValidations(worksheet, sheet);
  if (sheet.freeze !== undefined && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0))
    worksheet.views = [
      { state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows },
    ];
  if (sheet.print !== undefined) setPrint(worksheet, sheet.print);
}

/** The committee summary's tab goes right before the scorecard's, wherever that is. */
function summaryBeforeScorecard(
  workbook: ExcelJS.Workbook,
  written: Partial<Record<ProductSheetRole, string>>
): void {
  const summary =
    written.summary === undefined ? undefined : workbook.getWorksheet(written.summary);
  const scorecard =
    written.scorecard === undefined ? undefined : workbook.getWorksheet(written.scorecard);
  if (summary === undefined || scorecard === undefined) return;
  const before = tabOrder(scorecard);
  for (const worksheet of workbook.worksheets)
    if (worksheet !== summary && tabOrder(worksheet) >= before)
      setTabOrder(worksheet, tabOrder(worksheet) + 1);
  setTabOrder(summary, before);
}

/** The workbook opens on the plan's active sheet (the committee summary), selected alone. */
function activate(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const active = plan.sheets.find((s) => s.active === true);
  if (active === undefined) return;
  const ordered = [...workbook.worksheets].sort((a, b) => tabOrder(a) - tabOrder(b));
  const index = ordered.findIndex((w) => w.name === active.name);
  if (index < 0) return;
  for (const worksheet of ordered) {
    const [view] = worksheet.views ?? [];
    // exceljs writes tabSelected (sheet-view-xform) though its types do not declare it.
    const selected = { ...(view ?? {}), tabSelected: worksheet.name === active.name };
    worksheet.views = [selected as Partial<ExcelJS.WorksheetView>];
  }
  const [view] = workbook.views ?? [];
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 12000,
      height: 8000,
      visibility: "visible",
      ...(view ?? {}),
      firstSheet: 0,
      activeTab: index,
    },
  ];
}

/** Removes a marker name however its case is spelled (Excel's names ignore case). */
function removeMarker(workbook: ExcelJS.Workbook, lowerCaseName: string): void {
  const spellings = new Set(
    workbook.definedNames.model.map((n) => n.name).filter((n) => n.toLowerCase() === lowerCaseName)
  );
  for (const name of spellings) removeDefinedName(workbook, name);
}

/**
 * Apply a plan to an exceljs workbook. A product sheet whose role is in the plan is replaced, in
 * its place in the tab order, only when it is the product's: its marker name points at it *and*
 * the pure check on the snapshot read from this workbook (`read`) trusts that marker (the sheet
 * carries the role's signature and holds no input table; src/workbook/product-sheets.ts). Any
 * other sheet a marker points at, an input sheet above all, is left as it is; without `read`
 * nothing is replaced. Other planned sheets are added at the end; each product sheet gets its
 * marker name (an old one of the role, trusted or not, is removed first). A sheet of the plan
 * whose name is held by any other sheet is refused: the use cases name their sheets so that this
 * never happens, and a user's sheet is never modified or deleted.
 * @example applyPlan(workbook, outcome.plan, snapshot).sheets.scorecard // "治理评分卡"
 */
export function applyPlan(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  read?: WorkbookSnapshot
): AppliedPlan {
  const markers = definedNamesOf(workbook);
  const trusted = read === undefined ? {} : markedSheets(read).sheets;
  const order = new Map<string, number>();
  for (const sheet of plan.sheets) {
    if (sheet.role === "input") continue;
    const marker = markerName(sheet.role).toLowerCase();
    const current = markers.find((n) => n.name.toLowerCase() === marker)?.sheet;
    const product = trusted[sheet.role]?.name;
    const worksheet =
      current === undefined ||
      product === undefined ||
      current.toLowerCase() !== product.toLowerCase()
        ? undefined
        : workbook.getWorksheet(current);
    removeMarker(workbook, marker);
    if (worksheet === undefined) continue;
    order.set(sheet.name, tabOrder(worksheet));
    workbook.removeWorksheet(worksheet.id);
  }
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  const written: Partial<Record<ProductSheetRole, string>> = {};
  for (const sheet of plan.sheets) {
    if (taken.has(sheet.name.toLowerCase()))
      throw new PlanApplyError(`the sheet ${sheet.name} exists and is not the product's`);
    taken.add(sheet.name.toLowerCase());
    const worksheet = workbook.addWorksheet(sheet.name);
    const place = order.get(sheet.name);
    if (place !== undefined) setTabOrder(worksheet, place);
    writeSheet(worksheet, sheet);
    if (sheet.role !== "input") {
      workbook.definedNames.add(`${quoteSheet(sheet.name)}!$A$1`, markerName(sheet.role));
      written[sheet.role] = sheet.name;
    }
  }
  summaryBeforeScorecard(workbook, written);
  activate(workbook, plan);
  return { sheets: written };
}
