export { instructionsSheet } from "./instructions";
export { inputSheets, REGISTER_ROWS, TEMPLATE_TABLES } from "./input-sheets";
