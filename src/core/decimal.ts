import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the model. Every stake, ratio, score and amount is a `Decimal`
 * made here: 40 significant digits (far beyond any input), ROUND_HALF_UP where a rule rounds.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;
export type DecimalValue = DecimalJs.Value;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

export function dec(value: DecimalJs.Value): Decimal {
  return new Decimal(value);
}

/** Clamp to [0, 100]: factor points never leave that range, whatever the penalties. */
export function clampPoints(points: Decimal): Decimal {
  return Decimal.max(ZERO, Decimal.min(HUNDRED, points));
}

/**
 * A fraction 0.85 shown as "85.00%".
 * @example formatPercent(dec("0.85")) // "85.00%"
 */
export function formatPercent(fraction: Decimal, decimals = 2): string {
  return `${fraction.times(100).toFixed(decimals, DecimalJs.ROUND_HALF_UP)}%`;
}

/** Grouped with thousands separators, e.g. 12,340,000 (amounts are whole units here). */
export function formatAmount(amount: Decimal, decimals = 0): string {
  const [whole = "0", fraction] = amount.toFixed(decimals, DecimalJs.ROUND_HALF_UP).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}
