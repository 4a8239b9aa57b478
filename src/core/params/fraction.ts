import type { Decimal } from "../decimal";
import type { Fraction } from "./types";

/** The value of an exact fraction (only for ordering checks and display). */
export function fractionValue(f: Fraction): Decimal {
  return f.numerator.div(f.denominator);
}
