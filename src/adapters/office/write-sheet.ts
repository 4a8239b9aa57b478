import type { PrintPlan, SheetPlan } from "../../workbook/plan";
import { columnLetters, rangeAddress } from "../../workbook/a1";
import { CELL_STYLES, type CellStyleSpec } from "../../workbook/cell-styles";
import type { HostFeatures } from "./requirements";
import { sheetRectangles, styleRanges } from "./write-cells";
import { estimateRowHeights } from "../../workbook/row-heights";
import { headerFooterEscaped } from "../../workbook/header-footer";

/** A feature of the plan this host's requirement sets do not allow. */
export interface NotApplied {
  readonly sheet: string;
  readonly feature: "dropDowns" | "pageLayout";
}

/**
 * A column width in characters (as the plan and the file format give it) in points, as
 * Range.format.columnWidth takes it: Excel's rule for the default font (Calibri 11, 7 pixels per
 * character plus 5 pixels of padding), at 0.75 points per pixel.
 * @example columnWidthPoints(18) // 98.25
 */
export function columnWidthPoints(characters: number): number {
  return (Math.trunc(characters * 7 + 5) * 3) / 4;
}

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The border items that draw an edge of every cell of a block. */
const EDGE_ITEMS: Readonly<Record<"top" | "bottom" | "left" | "right", readonly Edge[]>> = {
  top: ["EdgeTop", "InsideHorizontal"],
  bottom: ["EdgeBottom", "InsideHorizontal"],
  left: ["EdgeLeft", "InsideVertical"],
  right: ["EdgeRight", "InsideVertical"],
};

function applyStyle(range: Excel.Range, style: CellStyleSpec): void {
  const format = range.format;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.font?.bold !== undefined) format.font.bold = style.font.bold;
  if (style.font?.size !== undefined) format.font.size = style.font.size;
  if (style.font?.color !== undefined) format.font.color = style.font.color;
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  if (style.verticalAlignment !== undefined) format.verticalAlignment = style.verticalAlignment;
  if (style.borders !== undefined) {
    const items = new Set(style.borders.edges.flatMap((edge) => EDGE_ITEMS[edge]));
    for (const item of items) {
      const border = format.borders.getItem(item);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = style.borders.color;
    }
  }
}

function queuePrint(worksheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // One page wide, as many pages tall as it takes (0 = automatic), or one page in all.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.onePage === true ? 1 : 0 };
  layout.setPrintArea(print.area);
  if (print.titleRows !== undefined) layout.setPrintTitleRows(print.titleRows);
  if (print.narrowMargins === true) {
    // Points: 1.27 cm left and right, 1.9 cm top and bottom, 0.76 cm header and footer.
    layout.leftMargin = 36;
    layout.rightMargin = 36;
    layout.topMargin = 54;
    layout.bottomMargin = 54;
    layout.headerMargin = 21.6;
    layout.footerMargin = 21.6;
  }
  const pages = layout.headersFooters.defaultForAllPages;
  pages.leftHeader = headerFooterEscaped(print.header);
  if (print.footer !== undefined) pages.leftFooter = headerFooterEscaped(print.footer);
  pages.rightFooter = "&P / &N";
}

/**
 * Queues the writing of one planned sheet into a new, empty worksheet: number formats before
 * values (text cells are "@", so no text becomes a formula), values, then formulas, each as one
 * rectangle; styles by blocks; column widths, merges, drop-downs, tables, freeze panes, print.
 * Returns what the host could not do (drop-downs below ExcelApi 1.8, page layout below 1.9).
 */
export function queueSheet(
  worksheet: Excel.Worksheet,
  sheet: SheetPlan,
  features: HostFeatures,
  formulaText: (formula: string) => string
): NotApplied[] {
  const skipped: NotApplied[] = [];
  const rectangles = sheetRectangles(sheet, formulaText);
  if (rectangles !== null) {
    const range = worksheet.getRange(rangeAddress(rectangles.range));
    range.numberFormat = rectangles.numberFormat;
    range.values = rectangles.values;
    if (rectangles.formulas !== null) range.formulas = rectangles.formulas;
  }
  for (const styled of styleRanges(sheet))
    applyStyle(worksheet.getRange(rangeAddress(styled.range)), CELL_STYLES[styled.style]);
  (sheet.columnWidths ?? []).forEach((width, i) => {
    const letters = columnLetters(i + 1);
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const { row, height } of estimateRowHeights(sheet))
    worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const merge of sheet.merges ?? []) worksheet.getRange(merge).merge(false);
  if ((sheet.validations ?? []).length > 0) {
    if (features.dataValidation) {
      for (const validation of sheet.validations ?? []) {
        const rule = worksheet.getRange(validation.range).dataValidation;
        rule.ignoreBlanks = true;
        rule.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
        // A warning, not a stop: the reader accepts more spellings than the list shows.
        rule.errorAlert = { showAlert: true, style: "Warning", title: "", message: "" };
      }
    } else skipped.push({ sheet: sheet.name, feature: "dropDowns" });
  }
  for (const planned of sheet.tables ?? []) {
    const table = worksheet.tables.add(worksheet.getRange(planned.range), true);
    table.name = planned.name;
    table.style = "TableStyleLight1";
    table.showBandedRows = true;
  }
  const freeze = sheet.freeze;
  if (freeze !== undefined && (freeze.rows > 0 || freeze.columns > 0)) {
    if (freeze.columns === 0) worksheet.freezePanes.freezeRows(freeze.rows);
    else if (freeze.rows === 0) worksheet.freezePanes.freezeColumns(freeze.columns);
    else
      worksheet.freezePanes.freezeAt(
        worksheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns)
      );
  }
  if (sheet.print !== undefined) {
    if (features.pageLayout) queuePrint(worksheet, sheet.print);
    else skipped.push({ sheet: sheet.name, feature: "pageLayout" });
  }
  return skipped;
}
