import { choice, group, share, whole, type GroupValue, type LeafOptions } from "./spec";

/**
 * The group-client parameters (group-model.md, model schema 2): the group credit cap, the flags of
 * a group's members and its guarantee network, and how F2 treats a subsidiary. Each was added in
 * schema 2 with the value that reproduces schema-1 results: every one is its default, because no
 * schema-1 result depends on a group workbook (`f2SubsidiaryConcentration` `apply` is model v1).
 */

/** `apply`: F2's one-voice-board rule applies to subsidiaries too (model v1); `groupLevel`: not when the controlling holder is the group parent. */
export const F2_SUBSIDIARY_CONCENTRATION = ["apply", "groupLevel"] as const;
export type F2SubsidiaryConcentration = (typeof F2_SUBSIDIARY_CONCENTRATION)[number];

/** What the bank's capital base in the Group profile is: net capital (资本净额) or tier-1 capital. */
export const CAPITAL_BASES = ["netCapital", "tier1Capital"] as const;
export type CapitalBase = (typeof CAPITAL_BASES)[number];

const V2 = (migrated: string): LeafOptions => ({ since: 2, migrated });

export const GROUP_PARAMETERS = group({
  /** Share of the capital base the bank lends one group at most (15% of net capital). */
  groupCapRatio: share("0.15", V2("0.15")),
  /** Which capital base the ratio applies to (the label of bankNetCapital). */
  capitalBase: choice("policy", CAPITAL_BASES, "netCapital", V2("netCapital")),
  /** A member's existing + allocated credit above this share of its net assets is flagged. */
  memberExposureToNetAssets: share("1.00", { ...V2("1.00"), max: "100" }),
  /** A member borrowing from this many banks or more is flagged (多头授信). */
  multiBankThreshold: whole("5", { ...V2("5"), min: "1", max: "1000" }),
  /** A member guaranteeing more than this share of its net assets is over capacity. */
  guarantorCapacity: share("1.00", { ...V2("1.00"), max: "100" }),
  /** More than this share of a member's credit secured only by other members: circular support. */
  intraGroupGuaranteeShare: share("0.50", V2("0.50")),
  /** F2's one-voice-board rule for whollyOwned / controlled members. */
  f2SubsidiaryConcentration: choice("policy", F2_SUBSIDIARY_CONCENTRATION, "apply", V2("apply")),
});

export type GroupParameterValues = GroupValue<typeof GROUP_PARAMETERS.children>;
