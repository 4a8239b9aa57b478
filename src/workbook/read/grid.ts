import { isCellError, type CellValue, type SheetSnapshot } from "../snapshot";
import { normaliseCellText } from "./text";

/**
 * The value of a 0-based cell; rows may be ragged or missing, and anything outside is blank.
 * @example cellValue(sheet, 0, 0) // the value of A1, or null
 */
export function cellValue(sheet: SheetSnapshot, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

/**
 * The number format of a 0-based cell ("General" where the snapshot has none).
 * @example cellFormat(sheet, 1, 2) // "0.00%"
 */
export function cellFormat(sheet: SheetSnapshot, row: number, column: number): string {
  return sheet.numberFormats[row]?.[column] ?? "General";
}

/**
 * The formula of a 0-based cell without "=", or "" for a constant.
 * @example cellFormula(sheet, 3, 1) // "SUM(B2:B3)"
 */
export function cellFormula(sheet: SheetSnapshot, row: number, column: number): string {
  return sheet.formulas?.[row]?.[column] ?? "";
}

/**
 * Blank: no value, or text that is only spaces (of any kind). An error value is not blank.
 * @example isBlankValue("\u3000 ") // true
 */
export function isBlankValue(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value === "string") return normaliseCellText(value) === "";
  return false;
}

/**
 * Whether a row holds nothing in any of the given columns.
 * @example isBlankRow(sheet, 4, [0, 1, 2]) // true when A5:C5 are empty or spaces
 */
export function isBlankRow(sheet: SheetSnapshot, row: number, columns: readonly number[]): boolean {
  for (const column of columns) if (!isBlankValue(cellValue(sheet, row, column))) return false;
  return true;
}

const percentFormats = new Map<string, boolean>();

/**
 * Whether a number format shows its number as a percentage: a "%" outside quoted text, escaped
 * characters and [colour]/[condition] sections.
 * @example isPercentFormat("0.00%") // true
 * @example isPercentFormat('0 "%"') // false
 */
export function isPercentFormat(format: string): boolean {
  const known = percentFormats.get(format);
  if (known !== undefined) return known;
  const stripped = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  const percent = stripped.includes("%");
  if (percentFormats.size < 1000) percentFormats.set(format, percent);
  return percent;
}

/**
 * The text a cell shows in a message: normalised and shortened to 80 characters.
 * @example describeValue({ error: "#N/A" }) // "#N/A"
 */
export function describeValue(value: Exclude<CellValue, null>): string {
  let text: string;
  if (isCellError(value)) text = normaliseCellText(String(value.error));
  else if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
  else if (typeof value === "number") text = String(value);
  else text = normaliseCellText(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
