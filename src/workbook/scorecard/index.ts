export { scorecardPlan, scoredWorkbookPlan } from "./plan";
export { scorecardIndex, SCORECARD_CELLS, type ScorecardIndex } from "./scorecard-index";
export { scorecardSheetNames, type ScorecardSheetNames } from "./layout";
export type { ScorecardInput } from "./context";
