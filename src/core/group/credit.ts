import { Decimal, ZERO } from "../decimal";

/**
 * Amounts rounded down to a unit (the model's rounding unit of the currency).
 * @example roundDown(dec("1234567"), dec("10000")).toString() // "1230000"
 */
export function roundDown(amount: Decimal, unit: Decimal): Decimal {
  return floorDiv(amount, unit).times(unit);
}

/**
 * ⌊n / d⌋ for d > 0, exact: the quotient is corrected so that q·d ≤ n < (q+1)·d holds in
 * decimals, whatever the division rounded.
 */
export function floorDiv(n: Decimal, d: Decimal): Decimal {
  let q = n.div(d).toDecimalPlaces(0, Decimal.ROUND_FLOOR);
  while (q.times(d).gt(n)) q = q.minus(1);
  while (q.plus(1).times(d).lte(n)) q = q.plus(1);
  return q;
}

/**
 * The headroom shared pro rata to the eligible limits, each share rounded DOWN to the unit
 * (group-model.md §4): share_i = ⌊headroom × eligible_i / (Σ eligible × unit)⌋ × unit. When the
 * eligible limits fit in the headroom each keeps its own. Shares never exceed the member's limit,
 * and their sum never exceeds the headroom.
 * @example allocate([dec(600), dec(400)], dec(500), dec(10)) // [300, 200]
 */
export function allocate(
  eligible: readonly Decimal[],
  headroom: Decimal,
  unit: Decimal
): { readonly allocated: Decimal[]; readonly binding: boolean } {
  const total = eligible.reduce((s, e) => s.plus(e), ZERO);
  if (total.lte(headroom)) return { allocated: [...eligible], binding: false };
  const allocated = eligible.map((e) =>
    e.isZero() ? ZERO : floorDiv(headroom.times(e), total.times(unit)).times(unit)
  );
  return { allocated, binding: true };
}
