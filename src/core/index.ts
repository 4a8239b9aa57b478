/** The governance scoring model: pure TypeScript, no Office.js, exceljs, React or Node built-ins. */
export * from "./decimal";
export * from "./issues";
export * from "./i18n/messages";
export * from "./inputs/enums";
export * from "./inputs/types";
export * from "./inputs/schema";
export * from "./inputs/yes-no";
export * from "./identity";
export * from "./params/types";
export { DEFAULT_MODEL_VERSION, MODEL_1_VERSION } from "./params/general";
export {
  loadParameters,
  defaultParameters,
  defaultParameterSource,
  fractionValue,
  migrateParameters,
  MODEL_V1,
  model1Parameters,
  model1Source,
  type LoadOptions,
} from "./params/load";
export * from "./params/spec";
export { leavesOf, leafAt, groupsOf, specOfSchema, valuesOfSchema } from "./params/walk";
export {
  defineModel,
  DEFAULT_MODEL,
  MODEL_SCHEMA_VERSION,
  PROFILE_ITEMS,
  type ModelDefinition,
} from "./model";
export { defineFactor } from "./factors/define";
export {
  blankGap,
  blankCountedAsGap,
  enumLabel,
  itemMeasure,
  measure,
  tableGap,
} from "./factors/helpers";
export {
  lookupFactor,
  bandedFactor,
  checklistFactor,
  type Band,
  type ChecklistItem,
} from "./factors/kinds";
export type {
  FactorDefinition,
  FactorDeclaration,
  FactorContext,
  FactorOutcome,
  FlagOutcome,
  GenericFormula,
} from "./factors/types";
export {
  KNOCKOUTS,
  defineKnockout,
  evaluateKnockouts,
  creditOutcome,
  KNOCKOUT_OUTCOMES,
  type KnockoutOutcome,
  type KnockoutDefinition,
  type KnockoutFinding,
  type KnockoutId,
} from "./knockouts";
export { parameterFingerprint, shortFingerprint } from "./params/fingerprint";
export {
  APPROVED_MODELS_FORMAT,
  BUILT_IN_EFFECTIVE_FROM,
  MODEL_2_EFFECTIVE_FROM,
  approvedModelOf,
  builtInModels,
  defaultApprovedModel,
  differencesText,
  modelChangeRef,
  modelStatus,
  parameterDifferences,
  parseApprovedModels,
  type ApprovedModel,
  type ModelStanding,
  type ModelStatus,
  type ParameterDifference,
} from "./params/approved";
export { canonicalJson, sha256Hex, fingerprint } from "./canonical";
export {
  analyseOwnership,
  top3Concentration,
  aggregateConcertGroups,
  ownershipAnalysisFor,
} from "./ownership";
export { analyseBoard, isGeneralManagerPost, managementPosts } from "./board";
export { FACTORS } from "./factors/registry";
export { weightOf, scoredFactors, scoredProfileItems } from "./score";
export { ACTION_KIND, ACTION_KINDS, FLAG_ACTIONS, FLAG_IDS, flagActions } from "./flags";
export type { ActionKey, ActionKind, FlagId } from "./flags";
export * from "./result";
export { gradeForScore } from "./grade";
export { creditAdjustment } from "./adjustment";
export { scoreGovernance } from "./score";
export { applyOverride, approveOverride, personKey } from "./override";
export type { ApprovalRequest, OverrideRequest } from "./override";
export { inputFingerprint } from "./input-fingerprint";
export { validateInputs } from "./validate-inputs";
export { formatMoney, type AmountUnit } from "./money";
export { jsonText, oneLine, safeMessage, visible } from "./visible-text";
export * from "./group";
export {
  CAPITAL_BASES,
  F2_SUBSIDIARY_CONCENTRATION,
  type CapitalBase,
  type F2SubsidiaryConcentration,
} from "./params/group";
