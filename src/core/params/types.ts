import type { Decimal } from "../decimal";
import type {
  Condition,
  GmAppointment,
  Grade,
  GroupPosition,
  ShareholderType,
} from "../inputs/enums";

export const FACTOR_IDS = ["F1", "F2", "F3", "F4", "F5", "F6"] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const MISSING_DATA_POLICIES = ["conservative", "neutral"] as const;
export type MissingDataPolicy = (typeof MISSING_DATA_POLICIES)[number];

/** An exact ratio such as 1/3, kept as two integers so r ≤ 1/3 is decided without rounding. */
export interface Fraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

export type NonSubsidiaryPosition = Exclude<GroupPosition, "whollyOwned" | "controlled">;

export interface GradeAdjustment {
  readonly notches: Decimal;
  readonly limitMultiplier: Decimal;
  /** null: no cap (eligible for medium/long-term credit). */
  readonly tenorCapMonths: Decimal | null;
  readonly enhancedCovenants: boolean;
}

/**
 * A validated parameter set: every number of the model, as data. Made by `loadParameters`
 * from a plain `ParameterSource`; fractions (stakes, ratios) are 0–1, points 0–100.
 */
export interface ModelParameters {
  readonly version: string;
  readonly weights: Readonly<Record<FactorId, Decimal>>;
  readonly control: { readonly threshold: Decimal };
  readonly f1: { readonly typePoints: Readonly<Record<ShareholderType, Decimal>> };
  readonly f2: {
    readonly concentratedAbove: Decimal;
    readonly concentratedPoints: Decimal;
    readonly concentratedDistressedPoints: Decimal;
    readonly pledgedDistressAbove: Decimal;
    readonly dispersedBelow: Decimal;
    readonly minProposals: Decimal;
    readonly lowRejectionBelow: Decimal;
    readonly dispersedUnconstrainedPoints: Decimal;
    readonly dispersedConstrainedPoints: Decimal;
    readonly balancedPoints: Decimal;
  };
  readonly f3: { readonly appointmentPoints: Readonly<Record<GmAppointment, Decimal>> };
  readonly f4: {
    readonly lowOverlapMax: Fraction;
    readonly lowOverlapPoints: Decimal;
    readonly midOverlapMax: Fraction;
    readonly midOverlapPoints: Decimal;
    readonly highOverlapPoints: Decimal;
    readonly chairIsGmPenalty: Decimal;
  };
  readonly f5: {
    readonly positionPoints: Readonly<Record<NonSubsidiaryPosition, Decimal>>;
    readonly subsidiaryConditionPoints: Readonly<Record<Condition, Decimal>>;
    readonly relatedReceivablesAbove: Decimal;
    readonly relatedReceivablesPenalty: Decimal;
  };
  readonly f6: {
    readonly independentVerificationPoints: Decimal;
    readonly payLinkedPoints: Decimal;
    readonly equityIncentivePoints: Decimal;
  };
  readonly knockouts: {
    readonly insiderConcentrationCap: Grade;
    readonly ownershipUnclearCap: Grade;
    readonly stakeSumMin: Decimal;
    readonly stakeSumMax: Decimal;
    readonly otherTypeMax: Decimal;
    readonly adverseAuditCap: Grade;
    readonly subsidiaryTunnellingCap: Grade;
  };
  /** Minimum score of each grade; D's must be 0 so the bands cover 0–100. */
  readonly gradeMinimums: Readonly<Record<Grade, Decimal>>;
  readonly adjustments: Readonly<Record<Grade, GradeAdjustment>>;
  readonly ratingScale: readonly string[];
  readonly limitRounding: {
    readonly defaultUnit: Decimal;
    readonly unitByCurrency: Readonly<Record<string, Decimal>>;
  };
  readonly defaultCurrency: string;
  readonly missingData: {
    readonly policy: MissingDataPolicy;
    readonly conservativePoints: Decimal;
    readonly neutralPoints: Decimal;
  };
  readonly scoreDecimals: number;
}

/** A JSON-friendly parameter set (numbers may be numbers or decimal strings; fractions "1/3"). */
export type ParameterValue = string | number | boolean | null | ParameterSource | ParameterValue[];
export interface ParameterSource {
  readonly [key: string]: ParameterValue;
}
