import type { Decimal, Grade, KnockoutApplied, ScoreResult } from "../../core";

/** What the result means for the credit decision (a knock-out's policy outcome). */
export type OutcomeKind = "proceed" | "refer" | "decline";

const OUTCOME_KINDS: readonly OutcomeKind[] = ["proceed", "refer", "decline"];

/** The decision and the knock-outs that decided it (none for "proceed"). */
export interface ResultOutcome {
  readonly kind: OutcomeKind;
  readonly knockouts: readonly KnockoutApplied[];
}

/** What the summary card shows of a result. */
export interface ResultSummary {
  /** The grade in effect (the officer's, once it applies). */
  readonly grade: Grade;
  readonly score: Decimal;
  readonly outcome: ResultOutcome;
  /** Data completeness below the model's threshold: the grade is provisional. */
  readonly provisional: boolean;
  readonly completeness: Decimal;
  /** An upgrade recorded but not yet approved: the grade it asks for. */
  readonly pendingGrade: Grade | null;
  readonly counts: { readonly knockouts: number; readonly flags: number; readonly gaps: number };
}

function isOutcomeKind(value: unknown): value is OutcomeKind {
  return OUTCOME_KINDS.some((kind) => kind === value);
}

/** Knock-out ids from an outcome's list: plain ids, or knock-outs carrying an `id`. */
function knockoutIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry === "string") return [entry];
    if (typeof entry === "object" && entry !== null && "id" in entry) {
      const id = (entry as { readonly id: unknown }).id;
      return typeof id === "string" ? [id] : [];
    }
    return [];
  });
}

/**
 * The result's credit outcome. The core states it as `result.outcome` (`kind` and the knock-outs
 * that decided it); a result without one (an earlier engine) proceeds, its knock-outs only
 * capping the grade.
 * @example resultOutcome(cleanResult) // { kind: "proceed", knockouts: [] }
 */
export function resultOutcome(result: ScoreResult): ResultOutcome {
  const raw: unknown = (result as { readonly outcome?: unknown }).outcome;
  if (typeof raw !== "object" || raw === null) return { kind: "proceed", knockouts: [] };
  const fields = raw as {
    readonly kind?: unknown;
    readonly knockouts?: unknown;
    readonly knockoutIds?: unknown;
  };
  if (!isOutcomeKind(fields.kind) || fields.kind === "proceed")
    return { kind: "proceed", knockouts: [] };
  const ids = new Set([...knockoutIds(fields.knockouts), ...knockoutIds(fields.knockoutIds)]);
  const deciding = result.knockouts.filter((k) => ids.has(k.id));
  return { kind: fields.kind, knockouts: deciding };
}

/**
 * Whether the core marks the grade provisional (`result.provisional`, set when data completeness
 * is below the model's threshold); false for a result that does not say.
 */
export function isProvisional(result: ScoreResult): boolean {
  return (result as { readonly provisional?: unknown }).provisional === true;
}

/**
 * The summary card's figures of a result.
 * @example resultSummary(seed).counts // { knockouts: 2, flags: 5, gaps: 0 }
 */
export function resultSummary(result: ScoreResult): ResultSummary {
  const override = result.override;
  return {
    grade: result.finalGrade,
    score: result.score,
    outcome: resultOutcome(result),
    provisional: isProvisional(result),
    completeness: result.completeness,
    pendingGrade:
      override !== null && override.approval.status === "pending" ? override.finalGrade : null,
    counts: {
      knockouts: result.knockouts.length,
      flags: result.flags.length,
      gaps: result.gaps.length,
    },
  };
}
