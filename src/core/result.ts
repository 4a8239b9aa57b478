import type { Decimal } from "./decimal";
import type { FlagId, ActionKey, ActionKind } from "./flags";
import type { MessageRef } from "./i18n/messages";
import type { Grade } from "./inputs/enums";
import type { ProfileKey } from "./inputs/types";
import type { CellRef } from "./issues";
import type { MissingDataPolicy } from "./params/general";

/** A measured input as the scorecard shows it. */
export type MeasureValue =
  | { readonly kind: "percent"; readonly value: Decimal }
  | { readonly kind: "ratio"; readonly numerator: Decimal; readonly denominator: Decimal }
  | { readonly kind: "count"; readonly value: Decimal }
  | { readonly kind: "yesNo"; readonly value: boolean }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "label"; readonly value: MessageRef }
  | { readonly kind: "blank" };

export interface Measure {
  /** Stable id, e.g. "top3", "overlap": tests, JSON output and scorecard formulas key on it. */
  readonly id: string;
  readonly label: MessageRef;
  readonly value: MeasureValue;
  readonly sources: readonly CellRef[];
}

/** A blank that mattered: it is listed on the scorecard and lowers confidence. */
export interface Gap {
  /** The factor's id ("F5"), or null for a gap outside the factors. */
  readonly factor: string | null;
  /** The profile item or table that was blank or absent. */
  readonly item: ProfileKey | "shareholders" | "board" | (string & {});
  readonly message: MessageRef;
  readonly at?: CellRef;
}

export interface FlagRaised {
  readonly id: FlagId;
  readonly factor: string | null;
  readonly title: MessageRef;
  readonly actions: readonly {
    readonly id: ActionKey;
    readonly text: MessageRef;
    /** A due-diligence requirement (尽调要求) or a credit condition (授信条件). */
    readonly kind: ActionKind;
  }[];
  readonly sources: readonly CellRef[];
}

export interface FactorResult {
  /** The factor's id in its model ("F2"). */
  readonly id: string;
  readonly name: MessageRef;
  /** "missing": the factor's inputs were absent and the missing-data policy set its points. */
  readonly status: "scored" | "missing";
  /** Which rule fired, e.g. "F2.concentratedDistressed" (stable; for JSON and tests). */
  readonly ruleId: string;
  readonly rule: MessageRef;
  /** Adjustments applied after the rule, e.g. the chair-is-GM penalty. */
  readonly notes: readonly MessageRef[];
  readonly points: Decimal;
  readonly weight: Decimal;
  /** weight × points ÷ 100, exact. */
  readonly weightedPoints: Decimal;
  readonly measures: readonly Measure[];
  readonly sources: readonly CellRef[];
  /** Exactly the input cells the rule read (`sources` may name whole tables); absent: sources. */
  readonly cells?: readonly CellRef[];
  readonly gaps: readonly Gap[];
  readonly flags: readonly FlagId[];
}

export interface KnockoutApplied {
  /** The knock-out's id in its model ("adverseAudit"). */
  readonly id: string;
  readonly cap: Grade;
  /** Its policy: cap the grade only, refer to a higher authority, or decline. */
  readonly outcome: "cap" | "refer" | "decline";
  readonly message: MessageRef;
  readonly sources: readonly CellRef[];
}

/**
 * The credit decision the knock-outs call for: proceed (with the grade and its adjustment),
 * refer to a higher authority (提交上级审批), or decline (不予授信: recommended limit 0).
 */
export interface CreditOutcome {
  readonly kind: "proceed" | "refer" | "decline";
  /** The knock-outs whose policy decided it (none for proceed). */
  readonly knockouts: readonly string[];
}

export interface CreditAdjustment {
  readonly grade: Grade;
  readonly meaning: MessageRef;
  readonly notches: Decimal;
  readonly baseRating: string | null;
  /** Base rating moved down by `notches` on the scale, never below its last grade. */
  readonly adjustedRating: string | null;
  readonly limitMultiplier: Decimal;
  readonly currency: string;
  readonly requestedLimit: Decimal | null;
  readonly roundingUnit: Decimal;
  /** Requested × multiplier, rounded down to the unit; 0 when the outcome is decline. */
  readonly recommendedLimit: Decimal | null;
  /** The outcome declined the credit: the recommended limit is 0 whatever the request. */
  readonly declined: boolean;
  readonly tenorCapMonths: Decimal | null;
  readonly requestedTenorMonths: Decimal | null;
  readonly recommendedTenorMonths: Decimal | null;
  readonly enhancedCovenants: boolean;
  readonly sources: readonly CellRef[];
}

/**
 * Whether an override needs a second person (an upgrade does) and whether that person acted.
 * Identity is declared (typed names, no sign-in): the record says so rather than claim more.
 */
export type Approval =
  | { readonly status: "notRequired" }
  | { readonly status: "pending" }
  | { readonly status: "approved"; readonly approver: string; readonly at: string };

export interface OverrideRecord {
  readonly modelGrade: Grade;
  /** The grade the officer set. It takes effect at once for a downgrade, on approval for an upgrade. */
  readonly finalGrade: Grade;
  readonly reason: string;
  readonly officer: string;
  /** ISO 8601 time, supplied by the caller (the core has no clock). */
  readonly at: string;
  readonly approval: Approval;
}

export interface ScoreResult {
  readonly modelVersion: string;
  readonly modelFingerprint: string;
  /** SHA-256 of the inputs' values, independent of row order and cell positions. */
  readonly inputFingerprint: string;
  readonly clientName: string | null;
  readonly clientId: string | null;
  readonly missingDataPolicy: MissingDataPolicy;
  readonly factors: readonly FactorResult[];
  /** Σ weightedPoints, rounded half-up to the model's decimals. */
  readonly score: Decimal;
  /** The grade the score alone earns. */
  readonly scoreGrade: Grade;
  readonly knockouts: readonly KnockoutApplied[];
  /** The tightest knock-out cap, or null. */
  readonly cap: Grade | null;
  /** The score grade after knock-out caps. */
  readonly modelGrade: Grade;
  /**
   * The grade in effect: the officer's under an override that needs no approval or was approved,
   * else the model grade (an upgrade pending approval has no effect yet).
   */
  readonly finalGrade: Grade;
  readonly override: OverrideRecord | null;
  readonly flags: readonly FlagRaised[];
  readonly gaps: readonly Gap[];
  /** Share (0–1) of factor weight scored from real inputs. */
  readonly completeness: Decimal;
  /** Completeness below the model's threshold: the grade is provisional (资料不完整，评级为暂定). */
  readonly provisional: boolean;
  /** What the knock-outs' policies call for: proceed, refer or decline. */
  readonly outcome: CreditOutcome;
  readonly adjustment: CreditAdjustment;
}
