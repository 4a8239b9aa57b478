import {
  recordClientId,
  recordRows,
  registerConflict,
  resultFigures,
  REGISTER_TABLES,
  type RecordOutcome,
  type RegisterTable,
  type RegisteredChain,
  type RegisteredEvent,
  type WorkbookRecord,
} from "../../app/register";
import {
  MIGRATIONS,
  MIGRATIONS_TABLE,
  NewerSchemaError,
  REGISTER_SCHEMA_VERSION,
} from "./migrations";

export type SqlValue = string | number | null;
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * One connection, inside a transaction the adapter opened: SQL with `?` placeholders (the
 * PostgreSQL adapter numbers them). The register's logic is written once against this.
 */
export interface SqlSession {
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const nullableText = (v: unknown): string | null =>
  v === null || v === undefined ? null : String(v);

/** The schema version a database is at (0: empty). */
export async function schemaVersion(s: SqlSession): Promise<number> {
  await s.run(MIGRATIONS_TABLE);
  const rows = await s.all("SELECT MAX(version) AS v FROM schema_migrations");
  const v = rows[0]?.v;
  return v === null || v === undefined ? 0 : Number(v);
}

/**
 * Applies the migrations a database lacks, in order (the caller holds the lock and the
 * transaction). Returns the versions applied. A newer database is refused.
 */
export async function migrate(s: SqlSession, now: string): Promise<number[]> {
  const current = await schemaVersion(s);
  if (current > REGISTER_SCHEMA_VERSION) throw new NewerSchemaError(current);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    for (const statement of m.statements) await s.run(statement);
    await s.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
      m.version,
      m.name,
      now,
    ]);
    applied.push(m.version);
  }
  return applied;
}

function eventOf(r: SqlRow): RegisteredEvent {
  return {
    chain: text(r.chain),
    sequence: Number(r.sequence),
    hash: text(r.hash),
    previousHash: text(r.previous_hash),
    event: text(r.event),
    actor: text(r.actor),
    time: text(r.time),
    modelFingerprint: text(r.model_fingerprint),
    inputFingerprint: text(r.input_fingerprint),
    result: text(r.result),
    reason: text(r.reason),
    format: text(r.format),
    enteredBy: text(r.entered_by),
    clientId: nullableText(r.client_id),
  };
}

export async function chainEventsIn(s: SqlSession, chain: string): Promise<RegisteredEvent[]> {
  const rows = await s.all("SELECT * FROM events WHERE chain = ? ORDER BY sequence", [chain]);
  return rows.map(eventOf);
}

export async function clientChainsIn(s: SqlSession, clientId: string): Promise<RegisteredChain[]> {
  const rows = await s.all(
    `SELECT e.chain, e.client_id, c.n, e.hash, e.time
       FROM events e
       JOIN (SELECT chain, COUNT(*) AS n, MAX(sequence) AS last FROM events
              WHERE client_id = ? GROUP BY chain) c
         ON e.chain = c.chain AND e.sequence = c.last
      ORDER BY e.time, e.chain`,
    [clientId]
  );
  return rows.map((r) => ({
    chain: text(r.chain),
    clientId: nullableText(r.client_id),
    events: Number(r.n),
    lastHash: text(r.hash),
    lastTime: text(r.time),
  }));
}

export async function countsIn(s: SqlSession): Promise<Record<RegisterTable, number>> {
  const counts = {} as Record<RegisterTable, number>;
  for (const table of REGISTER_TABLES) {
    const rows = await s.all(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/**
 * Records one verified workbook (the caller holds the transaction and, on PostgreSQL, the
 * client's lock): the events its chain adds, its client, scorings, overrides, approvals and
 * model. A log that rewrites an event the register holds is refused; a log behind the register
 * (an older copy) adds nothing; a chain new to a known client is recorded (a restart) and said.
 */
export async function recordIn(s: SqlSession, workbook: WorkbookRecord): Promise<RecordOutcome> {
  const chain = workbook.rows[0]?.hash ?? "";
  const registered = await chainEventsIn(s, chain);
  const clientId = recordClientId(workbook);
  // The client's other chains matter only for a chain the register does not hold yet.
  const chains =
    clientId === null || registered.length > 0 ? [] : await clientChainsIn(s, clientId);
  const conflict = registerConflict(workbook.rows, registered, chains);
  if (conflict !== null && (conflict.kind === "rewritten" || workbook.rows.length === 0))
    return { ok: false, conflict };
  if (conflict?.kind === "truncated")
    return {
      ok: true,
      added: 0,
      known: workbook.rows.length,
      chain,
      behind: registered.length - workbook.rows.length,
      restarted: false,
    };
  const known = registered.length;
  const rows = recordRows(workbook, known);
  const now = workbook.recordedAt;
  if (rows.clientId !== null)
    await s.run(
      `INSERT INTO clients (client_id, client_name, first_recorded, last_recorded)
       VALUES (?, ?, ?, ?)
       ON CONFLICT (client_id) DO UPDATE SET client_name = excluded.client_name,
         last_recorded = excluded.last_recorded`,
      [rows.clientId, rows.clientName, now, now]
    );
  const summary = workbook.summary;
  for (const e of rows.events) {
    await s.run(
      `INSERT INTO events (hash, chain, sequence, previous_hash, event, actor, time,
         model_fingerprint, input_fingerprint, result, reason, format, entered_by, client_id,
         source_file, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        e.hash,
        e.chain,
        e.sequence,
        e.previousHash,
        e.event,
        e.actor,
        e.time,
        e.modelFingerprint,
        e.inputFingerprint,
        e.result,
        e.reason,
        e.format,
        e.enteredBy,
        e.clientId,
        workbook.file,
        now,
      ]
    );
    if (e.event === "scored") {
      const figures = resultFigures(e.result);
      const latest = e.hash === rows.latestScoring;
      await s.run(
        `INSERT INTO scorings (event_hash, client_id, time, officer, score, model_grade,
           final_grade, model_fingerprint, input_fingerprint, model_version, model_status, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          e.hash,
          e.clientId,
          e.time,
          e.actor,
          latest ? summary.score : (figures?.score ?? null),
          latest ? summary.modelGrade : (figures?.modelGrade ?? null),
          figures?.finalGrade ?? null,
          e.modelFingerprint,
          e.inputFingerprint,
          latest ? summary.modelVersion : null,
          latest ? summary.modelStatus : null,
          latest ? JSON.stringify(summary) : null,
        ]
      );
    } else if (e.event === "overridden")
      await s.run(
        `INSERT INTO overrides (event_hash, client_id, time, officer, result, reason)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [e.hash, e.clientId, e.time, e.actor, e.result, e.reason]
      );
    else if (e.event === "approved" || e.event === "modelApproved")
      await s.run(
        `INSERT INTO approvals (event_hash, client_id, kind, approver, time) VALUES (?, ?, ?, ?, ?)`,
        [e.hash, e.clientId, e.event === "approved" ? "override" : "model", e.actor, e.time]
      );
  }
  // A scoring recorded earlier from its figures alone gets the summary once a workbook shows it.
  if (rows.latestScoring !== null && known > 0)
    await s.run(
      `UPDATE scorings SET summary = ?, model_version = ?, model_status = ?
        WHERE event_hash = ? AND summary IS NULL`,
      [JSON.stringify(summary), summary.modelVersion, summary.modelStatus, rows.latestScoring]
    );
  if (summary.modelFingerprint !== null)
    await s.run(
      `INSERT INTO models (model_fingerprint, version, status, first_seen) VALUES (?, ?, ?, ?)
       ON CONFLICT (model_fingerprint) DO NOTHING`,
      [summary.modelFingerprint, summary.modelVersion, summary.modelStatus, now]
    );
  return {
    ok: true,
    added: rows.events.length,
    known,
    chain,
    behind: 0,
    restarted: known === 0 && conflict?.kind === "replaced",
  };
}
