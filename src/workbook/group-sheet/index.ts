export { groupSheetPlan, GROUP_COLUMNS, FIRST_MEMBER_ROW } from "./plan";
