export {
  AUDIT_COLUMNS,
  AUDIT_EVENTS,
  auditRowHash,
  GENESIS_HASH,
  LEGACY_AUDIT_COLUMNS,
  READABLE_AUDIT_COLUMNS,
  auditCell,
  auditColumnsOf,
  type AuditColumn,
  type AuditEventKind,
  type AuditRow,
} from "./row";
export {
  appendAuditEvent,
  auditHead,
  chainClient,
  verifyAuditChain,
  type AuditHead,
  type AuditBreak,
  type AuditEvent,
  type AuditVerification,
} from "./chain";
export { readAuditLog } from "./read";
export { auditLogPlan, auditLogSheetName } from "./plan";
export { auditEventFor, auditResultText, chainStartEvent, type EventContext } from "./events";
