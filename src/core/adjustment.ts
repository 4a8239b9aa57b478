import { Decimal } from "./decimal";
import { msg } from "./i18n/messages";
import type { Grade } from "./inputs/enums";
import type { ProfileInputs } from "./inputs/types";
import type { CellRef } from "./issues";
import type { ModelParameters } from "./params/types";
import type { CreditAdjustment, CreditOutcome } from "./result";

/**
 * The credit adjustment a grade calls for (governance-model.md §5): the base rating moved down by
 * the grade's notches (never below the scale's last grade), the requested limit times the
 * multiplier rounded down to the currency's unit (0 when the knock-outs' outcome declines), and
 * the requested tenor capped.
 * @example grade C, base A, 10,000,000 CNY, 60 months → A-, 7,000,000, 36 months
 */
export function creditAdjustment(
  grade: Grade,
  profile: ProfileInputs,
  params: ModelParameters,
  outcome: CreditOutcome = { kind: "proceed", knockouts: [] }
): CreditAdjustment {
  const row = params.adjustments[grade];
  const baseRating = profile.baseRating?.value ?? null;
  const scale = params.ratingScale;
  let adjustedRating: string | null = null;
  if (baseRating !== null) {
    const index = scale.indexOf(baseRating);
    if (index >= 0)
      adjustedRating = scale[Math.min(scale.length - 1, index + row.notches.toNumber())] ?? null;
  }
  const currency = profile.currency?.value ?? params.defaultCurrency;
  const roundingUnit =
    params.limitRounding.unitByCurrency[currency] ?? params.limitRounding.defaultUnit;
  const requestedLimit = profile.requestedLimit?.value ?? null;
  const declined = outcome.kind === "decline";
  const recommendedLimit = declined
    ? new Decimal(0)
    : requestedLimit === null
      ? null
      : requestedLimit
          .times(row.limitMultiplier)
          .div(roundingUnit)
          .toDecimalPlaces(0, Decimal.ROUND_DOWN)
          .times(roundingUnit);
  const requestedTenorMonths = profile.requestedTenorMonths?.value ?? null;
  const cap = row.tenorCapMonths;
  const recommendedTenorMonths =
    requestedTenorMonths === null
      ? null
      : cap === null
        ? requestedTenorMonths
        : Decimal.min(requestedTenorMonths, cap);
  const sources: CellRef[] = [
    profile.baseRating?.at,
    profile.requestedLimit?.at,
    profile.currency?.at,
    profile.requestedTenorMonths?.at,
  ].filter((c) => c !== undefined);
  return {
    grade,
    meaning: msg(`grade.${grade}`),
    notches: row.notches,
    baseRating,
    adjustedRating,
    limitMultiplier: row.limitMultiplier,
    currency,
    requestedLimit,
    roundingUnit,
    recommendedLimit,
    declined,
    tenorCapMonths: cap,
    requestedTenorMonths,
    recommendedTenorMonths,
    enhancedCovenants: row.enhancedCovenants,
    sources,
  };
}
