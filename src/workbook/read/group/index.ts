export { readGroupWorkbook, type GroupLayout, type GroupReadOutcome } from "./read-group";
export { holdsGroupTables } from "./detect";
