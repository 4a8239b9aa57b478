import { formatAmount, type CreditAdjustment } from "../../core";
import { percentText } from "../format";
import { useTranslation } from "../i18n";
import { Figures } from "./Figures";

/** Base → adjusted rating, requested → recommended limit and tenor, covenants. */
export function AdjustmentFigures({ adjustment: a }: { readonly adjustment: CreditAdjustment }) {
  const { t, tk } = useTranslation();
  const notRequested = tk("tp.adjustment.notRequested");
  const rating =
    a.baseRating === null || a.adjustedRating === null
      ? tk("tp.adjustment.noBaseRating")
      : tk("tp.adjustment.rating", {
          base: a.baseRating,
          adjusted: a.adjustedRating,
          notches: a.notches.toString(),
        });
  const limit =
    a.requestedLimit === null || a.recommendedLimit === null
      ? notRequested
      : tk("tp.adjustment.limit", {
          requested: formatAmount(a.requestedLimit),
          recommended: formatAmount(a.recommendedLimit),
          currency: a.currency,
        });
  const tenor =
    a.requestedTenorMonths === null || a.recommendedTenorMonths === null
      ? notRequested
      : tk("tp.adjustment.tenor", {
          requested: a.requestedTenorMonths.toString(),
          recommended: a.recommendedTenorMonths.toString(),
        });
  return (
    <Figures
      figures={[
        { term: tk("sc.label.meaning"), value: t(a.meaning) },
        { term: tk("sc.label.adjustedRating"), value: rating },
        { term: tk("sc.label.recommendedLimit"), value: limit },
        { term: tk("sc.label.multiplier"), value: percentText(a.limitMultiplier) },
        { term: tk("sc.label.recommendedTenor"), value: tenor },
        {
          term: tk("sc.label.tenorCap"),
          value:
            a.tenorCapMonths === null ? tk("adjustment.noTenorCap") : a.tenorCapMonths.toString(),
        },
        {
          term: tk("sc.label.enhancedCovenants"),
          value: tk(a.enhancedCovenants ? "value.yes" : "value.no"),
        },
      ]}
    />
  );
}
