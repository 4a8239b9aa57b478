import { clampPoints } from "../decimal";
import { msg, type MessageRef } from "../i18n/messages";
import { CONDITIONS, isSubsidiary, type Condition, type GroupPosition } from "../inputs/enums";
import { item, VALUE } from "../inputs/schema";
import type { CellRef } from "../issues";
import { byKey, describe, group, points, share } from "../params/spec";
import type { ModelParameters } from "../params/types";
import type { Gap, Measure } from "../result";
import { defineFactor } from "./define";
import { blankCountedAsGap, blankGap, enumLabel, itemMeasure, measure, percent } from "./helpers";
import type { FactorContext, FactorOutcome, FlagOutcome } from "./types";

const NON_SUBSIDIARY_POINTS: Readonly<
  Record<Exclude<GroupPosition, "whollyOwned" | "controlled">, string>
> = { standalone: "100", parent: "90", associate: "85", contractual: "85" };
const CONDITION_POINTS: Readonly<Record<Condition, string>> = {
  good: "80",
  fair: "50",
  poor: "15",
};

const CONDITION_ITEMS = ["parentGovernance", "parentCondition", "siblingsCondition"] as const;

/** A blank parent or sibling condition counts as poor (conservative) or fair (neutral). */
export function blankConditionCountsAs(params: ModelParameters): Condition {
  return params.missingData.policy === "conservative" ? "poor" : "fair";
}

/** Each group-condition item, blanks replaced by the policy's reading, with the gaps that made. */
export function effectiveConditions({ inputs, params }: FactorContext): {
  conditions: Record<(typeof CONDITION_ITEMS)[number], Condition>;
  gaps: Gap[];
  cells: CellRef[];
} {
  const conditions = {} as Record<(typeof CONDITION_ITEMS)[number], Condition>;
  const gaps: Gap[] = [];
  const cells: CellRef[] = [];
  for (const item of CONDITION_ITEMS) {
    const input = inputs.profile[item];
    if (input?.at) cells.push(input.at);
    const value = input?.value ?? null;
    if (value === null) {
      const countedAs = blankConditionCountsAs(params);
      conditions[item] = countedAs;
      gaps.push(blankCountedAsGap("F5", item, enumLabel("condition", countedAs), input?.at));
    } else {
      conditions[item] = value;
    }
  }
  return { conditions, gaps, cells };
}

function worst(conditions: readonly Condition[]): Condition {
  return conditions.reduce(
    (a, b) => (CONDITIONS.indexOf(a) >= CONDITIONS.indexOf(b) ? a : b),
    "good"
  );
}

/**
 * F5 Group position (weight 15). A subsidiary scores by the worst of its parent's governance, its
 * parent's condition and the other members' condition; related-party receivables above 10% of
 * total assets suggest tunnelling and cost points whatever the position.
 */
export const f5GroupPosition = defineFactor({
  id: "F5",
  section: "f5",
  name: "factor.F5.name",
  weight: "15",
  parameters: group({
    positionPoints: byKey(
      Object.keys(NON_SUBSIDIARY_POINTS) as (keyof typeof NON_SUBSIDIARY_POINTS)[],
      (position) =>
        points(NON_SUBSIDIARY_POINTS[position], {
          description: describe("ms.param.f5.positionPoints", {
            position: msg(`enum.groupPosition.${position}`),
          }),
        }),
      { pointsOf: "groupPosition" }
    ),
    subsidiaryConditionPoints: byKey(
      CONDITIONS,
      (condition) =>
        points(CONDITION_POINTS[condition], {
          description: describe("ms.param.f5.subsidiaryConditionPoints", {
            condition: msg(`enum.condition.${condition}`),
          }),
        }),
      { pointsOf: "condition" }
    ),
    relatedReceivablesAbove: share("0.10"),
    relatedReceivablesPenalty: points("30"),
  }),
  items: [
    item("groupPosition", ["Group position", "集团地位"], VALUE.enumOf("groupPosition")),
    item("parentGovernance", ["Parent governance", "母公司治理效率"], VALUE.enumOf("condition")),
    item(
      "parentCondition",
      ["Parent condition", "Parent operating and financial condition", "母公司经营财务状况"],
      VALUE.enumOf("condition")
    ),
    item(
      "siblingsCondition",
      ["Siblings condition", "Other group members' condition", "集团其他成员财务状况"],
      VALUE.enumOf("condition")
    ),
    item(
      "relatedReceivablesRatio",
      ["Related-party receivables / total assets", "关联方应收款占总资产比例"],
      VALUE.percent
    ),
  ],
  score(context, p): FactorOutcome {
    const { inputs } = context;
    const positionInput = inputs.profile.groupPosition;
    const position = positionInput?.value ?? null;
    if (position === null) {
      return {
        status: "missing",
        gaps: [blankGap("F5", "groupPosition", positionInput?.at)],
        sources: positionInput?.at ? [positionInput.at] : [],
      };
    }
    const sources: CellRef[] = positionInput?.at ? [positionInput.at] : [];
    const measures: Measure[] = [
      itemMeasure("groupPosition", "measure.groupPosition", positionInput, (v) => ({
        kind: "label",
        value: enumLabel("groupPosition", v),
      })),
    ];
    const gaps: Gap[] = [];
    const flags: FlagOutcome[] = [];
    let points;
    let rule: MessageRef;
    let ruleId: string;
    if (isSubsidiary(position)) {
      const effective = effectiveConditions(context);
      const worstCondition = worst(Object.values(effective.conditions));
      points = p.subsidiaryConditionPoints[worstCondition];
      ruleId = `F5.subsidiary.${worstCondition}`;
      rule = msg("rule.F5.subsidiary", {
        position: enumLabel("groupPosition", position),
        worst: enumLabel("condition", worstCondition),
        points: points.toString(),
      });
      sources.push(...effective.cells);
      gaps.push(...effective.gaps);
      measures.push(
        measure(
          "worstCondition",
          "measure.worstCondition",
          { kind: "label", value: enumLabel("condition", worstCondition) },
          effective.cells
        )
      );
      flags.push({
        id: "groupSubsidiary",
        title: msg("flag.groupSubsidiary"),
        sources: [...sources],
      });
    } else {
      points = p.positionPoints[position];
      ruleId = `F5.${position}`;
      rule = msg("rule.F5.position", {
        position: enumLabel("groupPosition", position),
        points: points.toString(),
      });
    }

    const notes: MessageRef[] = [];
    const ratioInput = inputs.profile.relatedReceivablesRatio;
    const ratio = ratioInput?.value ?? null;
    measures.push(
      itemMeasure("relatedReceivables", "measure.relatedReceivables", ratioInput, (v) => ({
        kind: "percent",
        value: v,
      }))
    );
    if (ratioInput?.at) sources.push(ratioInput.at);
    if (ratio === null) {
      gaps.push(blankGap("F5", "relatedReceivablesRatio", ratioInput?.at));
    } else if (ratio.gt(p.relatedReceivablesAbove)) {
      points = clampPoints(points.minus(p.relatedReceivablesPenalty));
      notes.push(
        msg("rule.F5.relatedReceivables", {
          ratio: percent(ratio),
          above: percent(p.relatedReceivablesAbove),
          penalty: p.relatedReceivablesPenalty.toString(),
        })
      );
      flags.push({
        id: "tunnelling",
        title: msg("flag.tunnelling", { above: percent(p.relatedReceivablesAbove) }),
        sources: ratioInput?.at ? [ratioInput.at] : [],
      });
    }
    return { status: "scored", points, ruleId, rule, notes, measures, sources, gaps, flags };
  },
});
