export { templatePlan } from "./plan";
export { instructionsPlan } from "./instructions";
export {
  enumChoices,
  yesNoChoices,
  profileValueCell,
  TEMPLATE_DATA_ROWS,
  TEMPLATE_LAST_ROW,
} from "./input-sheets";
export { groupTemplatePlan } from "./group";
