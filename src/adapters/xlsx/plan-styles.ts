import type ExcelJS from "exceljs";
import { CELL_STYLES, type CellStyleSpec } from "../../workbook/cell-styles";
import type { CellStyle } from "../../workbook/plan";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** One style of the shared look (src/workbook/cell-styles.ts) as exceljs writes it. */
export function exceljsStyle(spec: CellStyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (spec.font !== undefined) {
    const { bold, size, color } = spec.font;
    style.font = {
      ...(bold === undefined ? {} : { bold }),
      ...(size === undefined ? {} : { size }),
      ...(color === undefined ? {} : { color: { argb: argb(color) } }),
    };
  }
  if (spec.fill !== undefined) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  }
  if (spec.borders !== undefined) {
    const side: Partial<ExcelJS.Border> = {
      style: "thin",
      color: { argb: argb(spec.borders.color) },
    };
    style.border = Object.fromEntries(spec.borders.edges.map((edge) => [edge, side]));
  }
  if (spec.wrapText !== undefined || spec.verticalAlignment !== undefined) {
    style.alignment = {
      ...(spec.wrapText === undefined ? {} : { wrapText: spec.wrapText }),
      ...(spec.verticalAlignment === undefined
        ? {}
        : { vertical: spec.verticalAlignment === "Top" ? "top" : "middle" }),
    };
  }
  return style;
}

/** The plan's styles for exceljs. */
export const PLAN_STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = Object.fromEntries(
  Object.entries(CELL_STYLES).map(([name, spec]) => [name, exceljsStyle(spec)])
) as Record<CellStyle, Partial<ExcelJS.Style>>;
