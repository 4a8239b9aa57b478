export { readGroupWorkbook, type GroupLayout, type GroupReadOutcome } from "./read-group";
