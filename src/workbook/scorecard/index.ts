export { scorecardPlan, scoredWorkbookPlan } from "./plan";
export { scorecardIndex, SCORECARD_CELLS, type ScorecardIndex } from "./scorecard-index";
export { scorecardSheetNames, type ScorecardSheetNames } from "./layout";
export type { ScorecardInput } from "./context";
export { FORMULA_TWINS, type FormulaTwins, type FactorFormulaBuilder } from "./factors";
export { scorecardRows, ROWS, type ScorecardRows } from "./layout";
export type { ScorecardContext } from "./context";
export type { Quantity, Resolve } from "./quantity";
export { note, percentItem, numberItem, yesItem, enumItem } from "./factors/common";
