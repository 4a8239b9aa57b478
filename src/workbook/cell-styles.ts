import type { CellStyle } from "./plan";

/**
 * What each style a plan names looks like: one look for every sheet the product writes, in plain
 * data. Both adapters translate it (Office.js formats; exceljs styles), so a scorecard looks the
 * same written by the add-in or by the command line.
 */
export interface CellStyleSpec {
  readonly fill?: string;
  readonly font?: { readonly bold?: boolean; readonly size?: number; readonly color?: string };
  /** The edges drawn around each cell, thin, in one colour. */
  readonly borders?: {
    readonly edges: readonly ("top" | "bottom" | "left" | "right")[];
    readonly color: string;
  };
  readonly wrapText?: boolean;
  readonly verticalAlignment?: "Top" | "Center";
}

/** Fluent UI's neutral palette and status colours, as #RRGGBB. */
const COLOUR = {
  text: "#242424",
  secondary: "#616161",
  muted: "#707070",
  stroke: "#D1D1D1",
  strokeLight: "#E0E0E0",
  headerFill: "#EBEBEB",
  sectionFill: "#F5F5F5",
  inputFill: "#EBF3FC",
  good: "#0E700E",
  goodFill: "#F1FAF1",
  warning: "#BC4B09",
  warningFill: "#FFF9F5",
  bad: "#B10E1C",
  badFill: "#FDF3F4",
} as const;

const box = (color: string) => ({ edges: ["top", "bottom", "left", "right"] as const, color });
const under = (color: string) => ({ edges: ["bottom"] as const, color });
const wrapTop = { wrapText: true, verticalAlignment: "Top" } as const;

export const CELL_STYLES: Readonly<Record<CellStyle, CellStyleSpec>> = {
  title: { font: { bold: true, size: 16, color: COLOUR.text } },
  subtitle: {
    font: { bold: true, size: 12, color: COLOUR.text },
    fill: COLOUR.sectionFill,
    borders: under(COLOUR.stroke),
  },
  header: {
    font: { bold: true, color: COLOUR.text },
    fill: COLOUR.headerFill,
    borders: box(COLOUR.stroke),
    wrapText: true,
    verticalAlignment: "Center",
  },
  label: { font: { color: COLOUR.secondary }, borders: under(COLOUR.strokeLight), ...wrapTop },
  value: { font: { color: COLOUR.text }, borders: under(COLOUR.strokeLight), ...wrapTop },
  input: { fill: COLOUR.inputFill, borders: box(COLOUR.stroke) },
  emphasis: { font: { bold: true, color: COLOUR.text }, borders: under(COLOUR.strokeLight) },
  good: { font: { bold: true, color: COLOUR.good }, fill: COLOUR.goodFill },
  warning: { font: { bold: true, color: COLOUR.warning }, fill: COLOUR.warningFill },
  bad: { font: { color: COLOUR.bad }, fill: COLOUR.badFill, ...wrapTop },
  note: { font: { size: 9, color: COLOUR.secondary }, ...wrapTop },
  muted: { font: { size: 9, color: COLOUR.muted } },
  signature: { font: { color: COLOUR.text }, borders: box(COLOUR.stroke), ...wrapTop },
};

/**
 * The number format of amounts on every sheet the product writes: whole units grouped in
 * thousands, as the core's `formatAmount` writes them in text (12,340,000).
 */
export const AMOUNT_FORMAT = "#,##0";
