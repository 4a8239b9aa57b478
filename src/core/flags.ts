import type { MessageKey } from "./i18n/messages";

/** Red flags and the due-diligence actions each calls for. */
export const FLAG_ACTIONS = {
  oneVoiceBoard: ["action.analyseMajorHolder"],
  majorHolderDistress: ["action.analyseMajorHolder"],
  dispersedOwnership: ["action.assessManagement"],
  multiObjectiveOwner: ["action.assessOwnerInterference"],
  administrativeGm: ["action.assessAdministrativeInterference"],
  insiderControl: ["action.reviewBoardMinutes", "action.directorsLiability"],
  groupSubsidiary: [
    "action.relatedPartyDisclosureCovenant",
    "action.priorConsentRelatedParty",
    "action.pledgeParentShares",
    "action.groupCreditLimit",
  ],
  tunnelling: ["action.relatedPartyDisclosureCovenant", "action.priorConsentRelatedParty"],
  adverseAuditOpinion: ["action.rejectFinancials"],
  ownershipUnclear: ["action.verifyOwnership"],
} as const satisfies Record<string, readonly MessageKey[]>;

export type FlagId = keyof typeof FLAG_ACTIONS;
export const FLAG_IDS = Object.keys(FLAG_ACTIONS) as FlagId[];
export type ActionKey = (typeof FLAG_ACTIONS)[FlagId][number];
