import { msg, type FactorResult, type GenericFormula, type MessageKey } from "../../../core";
import type { ScorecardContext } from "../context";
import { byLabel } from "../formula";
import type { Quantity } from "../quantity";
import { enumItem, percentItem, yesItem, type FactorFormulas } from "./common";

/**
 * The formula twins of the generic factor kinds, built from the same declaration the engine scores
 * with (`factor.formula`): a factor of a known kind needs no twin of its own.
 */

function itemLabel(ctx: ScorecardContext, item: string): string {
  return ctx.t(msg(`item.${item}` as MessageKey));
}

/**
 * Lookup by category: the item as its label, points looked up by that label.
 * @example lookupTwin(ctx, f3, formula).points(resolve) // "INDEX(…points…,MATCH(B84,…labels…,0))"
 */
function lookupTwin(
  ctx: ScorecardContext,
  factor: FactorResult,
  formula: Extract<GenericFormula, { kind: "lookup" }>
): FactorFormulas {
  const id = `${factor.id}.${formula.item}`;
  const lookup = ctx.model.lookups[formula.enumName];
  const measureId = factor.measures[0]?.id ?? formula.item;
  return {
    quantities: [enumItem(ctx, id, formula.item, formula.enumName, ctx.t(measureLabel(factor)))],
    covered: [measureId],
    points: (q) => byLabel(q(id), lookup, lookup.points ?? ""),
  };
}

function measureLabel(factor: FactorResult) {
  return factor.measures[0]?.label ?? msg("sc.header.value");
}

/**
 * Banded percentage: the item as a fraction, points of the first band whose bound it does not
 * exceed (bounds and points on the model sheet).
 * @example bandedTwin(ctx, f7, formula).points(q) // "IF(B90<=…upTo1…,…points1…,IF(…,…,…points3…))"
 */
function bandedTwin(
  ctx: ScorecardContext,
  factor: FactorResult,
  formula: Extract<GenericFormula, { kind: "banded" }>
): FactorFormulas {
  const id = `${factor.id}.${formula.item}`;
  const value = percentItem(ctx, id, formula.item, ctx.t(measureLabel(factor)));
  return {
    quantities: [value],
    covered: [factor.measures[0]?.id ?? formula.item],
    points: (q) => {
      const last = formula.pointsPaths[formula.pointsPaths.length - 1] ?? "";
      return formula.boundPaths.reduceRight(
        (otherwise, bound, i) =>
          `IF(${q(id)}<=${ctx.param(bound)},${ctx.param(formula.pointsPaths[i] ?? "")},${otherwise})`,
        ctx.param(last)
      );
    },
  };
}

/**
 * Yes/no checklist: each item TRUE/FALSE (blank counts as no), points = the sum of the yes items'
 * points, at most 100.
 * @example checklistTwin(ctx, f8, formula).points(q) // "MIN(100,IF(B95,…,0)+IF(B96,…,0))"
 */
function checklistTwin(
  ctx: ScorecardContext,
  factor: FactorResult,
  formula: Extract<GenericFormula, { kind: "checklist" }>
): FactorFormulas {
  const quantities: Quantity[] = formula.items.map(({ item }) =>
    yesItem(ctx, `${factor.id}.${item}`, item, itemLabel(ctx, item))
  );
  return {
    quantities,
    covered: formula.items.map(({ item }) => item),
    points: (q) =>
      `MIN(100,${formula.items
        .map(
          ({ item, pointsPath }) => `IF(${q(`${factor.id}.${item}`)},${ctx.param(pointsPath)},0)`
        )
        .join("+")})`,
  };
}

/**
 * The twin of a factor of a generic kind.
 * @example genericTwin(ctx, factor, { kind: "lookup", item: "gmAppointment", … })
 */
export function genericTwin(
  ctx: ScorecardContext,
  factor: FactorResult,
  formula: GenericFormula
): FactorFormulas {
  switch (formula.kind) {
    case "lookup":
      return lookupTwin(ctx, factor, formula);
    case "banded":
      return bandedTwin(ctx, factor, formula);
    case "checklist":
      return checklistTwin(ctx, factor, formula);
  }
}
