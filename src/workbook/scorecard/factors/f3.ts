import { msg } from "../../../core";
import { byLabel } from "../formula";
import { enumItem, type FactorFormulaBuilder } from "./common";

/**
 * F3: the GM appointment as its label, and the points looked up by that label.
 * @example f3Formulas(ctx, factor).points(resolve) // "INDEX(…,MATCH(B84,…,0))"
 */
export const f3Formulas: FactorFormulaBuilder = (ctx) => {
  const lookup = ctx.model.lookups.gmAppointment;
  return {
    quantities: [
      enumItem(
        ctx,
        "F3.appointment",
        "gmAppointment",
        "gmAppointment",
        ctx.t(msg("measure.gmAppointment"))
      ),
    ],
    covered: ["gmAppointment"],
    points: (q) => byLabel(q("F3.appointment"), lookup, lookup.points ?? ""),
  };
};
