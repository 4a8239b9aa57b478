import { Decimal, formatAmount } from "./decimal";
import { formatMessage, msg, type Language } from "./i18n/messages";

/** How an amount is shown: in currency units (元), or in ten thousands (万元) on a summary. */
export type AmountUnit = "unit" | "tenThousand";

const TEN_THOUSAND = new Decimal(10_000);

/**
 * An amount with its currency, grouped, in a language: 元 by default, 万元 when asked (a
 * committee summary). In 万元 the amount keeps up to four decimals, so nothing is rounded away.
 * @example formatMoney(dec("25000000"), "CNY", "zh-CN") // "25,000,000 元"
 * @example formatMoney(dec("25000000"), "CNY", "zh-CN", "tenThousand") // "2,500 万元"
 * @example formatMoney(dec("25000000"), "CNY", "en-US") // "CNY 25,000,000"
 */
export function formatMoney(
  amount: Decimal,
  currency: string,
  language: Language,
  unit: AmountUnit = "unit"
): string {
  const cny = currency === "CNY";
  if (unit === "unit")
    return formatMessage(
      msg(cny ? "money.cny" : "money.other", { amount: formatAmount(amount), currency }),
      language
    );
  const scaled = amount.div(TEN_THOUSAND);
  const decimals = Math.min(4, scaled.decimalPlaces());
  return formatMessage(
    msg(cny ? "money.cny.tenThousand" : "money.other.tenThousand", {
      amount: formatAmount(scaled, decimals),
      currency,
    }),
    language
  );
}
