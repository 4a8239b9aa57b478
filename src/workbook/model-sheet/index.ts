export { modelSheetPlan } from "./plan";
export {
  modelSheetAddresses,
  parameterCell,
  type GradeTableAddresses,
  type LookupAddresses,
  type ModelSheetAddresses,
} from "./addresses";
export { loadModelSheet, readModelSheet } from "./read";
export {
  dropDownLabel,
  modelSheetLayout,
  modelSheetName,
  YES_WORDS,
  type LookupName,
  type ModelSheetLayout,
} from "./layout";
export { parameterRows, type ParameterRow, type ParameterKind } from "./parameter-rows";
// The scorecard and the verifier build model-sheet references from these; they live in ../a1.
export { absoluteCell, columnNumber, displayRef, parseCell, sheetPrefix, sheetRange } from "../a1";
