import type {
  Grade,
  Language,
  MessageRef,
  ModelStanding,
  ParameterDifference,
  ScoreResult,
} from "../core";
import type { AuditHead, AuditRow } from "../workbook/audit";
import type { LocalizedIssue } from "./types";

export interface FactorSummary {
  /** The factor's id ("F2"). */
  readonly id: string;
  /** Points 0–100, as decimal text. */
  readonly points: string;
  /** weight × points ÷ 100, as decimal text. */
  readonly weightedPoints: string;
  readonly status: "scored" | "missing";
  readonly ruleId: string;
}

/** One workbook, as `--json` prints it and portfolio.json holds it. The shape is stable. */
export interface WorkbookSummary {
  readonly file: string;
  readonly clientName: string | null;
  readonly clientId: string | null;
  /** Two decimals, e.g. "73.50". */
  readonly score: string | null;
  readonly modelGrade: Grade | null;
  /** The grade in effect (an upgrade pending approval is not). */
  readonly finalGrade: Grade | null;
  /** Share of factor weight scored from real inputs, 0–1 with four decimals, e.g. "0.8500". */
  readonly completeness: string | null;
  readonly factors: readonly FactorSummary[];
  readonly knockouts: readonly string[];
  readonly flags: readonly string[];
  /**
   * Each red flag of `flags`, in the same order, as a message with its parameters (the threshold
   * that fired: "top-3 holdings above 80.00%"), to render in any language.
   */
  readonly flagTitles: readonly MessageRef[];
  readonly adjustedRating: string | null;
  /** The limit the client asked for, in currency units; null when the profile has none. */
  readonly requestedLimit: string | null;
  /** In currency units, e.g. "35000000"; null without a requested limit. */
  readonly recommendedLimit: string | null;
  readonly currency: string | null;
  readonly recommendedTenorMonths: number | null;
  readonly modelFingerprint: string | null;
  readonly inputFingerprint: string | null;
  /** The written workbook; null when nothing was written. */
  readonly output: string | null;
  /** Empty when scored; otherwise every located problem, in the chosen language. */
  readonly errors: readonly ErrorSummary[];
  /** The officer's override: its grade and whether it waits for approval; null without one. */
  readonly override: {
    readonly grade: Grade;
    readonly approval: "notRequired" | "pending" | "approved";
    readonly officer: string;
    readonly approver: string | null;
  } | null;
  /**
   * The audit log's head once written: keep it outside the workbook (`verify --anchor`) to prove
   * later that the log was not rewritten. Null when nothing was written.
   */
  readonly auditHead: AuditHead | null;
  /** Whether the parameters scored with are an approved model; null when not scored. */
  readonly modelStatus: "approved" | "nonStandard" | null;
  /** The approved model's version label (non-standard: the approved model they differ from). */
  readonly modelVersion: string | null;
  /** Every parameter that differs from that approved model (empty when approved). */
  readonly modelDifferences: readonly ParameterDifference[];
  /** Who brought non-standard parameters in, and whether a second person approved it. */
  readonly modelChange: {
    readonly officer: string;
    readonly approval: "pending" | "approved";
    readonly approver: string | null;
  } | null;
  /**
   * What the knock-outs' policies call for: "proceed", "refer" (提交上级审批) or "decline"
   * (不予授信, recommended limit 0), with the knock-outs that decided it; null when not scored.
   */
  readonly outcome: {
    readonly kind: "proceed" | "refer" | "decline";
    readonly knockouts: readonly string[];
  } | null;
  /** Completeness below the model's threshold: the grade is provisional; null when not scored. */
  readonly provisional: boolean | null;
  /** Who scored (the last `scored` audit row's user, as declared); null when not known. */
  readonly scoredBy: string | null;
  /** When, as the audit log records it (ISO 8601 with offset); null when not known. */
  readonly scoredAt: string | null;
}

export interface ErrorSummary {
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly code: string;
  readonly message: string;
}

/**
 * The summary of a scored workbook.
 * @example scoredSummary(result, "c1.xlsx").finalGrade // "C"
 */
export function scoredSummary(
  result: ScoreResult,
  file: string,
  auditHead: AuditHead | null = null,
  standing?: ModelStanding,
  auditRows: readonly AuditRow[] = []
): WorkbookSummary {
  const scored = [...auditRows].reverse().find((row) => row.event === "scored");
  const flagTitles = new Map<string, MessageRef>();
  for (const flag of result.flags)
    if (!flagTitles.has(flag.id)) flagTitles.set(flag.id, flag.title);
  const a = result.adjustment;
  const status = standing?.status;
  const change = standing?.change ?? null;
  const o = result.override;
  return {
    file,
    clientName: result.clientName,
    clientId: result.clientId,
    score: result.score.toFixed(2),
    modelGrade: result.modelGrade,
    finalGrade: result.finalGrade,
    completeness: result.completeness.toFixed(4),
    factors: result.factors.map((f) => ({
      id: f.id,
      points: f.points.toString(),
      weightedPoints: f.weightedPoints.toString(),
      status: f.status,
      ruleId: f.ruleId,
    })),
    knockouts: result.knockouts.map((k) => k.id),
    flags: [...flagTitles.keys()],
    adjustedRating: a.adjustedRating,
    recommendedLimit: a.recommendedLimit === null ? null : a.recommendedLimit.toFixed(),
    currency: a.currency,
    recommendedTenorMonths:
      a.recommendedTenorMonths === null ? null : a.recommendedTenorMonths.toNumber(),
    modelFingerprint: result.modelFingerprint,
    inputFingerprint: result.inputFingerprint,
    output: null,
    errors: [],
    override:
      o === null
        ? null
        : {
            grade: o.finalGrade,
            approval: o.approval.status,
            officer: o.officer,
            approver: o.approval.status === "approved" ? o.approval.approver : null,
          },
    auditHead,
    modelStatus: status?.status ?? null,
    modelVersion:
      status === undefined
        ? null
        : status.status === "approved"
          ? status.version
          : status.base.version,
    modelDifferences: status?.status === "nonStandard" ? status.differences : [],
    modelChange:
      change === null
        ? null
        : {
            officer: change.officer,
            approval: change.approver === null ? "pending" : "approved",
            approver: change.approver,
          },
    outcome: { kind: result.outcome.kind, knockouts: [...result.outcome.knockouts] },
    provisional: result.provisional,
    flagTitles: [...flagTitles.values()],
    requestedLimit: a.requestedLimit === null ? null : a.requestedLimit.toFixed(),
    scoredBy: scored?.user ?? null,
    scoredAt: scored?.time ?? null,
  };
}

/**
 * The summary of a workbook that was not scored: its located problems, in one language.
 * @example failedSummary("c2.xlsx", issues, "en-US").errors[0] // { sheet: "Shareholders", cell: "C5", … }
 */
export function failedSummary(
  file: string,
  issues: readonly LocalizedIssue[],
  language: Language
): WorkbookSummary {
  return {
    file,
    clientName: null,
    clientId: null,
    score: null,
    modelGrade: null,
    finalGrade: null,
    completeness: null,
    factors: [],
    knockouts: [],
    flags: [],
    adjustedRating: null,
    recommendedLimit: null,
    currency: null,
    recommendedTenorMonths: null,
    modelFingerprint: null,
    inputFingerprint: null,
    output: null,
    errors: issues.map((issue) => ({
      sheet: issue.sheet ?? null,
      cell: issue.cell ?? null,
      code: issue.code,
      message: issue.message[language],
    })),
    override: null,
    auditHead: null,
    modelStatus: null,
    modelVersion: null,
    modelDifferences: [],
    modelChange: null,
    outcome: null,
    provisional: null,
    flagTitles: [],
    requestedLimit: null,
    scoredBy: null,
    scoredAt: null,
  };
}
