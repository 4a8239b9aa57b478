import ExcelJS from "exceljs";
import type { CellValue } from "../../workbook/snapshot";
import { hyperlinkText } from "./exceljs-internals";

export interface ConvertedCell {
  readonly value: CellValue;
  /** Without the leading "="; "" for a constant. */
  readonly formula: string;
  /** "General" when the cell has no number format. */
  readonly numberFormat: string;
}

type ScalarResult = ExcelJS.CellFormulaValue["result"];

/** "YYYY-MM-DD"; exceljs builds dates from serials in UTC. */
function isoDate(date: Date): CellValue {
  // A serial beyond what Date can hold gives an Invalid Date; there is no date to show.
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

function number(n: number): CellValue {
  // A `<v>` that is not a number parses to NaN or Infinity; Excel shows such a cell as #NUM!.
  return Number.isFinite(n) ? n : { error: "#NUM!" };
}

function scalar(value: ScalarResult | null): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return number(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  return { error: value.error };
}

function richTextPlain(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join("");
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) {
    return scalar(value);
  }
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return richTextPlain(value);
  if ("formula" in value || "sharedFormula" in value) return scalar(value.result);
  if ("hyperlink" in value) return hyperlinkText(value);
  return null;
}

function formulaText(cell: ExcelJS.Cell): string {
  if (cell.type !== ExcelJS.ValueType.Formula) return "";
  // `formula` translates a shared formula from its master cell.
  const formula: string | undefined = cell.formula;
  if (formula === undefined) return "";
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

export function convertCell(cell: ExcelJS.Cell): ConvertedCell {
  const numberFormat: string | undefined = cell.numFmt;
  let value: CellValue;
  // exceljs answers the master's value for every cell of a merged range; Excel holds it once.
  if (cell.type === ExcelJS.ValueType.Merge) value = null;
  // A formula's cached result: `cell.value` keeps only truthy fields (0 and FALSE vanish),
  // `cell.result` keeps them all.
  else if (cell.type === ExcelJS.ValueType.Formula)
    value = scalar(cell.result as ScalarResult | null);
  else value = plainValue(cell.value);
  return {
    value,
    formula: formulaText(cell),
    numberFormat: numberFormat || "General",
  };
}
