import { canonicalJson, sha256Hex } from "../../core";

/** What the log records. */
export const AUDIT_EVENTS = ["scored", "overridden", "approved", "modelChanged"] as const;
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
  readonly user: string;
  readonly event: string;
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  /** e.g. "score 73.00 · model C · final C". */
  readonly result: string;
  readonly reason: string;
  readonly previousHash: string;
  readonly hash: string;
  /**
   * The event format the row was written in ("1"); "" for rows written before formats were
   * recorded, which are format 1. It decides which fields the hash covers.
   */
  readonly format: string;
}

/** Event formats this release can check. */
export const KNOWN_EVENT_FORMATS: readonly string[] = ["", "1"];

/** The columns of the sheet, in order (A…J, and K "format" from workbook layout 2 on). */
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
] as const satisfies readonly (keyof AuditRow)[];

/** The columns of the layout before versions were recorded (no format column). */
export const LEGACY_AUDIT_COLUMNS = AUDIT_COLUMNS.slice(0, -1);

/**
 * hash = SHA-256 of the canonical JSON of every field but the hash itself (the previous hash
 * included), so changing any field of any row, or removing or reordering rows, breaks the chain.
 * Format 1 (and a legacy row without a format) covers the ten fields of the first release.
 * @example auditRowHash({ sequence: 1, ..., previousHash: GENESIS_HASH, format: "1" }) // "3f…"
 */
export function auditRowHash(row: Omit<AuditRow, "hash" | "format">): string {
  return sha256Hex(
    canonicalJson({
      sequence: row.sequence,
      time: row.time,
      user: row.user,
      event: row.event,
      modelFingerprint: row.modelFingerprint,
      inputFingerprint: row.inputFingerprint,
      result: row.result,
      reason: row.reason,
      previousHash: row.previousHash,
    })
  );
}
