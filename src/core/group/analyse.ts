import { Decimal, formatAmount, formatPercent, ZERO } from "../decimal";
import { msg, type MessageRef } from "../i18n/messages";
import type { Grade } from "../inputs/enums";
import { normaliseLabel } from "../inputs/schema";
import type { CellRef } from "../issues";
import type { ModelParameters } from "../params/types";
import { allocate, roundDown } from "./credit";
import { guaranteeFindings } from "./guarantees";
import { derivePositions, groupTree, lookThroughStakes } from "./structure";
import {
  MEMBER_OUTCOMES,
  type GroupAnalysis,
  type GroupFinding,
  type GroupFlag,
  type GroupInputs,
  type MemberAnalysis,
  type MemberOutcome,
  type MemberScore,
  type RecommendationBasis,
} from "./types";

const HALF = new Decimal("0.5");

/** The member scores keyed by a member's client ID (or, without one, its name), folded. */
export type MemberScores = ReadonlyMap<string, MemberScore>;

/** The key a member's score is found by: its client ID, else its name (trimmed, NFKC, case-folded). */
export function memberKey(member: {
  readonly clientId: string | null;
  readonly name: string;
}): string {
  return normaliseLabel(member.clientId ?? member.name);
}

function worseOutcome(a: MemberOutcome, b: MemberOutcome): MemberOutcome {
  return MEMBER_OUTCOMES.indexOf(a) >= MEMBER_OUTCOMES.indexOf(b) ? a : b;
}

/**
 * The group analysis of group-model.md §2–§5, for a group that passed `checkGroupStructure`:
 * look-through stakes, each member's derived F5 inputs, the group credit total with the headroom
 * shared pro rata (rounded down), the guarantee-network findings, the flags and the group outcome.
 * Members' grades, recommended limits and outcomes come from their scorecards where given.
 * Pure: equal inputs give equal analyses, whatever the order of the members' or guarantees' rows
 * (up to the order in which they are listed).
 * @example analyseGroup(inputs, defaultParameters(), new Map()).credit.cap // 15% × net capital
 */
export function analyseGroup(
  inputs: GroupInputs,
  params: ModelParameters,
  scores: MemberScores = new Map()
): GroupAnalysis {
  const p = params.group;
  const { members } = inputs;
  const tree = groupTree(inputs);
  const stakes = lookThroughStakes(inputs, tree);
  const currency = inputs.profile.currency.value ?? params.defaultCurrency;
  const unit = params.limitRounding.unitByCurrency[currency] ?? params.limitRounding.defaultUnit;

  const scoreOf = members.map((m) =>
    scores.get(memberKey({ clientId: m.clientId.value, name: m.memberName.value ?? "" }))
  );
  const grades = members.map((m, i) => {
    const score = scoreOf[i];
    if (score !== undefined) return { grade: score.grade as Grade | null, at: [] as CellRef[] };
    return {
      grade: m.governanceGrade.value,
      at: m.governanceGrade.at === undefined ? [] : [m.governanceGrade.at],
    };
  });
  const derived = derivePositions(inputs, tree, grades);

  const recommendations = members.map((m, i): { limit: Decimal; basis: RecommendationBasis } => {
    const score = scoreOf[i];
    if (score !== undefined)
      return { limit: roundDown(score.recommendedLimit ?? ZERO, unit), basis: "scorecard" };
    const grade = m.governanceGrade.value;
    if (grade !== null)
      return {
        limit: roundDown(
          (m.requestedLimit.value ?? ZERO).times(params.adjustments[grade].limitMultiplier),
          unit
        ),
        basis: "membersGrade",
      };
    return { limit: ZERO, basis: "notScored" };
  });
  const outcomes = scoreOf.map((s) => s?.outcome ?? "proceed");
  const eligible = recommendations.map((r, i) => (outcomes[i] === "decline" ? ZERO : r.limit));

  const bankNetCapital = inputs.profile.bankNetCapital.value ?? ZERO;
  const cap = p.groupCapRatio.times(bankNetCapital);
  const existing = members.map((m) => m.existingExposure.value ?? ZERO);
  const existingTotal = existing.reduce((s, e) => s.plus(e), ZERO);
  const headroom = Decimal.max(ZERO, cap.minus(existingTotal));
  const { allocated, binding } = allocate(eligible, headroom, unit);
  const sum = (list: readonly Decimal[]) => list.reduce((s, e) => s.plus(e), ZERO);

  const analyses: MemberAnalysis[] = members.map((m, i) => {
    const score = scoreOf[i];
    return {
      index: i,
      name: m.memberName.value ?? "",
      clientId: m.clientId.value,
      row: m.row,
      relation: m.relation.value ?? "contractual",
      ancestors: tree.ancestors[i] ?? [],
      depth: (tree.ancestors[i] ?? []).length,
      lookThroughStake: stakes[i] ?? null,
      grade: grades[i]?.grade ?? null,
      gradeSource:
        score !== undefined ? "scorecard" : m.governanceGrade.value !== null ? "members" : null,
      outcome: outcomes[i] ?? "proceed",
      derived: derived[i]!,
      netAssets: m.netAssets.value ?? ZERO,
      existingExposure: existing[i] ?? ZERO,
      requestedLimit: m.requestedLimit.value,
      recommendedLimit: recommendations[i]?.limit ?? ZERO,
      recommendationBasis: recommendations[i]?.basis ?? "notScored",
      eligibleLimit: eligible[i] ?? ZERO,
      allocatedLimit: allocated[i] ?? ZERO,
      scoreSource: score?.source ?? null,
    };
  });

  const existingAboveCap = existingTotal.gt(cap);
  const credit = {
    currency,
    roundingUnit: unit,
    capRatio: p.groupCapRatio,
    bankNetCapital,
    cap,
    existingTotal,
    headroom,
    requestedTotal: sum(members.map((m) => m.requestedLimit.value ?? ZERO)),
    recommendedTotal: sum(recommendations.map((r) => r.limit)),
    eligibleTotal: sum(eligible),
    allocatedTotal: sum(allocated),
    capBinding: binding,
    existingAboveCap,
    explanation: msg(binding ? "group.credit.shared" : "group.credit.fits", {
      ratio: formatPercent(p.groupCapRatio),
      base: msg(`capitalBase.${p.capitalBase}`),
      capital: formatAmount(bankNetCapital),
      cap: formatAmount(cap),
      existing: formatAmount(existingTotal),
      headroom: formatAmount(headroom),
      eligible: formatAmount(sum(eligible)),
      unit: formatAmount(unit),
    }),
  };

  const findings: GroupFinding[] = [
    ...relationFindings(inputs, stakes),
    ...guaranteeFindings(inputs, {
      ancestors: tree.ancestors,
      netAssets: analyses.map((a) => a.netAssets),
      credit: analyses.map((a) => a.existingExposure.plus(a.allocatedLimit)),
      guarantorCapacity: p.guarantorCapacity,
      intraGroupGuaranteeShare: p.intraGroupGuaranteeShare,
    }),
  ];
  const flags = groupFlags(inputs, analyses, credit, params);

  const referringFinding = findings.find(
    (f) =>
      (f.id === "mutualGuarantee" || f.id === "guaranteeChain") &&
      f.parties.length > 0 &&
      f.amongMembers
  );
  let outcome: MemberOutcome;
  let outcomeReason: MessageRef;
  if (referringFinding !== undefined || existingAboveCap) {
    outcome = "refer";
    outcomeReason = msg(
      existingAboveCap ? "group.outcome.existingAboveCap" : "group.outcome.guaranteeCycle"
    );
  } else {
    outcome = analyses.reduce<MemberOutcome>((w, a) => worseOutcome(w, a.outcome), "proceed");
    outcomeReason = msg("group.outcome.members", {
      outcome: msg(`group.memberOutcome.${outcome}`),
    });
  }
  return {
    groupName: inputs.profile.groupName.value ?? "",
    members: analyses,
    treeOrder: tree.order,
    credit,
    findings,
    flags,
    outcome,
    outcomeReason,
  };
}

/** A whollyOwned or controlled member whose look-through stake is below 50%. */
function relationFindings(
  inputs: GroupInputs,
  stakes: readonly (Decimal | null)[]
): GroupFinding[] {
  return inputs.members.flatMap((m, i) => {
    const relation = m.relation.value;
    const stake = stakes[i] ?? null;
    if (
      (relation !== "whollyOwned" && relation !== "controlled") ||
      stake === null ||
      !stake.lt(HALF)
    )
      return [];
    const name = m.memberName.value ?? "";
    return [
      {
        id: "relationNotSupported" as const,
        message: msg("group.finding.relationNotSupported", {
          member: name,
          relation: msg(`enum.groupRelation.${relation}`),
          stake: formatPercent(stake),
          row: m.row,
        }),
        action: msg("group.action.relationNotSupported"),
        parties: [name],
        rows: [m.row],
        sources: [m.parentStake.at ?? m.at],
        amongMembers: true,
      },
    ];
  });
}

function groupFlags(
  inputs: GroupInputs,
  members: readonly MemberAnalysis[],
  credit: GroupAnalysis["credit"],
  params: ModelParameters
): GroupFlag[] {
  const p = params.group;
  const flags: GroupFlag[] = [];
  const profileCells = [inputs.profile.bankNetCapital.at].filter(
    (c): c is CellRef => c !== undefined
  );
  const exposureCells = inputs.members
    .map((m) => m.existingExposure.at)
    .filter((c): c is CellRef => c !== undefined);
  if (credit.existingAboveCap)
    flags.push({
      id: "existingAboveCap",
      message: msg("group.flag.existingAboveCap", {
        existing: formatAmount(credit.existingTotal),
        cap: formatAmount(credit.cap),
      }),
      action: msg("group.action.existingAboveCap"),
      members: [],
      sources: [...profileCells, ...exposureCells],
    });
  else if (credit.capBinding)
    flags.push({
      id: "capBinding",
      message: msg("group.flag.capBinding", {
        eligible: formatAmount(credit.eligibleTotal),
        headroom: formatAmount(credit.headroom),
      }),
      action: msg("group.action.capBinding"),
      members: [],
      sources: [...profileCells, ...exposureCells],
    });
  for (const m of members) {
    const row = inputs.members[m.index]!;
    const total = m.existingExposure.plus(m.allocatedLimit);
    const limit = m.netAssets.times(p.memberExposureToNetAssets);
    if (total.gt(limit))
      flags.push({
        id: "beyondNetAssets",
        message: msg("group.flag.beyondNetAssets", {
          member: m.name,
          total: formatAmount(total),
          netAssets: formatAmount(m.netAssets),
          share: formatPercent(p.memberExposureToNetAssets),
        }),
        action: msg("group.action.beyondNetAssets"),
        members: [m.name],
        sources: [row.existingExposure.at, row.netAssets.at].filter(
          (c): c is CellRef => c !== undefined
        ),
      });
    const banks = row.lendingBanks.value;
    if (banks !== null && banks.gte(p.multiBankThreshold))
      flags.push({
        id: "multiBank",
        message: msg("group.flag.multiBank", {
          member: m.name,
          banks: banks.toString(),
          threshold: p.multiBankThreshold.toString(),
        }),
        action: msg("group.action.multiBank"),
        members: [m.name],
        sources: row.lendingBanks.at === undefined ? [] : [row.lendingBanks.at],
      });
    if (m.recommendationBasis === "notScored")
      flags.push({
        id: "notScored",
        message: msg("group.flag.notScored", { member: m.name }),
        action: msg("group.action.notScored"),
        members: [m.name],
        sources: [row.governanceGrade.at ?? row.at],
      });
  }
  return flags;
}
