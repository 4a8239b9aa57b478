import type { Decimal } from "../decimal";
import type { MessageRef } from "../i18n/messages";
import type {
  Condition,
  Grade,
  GroupRelation,
  GuaranteeKind,
  ShareholderType,
} from "../inputs/enums";
import type { CellRef } from "../issues";

/**
 * The inputs of the group model (group-model.md §1), normalised by the workbook layer: every
 * value with the cell it came from, every row with its 1-based sheet row.
 */

/** A value and its cell (null: blank). */
export interface GroupCell<T> {
  readonly value: T | null;
  readonly at?: CellRef;
}

/** One row of the Members table (集团成员). */
export interface GroupMember {
  /** 1-based row of the sheet, and the row's range (the finding's source). */
  readonly row: number;
  readonly at: CellRef;
  readonly memberName: GroupCell<string>;
  readonly clientId: GroupCell<string>;
  readonly relation: GroupCell<GroupRelation>;
  readonly directParent: GroupCell<string>;
  /** Fraction 0–1. */
  readonly parentStake: GroupCell<Decimal>;
  readonly condition: GroupCell<Condition>;
  readonly governanceGrade: GroupCell<Grade>;
  readonly netAssets: GroupCell<Decimal>;
  readonly existingExposure: GroupCell<Decimal>;
  readonly requestedLimit: GroupCell<Decimal>;
  readonly lendingBanks: GroupCell<Decimal>;
}

/** One row of the Guarantees table (担保关系). */
export interface GuaranteeRow {
  readonly row: number;
  readonly at: CellRef;
  readonly guarantor: GroupCell<string>;
  readonly beneficiary: GroupCell<string>;
  readonly amount: GroupCell<Decimal>;
  readonly kind: GroupCell<GuaranteeKind>;
  readonly collateralOwner: GroupCell<string>;
  readonly registered: GroupCell<boolean>;
}

/** The Group profile (集团概况). */
export interface GroupProfile {
  readonly groupName: GroupCell<string>;
  readonly ultimateController: GroupCell<string>;
  readonly ultimateControllerType: GroupCell<ShareholderType>;
  readonly bankNetCapital: GroupCell<Decimal>;
  readonly currency: GroupCell<string>;
}

export interface GroupInputs {
  readonly members: readonly GroupMember[];
  readonly guarantees: readonly GuaranteeRow[];
  readonly profile: GroupProfile;
}

/** A member's verdict from its own scorecard: go ahead, refer to a higher authority, decline. */
export type MemberOutcome = "proceed" | "refer" | "decline";
export const MEMBER_OUTCOMES: readonly MemberOutcome[] = ["proceed", "refer", "decline"];

/** What the group analysis takes from a member's latest scored workbook. */
export interface MemberScore {
  readonly grade: Grade;
  /** The governance-adjusted limit; null when the member requested none. */
  readonly recommendedLimit: Decimal | null;
  readonly outcome: MemberOutcome;
  readonly currency: string;
  /** Where it came from, e.g. "c1.scored.xlsx" (shown, not interpreted). */
  readonly source: string;
}

/** The derived group-position inputs of one member's F5 (group-model.md §3). */
export interface DerivedPosition {
  readonly groupPosition: GroupRelation;
  /** null: the member is the parent (no parent inputs), or a parent's grade is blank (missing). */
  readonly parentGovernance: Condition | null;
  readonly parentCondition: Condition | null;
  readonly siblingsCondition: Condition;
  /** The cells each value was derived from (Members table cells). */
  readonly sources: {
    readonly groupPosition: readonly CellRef[];
    readonly parentGovernance: readonly CellRef[];
    readonly parentCondition: readonly CellRef[];
    readonly siblingsCondition: readonly CellRef[];
  };
}

/** How a member's recommended limit was found. */
export type RecommendationBasis = "scorecard" | "membersGrade" | "notScored";

export interface MemberAnalysis {
  readonly index: number;
  readonly name: string;
  readonly clientId: string | null;
  readonly row: number;
  readonly relation: GroupRelation;
  /** Indices of its ancestors, nearest first. */
  readonly ancestors: readonly number[];
  /** Depth in the tree (the parent 0). */
  readonly depth: number;
  /** The parent's look-through stake in the member (exact product); null where a stake is unknown. */
  readonly lookThroughStake: Decimal | null;
  readonly grade: Grade | null;
  readonly gradeSource: "scorecard" | "members" | null;
  readonly outcome: MemberOutcome;
  readonly derived: DerivedPosition;
  readonly netAssets: Decimal;
  readonly existingExposure: Decimal;
  readonly requestedLimit: Decimal | null;
  readonly recommendedLimit: Decimal;
  readonly recommendationBasis: RecommendationBasis;
  /** Recommended limit after declines get 0: what shares the headroom. */
  readonly eligibleLimit: Decimal;
  readonly allocatedLimit: Decimal;
  readonly scoreSource: string | null;
}

export type FindingId =
  | "mutualGuarantee"
  | "guaranteeChain"
  | "upstreamGuarantee"
  | "collateralNotOwned"
  | "unregisteredSecurity"
  | "guarantorOverCapacity"
  | "circularSupport"
  | "relationNotSupported";

/** A guarantee-network or structure finding: what, between whom, and which rows. */
export interface GroupFinding {
  readonly id: FindingId;
  readonly message: MessageRef;
  readonly action: MessageRef;
  /** Party names in the finding's order. */
  readonly parties: readonly string[];
  /** 1-based rows of the Guarantees table (or of the Members table for relationNotSupported). */
  readonly rows: readonly number[];
  readonly sources: readonly CellRef[];
  /** Whether every party it names is a member (mutual and chain findings refer the group). */
  readonly amongMembers: boolean;
}

export type GroupFlagId =
  "capBinding" | "existingAboveCap" | "beyondNetAssets" | "multiBank" | "notScored";

export interface GroupFlag {
  readonly id: GroupFlagId;
  readonly message: MessageRef;
  readonly action: MessageRef;
  /** Member names concerned (empty for group-wide flags). */
  readonly members: readonly string[];
  readonly sources: readonly CellRef[];
}

export interface GroupCredit {
  readonly currency: string;
  readonly roundingUnit: Decimal;
  readonly capRatio: Decimal;
  readonly bankNetCapital: Decimal;
  readonly cap: Decimal;
  readonly existingTotal: Decimal;
  readonly headroom: Decimal;
  readonly requestedTotal: Decimal;
  readonly recommendedTotal: Decimal;
  readonly eligibleTotal: Decimal;
  readonly allocatedTotal: Decimal;
  readonly capBinding: boolean;
  readonly existingAboveCap: boolean;
  readonly explanation: MessageRef;
}

export interface GroupAnalysis {
  readonly groupName: string;
  readonly members: readonly MemberAnalysis[];
  /** Member indices in tree order (parent first, each member followed by its subtree). */
  readonly treeOrder: readonly number[];
  readonly credit: GroupCredit;
  readonly findings: readonly GroupFinding[];
  readonly flags: readonly GroupFlag[];
  readonly outcome: MemberOutcome;
  readonly outcomeReason: MessageRef;
}
