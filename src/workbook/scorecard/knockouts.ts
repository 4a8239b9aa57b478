import type { KnockoutId } from "../../core";
import type { ScorecardContext } from "./context";
import type { Resolve } from "./quantity";

/**
 * A knock-out's formula twin: whether it applies, as a formula over the factors' figures on the
 * scorecard and the model sheet; null when a figure it needs is not on the scorecard (the engine's
 * verdict is written instead).
 */
export type KnockoutTwin = (
  ctx: ScorecardContext,
  has: (id: string) => boolean,
  q: Resolve
) => string | null;

/** One twin per knock-out of the product's model: the compiler refuses a missing one. */
const KNOCKOUT_TWINS: Readonly<Record<KnockoutId, KnockoutTwin>> = {
  insiderConcentration(ctx, has, q) {
    if (!["F4.overlapping", "F4.directors", "F2.top3"].every(has)) return null;
    const param = ctx.param;
    const [k, n] = [q("F4.overlapping"), q("F4.directors")];
    const insider = `NOT(${k}*${param("f4.midOverlapMax.denominator")}<=${param("f4.midOverlapMax.numerator")}*${n})`;
    return `AND(${insider},${q("F2.top3")}>${param("f2.concentratedAbove")})`;
  },
  ownershipUnclear(ctx, has, q) {
    if (!["F2.stakeSum", "F2.otherStake"].every(has)) return null;
    const param = ctx.param;
    const sum = q("F2.stakeSum");
    return `OR(${sum}<${param("knockouts.stakeSumMin")},${sum}>${param("knockouts.stakeSumMax")},${q("F2.otherStake")}>${param("knockouts.otherTypeMax")})`;
  },
  adverseAudit(ctx, has, q) {
    if (!has("F6.opinion")) return null;
    const op = q("F6.opinion");
    const o = ctx.model.lookups.auditOpinion.label;
    return `OR(${op}=${o["adverse"]},${op}=${o["disclaimer"]})`;
  },
  subsidiaryTunnelling(ctx, has, q) {
    if (!["F5.position", "F5.parentGovernance", "F5.parentCondition", "F5.ratio"].every(has))
      return null;
    const [pos, ratio] = [q("F5.position"), q("F5.ratio")];
    const g = ctx.model.lookups.groupPosition.label;
    const poor = ctx.model.lookups.condition.label["poor"];
    return (
      `AND(OR(${pos}=${g["whollyOwned"]},${pos}=${g["controlled"]}),ISNUMBER(${ratio}),` +
      `${ratio}>${ctx.param("f5.relatedReceivablesAbove")},` +
      `OR(${q("F5.parentGovernance")}=${poor},${q("F5.parentCondition")}=${poor}))`
    );
  },
};

/**
 * The "applies" formula of a knock-out, or null (then the engine's verdict is written as a value).
 * @example knockoutApplies(ctx, "adverseAudit", has, q) // "OR(B112=…,B112=…)"
 */
export function knockoutApplies(
  ctx: ScorecardContext,
  id: string,
  has: (id: string) => boolean,
  q: Resolve
): string | null {
  const twin = (KNOCKOUT_TWINS as Readonly<Record<string, KnockoutTwin | undefined>>)[id];
  return twin === undefined ? null : twin(ctx, has, q);
}
