import { clampPoints } from "../decimal";
import { msg, type MessageRef } from "../i18n/messages";
import { CONDITIONS, isSubsidiary, type Condition } from "../inputs/enums";
import type { ProfileKey } from "../inputs/types";
import type { CellRef } from "../issues";
import type { ModelParameters } from "../params/types";
import type { Gap, Measure } from "../result";
import type { FactorContext } from "./types";
import { blankCountedAsGap, blankGap, enumLabel, itemMeasure, measure, percent } from "./helpers";
import type { FactorDefinition, FlagOutcome } from "./types";

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
      gaps.push(
        blankCountedAsGap("F5", item as ProfileKey, enumLabel("condition", countedAs), input?.at)
      );
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
export const f5GroupPosition: FactorDefinition = {
  id: "F5",
  name: "factor.F5.name",
  score(context) {
    const { inputs, params } = context;
    const positionInput = inputs.profile.groupPosition;
    const position = positionInput?.value ?? null;
    if (position === null) {
      return {
        status: "missing",
        gaps: [blankGap("F5", "groupPosition", positionInput?.at)],
        sources: positionInput?.at ? [positionInput.at] : [],
      };
    }
    const p = params.f5;
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
};
