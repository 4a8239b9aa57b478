/**
 * Number formats, shared formulas and constant formulas: what the streaming reader needs to turn
 * a `<c>` element into the value, format and formula a spreadsheet program shows.
 */
import { Decimal } from "../../core/decimal";
import { columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS } from "../../workbook/a1";
import type { CellValue } from "../../workbook/snapshot";

/** Excel's built-in number formats that do not depend on the locale (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN_FORMATS[id];
}

/** A format that shows a date or time: y m d h s outside quoted text and [brackets]. */
export function isDateFormat(format: string): boolean {
  const stripped = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(stripped);
}

/** "YYYY-MM-DD" of a date serial (1900 or 1904 system), null when beyond what a Date holds. */
export function serialToIsoDate(serial: number, date1904: boolean): CellValue {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** `_xHHHH_` escapes of OOXML strings (control characters, and `_x005F_` for "_"). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

const REFERENCE_CANDIDATE = /(([A-Za-z_\-0-9]*)!)?([A-Za-z0-9_$]{2,})([(])?/g;
const CELL_REFERENCE = /^(\$)?([A-Za-z]{1,3})(\$)?([1-9][0-9]*)$/;

/**
 * A shared formula as it reads in another cell: relative references moved by the offset between
 * the master cell and this one (absolute `$` parts kept). Strings are left alone.
 * @example slideFormula("A2*2", { row: 2, column: 2 }, { row: 5, column: 2 }) // "A5*2"
 */
export function slideFormula(
  formula: string,
  from: { readonly row: number; readonly column: number },
  to: { readonly row: number; readonly column: number }
): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] ?? "").replace(
      REFERENCE_CANDIDATE,
      (whole, sheet: string | undefined, _name, address: string, paren: string | undefined) => {
        if (paren !== undefined) return whole;
        const m = CELL_REFERENCE.exec(address);
        if (m === null) return whole;
        const [, columnDollar = "", letters = "", rowDollar = "", digits = ""] = m;
        let column = columnNumber(letters);
        if (column > MAX_COLUMNS) return whole;
        let row = Number(digits);
        if (columnDollar === "") column += to.column - from.column;
        if (rowDollar === "") row += to.row - from.row;
        if (column < 1 || row < 1 || column > MAX_COLUMNS || row > MAX_ROWS) return "#REF!";
        return `${sheet ?? ""}${columnDollar}${columnLetters(column)}${rowDollar}${row}`;
      }
    );
  }
  return parts.join('"');
}

const NUMBER_CONSTANT = /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,3}))?\s*(%*)$/;
const STRING_CONSTANT = /^"((?:[^"]|"")*)"$/;

/**
 * The value of a formula that is only a constant (`0.05`, `5%`, `-1.2E3`, `"text"`, `TRUE`,
 * with optional parentheses around it), computed with decimal.js; undefined for any other
 * formula (one that refers to cells or calls functions needs a spreadsheet to calculate).
 * @example constantFormulaValue("5%") // 0.05
 * @example constantFormulaValue("A1*2") // undefined
 */
export function constantFormulaValue(formula: string): CellValue | undefined {
  let text = formula.trim();
  while (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1).trim();
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  const quoted = STRING_CONSTANT.exec(text);
  if (quoted !== null) return (quoted[1] ?? "").replace(/""/g, '"');
  const m = NUMBER_CONSTANT.exec(text);
  if (m === null) return undefined;
  const [, sign = "", digits = "0", exponent, percents = ""] = m;
  let value = new Decimal(digits);
  if (exponent !== undefined) value = value.times(new Decimal(10).pow(Number(exponent)));
  for (let i = 0; i < percents.length; i++) value = value.dividedBy(100);
  if (sign === "-") value = value.negated();
  const number = value.toNumber();
  return Number.isFinite(number) ? number : undefined;
}
