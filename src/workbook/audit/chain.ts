import { msg, type MessageRef } from "../../core";
import { AUDIT_EVENT_FORMAT } from "../versions";
import {
  auditRowHash,
  GENESIS_HASH,
  KNOWN_EVENT_FORMATS,
  type AuditEventKind,
  type AuditRow,
} from "./row";

/** A new event; the log adds the sequence number and the hashes. */
export interface AuditEvent {
  /** ISO 8601, supplied by the caller. */
  readonly time: string;
  readonly user: string;
  readonly event: AuditEventKind;
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  readonly result: string;
  readonly reason?: string;
}

/**
 * The log with one more row, chained to the last one. Existing rows are returned untouched.
 * @example appendAuditEvent([], { time, user: "王芳", event: "scored", ... })[0].previousHash
 * // "000…0" (64 zeros)
 */
export function appendAuditEvent(rows: readonly AuditRow[], event: AuditEvent): AuditRow[] {
  const previous = rows[rows.length - 1];
  const row = {
    sequence: rows.length + 1,
    time: event.time,
    user: event.user,
    event: event.event,
    modelFingerprint: event.modelFingerprint,
    inputFingerprint: event.inputFingerprint,
    result: event.result,
    reason: event.reason ?? "",
    previousHash: previous === undefined ? GENESIS_HASH : previous.hash,
  };
  return [...rows, { ...row, hash: auditRowHash(row), format: String(AUDIT_EVENT_FORMAT) }];
}

export type AuditBreak = "sequence" | "previousHash" | "hash" | "format";

export type AuditVerification =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** 1-based position of the first broken row in the log (its sheet row is one more). */
      readonly row: number;
      readonly reason: AuditBreak;
      readonly message: MessageRef;
    };

/**
 * Check the chain from the first row: each row's sequence is its position, its previous hash is
 * the hash of the row before (64 zeros for the first), and its hash matches its fields. Reports
 * the first row that fails.
 * @example verifyAuditChain(rows) // { ok: false, row: 3, reason: "hash", message }
 */
export function verifyAuditChain(rows: readonly AuditRow[]): AuditVerification {
  let previousHash = GENESIS_HASH;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const position = i + 1;
    if (row.sequence !== position)
      return broken(position, "sequence", { found: String(row.sequence) });
    if (!KNOWN_EVENT_FORMATS.includes(row.format))
      return broken(position, "format", { found: row.format });
    if (row.previousHash !== previousHash) return broken(position, "previousHash", {});
    const { hash, ...fields } = row;
    if (auditRowHash(fields) !== hash) return broken(position, "hash", {});
    previousHash = hash;
  }
  return { ok: true };
}

function broken(
  row: number,
  reason: AuditBreak,
  args: Readonly<Record<string, string>>
): AuditVerification {
  return {
    ok: false,
    row,
    reason,
    message: msg(`audit.break.${reason}`, { row: String(row), ...args }),
  };
}
