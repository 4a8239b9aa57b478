import type { FactorId, FactorResult } from "../../../core";
import type { ScorecardContext } from "../context";
import { measureQuantity } from "../quantity";
import type { FactorFormulaBuilder, FactorFormulas } from "./common";
import { f1Formulas } from "./f1";
import { f2Formulas } from "./f2";
import { f3Formulas } from "./f3";
import { f4Formulas } from "./f4";
import { f5Formulas } from "./f5";
import { f6Formulas } from "./f6";

const BUILDERS: Readonly<Record<FactorId, FactorFormulaBuilder>> = {
  F1: f1Formulas,
  F2: f2Formulas,
  F3: f3Formulas,
  F4: f4Formulas,
  F5: f5Formulas,
  F6: f6Formulas,
};

/**
 * A factor's figures and points formula. A factor the engine scored as missing shows no figures;
 * its points are the missing-data policy's, looked up on the model sheet. Engine measures no
 * figure reproduces are listed after the figures, as the engine gave them.
 * @example
 * factorFormulas(ctx, missingF4).points(resolve)
 * // "INDEX(…missing points…,MATCH(…policy…,…,0))"
 */
export function factorFormulas(ctx: ScorecardContext, factor: FactorResult): FactorFormulas {
  if (factor.status === "missing") {
    const policy = ctx.model.lookups.missingDataPolicy;
    return {
      quantities: [],
      covered: [],
      points: () =>
        `INDEX(${policy.points ?? ""},MATCH(${ctx.param("missingData.policy")},${policy.keys},0))`,
    };
  }
  const built = BUILDERS[factor.id](ctx, factor);
  const extra = factor.measures
    .filter((m) => !built.covered.includes(m.id))
    .map((m) => measureQuantity(ctx, factor.id, m));
  return { ...built, quantities: [...built.quantities, ...extra] };
}

export type { FactorFormulas } from "./common";
