import { isCellError, type CellValue } from "../workbook/snapshot";
import type { PlannedValue } from "../workbook/plan";

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
