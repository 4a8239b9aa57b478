import { msg, type MessageRef } from "../../core";
import { AUDIT_EVENT_FORMAT } from "../versions";
import {
  auditRowHash,
  GENESIS_HASH,
  KNOWN_EVENT_FORMATS,
  type AuditEventKind,
  type AuditRow,
} from "./row";

/** A new event; the log adds the sequence number, the format and the hashes. */
export interface AuditEvent {
  /** ISO 8601, supplied by the caller. */
  readonly time: string;
  readonly user: string;
  readonly event: AuditEventKind;
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  readonly result: string;
  readonly reason?: string;
  /** Through what and under which account it was entered (see `AuditRow.enteredBy`). */
  readonly enteredBy: string;
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
    format: String(AUDIT_EVENT_FORMAT),
    enteredBy: event.enteredBy,
  };
  return [...rows, { ...row, hash: auditRowHash(row) }];
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

/** Where a log stands: its identity (the first row's hash), its length and its last hash. */
export interface AuditHead {
  /** The hash of the chain's first row: a copied workbook's log has the same one (a fork). */
  readonly chain: string;
  readonly rows: number;
  readonly hash: string;
}

/**
 * The head of a log, or null for an empty one.
 * @example auditHead(rows) // { chain: "9c1f…", rows: 4, hash: "e02a…" }
 */
export function auditHead(rows: readonly AuditRow[]): AuditHead | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === undefined || last === undefined
    ? null
    : { chain: first.hash, rows: rows.length, hash: last.hash };
}

/**
 * The client ID a chain was started for (its `chainStarted` first row), or null for a chain from
 * before chains had an identity.
 * @example chainClient(rows) // "JX-GC-2024-0042"
 */
export function chainClient(rows: readonly AuditRow[]): string | null {
  const first = rows[0];
  return first !== undefined && first.event === "chainStarted" ? first.result : null;
}
