import { formatPercent } from "./decimal";
import { effectiveConditions } from "./factors/f5-group-position";
import { enumLabel } from "./factors/helpers";
import { ratioAtMost } from "./factors/f4-board-overlap";
import { isAdverseOpinion } from "./factors/f6-management-evaluation";
import type { FactorContext } from "./factors/types";
import { msg, type MessageRef } from "./i18n/messages";
import { GRADES, isSubsidiary, type Grade } from "./inputs/enums";
import { overlapRatio } from "./board";
import type { KnockoutApplied } from "./result";
import type { CellRef } from "./issues";

/**
 * Knock-outs: conditions that cap the grade whatever the score (governance-model.md §3).
 * Returns every knock-out that applies; the tightest cap wins.
 */
export function evaluateKnockouts(context: FactorContext): KnockoutApplied[] {
  const { inputs, params, ownership, board } = context;
  const k = params.knockouts;
  const applied: KnockoutApplied[] = [];
  const registerCells: CellRef[] = inputs.shareholders?.at ? [inputs.shareholders.at] : [];

  const insiderControl =
    board !== null &&
    board.directors > 0 &&
    !ratioAtMost(overlapRatio(board), params.f4.midOverlapMax);
  const concentrated = ownership !== null && ownership.top3.gt(params.f2.concentratedAbove);
  if (insiderControl && concentrated) {
    applied.push({
      id: "insiderConcentration",
      cap: k.insiderConcentrationCap,
      message: msg("knockout.insiderConcentration", {
        above: formatPercent(params.f2.concentratedAbove),
        cap: k.insiderConcentrationCap,
      }),
      sources: [...(inputs.board?.at ? [inputs.board.at] : []), ...registerCells],
    });
  }

  // Prudent reading: an absent or empty register leaves ownership unclear too.
  if (ownership === null || ownership.principal === null) {
    applied.push({
      id: "ownershipUnclear",
      cap: k.ownershipUnclearCap,
      message: msg("knockout.ownershipUnclear.noRegister", { cap: k.ownershipUnclearCap }),
      sources: registerCells,
    });
  } else if (ownership.stakeSum.lt(k.stakeSumMin) || ownership.stakeSum.gt(k.stakeSumMax)) {
    applied.push({
      id: "ownershipUnclear",
      cap: k.ownershipUnclearCap,
      message: msg("knockout.ownershipUnclear.stakeSum", {
        sum: formatPercent(ownership.stakeSum),
        min: formatPercent(k.stakeSumMin),
        max: formatPercent(k.stakeSumMax, 1),
        cap: k.ownershipUnclearCap,
      }),
      sources: registerCells,
    });
  } else if (ownership.otherTypeStake.gt(k.otherTypeMax)) {
    applied.push({
      id: "ownershipUnclear",
      cap: k.ownershipUnclearCap,
      message: msg("knockout.ownershipUnclear.other", {
        other: formatPercent(ownership.otherTypeStake),
        max: formatPercent(k.otherTypeMax),
        cap: k.ownershipUnclearCap,
      }),
      sources: registerCells,
    });
  }

  if (isAdverseOpinion(inputs.profile)) {
    const opinion = inputs.profile.auditOpinion?.value ?? "adverse";
    applied.push({
      id: "adverseAudit",
      cap: k.adverseAuditCap,
      message: msg("knockout.adverseAudit", {
        opinion: enumLabel("auditOpinion", opinion),
        cap: k.adverseAuditCap,
      }),
      sources: inputs.profile.auditOpinion?.at ? [inputs.profile.auditOpinion.at] : [],
    });
  }

  const position = inputs.profile.groupPosition?.value ?? null;
  const ratioInput = inputs.profile.relatedReceivablesRatio;
  const ratio = ratioInput?.value ?? null;
  if (
    position !== null &&
    isSubsidiary(position) &&
    ratio !== null &&
    ratio.gt(params.f5.relatedReceivablesAbove)
  ) {
    // Blank parent items count as the policy says (poor when conservative), as in F5.
    const { conditions } = effectiveConditions(context);
    const evidence: MessageRef[] = [];
    for (const item of ["parentGovernance", "parentCondition"] as const) {
      if (conditions[item] === "poor") {
        const blank = (inputs.profile[item]?.value ?? null) === null;
        const label = enumLabel("condition", "poor");
        evidence.push(
          msg("value.list", {
            first: msg(`item.${item}`),
            rest: blank ? msg("value.blankCountedAs", { value: label }) : label,
          })
        );
      }
    }
    const [first, second] = evidence;
    if (first !== undefined) {
      applied.push({
        id: "subsidiaryTunnelling",
        cap: k.subsidiaryTunnellingCap,
        message: msg("knockout.subsidiaryTunnelling", {
          evidence: second === undefined ? first : msg("value.list", { first, rest: second }),
          ratio: formatPercent(ratio),
          above: formatPercent(params.f5.relatedReceivablesAbove),
          cap: k.subsidiaryTunnellingCap,
        }),
        sources: [
          inputs.profile.groupPosition?.at,
          inputs.profile.parentGovernance?.at,
          inputs.profile.parentCondition?.at,
          ratioInput?.at,
        ].filter((c) => c !== undefined),
      });
    }
  }
  return applied;
}

/** The tightest cap among the knock-outs, or null. */
export function tightestCap(knockouts: readonly KnockoutApplied[]): Grade | null {
  let cap: Grade | null = null;
  for (const k of knockouts)
    if (cap === null || GRADES.indexOf(k.cap) > GRADES.indexOf(cap)) cap = k.cap;
  return cap;
}
