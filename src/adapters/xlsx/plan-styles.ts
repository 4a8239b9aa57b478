import type ExcelJS from "exceljs";
import type { CellStyle } from "../../workbook/plan";

/** Fluent UI's neutral palette (and its status colours), as ARGB. */
const COLOUR = {
  text: "FF242424",
  secondary: "FF616161",
  muted: "FF707070",
  stroke: "FFD1D1D1",
  strokeLight: "FFE0E0E0",
  headerFill: "FFEBEBEB",
  sectionFill: "FFF5F5F5",
  inputFill: "FFEBF3FC",
  good: "FF0E700E",
  goodFill: "FFF1FAF1",
  warning: "FFBC4B09",
  warningFill: "FFFFF9F5",
  bad: "FFB10E1C",
  badFill: "FFFDF3F4",
} as const;

const thin = (argb: string): Partial<ExcelJS.Border> => ({ style: "thin", color: { argb } });
const box = (argb: string): Partial<ExcelJS.Borders> => ({
  top: thin(argb),
  left: thin(argb),
  bottom: thin(argb),
  right: thin(argb),
});
const fill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});
const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/** One look for every sheet the product writes: the plan names a style, this says what it is. */
export const PLAN_STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 16, color: { argb: COLOUR.text } } },
  subtitle: {
    font: { bold: true, size: 12, color: { argb: COLOUR.text } },
    fill: fill(COLOUR.sectionFill),
    border: { bottom: thin(COLOUR.stroke) },
  },
  header: {
    font: { bold: true, color: { argb: COLOUR.text } },
    fill: fill(COLOUR.headerFill),
    border: box(COLOUR.stroke),
    alignment: { wrapText: true, vertical: "middle" },
  },
  label: {
    font: { color: { argb: COLOUR.secondary } },
    border: { bottom: thin(COLOUR.strokeLight) },
    alignment: wrapTop,
  },
  value: {
    font: { color: { argb: COLOUR.text } },
    border: { bottom: thin(COLOUR.strokeLight) },
    alignment: wrapTop,
  },
  input: { fill: fill(COLOUR.inputFill), border: box(COLOUR.stroke) },
  emphasis: {
    font: { bold: true, color: { argb: COLOUR.text } },
    border: { bottom: thin(COLOUR.strokeLight) },
  },
  good: { font: { bold: true, color: { argb: COLOUR.good } }, fill: fill(COLOUR.goodFill) },
  warning: {
    font: { bold: true, color: { argb: COLOUR.warning } },
    fill: fill(COLOUR.warningFill),
  },
  bad: {
    font: { color: { argb: COLOUR.bad } },
    fill: fill(COLOUR.badFill),
    alignment: wrapTop,
  },
  note: { font: { size: 9, color: { argb: COLOUR.secondary } }, alignment: wrapTop },
  muted: { font: { size: 9, color: { argb: COLOUR.muted } } },
};
