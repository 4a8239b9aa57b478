import { msg } from "../../../core";
import type { Quantity } from "../quantity";
import { enumItem, note, yesItem, type FactorFormulaBuilder } from "./common";

/**
 * F6: the five items (blank counting as no), independent verification (audit committee, or an
 * external audit with an unqualified opinion), and points: 0 for an adverse or disclaimer opinion,
 * otherwise the sum of the items' points.
 * @example f6Formulas(ctx, factor).points(resolve) // "IF(OR(B112=…adverse…,…),0,IF(B113,…,0)+…)"
 */
export const f6Formulas: FactorFormulaBuilder = (ctx) => {
  const t = ctx.t;
  const opinions = ctx.model.lookups.auditOpinion;
  const profile = ctx.inputs.profile;
  const verified =
    profile.auditCommittee?.value === true ||
    (profile.externalAudit?.value === true && profile.auditOpinion?.value === "unqualified");
  const quantities: Quantity[] = [
    yesItem(ctx, "F6.auditCommittee", "auditCommittee", t(msg("item.auditCommittee"))),
    yesItem(ctx, "F6.externalAudit", "externalAudit", t(msg("item.externalAudit"))),
    enumItem(ctx, "F6.opinion", "auditOpinion", "auditOpinion", t(msg("measure.auditOpinion"))),
    {
      id: "F6.verified",
      label: t(msg("measure.independentVerification")),
      value: verified,
      formula: (q) =>
        `OR(${q("F6.auditCommittee")},AND(${q("F6.externalAudit")},${q("F6.opinion")}=${opinions.label["unqualified"]}))`,
      note: note.derived(ctx),
    },
    yesItem(ctx, "F6.payLinked", "payLinkedToPerformance", t(msg("measure.payLinked"))),
    yesItem(ctx, "F6.equity", "equityIncentive", t(msg("measure.equityIncentive"))),
  ];
  const p = (path: string) => ctx.param(`f6.${path}`);
  return {
    quantities,
    covered: ["independentVerification", "auditOpinion", "payLinked", "equityIncentive"],
    points: (q) => {
      const op = q("F6.opinion");
      const adverse = `OR(${op}=${opinions.label["adverse"]},${op}=${opinions.label["disclaimer"]})`;
      const sum =
        `IF(${q("F6.verified")},${p("independentVerificationPoints")},0)+` +
        `IF(${q("F6.payLinked")},${p("payLinkedPoints")},0)+` +
        `IF(${q("F6.equity")},${p("equityIncentivePoints")},0)`;
      return `IF(${adverse},0,${sum})`;
    },
  };
};
