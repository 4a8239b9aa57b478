/** The group-client model (group-model.md): structure, derived F5 inputs, credit total, guarantee network. */
export * from "./types";
export { PartyIndex, type Party } from "./parties";
export {
  checkGroupStructure,
  derivePositions,
  gradeCondition,
  groupTree,
  lookThroughStakes,
  worstCondition,
  type GroupTree,
  type StructureCheck,
} from "./structure";
export { allocate, floorDiv, roundDown } from "./credit";
export { components, guaranteeFindings, type NetworkContext } from "./guarantees";
export { analyseGroup, memberKey, type MemberScores } from "./analyse";
export * from "./schema";
export { groupInputFingerprint } from "./fingerprint";
export {
  GROUP_DERIVED_ITEMS,
  groupScoringFacts,
  mergeGroupPosition,
  type GroupScoring,
  type GroupDerivedItem,
  type GroupDerivedValue,
} from "./merge";
