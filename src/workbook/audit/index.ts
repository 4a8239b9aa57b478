export {
  AUDIT_COLUMNS,
  AUDIT_EVENTS,
  auditRowHash,
  GENESIS_HASH,
  type AuditEventKind,
  type AuditRow,
} from "./row";
export {
  appendAuditEvent,
  verifyAuditChain,
  type AuditBreak,
  type AuditEvent,
  type AuditVerification,
} from "./chain";
export { readAuditLog } from "./read";
export { auditLogPlan, auditLogSheetName } from "./plan";
export { auditEventFor, auditResultText } from "./events";
