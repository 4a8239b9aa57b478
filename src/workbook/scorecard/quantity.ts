import type { Measure } from "../../core";
import type { PlannedValue } from "../plan";
import type { ScorecardContext } from "./context";
import { sourcesText } from "./context";

/** Resolves a quantity id to its cell on the scorecard ("B63"). */
export type Resolve = (id: string) => string;

/**
 * A figure the scorecard shows on its own row: a formula over input and model cells (and other
 * quantities), or the engine's value where a formula cannot express it; either way `value` is
 * the engine's figure, so a formula's cached result is what the engine computed.
 */
export interface Quantity {
  readonly id: string;
  readonly label: string;
  readonly value: PlannedValue;
  readonly formula?: (resolve: Resolve) => string;
  readonly numberFormat?: string;
  /** The source range, or why and from where the engine computed it. */
  readonly note: string;
}

export const PERCENT = "0.00%";

/**
 * An engine measure shown as it is (value and sources), for measures no formula reproduces.
 * @example measureQuantity(ctx, "F1", concertMembers).value // "张氏家族甲, 张氏控股"
 */
export function measureQuantity(ctx: ScorecardContext, factor: string, m: Measure): Quantity {
  const base = {
    id: `${factor}.measure.${m.id}`,
    label: ctx.t(m.label),
    note: sourcesText(m.sources),
  };
  const v = m.value;
  switch (v.kind) {
    case "percent":
      return { ...base, value: v.value.toNumber(), numberFormat: PERCENT };
    case "count":
      return { ...base, value: v.value.toNumber() };
    case "ratio":
      return { ...base, value: `${v.numerator.toString()}/${v.denominator.toString()}` };
    case "yesNo":
      return { ...base, value: v.value };
    case "text":
      return { ...base, value: v.value };
    case "label":
      return { ...base, value: ctx.t(v.value) };
    case "blank":
      return { ...base, value: null };
  }
}
