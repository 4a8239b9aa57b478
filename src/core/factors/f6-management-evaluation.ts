import { HUNDRED, ZERO } from "../decimal";
import { msg } from "../i18n/messages";
import { item, VALUE } from "../inputs/schema";
import type { ProfileInputs } from "../inputs/types";
import { group, points } from "../params/spec";
import type { Gap } from "../result";
import { defineFactor } from "./define";
import type { FactorOutcome } from "./types";
import { blankCountedAsGap, enumLabel, itemMeasure, measure, yesNo } from "./helpers";

const F6_ITEMS = [
  "auditCommittee",
  "externalAudit",
  "auditOpinion",
  "payLinkedToPerformance",
  "equityIncentive",
] as const;

/** An adverse or disclaimer opinion zeroes F6 and is a knock-out. */
export function isAdverseOpinion(profile: ProfileInputs): boolean {
  const opinion = profile.auditOpinion?.value ?? null;
  return opinion === "adverse" || opinion === "disclaimer";
}

/**
 * F6 Management evaluation and incentives (weight 10): is performance verified independently
 * (audit committee, or an external audit with an unqualified opinion), is pay tied to verified
 * performance, is there an equity incentive. A blank item counts as no.
 */
export const f6ManagementEvaluation = defineFactor({
  id: "F6",
  section: "f6",
  name: "factor.F6.name",
  weight: "10",
  parameters: group(
    {
      independentVerificationPoints: points("50"),
      payLinkedPoints: points("25"),
      equityIncentivePoints: points("25"),
    },
    [
      (v, c, path) => {
        const sum = v.independentVerificationPoints
          .plus(v.payLinkedPoints)
          .plus(v.equityIncentivePoints);
        if (sum.gt(HUNDRED))
          c.report(path, msg("param.f6PointsSum", { sum: sum.toString() }), "param.f6PointsSum");
      },
    ]
  ),
  items: [
    item("auditCommittee", ["Audit committee", "审计委员会"], VALUE.yesNo),
    item("externalAudit", ["External audit", "外部审计"], VALUE.yesNo),
    item("auditOpinion", ["Audit opinion", "审计意见"], VALUE.enumOf("auditOpinion")),
    item(
      "payLinkedToPerformance",
      ["Pay linked to performance", "薪酬与业绩考核挂钩"],
      VALUE.yesNo
    ),
    item("equityIncentive", ["Equity incentive", "股权激励"], VALUE.yesNo),
  ],
  score({ inputs }, p): FactorOutcome {
    const profile = inputs.profile;
    const sources = F6_ITEMS.flatMap((item) => (profile[item]?.at ? [profile[item].at] : []));
    const blank = F6_ITEMS.filter((item) => (profile[item]?.value ?? null) === null);
    if (blank.length === F6_ITEMS.length) {
      return {
        status: "missing",
        gaps: F6_ITEMS.map((item) =>
          blankCountedAsGap("F6", item, msg("value.no"), profile[item]?.at)
        ),
        sources,
      };
    }
    const opinionMeasure = itemMeasure(
      "auditOpinion",
      "measure.auditOpinion",
      profile.auditOpinion,
      (v) => ({ kind: "label", value: enumLabel("auditOpinion", v) })
    );
    if (isAdverseOpinion(profile)) {
      const opinion = profile.auditOpinion?.value ?? "adverse";
      const at = profile.auditOpinion?.at ? [profile.auditOpinion.at] : [];
      return {
        status: "scored",
        points: ZERO,
        ruleId: "F6.adverseOpinion",
        rule: msg("rule.F6.adverseOpinion", { opinion: enumLabel("auditOpinion", opinion) }),
        notes: [],
        measures: [opinionMeasure],
        sources,
        gaps: [],
        flags: [{ id: "adverseAuditOpinion", title: msg("flag.adverseAuditOpinion"), sources: at }],
      };
    }
    const yes = (item: (typeof F6_ITEMS)[number]) => profile[item]?.value === true;
    const verified =
      yes("auditCommittee") ||
      (yes("externalAudit") && profile.auditOpinion?.value === "unqualified");
    const payLinked = yes("payLinkedToPerformance");
    const equity = yes("equityIncentive");
    const points = ZERO.plus(verified ? p.independentVerificationPoints : 0)
      .plus(payLinked ? p.payLinkedPoints : 0)
      .plus(equity ? p.equityIncentivePoints : 0);
    const gaps: Gap[] = blank.map((item) =>
      blankCountedAsGap("F6", item, msg("value.no"), profile[item]?.at)
    );
    const verificationCells = [
      profile.auditCommittee?.at,
      profile.externalAudit?.at,
      profile.auditOpinion?.at,
    ].filter((c) => c !== undefined);
    const answer = (value: boolean) => msg(value ? "value.yes" : "value.no");
    return {
      status: "scored",
      points,
      ruleId: "F6.items",
      rule: msg("rule.F6.items", {
        verification: answer(verified),
        pay: answer(payLinked),
        equity: answer(equity),
      }),
      notes: [],
      measures: [
        measure(
          "independentVerification",
          "measure.independentVerification",
          yesNo(verified),
          verificationCells
        ),
        opinionMeasure,
        itemMeasure("payLinked", "measure.payLinked", profile.payLinkedToPerformance, yesNo),
        itemMeasure("equityIncentive", "measure.equityIncentive", profile.equityIncentive, yesNo),
      ],
      sources,
      gaps,
      flags: [],
    };
  },
});
