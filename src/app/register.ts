import { msg, type MessageRef } from "../core";
import { chainClient, type AuditRow } from "../workbook/audit";
import type { WorkbookSummary } from "./summary";

/**
 * The portfolio register: every audit event of every client's workbook, kept in a database
 * outside the workbooks (SQLite file or PostgreSQL). It anchors each workbook's chain: a workbook
 * whose log does not extend what the register holds for its chain was rewritten, truncated or
 * replaced. This module is the pure part: the port the adapters implement
 * (src/adapters/db/), what is recorded, and the comparison of a log with the register.
 */

/** One audit event as the register keeps it: the row as written, plus where it came from. */
export interface RegisteredEvent {
  /** The hash of the chain's first row (the chain's identity). */
  readonly chain: string;
  readonly sequence: number;
  readonly hash: string;
  readonly previousHash: string;
  /** The event code (`scored`, `overridden` …). */
  readonly event: string;
  /** Who acted, as declared. */
  readonly actor: string;
  readonly time: string;
  /** The workbook's fingerprints at the event. */
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  readonly result: string;
  readonly reason: string;
  readonly format: string;
  readonly enteredBy: string;
  readonly clientId: string | null;
}

/** A chain the register holds for a client: its identity, length and last event. */
export interface RegisteredChain {
  readonly chain: string;
  readonly clientId: string | null;
  readonly events: number;
  readonly lastHash: string;
  readonly lastTime: string;
}

/** A verified workbook, as it is recorded: its log and the summary of its current scorecard. */
export interface WorkbookRecord {
  /** The file as the user named it (kept as the event's source). */
  readonly file: string;
  readonly rows: readonly AuditRow[];
  readonly summary: WorkbookSummary;
  /** When it is recorded (ISO 8601). */
  readonly recordedAt: string;
}

/** What recording a workbook did. */
export type RecordOutcome =
  | {
      readonly ok: true;
      /** Events new to the register. */
      readonly added: number;
      /** Events it already held (recognised by their hash). */
      readonly known: number;
      readonly chain: string;
      /** Events the register holds past the workbook's log (an older copy of the workbook). */
      readonly behind: number;
      /** A chain new to the register for a client it has other chains of (a restarted chain). */
      readonly restarted: boolean;
    }
  | { readonly ok: false; readonly conflict: RegisterConflict };

/** The register's port: a database adapter implements it (SQLite, PostgreSQL). */
export interface Register {
  /**
   * Records a verified workbook's events that the register does not hold yet, its client, its
   * scorings, overrides, approvals and model, in one transaction. A log that does not extend what
   * the register holds for its chain is refused (nothing recorded). Safe with concurrent writers:
   * two processes recording the same workbook record each event once.
   */
  record(workbook: WorkbookRecord): Promise<RecordOutcome>;
  /** `record` for many workbooks (SQLite: one lock and one write of the file for all). */
  recordAll(workbooks: readonly WorkbookRecord[]): Promise<RecordOutcome[]>;
  /** The register's events of a chain, in order. */
  chainEvents(chain: string): Promise<RegisteredEvent[]>;
  /** The chains the register holds for a client. */
  clientChains(clientId: string): Promise<RegisteredChain[]>;
  /** How many rows each table holds (for reports and tests). */
  counts(): Promise<Readonly<Record<RegisterTable, number>>>;
  close(): Promise<void>;
}

export const REGISTER_TABLES = [
  "clients",
  "events",
  "scorings",
  "overrides",
  "approvals",
  "models",
  "groups",
] as const;
export type RegisterTable = (typeof REGISTER_TABLES)[number];

/** How a workbook's log fails to extend the register. */
export type RegisterConflictKind =
  /** An event the register holds differs from the workbook's at that position. */
  | "rewritten"
  /** The workbook's log ends before the register's last event of its chain. */
  | "truncated"
  /** The chain is not in the register, but the client has other chains there. */
  | "replaced"
  /** The register holds nothing of this chain or client. */
  | "notRecorded";

export interface RegisterConflict {
  readonly kind: RegisterConflictKind;
  /** 1-based position of the first event that differs (or is missing), when there is one. */
  readonly sequence?: number;
  /** The audit log's sheet row of that event (the header is row 1). */
  readonly row?: number;
  readonly message: MessageRef;
}

/** The register's view of one event, in a message: its number, code, actor, time and hash. */
function eventText(e: {
  sequence: number;
  event: string;
  actor: string;
  time: string;
  hash: string;
}): MessageRef {
  return msg("register.event", {
    sequence: e.sequence,
    event: e.event,
    actor: e.actor,
    time: e.time,
    hash: e.hash.slice(0, 12),
  });
}

/**
 * Whether a workbook's audit log extends what the register holds for its chain: every event the
 * register holds must be in the log at its position, with the same hash. Names the first event
 * that differs, or the first one missing from the log. A chain the register does not know is
 * `replaced` when the client has chains there (its history was swapped for another), else
 * `notRecorded`. Null when the log extends the register (it may hold more events: not recorded
 * yet).
 * @example registerConflict(rows, await register.chainEvents(chain), []) // null
 */
export function registerConflict(
  rows: readonly AuditRow[],
  registered: readonly RegisteredEvent[],
  clientChains: readonly RegisteredChain[]
): RegisterConflict | null {
  const first = rows[0];
  if (first === undefined)
    return { kind: "notRecorded", message: msg("register.conflict.emptyLog") };
  if (registered.length === 0) {
    const clientId = chainClient(rows) ?? "";
    const others = clientChains.filter((c) => c.chain !== first.hash);
    const last = others.reduce<RegisteredChain | undefined>(
      (latest, c) => (latest === undefined || c.lastTime > latest.lastTime ? c : latest),
      undefined
    );
    if (last !== undefined)
      return {
        kind: "replaced",
        sequence: 1,
        row: 2,
        message: msg("register.conflict.replaced", {
          client: clientId,
          chains: others.length,
          chain: last.chain.slice(0, 12),
          events: last.events,
          found: first.hash.slice(0, 12),
        }),
      };
    return {
      kind: "notRecorded",
      sequence: 1,
      row: 2,
      message: msg("register.conflict.notRecorded", {
        chain: first.hash.slice(0, 12),
        client: clientId,
      }),
    };
  }
  for (const held of registered) {
    const row = rows[held.sequence - 1];
    const expected = eventText(held);
    if (row === undefined)
      return {
        kind: "truncated",
        sequence: held.sequence,
        row: held.sequence + 1,
        message: msg("register.conflict.truncated", {
          rows: rows.length,
          held: registered.length,
          expected,
        }),
      };
    if (row.hash !== held.hash)
      return {
        kind: "rewritten",
        sequence: held.sequence,
        row: held.sequence + 1,
        message: msg("register.conflict.rewritten", {
          expected,
          found: eventText({ ...row, actor: row.user }),
        }),
      };
  }
  return null;
}

/** A register event from a log row. */
export function registeredEvent(
  row: AuditRow,
  chain: string,
  clientId: string | null
): RegisteredEvent {
  return {
    chain,
    sequence: row.sequence,
    hash: row.hash,
    previousHash: row.previousHash,
    event: row.event,
    actor: row.user,
    time: row.time,
    modelFingerprint: row.modelFingerprint,
    inputFingerprint: row.inputFingerprint,
    result: row.result,
    reason: row.reason,
    format: row.format,
    enteredBy: row.enteredBy,
    clientId,
  };
}

/** Score and grades read back from an audit row's result line (either language), when it has them. */
export interface ResultFigures {
  readonly score: string;
  readonly modelGrade: string;
  readonly finalGrade: string;
}

/**
 * The score, model grade and final grade of an event's result line ("score 73.00 · model C ·
 * final C", "得分 73.00 · 模型等级 C · 最终等级 C"); null when the line has no such figures.
 * @example resultFigures("score 73.00 · model C · final B") // { score: "73.00", modelGrade: "C", finalGrade: "B" }
 */
export function resultFigures(result: string): ResultFigures | null {
  const m = /^[^\d]*?(\d+(?:\.\d+)?)[^A-D\d]*\b([A-D])\b[^A-D]*?\b([A-D])\b/u.exec(result);
  if (m === null) return null;
  return { score: m[1]!, modelGrade: m[2]!, finalGrade: m[3]! };
}

/** What a workbook adds to the register. */
export interface RecordRows {
  readonly chain: string;
  readonly clientId: string | null;
  readonly clientName: string | null;
  /** The events the register does not hold yet, in order. */
  readonly events: RegisteredEvent[];
  /** The log's last `scored` event: the scoring the workbook's scorecard (and summary) shows. */
  readonly latestScoring: string | null;
}

/**
 * What a workbook adds to the register, given how many of its chain's events the register holds
 * already (they are the log's first `known`, as `registerConflict` checked).
 * @example recordRows(workbook, 2).events.map((e) => e.sequence) // [3, 4]
 */
export function recordRows(workbook: WorkbookRecord, known: number): RecordRows {
  const rows = workbook.rows;
  const chain = rows[0]?.hash ?? "";
  const clientId = recordClientId(workbook);
  const lastScored = [...rows].reverse().find((r) => r.event === "scored");
  return {
    chain,
    clientId,
    clientName: workbook.summary.clientName,
    events: rows.slice(known).map((r) => registeredEvent(r, chain, clientId)),
    latestScoring: lastScored?.hash ?? null,
  };
}

/** The client a workbook's events belong to: its scorecard's client ID, else its chain's; null when blank. */
export function recordClientId(workbook: WorkbookRecord): string | null {
  const id = (workbook.summary.clientId ?? chainClient(workbook.rows) ?? "").trim();
  return id === "" ? null : id;
}
