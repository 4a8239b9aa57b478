import { canonicalJson, sha256Hex } from "../../core";
import { columnLetters } from "../a1";

/** What the log records. */
export const AUDIT_EVENTS = [
  "chainStarted",
  "scored",
  "overridden",
  "approved",
  "modelChanged",
  "modelApproved",
  /** A group workbook assessed (`govscore group`): its group sheet written. */
  "groupAssessed",
] as const;
export type AuditEventKind = (typeof AUDIT_EVENTS)[number];

/** The previous hash of the first row. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * One row of the audit log, exactly as it sits on the sheet (read back rows keep whatever the
 * cells hold, so a tampered row is seen as it is).
 */
export interface AuditRow {
  readonly sequence: number;
  /** ISO 8601. */
  readonly time: string;
  /** Who acted, as declared (typed by the person; there is no sign-in). */
  readonly user: string;
  readonly event: string;
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  /** e.g. "score 73.00 · model C · final C"; for `chainStarted` the client's ID. */
  readonly result: string;
  readonly reason: string;
  readonly previousHash: string;
  readonly hash: string;
  /**
   * The event format the row was written in ("2"); "1" or "" (rows written before formats were
   * recorded) are format 1. It decides which fields the hash covers.
   */
  readonly format: string;
  /**
   * Format 2: through what the row was entered and under which account, e.g. "govscore; OS user
   * wang" or "Excel add-in"; the user's name itself is declared, not verified.
   */
  readonly enteredBy: string;
}

/** Event formats this release can check. */
export const KNOWN_EVENT_FORMATS: readonly string[] = ["", "1", "2"];

/** The columns of the sheet, in order (A…J; K "format" and L "entered by" from layout 2 on). */
export const AUDIT_COLUMNS = [
  "sequence",
  "time",
  "user",
  "event",
  "modelFingerprint",
  "inputFingerprint",
  "result",
  "reason",
  "previousHash",
  "hash",
  "format",
  "enteredBy",
] as const satisfies readonly (keyof AuditRow)[];

/** The columns of the layout before versions were recorded. */
export const LEGACY_AUDIT_COLUMNS = AUDIT_COLUMNS.slice(0, 10);

/** Columns that show a row's fields as an officer reads them; no hash covers them. */
export type AuditDisplayColumn = "timeShown" | "eventName";
export type AuditColumn = (typeof AUDIT_COLUMNS)[number] | AuditDisplayColumn;

/**
 * Layout 4 on: what an officer reads first (time in the recorded zone, the event's name in the
 * sheet's language, who, result, reason), then the recorded fields the hash covers (the event
 * code and the ISO time among them). The hashed fields are the same as before; the display columns
 * are derived from them, and `verify` rebuilds them.
 */
export const READABLE_AUDIT_COLUMNS: readonly AuditColumn[] = [
  "sequence",
  "timeShown",
  "eventName",
  "user",
  "result",
  "reason",
  "event",
  "time",
  "modelFingerprint",
  "inputFingerprint",
  "previousHash",
  "hash",
  "format",
  "enteredBy",
];

/**
 * The columns of an audit-log sheet as written, told by its header row: layout 4's readable order
 * when the header has its 14th column (N1), else the recorded order (A…L; A…J before layout 2).
 * @example auditColumnsOf(sheet.values[0] ?? []) // READABLE_AUDIT_COLUMNS when N1 is filled
 */
export function auditColumnsOf(header: readonly unknown[]): readonly AuditColumn[] {
  const last = header[READABLE_AUDIT_COLUMNS.length - 1];
  return last === null || last === undefined || last === ""
    ? AUDIT_COLUMNS
    : READABLE_AUDIT_COLUMNS;
}

/**
 * The audit-log cell of the field of the n-th event (1-based; the header is row 1).
 * @example auditCell(READABLE_AUDIT_COLUMNS, "result", 1) // "E2"
 */
export function auditCell(columns: readonly AuditColumn[], column: AuditColumn, n: number): string {
  return `${columnLetters(Math.max(0, columns.indexOf(column)) + 1)}${n + 1}`;
}

/**
 * hash = SHA-256 of the canonical JSON of every field but the hash itself (the previous hash
 * included), so changing any field of any row, or removing or reordering rows, breaks the chain.
 * Format 1 (and a row without a format) covers the ten fields of the first release; format 2 also
 * its format and how it was entered.
 * @example auditRowHash({ sequence: 1, ..., previousHash: GENESIS_HASH, format: "2", enteredBy }) // "3f…"
 */
export function auditRowHash(row: Omit<AuditRow, "hash">): string {
  const first = {
    sequence: row.sequence,
    time: row.time,
    user: row.user,
    event: row.event,
    modelFingerprint: row.modelFingerprint,
    inputFingerprint: row.inputFingerprint,
    result: row.result,
    reason: row.reason,
    previousHash: row.previousHash,
  };
  const fields =
    row.format === "" || row.format === "1"
      ? first
      : { ...first, format: row.format, enteredBy: row.enteredBy };
  return sha256Hex(canonicalJson(fields));
}
