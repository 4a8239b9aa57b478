import { cellsOf, valueOf } from "../inputs/types";
import type { CellRef } from "../issues";
import { msg, type MessageRef } from "../i18n/messages";
import type { Measure } from "../result";
import { item, VALUE } from "../inputs/schema";
import { group, points, share, whole } from "../params/spec";
import type { Gap } from "../result";
import { defineFactor } from "./define";
import { subsidiaryConcentration } from "./f2-subsidiary";
import { blankGap, measure, percent, tableGap } from "./helpers";
import type { FactorContext, FactorOutcome, FlagOutcome } from "./types";

/**
 * Evidence that the controlling (or, with dispersed control, the largest) shareholder is in
 * distress: the two profile items, and a pledge above the threshold or a freeze on any member.
 */
export function majorHolderDistress({ inputs, params, ownership }: FactorContext): {
  evidence: MessageRef[];
  sources: CellRef[];
} {
  const evidence: MessageRef[] = [];
  const sources: CellRef[] = [];
  const { majorHolderDistress: distress, majorHolderLargeDeal: largeDeal } = inputs.profile;
  if (valueOf(distress) === true) {
    evidence.push(msg("distress.majorHolderDistress"));
    sources.push(...cellsOf(distress));
  }
  if (valueOf(largeDeal) === true) {
    evidence.push(msg("distress.majorHolderLargeDeal"));
    sources.push(...cellsOf(largeDeal));
  }
  for (const member of ownership?.principal?.members ?? []) {
    const pledged = valueOf(member.pledgedShare);
    const holder = member.name.value ?? "";
    if (pledged !== null && pledged.gt(params.f2.pledgedDistressAbove)) {
      evidence.push(msg("distress.pledged", { holder, share: percent(pledged) }));
      sources.push(...cellsOf(member.pledgedShare));
    }
    if (valueOf(member.frozen) === true) {
      evidence.push(msg("distress.frozen", { holder }));
      sources.push(...cellsOf(member.frozen));
    }
  }
  return { evidence, sources };
}

/** "a, b, c" in the reader's language; "none" for an empty list. */
function joinList(items: readonly MessageRef[]): MessageRef {
  const [first, ...rest] = items;
  if (first === undefined) return msg("value.none");
  return rest.length === 0 ? first : msg("value.list", { first, rest: joinList(rest) });
}

/**
 * F2 Ownership concentration (weight 25), on top-3 holdings after concert aggregation:
 * above 80% a one-voice board (worse if the major holder is in distress); below 30% it depends on
 * whether shareholders ever reject management's proposals; otherwise balanced.
 */
export const f2OwnershipConcentration = defineFactor({
  id: "F2",
  section: "f2",
  name: "factor.F2.name",
  weight: "25",
  parameters: group(
    {
      concentratedAbove: share("0.80"),
      concentratedPoints: points("40"),
      concentratedDistressedPoints: points("10"),
      pledgedDistressAbove: share("0.50"),
      dispersedBelow: share("0.30"),
      minProposals: whole("5", { max: "1000000" }),
      lowRejectionBelow: share("0.05"),
      dispersedUnconstrainedPoints: points("40"),
      dispersedConstrainedPoints: points("70"),
      balancedPoints: points("100"),
    },
    [
      (v, c, path) =>
        c.ordered(
          `${path}.dispersedBelow`,
          v.dispersedBelow,
          "below",
          `${path}.concentratedAbove`,
          v.concentratedAbove
        ),
    ]
  ),
  items: [
    item(
      "majorHolderDistress",
      ["Major shareholder in financial difficulty", "大股东财务困难"],
      VALUE.yesNo
    ),
    item(
      "majorHolderLargeDeal",
      ["Major shareholder planning a large long-term acquisition", "大股东重大并购"],
      VALUE.yesNo
    ),
    item(
      "proposalsSubmitted",
      ["Management proposals submitted", "经理层议案提交数"],
      VALUE.wholeNumber
    ),
    item(
      "proposalsRejected",
      ["Management proposals rejected", "被否决数", "经理层议案被否决数"],
      VALUE.wholeNumber
    ),
  ],
  score(context, p): FactorOutcome {
    const { inputs, ownership } = context;
    if (ownership === null || ownership.principal === null) {
      const table = inputs.shareholders;
      return {
        status: "missing",
        gaps: [tableGap("F2", "shareholders", table === null, table?.at)],
        sources: [],
      };
    }
    const top3 = ownership.top3;
    const top3Cells = ownership.top3Units.flatMap((u) => u.cells);
    const tableCells = inputs.shareholders?.at ? [inputs.shareholders.at] : top3Cells;
    // Every holder's name, type and stake: top-3 ranks them all (the pane selects these).
    const registerCells = ownership.units.flatMap((u) => u.cells);
    const measures: Measure[] = [
      measure("top3", "measure.top3", { kind: "percent", value: top3 }, tableCells),
      measure(
        "top3Holders",
        "measure.top3Holders",
        { kind: "text", value: ownership.top3Units.map((u) => u.name).join(", ") },
        top3Cells
      ),
    ];
    const args = {
      top3: percent(top3),
      above: percent(p.concentratedAbove),
      below: percent(p.dispersedBelow),
    };

    if (top3.gt(p.concentratedAbove)) {
      const distress = majorHolderDistress(context);
      const gaps: Gap[] = [];
      if (distress.evidence.length === 0) {
        const { majorHolderDistress: d, majorHolderLargeDeal: l } = inputs.profile;
        if (valueOf(d) === null) gaps.push(blankGap("F2", "majorHolderDistress", d?.at));
        if (valueOf(l) === null) gaps.push(blankGap("F2", "majorHolderLargeDeal", l?.at));
      }
      const flags: FlagOutcome[] = [
        {
          id: "oneVoiceBoard",
          title: msg("flag.oneVoiceBoard", { above: percent(p.concentratedAbove) }),
          sources: top3Cells,
        },
      ];
      const distressed = distress.evidence.length > 0;
      const subsidiary = subsidiaryConcentration(context);
      if (subsidiary?.groupLevel === true && !distressed) {
        // group-model.md §3 (groupLevel): F5 prices the parent's conduct; no one-voice-board penalty.
        measures.push(
          measure(
            "groupLevel",
            "measure.f2GroupLevel",
            { kind: "label", value: msg(`enum.groupPosition.${subsidiary.position}`) },
            subsidiary.sources
          ),
          measure(
            "distress",
            "measure.distress",
            { kind: "label", value: joinList(distress.evidence) },
            distress.sources
          )
        );
        return {
          status: "scored",
          points: p.balancedPoints,
          ruleId: "F2.subsidiaryGroupLevel",
          rule: msg(
            subsidiary.basis === "group"
              ? "rule.F2.subsidiaryGroupLevel"
              : "rule.F2.subsidiaryGroupLevelAlone",
            { ...args, position: msg(`enum.groupPosition.${subsidiary.position}`) }
          ),
          notes: [],
          measures,
          sources: [...tableCells, ...subsidiary.sources, ...distress.sources],
          cells: [...registerCells, ...subsidiary.sources, ...distress.sources],
          gaps,
          flags: [],
        };
      }
      measures.push(
        measure(
          "distress",
          "measure.distress",
          { kind: "label", value: joinList(distress.evidence) },
          distress.sources
        )
      );
      if (distressed) {
        flags.push({
          id: "majorHolderDistress",
          title: msg("flag.majorHolderDistress"),
          sources: distress.sources,
        });
      }
      return {
        status: "scored",
        points: distressed ? p.concentratedDistressedPoints : p.concentratedPoints,
        ruleId: distressed ? "F2.concentratedDistressed" : "F2.concentrated",
        rule: distressed
          ? msg("rule.F2.concentratedDistressed", {
              ...args,
              evidence: joinList(distress.evidence),
            })
          : msg("rule.F2.concentrated", args),
        notes: [],
        measures,
        sources: [...tableCells, ...distress.sources],
        cells: [...registerCells, ...distress.sources],
        gaps,
        flags,
      };
    }

    if (top3.lt(p.dispersedBelow)) {
      const { proposalsSubmitted: submittedInput, proposalsRejected: rejectedInput } =
        inputs.profile;
      const submitted = valueOf(submittedInput);
      const rejected = valueOf(rejectedInput);
      const proposalCells = cellsOf(submittedInput, rejectedInput);
      const flags: FlagOutcome[] = [
        {
          id: "dispersedOwnership",
          title: msg("flag.dispersedOwnership"),
          sources: [...tableCells, ...proposalCells],
        },
      ];
      const base = {
        status: "scored" as const,
        notes: [],
        flags,
        sources: [...tableCells, ...proposalCells],
        cells: [...registerCells, ...proposalCells],
      };
      if (submitted === null || rejected === null) {
        const gaps: Gap[] = [];
        if (submitted === null) gaps.push(blankGap("F2", "proposalsSubmitted", submittedInput?.at));
        if (rejected === null) gaps.push(blankGap("F2", "proposalsRejected", rejectedInput?.at));
        measures.push(measure("proposals", "measure.proposals", { kind: "blank" }, proposalCells));
        return {
          ...base,
          points: p.dispersedUnconstrainedPoints,
          ruleId: "F2.dispersedNoData",
          rule: msg("rule.F2.dispersedNoData", args),
          measures,
          gaps,
        };
      }
      measures.push(
        measure(
          "proposals",
          "measure.proposals",
          { kind: "ratio", numerator: rejected, denominator: submitted },
          proposalCells
        )
      );
      // Rejection rate < threshold, decided exactly as rejected < threshold × submitted.
      const rarelyRejected =
        submitted.gte(p.minProposals) && rejected.lt(p.lowRejectionBelow.times(submitted));
      const ruleArgs = {
        ...args,
        rejected: rejected.toString(),
        submitted: submitted.toString(),
        rate: submitted.isZero() ? "—" : percent(rejected.div(submitted)),
        rateBelow: percent(p.lowRejectionBelow),
      };
      if (!submitted.isZero()) {
        measures.push(
          measure(
            "rejectionRate",
            "measure.rejectionRate",
            { kind: "percent", value: rejected.div(submitted) },
            proposalCells
          )
        );
      }
      return rarelyRejected
        ? {
            ...base,
            points: p.dispersedUnconstrainedPoints,
            ruleId: "F2.dispersedUnconstrained",
            rule: msg("rule.F2.dispersedUnconstrained", ruleArgs),
            measures,
            gaps: [],
          }
        : {
            ...base,
            points: p.dispersedConstrainedPoints,
            ruleId: "F2.dispersedConstrained",
            rule: msg("rule.F2.dispersedConstrained", ruleArgs),
            measures,
            gaps: [],
          };
    }

    return {
      status: "scored",
      points: p.balancedPoints,
      ruleId: "F2.balanced",
      rule: msg("rule.F2.balanced", args),
      notes: [],
      measures,
      sources: tableCells,
      cells: registerCells,
      gaps: [],
      flags: [],
    };
  },
});
