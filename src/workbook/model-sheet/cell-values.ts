import { Decimal } from "../../core";
import type { PlannedValue } from "../plan";

/**
 * A decimal as a cell value: a number when the number reads back as the same decimal, otherwise
 * its exact text (a parameter with more digits than a double holds must not change silently).
 * @example decimalCellValue(new Decimal("0.30")) // 0.3
 */
export function decimalCellValue(value: Decimal): PlannedValue {
  const n = value.toNumber();
  return Number.isFinite(n) && new Decimal(String(n)).eq(value) ? n : value.toString();
}
