import type { MessageKey, MessageRef } from "./i18n/messages";

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

/**
 * What an action is: a due-diligence requirement (尽调要求: a step the officer takes before the
 * credit decision) or a credit condition (授信条件: a covenant, guarantee or limit written into
 * the credit agreement).
 */
export type ActionKind = "dueDiligence" | "creditCondition";
export const ACTION_KINDS = [
  "dueDiligence",
  "creditCondition",
] as const satisfies readonly ActionKind[];

/** Each action's kind. */
export const ACTION_KIND: Readonly<Record<ActionKey, ActionKind>> = {
  "action.analyseMajorHolder": "dueDiligence",
  "action.assessManagement": "dueDiligence",
  "action.assessOwnerInterference": "dueDiligence",
  "action.assessAdministrativeInterference": "dueDiligence",
  "action.reviewBoardMinutes": "dueDiligence",
  "action.rejectFinancials": "dueDiligence",
  "action.verifyOwnership": "dueDiligence",
  "action.directorsLiability": "creditCondition",
  "action.relatedPartyDisclosureCovenant": "creditCondition",
  "action.priorConsentRelatedParty": "creditCondition",
  "action.pledgeParentShares": "creditCondition",
  "action.groupCreditLimit": "creditCondition",
};

/**
 * A flag's actions as the result lists them: text and kind.
 * @example flagActions("tunnelling")[0]?.kind // "creditCondition"
 */
export function flagActions(
  id: FlagId
): { readonly id: ActionKey; readonly text: MessageRef; readonly kind: ActionKind }[] {
  return FLAG_ACTIONS[id].map((action) => ({
    id: action,
    text: { key: action },
    kind: ACTION_KIND[action],
  }));
}
