import { msg } from "../i18n/messages";
import { SHAREHOLDER_TYPES, type ShareholderType } from "../inputs/enums";
import type { HoldingUnit } from "../ownership";
import { byKey, describe, group, points } from "../params/spec";
import type { Measure } from "../result";
import { defineFactor } from "./define";
import { enumLabel, measure, percent, tableGap } from "./helpers";
import type { FactorOutcome, FlagOutcome } from "./types";

const TYPE_POINTS: Readonly<Record<ShareholderType, string>> = {
  private: "100",
  collective: "100",
  foreign: "100",
  individual: "80",
  soe: "60",
  government: "30",
  university: "30",
  publicInstitution: "30",
  other: "50",
};

const MULTI_OBJECTIVE_OWNERS = new Set(["government", "university", "publicInstitution"]);

/** A holder's display name: a concert group says so. */
export function unitName(unit: HoldingUnit) {
  return unit.isConcertGroup ? msg("value.concertGroup", { group: unit.name }) : unit.name;
}

/**
 * F1 Controlling-shareholder type (weight 20). Scores the controlling shareholder's type; when
 * nobody holds the control threshold, the largest holder's type, recording that control is dispersed.
 */
export const f1ControllingShareholderType = defineFactor({
  id: "F1",
  section: "f1",
  name: "factor.F1.name",
  weight: "20",
  parameters: group({
    typePoints: byKey(
      SHAREHOLDER_TYPES,
      (type: ShareholderType) =>
        points(TYPE_POINTS[type], {
          description: describe("ms.param.f1.typePoints", {
            type: msg(`enum.shareholderType.${type}`),
          }),
        }),
      { pointsOf: "shareholderType" }
    ),
  }),
  items: [],
  score(context, p): FactorOutcome {
    const { inputs, params, ownership } = context;
    const principal = ownership?.principal ?? null;
    if (ownership === null || principal === null) {
      const table = inputs.shareholders;
      return {
        status: "missing",
        gaps: [tableGap("F1", "shareholders", table === null, table?.at)],
        sources: [],
      };
    }
    const points = p.typePoints[principal.type];
    const dispersed = ownership.controller === null;
    const ruleArgs = {
      holder: unitName(principal),
      stake: percent(principal.stake),
      threshold: percent(params.control.threshold),
      type: enumLabel("shareholderType", principal.type),
      points: points.toString(),
    };
    const notes =
      ownership.tiedWithPrincipal.length > 0
        ? [msg("rule.F1.tie", { stake: percent(principal.stake), holder: unitName(principal) })]
        : [];
    const measures: Measure[] = [
      measure(
        dispersed ? "largestHolder" : "controller",
        dispersed ? "measure.largestHolder" : "measure.controller",
        { kind: "text", value: principal.name },
        principal.cells
      ),
      measure(
        "controllerType",
        "measure.controllerType",
        { kind: "label", value: enumLabel("shareholderType", principal.type) },
        principal.cells
      ),
      measure(
        "controllerStake",
        "measure.controllerStake",
        { kind: "percent", value: principal.stake },
        principal.cells
      ),
    ];
    if (principal.isConcertGroup) {
      measures.push(
        measure(
          "concertMembers",
          "measure.concertMembers",
          { kind: "text", value: principal.members.map((m) => m.name.value ?? "").join(", ") },
          principal.cells
        )
      );
    }
    const flags: FlagOutcome[] = MULTI_OBJECTIVE_OWNERS.has(principal.type)
      ? [
          {
            id: "multiObjectiveOwner",
            title: msg("flag.multiObjectiveOwner"),
            sources: principal.cells,
          },
        ]
      : [];
    return {
      status: "scored",
      points,
      ruleId: dispersed ? "F1.dispersed" : "F1.controller",
      rule: msg(dispersed ? "rule.F1.dispersed" : "rule.F1.controller", ruleArgs),
      notes,
      measures,
      sources: inputs.shareholders?.at ? [inputs.shareholders.at] : principal.cells,
      // Every holder's name, type and stake: the control test ranks them all.
      cells: ownership.units.flatMap((u) => u.cells),
      gaps: [],
      flags,
    };
  },
});
