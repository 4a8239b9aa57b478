import {
  CONDITIONS,
  isSubsidiary,
  ModelInvariantError,
  msg,
  type Condition,
  type ProfileKey,
} from "../../../core";
import { effectiveConditions } from "../../../core/factors/f5-group-position";
import { displayRef } from "../../model-sheet";
import { profileRef, type ScorecardContext } from "../context";
import { byLabel, enumRow } from "../formula";
import type { Quantity } from "../quantity";
import { enumItem, note, percentItem, type FactorFormulaBuilder } from "./common";

const CONDITION_ITEMS = ["parentGovernance", "parentCondition", "siblingsCondition"] as const;

/**
 * F5: the group position; for a subsidiary the three group conditions (a blank one read as the
 * missing-data policy says) and the worst of them; the related-party receivables ratio; points =
 * position or worst-condition points, minus the receivables penalty, floored at 0.
 * @example
 * f5Formulas(ctx, factor).points(resolve)
 * // "MAX(0,INDEX(…,MATCH(B103,…,0))-IF(AND(ISNUMBER(B104),…),…,0))"
 */
export const f5Formulas: FactorFormulaBuilder = (ctx) => {
  const position = ctx.inputs.profile.groupPosition?.value ?? null;
  if (position === null) throw new ModelInvariantError("F5 scored without a position");
  const subsidiary = isSubsidiary(position);
  const conditions = ctx.model.lookups.condition;
  const positions = ctx.model.lookups.groupPosition;
  const quantities: Quantity[] = [
    enumItem(
      ctx,
      "F5.position",
      "groupPosition",
      "groupPosition",
      ctx.t(msg("measure.groupPosition"))
    ),
  ];
  if (subsidiary) {
    const effective = effectiveConditions({
      inputs: ctx.inputs,
      params: ctx.params,
      ownership: ctx.ownership,
      board: ctx.board,
    }).conditions;
    for (const item of CONDITION_ITEMS)
      quantities.push(
        conditionQuantity(ctx, item, ctx.t(msg(`enum.condition.${effective[item]}`)))
      );
    const present = Object.values(effective);
    const worst = CONDITIONS.reduce<Condition>((a, b) => (present.includes(b) ? b : a), "good");
    quantities.push({
      id: "F5.worst",
      label: ctx.t(msg("measure.worstCondition")),
      value: ctx.t(msg(`enum.condition.${worst}`)),
      formula: (q) =>
        `INDEX(${conditions.labels},MAX(${CONDITION_ITEMS.map((i) => `MATCH(${q(`F5.${i}`)},${conditions.labels},0)`).join(",")}))`,
      note: note.derived(ctx),
    });
  }
  quantities.push(
    percentItem(
      ctx,
      "F5.ratio",
      "relatedReceivablesRatio",
      ctx.t(msg("measure.relatedReceivables"))
    )
  );
  const p = (path: string) => ctx.param(`f5.${path}`);
  return {
    quantities,
    covered: ["groupPosition", "worstCondition", "relatedReceivables"],
    points: (q) => {
      const base = subsidiary
        ? byLabel(q("F5.worst"), conditions, conditions.points ?? "")
        : byLabel(q("F5.position"), positions, positions.points ?? "");
      const ratio = q("F5.ratio");
      const penalty = `IF(AND(ISNUMBER(${ratio}),${ratio}>${p("relatedReceivablesAbove")}),${p("relatedReceivablesPenalty")},0)`;
      return `MAX(0,${base}-${penalty})`;
    },
  };
};

/** A group condition as its label; a blank one reads as poor (conservative) or fair (neutral). */
function conditionQuantity(ctx: ScorecardContext, item: ProfileKey, value: string): Quantity {
  const conditions = ctx.model.lookups.condition;
  const blankReading = `IF(${ctx.param("missingData.policy")}="conservative",${conditions.label["poor"]},${conditions.label["fair"]})`;
  const ref = profileRef(ctx, item);
  const label = ctx.t(msg(`item.${item}`));
  const id = `F5.${item}`;
  const input = ctx.inputs.profile[item];
  const at = input?.at === undefined ? "" : displayRef(input.at.sheet, input.at.cell);
  if (ref.kind === "engine") return { id, label, value, note: note.notSafe(ctx, at) };
  if (ref.kind === "absent")
    return {
      id,
      label,
      value,
      formula: () => blankReading,
      note: ctx.t(msg("sc.note.blankCondition", { source: note.notInProfile(ctx) })),
    };
  return {
    id,
    label,
    value,
    formula: () =>
      `IF(ISBLANK(${ref.ref}),${blankReading},INDEX(${conditions.labels},${enumRow(`TRIM(${ref.ref})`, conditions)}))`,
    note: ctx.t(msg("sc.note.blankCondition", { source: at })),
  };
}
