import {
  analyseGroup,
  dec,
  defaultParameters,
  formatMessage,
  groupInputFingerprint,
  memberKey,
  MEMBER_OUTCOMES,
  msg,
  parameterFingerprint,
  type Decimal,
  type Grade,
  type GroupAnalysis,
  type Issue,
  type Language,
  type MemberOutcome,
  type MemberScore,
  type ModelParameters,
} from "../core";
import { groupSheetPlan } from "../workbook/group-sheet";
import { modelSheetPlan } from "../workbook/model-sheet";
import type { WorkbookPlan } from "../workbook/plan";
import { readGroupWorkbook, type GroupLayout } from "../workbook/read/group";
import type { ReadNotice } from "../workbook/read";
import type { WorkbookSnapshot } from "../workbook/snapshot";

/** A member's scored workbook, verified, as the group command found it (its summary). */
export interface ScoredMember {
  /** Shown as the recommendation's source, e.g. "c1.scored.xlsx". */
  readonly file: string;
  readonly clientId: string | null;
  readonly clientName: string | null;
  readonly finalGrade: Grade | null;
  /** In currency units, e.g. "35000000"; null without a requested limit. */
  readonly recommendedLimit: string | null;
  readonly currency: string | null;
  /** The member's outcome where its summary records one (another release adds it). */
  readonly outcome?: string | null;
}

/**
 * What the group analysis takes from a verified scorecard: final grade, governance-adjusted
 * limit, outcome (proceed when the scorecard records none), keyed by client ID or name. Null for
 * a scorecard without a grade.
 * @example memberScoreOf(summary)?.score.grade // "B"
 */
export function memberScoreOf(
  member: ScoredMember,
  defaultCurrency: string
): { key: string; score: MemberScore } | null {
  if (member.finalGrade === null) return null;
  const outcome: MemberOutcome = MEMBER_OUTCOMES.includes(member.outcome as MemberOutcome)
    ? (member.outcome as MemberOutcome)
    : "proceed";
  return {
    key: memberKey({ clientId: member.clientId, name: member.clientName ?? "" }),
    score: {
      grade: member.finalGrade,
      recommendedLimit: member.recommendedLimit === null ? null : dec(member.recommendedLimit),
      outcome,
      currency: member.currency ?? defaultCurrency,
      source: member.file,
    },
  };
}

export type GroupAssessment =
  | {
      readonly ok: true;
      readonly analysis: GroupAnalysis;
      readonly plan: WorkbookPlan;
      readonly layout: GroupLayout;
      readonly groupFingerprint: string;
      readonly modelFingerprint: string;
      readonly notices: readonly ReadNotice[];
      readonly json: GroupJson;
    }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly notices: readonly ReadNotice[];
    };

/**
 * Assess a group workbook: read its tables, analyse the group with the members' scorecards, and
 * plan the group sheet and the model sheet it refers to. A member scorecard in another currency
 * than the group's is refused, naming the member (no conversion in model version 1).
 * @example assessGroup(snapshot, { language: "zh-CN", members: [] }).ok
 */
export function assessGroup(
  snapshot: WorkbookSnapshot,
  options: {
    readonly language: Language;
    readonly members: readonly ScoredMember[];
    readonly params?: ModelParameters;
  }
): GroupAssessment {
  const params = options.params ?? defaultParameters();
  const read = readGroupWorkbook(snapshot);
  if (!read.ok) return read;
  const currency = read.inputs.profile.currency.value ?? params.defaultCurrency;
  const scores = new Map<string, MemberScore>();
  const issues: Issue[] = [];
  const memberKeys = new Set(
    read.inputs.members.map((m) =>
      memberKey({ clientId: m.clientId.value, name: m.memberName.value ?? "" })
    )
  );
  for (const member of options.members) {
    const found = memberScoreOf(member, params.defaultCurrency);
    if (found === null || !memberKeys.has(found.key)) continue;
    const { key, score } = found;
    if (score.currency !== currency) {
      issues.push({
        code: "group.memberCurrency",
        message: msg("group.issue.memberCurrency", {
          file: member.file,
          currency: score.currency,
          group: currency,
        }),
      });
      continue;
    }
    scores.set(key, score);
  }
  if (issues.length > 0) return { ok: false, issues, notices: read.notices };
  const analysis = analyseGroup(read.inputs, params, scores);
  const groupFingerprint = groupInputFingerprint(read.inputs);
  const plan: WorkbookPlan = {
    sheets: [
      groupSheetPlan(
        analysis,
        read.inputs,
        read.layout,
        params,
        options.language,
        groupFingerprint
      ),
      modelSheetPlan(params, options.language),
    ],
  };
  const modelFingerprint = parameterFingerprint(params);
  return {
    ok: true,
    analysis,
    plan,
    layout: read.layout,
    groupFingerprint,
    modelFingerprint,
    notices: read.notices,
    json: groupJson(analysis, params, groupFingerprint, options.language),
  };
}

/** The `--json` shape of a group assessment (README: "The group JSON"). */
export interface GroupJson {
  readonly group: string;
  readonly outcome: MemberOutcome;
  readonly outcomeReason: string;
  readonly modelVersion: string;
  readonly modelFingerprint: string;
  readonly groupFingerprint: string;
  readonly credit: Record<string, string | boolean>;
  readonly members: readonly Record<string, unknown>[];
  readonly findings: readonly Record<string, unknown>[];
  readonly flags: readonly Record<string, unknown>[];
}

const s = (d: Decimal | null) => (d === null ? null : d.toString());

/** The analysis as plain JSON: amounts and stakes as exact decimal strings, texts in the language. */
export function groupJson(
  analysis: GroupAnalysis,
  params: ModelParameters,
  groupFingerprint: string,
  language: Language
): GroupJson {
  const t = (ref: Parameters<typeof formatMessage>[0]) => formatMessage(ref, language);
  const c = analysis.credit;
  return {
    group: analysis.groupName,
    outcome: analysis.outcome,
    outcomeReason: t(analysis.outcomeReason),
    modelVersion: params.version,
    modelFingerprint: parameterFingerprint(params),
    groupFingerprint,
    credit: {
      currency: c.currency,
      capRatio: c.capRatio.toString(),
      bankNetCapital: c.bankNetCapital.toString(),
      cap: c.cap.toString(),
      existingTotal: c.existingTotal.toString(),
      headroom: c.headroom.toString(),
      roundingUnit: c.roundingUnit.toString(),
      requestedTotal: c.requestedTotal.toString(),
      recommendedTotal: c.recommendedTotal.toString(),
      eligibleTotal: c.eligibleTotal.toString(),
      allocatedTotal: c.allocatedTotal.toString(),
      capBinding: c.capBinding,
      existingAboveCap: c.existingAboveCap,
      explanation: t(c.explanation),
    },
    members: analysis.treeOrder.map((i) => {
      const m = analysis.members[i]!;
      return {
        name: m.name,
        clientId: m.clientId,
        row: m.row,
        relation: m.relation,
        depth: m.depth,
        directParent: m.ancestors[0] === undefined ? null : analysis.members[m.ancestors[0]]?.name,
        lookThroughStake: s(m.lookThroughStake),
        grade: m.grade,
        gradeSource: m.gradeSource,
        outcome: m.outcome,
        derivedF5: {
          groupPosition: m.derived.groupPosition,
          parentGovernance: m.derived.parentGovernance,
          parentCondition: m.derived.parentCondition,
          siblingsCondition: m.derived.siblingsCondition,
        },
        netAssets: s(m.netAssets),
        existingExposure: s(m.existingExposure),
        requestedLimit: s(m.requestedLimit),
        recommendedLimit: s(m.recommendedLimit),
        recommendationBasis: m.recommendationBasis,
        eligibleLimit: s(m.eligibleLimit),
        allocatedLimit: s(m.allocatedLimit),
        scoreSource: m.scoreSource,
      };
    }),
    findings: analysis.findings.map((f) => ({
      id: f.id,
      parties: f.parties,
      rows: f.rows,
      amongMembers: f.amongMembers,
      message: t(f.message),
      action: t(f.action),
      sources: f.sources.map((x) => `${x.sheet}!${x.cell}`),
    })),
    flags: analysis.flags.map((f) => ({
      id: f.id,
      members: f.members,
      message: t(f.message),
      action: t(f.action),
      sources: f.sources.map((x) => `${x.sheet}!${x.cell}`),
    })),
  };
}
