import { overlapRatio } from "./board";
import { formatPercent } from "./decimal";
import { effectiveConditions } from "./factors/f5-group-position";
import { isAdverseOpinion } from "./factors/f6-management-evaluation";
import { ratioAtMost } from "./factors/f4-board-overlap";
import { enumLabel } from "./factors/helpers";
import type { FactorContext } from "./factors/types";
import { msg, type MessageRef } from "./i18n/messages";
import { GRADES, isSubsidiary, type Grade } from "./inputs/enums";
import type { CellRef } from "./issues";
import {
  choice,
  group,
  share,
  type GroupCheck,
  type GroupSpec,
  type GroupValue,
  type LeafSpec,
  type SpecChildren,
} from "./params/spec";
import type { CreditOutcome, KnockoutApplied } from "./result";

/** What a knock-out found: why it applies and where from (its cap is its parameter). */
export interface KnockoutFinding {
  readonly message: MessageRef;
  readonly sources: readonly CellRef[];
}

/**
 * A knock-out (governance-model.md §3): a condition that caps the grade whatever the score. Its
 * parameters join the model sheet's `knockouts.*` group: the cap `knockouts.<id>Cap` first, then
 * its own thresholds.
 */
export interface KnockoutDefinition<
  Id extends string = string,
  P extends SpecChildren = SpecChildren,
> {
  readonly id: Id;
  readonly parameters: GroupSpec<P>;
  evaluate(context: FactorContext, cap: Grade): KnockoutFinding | null;
}

/**
 * What a knock-out does to the credit decision besides capping the grade: only cap it (model 1's
 * behaviour), refer the case to a higher authority (提交上级审批), or decline it (不予授信:
 * recommended limit 0). Every knock-out caps the grade whatever its outcome.
 */
export const KNOCKOUT_OUTCOMES = ["cap", "refer", "decline"] as const;
export type KnockoutOutcome = (typeof KNOCKOUT_OUTCOMES)[number];

/** The model schema version that introduced the knock-out outcomes. */
const OUTCOMES_SINCE = 2;

type CapParameter<Id extends string> = Record<`${Id}Cap`, LeafSpec<Grade>> &
  Record<`${Id}Outcome`, LeafSpec<KnockoutOutcome>>;

/**
 * A knock-out for the registry, from one declaration: its id, default cap, default outcome,
 * thresholds and test. The outcome parameter (`knockouts.<id>Outcome`, schema 2) migrates older
 * parameter sets to "cap", which reproduces their results.
 * @example defineKnockout({ id: "adverseAudit", cap: "D", outcome: "decline", parameters: {}, evaluate: (ctx, p, cap) => … })
 */
export function defineKnockout<Id extends string, P extends SpecChildren>(declaration: {
  readonly id: Id;
  readonly cap: Grade;
  /** The default outcome (model 2 on); "cap" is model 1's behaviour. */
  readonly outcome: KnockoutOutcome;
  readonly parameters: P;
  /** Consistency rules over the thresholds (paths are under `knockouts`). */
  readonly checks?: readonly GroupCheck<GroupValue<P>>[];
  evaluate(context: FactorContext, parameters: GroupValue<P>, cap: Grade): KnockoutFinding | null;
}): KnockoutDefinition<Id, CapParameter<Id> & P> {
  const { id } = declaration;
  const capLeaf = {
    [`${id}Cap`]: choice("grade", GRADES, declaration.cap),
    [`${id}Outcome`]: choice("policy", KNOCKOUT_OUTCOMES, declaration.outcome, {
      since: OUTCOMES_SINCE,
      migrated: "cap",
    }),
  } as CapParameter<Id>;
  return {
    id,
    parameters: group(
      { ...capLeaf, ...declaration.parameters },
      declaration.checks as readonly GroupCheck<GroupValue<CapParameter<Id> & P>>[] | undefined
    ),
    evaluate(context, cap) {
      const own = context.params.knockouts as unknown as GroupValue<P>;
      return declaration.evaluate(context, own, cap);
    },
  };
}

const registerCells = ({ inputs }: FactorContext): CellRef[] =>
  inputs.shareholders?.at ? [inputs.shareholders.at] : [];

/** Insider control (overlap above one half) together with top-3 above 80%. */
export const insiderConcentration = defineKnockout({
  id: "insiderConcentration",
  cap: "C",
  outcome: "refer",
  parameters: {},
  evaluate(context, _p, cap) {
    const { inputs, params, ownership, board } = context;
    const insiderControl =
      board !== null &&
      board.directors > 0 &&
      !ratioAtMost(overlapRatio(board), params.f4.midOverlapMax);
    const concentrated = ownership !== null && ownership.top3.gt(params.f2.concentratedAbove);
    if (!insiderControl || !concentrated) return null;
    return {
      message: msg("knockout.insiderConcentration", {
        above: formatPercent(params.f2.concentratedAbove),
        cap,
      }),
      sources: [...(inputs.board?.at ? [inputs.board.at] : []), ...registerCells(context)],
    };
  },
});

/** Stakes that do not add up, holders of type "other" above 20%, or no register at all. */
export const ownershipUnclear = defineKnockout({
  id: "ownershipUnclear",
  cap: "C",
  outcome: "refer",
  parameters: {
    stakeSumMin: share("0.95"),
    stakeSumMax: share("1.005", { min: "1", max: "2" }),
    otherTypeMax: share("0.20"),
  },
  checks: [
    (v, c, path) =>
      c.ordered(
        `${path}.stakeSumMin`,
        v.stakeSumMin,
        "atMost",
        `${path}.stakeSumMax`,
        v.stakeSumMax
      ),
  ],
  evaluate(context, p, cap) {
    const { ownership } = context;
    const sources = registerCells(context);
    // Prudent reading: an absent or empty register leaves ownership unclear too.
    if (ownership === null || ownership.principal === null)
      return { message: msg("knockout.ownershipUnclear.noRegister", { cap }), sources };
    if (ownership.stakeSum.lt(p.stakeSumMin) || ownership.stakeSum.gt(p.stakeSumMax))
      return {
        message: msg("knockout.ownershipUnclear.stakeSum", {
          sum: formatPercent(ownership.stakeSum),
          min: formatPercent(p.stakeSumMin),
          max: formatPercent(p.stakeSumMax, 1),
          cap,
        }),
        sources,
      };
    if (ownership.otherTypeStake.gt(p.otherTypeMax))
      return {
        message: msg("knockout.ownershipUnclear.other", {
          other: formatPercent(ownership.otherTypeStake),
          max: formatPercent(p.otherTypeMax),
          cap,
        }),
        sources,
      };
    return null;
  },
});

/** An adverse or disclaimer audit opinion. */
export const adverseAudit = defineKnockout({
  id: "adverseAudit",
  cap: "D",
  outcome: "decline",
  parameters: {},
  evaluate({ inputs }, _p, cap) {
    if (!isAdverseOpinion(inputs.profile)) return null;
    const opinion = inputs.profile.auditOpinion?.value ?? "adverse";
    return {
      message: msg("knockout.adverseAudit", { opinion: enumLabel("auditOpinion", opinion), cap }),
      sources: inputs.profile.auditOpinion?.at ? [inputs.profile.auditOpinion.at] : [],
    };
  },
});

/** A subsidiary with a poor parent and related-party receivables above the threshold. */
export const subsidiaryTunnelling = defineKnockout({
  id: "subsidiaryTunnelling",
  cap: "C",
  outcome: "refer",
  parameters: {},
  evaluate(context, _p, cap) {
    const { inputs, params } = context;
    const position = inputs.profile.groupPosition?.value ?? null;
    const ratioInput = inputs.profile.relatedReceivablesRatio;
    const ratio = ratioInput?.value ?? null;
    if (
      position === null ||
      !isSubsidiary(position) ||
      ratio === null ||
      !ratio.gt(params.f5.relatedReceivablesAbove)
    )
      return null;
    // Blank parent items count as the policy says (poor when conservative), as in F5.
    const { conditions } = effectiveConditions(context);
    const evidence: MessageRef[] = [];
    for (const item of ["parentGovernance", "parentCondition"] as const) {
      if (conditions[item] !== "poor") continue;
      const blank = (inputs.profile[item]?.value ?? null) === null;
      const label = enumLabel("condition", "poor");
      evidence.push(
        msg("value.list", {
          first: msg(`item.${item}`),
          rest: blank ? msg("value.blankCountedAs", { value: label }) : label,
        })
      );
    }
    const [first, second] = evidence;
    if (first === undefined) return null;
    return {
      message: msg("knockout.subsidiaryTunnelling", {
        evidence: second === undefined ? first : msg("value.list", { first, rest: second }),
        ratio: formatPercent(ratio),
        above: formatPercent(params.f5.relatedReceivablesAbove),
        cap,
      }),
      sources: [
        inputs.profile.groupPosition?.at,
        inputs.profile.parentGovernance?.at,
        inputs.profile.parentCondition?.at,
        ratioInput?.at,
      ].filter((c) => c !== undefined),
    };
  },
});

/** The knock-outs of the model, in scorecard order. */
export const KNOCKOUTS = [
  insiderConcentration,
  ownershipUnclear,
  adverseAudit,
  subsidiaryTunnelling,
] as const;

export type KnockoutId = (typeof KNOCKOUTS)[number]["id"];

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never;

/** The `knockouts.*` parameter group: every knock-out's cap and thresholds. */
export type KnockoutParameterValues = UnionToIntersection<
  (typeof KNOCKOUTS)[number] extends infer K
    ? K extends KnockoutDefinition<string, infer P>
      ? GroupValue<P>
      : never
    : never
>;

/**
 * Every knock-out of the model that applies, each with its cap and outcome; the tightest cap wins.
 * @example evaluateKnockouts(context).map((k) => k.id) // ["insiderConcentration"]
 */
export function evaluateKnockouts(context: FactorContext): KnockoutApplied[] {
  const values = context.params.knockouts as unknown as Readonly<Record<string, string>>;
  const applied: KnockoutApplied[] = [];
  for (const knockout of context.params.definition.knockouts) {
    const cap = (values[`${knockout.id}Cap`] ?? "D") as Grade;
    const outcome = (values[`${knockout.id}Outcome`] ?? "cap") as KnockoutOutcome;
    const finding = knockout.evaluate(context, cap);
    if (finding !== null) applied.push({ id: knockout.id, cap, outcome, ...finding });
  }
  return applied;
}

/**
 * The credit outcome of the knock-outs that apply: decline when any knock-out's policy declines,
 * else refer when any refers, else proceed; with the knock-outs that decided it.
 * @example creditOutcome([{ id: "adverseAudit", outcome: "decline", … }]) // { kind: "decline", knockouts: ["adverseAudit"] }
 */
export function creditOutcome(knockouts: readonly KnockoutApplied[]): CreditOutcome {
  for (const kind of ["decline", "refer"] as const) {
    const ids = knockouts.filter((k) => k.outcome === kind).map((k) => k.id);
    if (ids.length > 0) return { kind, knockouts: ids };
  }
  return { kind: "proceed", knockouts: [] };
}

/** The tightest cap among the knock-outs, or null. */
export function tightestCap(knockouts: readonly KnockoutApplied[]): Grade | null {
  let cap: Grade | null = null;
  for (const k of knockouts)
    if (cap === null || GRADES.indexOf(k.cap) > GRADES.indexOf(cap)) cap = k.cap;
  return cap;
}
