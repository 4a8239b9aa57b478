import { isCellError, type CellValue } from "../workbook/snapshot";
import { storedText, type PlannedCell, type PlannedValue } from "../workbook/plan";
import { formulaKey, sameFormula } from "./formula-text";

/** Relative tolerance for numbers: Excel's floating point against the engine's decimals. */
const TOLERANCE = 1e-9;

/**
 * Whether a calculated cell shows the engine's value: numbers within 1e-9 (relative to the
 * value, absolute below 1), text and booleans exactly; a formula that gives "" reads back as a
 * blank cell, so blank and "" are one value.
 * @example sameValue(25.5, 25.500000000001) // true; sameValue("C", "c") // false
 */
export function sameValue(expected: PlannedValue, found: CellValue): boolean {
  if (found !== null && isCellError(found)) return false;
  const blank = (v: PlannedValue | CellValue) => v === null || v === "";
  if (blank(expected) || blank(found)) return blank(expected) && blank(found);
  if (typeof expected === "number")
    return (
      typeof found === "number" &&
      Math.abs(found - expected) <= TOLERANCE * Math.max(1, Math.abs(expected))
    );
  return found === expected;
}

/**
 * A value as the verifier reports it ("" for a blank cell).
 * @example valueText({ error: "#REF!" }) // "#REF!"
 */
export function valueText(value: PlannedValue | CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A cell of a product sheet as read back: its value (a formula's cached result) and formula. */
export interface FoundCell {
  readonly value: CellValue;
  /** Without the leading "="; "" for a constant. */
  readonly formula: string;
}

/**
 * How a product-sheet cell differs from what the product wrote:
 * - `formulaReplaced`: a formula was written, the cell holds a constant;
 * - `formula`: another formula is there;
 * - `cell`: the formula is there, its value is not the engine's;
 * - `value`: a constant was written, another constant is there;
 * - `valueReplaced`: a constant was written, the cell holds a formula;
 * - `unexpectedCell`: the product left the cell blank, it holds something.
 */
export type CellDifferenceKind =
  "formulaReplaced" | "formula" | "cell" | "value" | "valueReplaced" | "unexpectedCell";

export interface CellDifference {
  readonly kind: CellDifferenceKind;
  /** What the product wrote: "=…" for a formula, the value as text, "" for blank. */
  readonly expected: string;
  /** What the cell holds, in the same form. */
  readonly found: string;
}

/** A planned value as the adapters store it (texts made storable, a non-finite number blank). */
function stored(value: PlannedValue): PlannedValue {
  if (typeof value === "string") return storedText(value);
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

const isBlankValue = (value: PlannedValue | CellValue) => value === null || value === "";

/** What a found cell holds, as the verifier reports it: its formula, else its value. */
function foundText(found: FoundCell): string {
  return found.formula === "" ? valueText(found.value) : `=${found.formula}`;
}

/**
 * A boolean constant as LibreOffice Calc saves it: the formula TRUE() or FALSE() with that value.
 * @example savedBoolean(true, { value: true, formula: "TRUE()" }) // true
 */
function savedBoolean(expected: PlannedValue, found: FoundCell): boolean {
  return (
    typeof expected === "boolean" &&
    found.value === expected &&
    formulaKey(found.formula) === (expected ? "TRUE" : "FALSE")
  );
}

/**
 * Compare one cell of a product sheet with what the product wrote there (`planned` undefined:
 * nothing). A formula cell must hold the same formula (as `sameFormula` folds what spreadsheet
 * programs rewrite on save) and the engine's value (`sameValue`); a constant must be the same
 * constant (numbers within 1e-9, text exactly, booleans, blank); a cell left blank must be blank.
 * @example compareCell({ ref: "B34", value: 5, formula: "B33" }, { value: 5, formula: "B33*10" })
 * // { kind: "formula", expected: "=B33", found: "=B33*10" }
 */
export function compareCell(
  planned: PlannedCell | undefined,
  found: FoundCell
): CellDifference | null {
  const expectedValue = stored(planned?.value ?? null);
  const formula = planned?.formula;
  if (formula === undefined) {
    if (found.formula === "") {
      if (sameValue(expectedValue, found.value)) return null;
      return {
        kind: isBlankValue(expectedValue) ? "unexpectedCell" : "value",
        expected: valueText(expectedValue),
        found: valueText(found.value),
      };
    }
    if (savedBoolean(expectedValue, found)) return null;
    return {
      kind: isBlankValue(expectedValue) ? "unexpectedCell" : "valueReplaced",
      expected: valueText(expectedValue),
      found: foundText(found),
    };
  }
  const expected = `=${formula}`;
  if (found.formula === "")
    return { kind: "formulaReplaced", expected, found: valueText(found.value) };
  if (!sameFormula(formula, found.formula))
    return { kind: "formula", expected, found: foundText(found) };
  if (!sameValue(expectedValue, found.value))
    return { kind: "cell", expected: valueText(expectedValue), found: valueText(found.value) };
  return null;
}
