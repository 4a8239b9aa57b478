import {
  ModelInvariantError,
  type FACTORS,
  type FactorId,
  type FactorResult,
  type GenericFormula,
} from "../../../core";
import type { ScorecardContext } from "../context";
import { measureQuantity } from "../quantity";
import type { FactorFormulaBuilder, FactorFormulas } from "./common";
import { f1Formulas } from "./f1";
import { f2Formulas } from "./f2";
import { f4Formulas } from "./f4";
import { f5Formulas } from "./f5";
import { f6Formulas } from "./f6";
import { genericTwin } from "./generic";

/** The product's factors whose formula a generic kind builds (their declaration has `formula`). */
type GenericFactorId = Extract<
  (typeof FACTORS)[number],
  { readonly formula: GenericFormula }
>["id"];

/** Formula twins by factor id, for factors of no generic kind. */
export type FormulaTwins = Readonly<Record<string, FactorFormulaBuilder>>;

/**
 * One formula twin per custom factor of the product's model: adding a factor to the registry
 * without its twin (or a generic `formula`) does not compile.
 */
export const FORMULA_TWINS: Readonly<
  Record<Exclude<FactorId, GenericFactorId>, FactorFormulaBuilder>
> = {
  F1: f1Formulas,
  F2: f2Formulas,
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
  const built = twinOf(ctx, factor);
  const extra = factor.measures
    .filter((m) => !built.covered.includes(m.id))
    .map((m) => measureQuantity(ctx, factor.id, m));
  return { ...built, quantities: [...built.quantities, ...extra] };
}

function twinOf(ctx: ScorecardContext, factor: FactorResult): FactorFormulas {
  const definition = ctx.params.definition.factors.find((f) => f.id === factor.id);
  if (definition?.formula !== undefined) return genericTwin(ctx, factor, definition.formula);
  const twin = ctx.twins[factor.id] ?? (FORMULA_TWINS as FormulaTwins)[factor.id];
  if (twin === undefined) throw new ModelInvariantError(`factor ${factor.id} has no formula twin`);
  return twin(ctx, factor);
}

export type { FactorFormulas, FactorFormulaBuilder } from "./common";
