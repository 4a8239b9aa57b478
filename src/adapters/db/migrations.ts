/**
 * The register's schema, one list of versioned migrations for SQLite and PostgreSQL alike
 * (portable SQL: TEXT and INTEGER columns, ISO 8601 times as text, `ON CONFLICT` upserts). A
 * database records the migrations applied in `schema_migrations`; opening a register applies the
 * missing ones in order, each in its own transaction. A register migrated by a newer release
 * (a version this one does not know) is refused rather than written.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "clients, events, scorings, overrides, approvals, models, groups",
    statements: [
      `CREATE TABLE clients (
        client_id TEXT PRIMARY KEY,
        client_name TEXT,
        first_recorded TEXT NOT NULL,
        last_recorded TEXT NOT NULL
      )`,
      // Every audit event, as the workbook's log holds it. The hash identifies an event (a
      // re-import adds nothing); one event per position of a chain (a fork is refused).
      `CREATE TABLE events (
        hash TEXT PRIMARY KEY,
        chain TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        previous_hash TEXT NOT NULL,
        event TEXT NOT NULL,
        actor TEXT NOT NULL,
        time TEXT NOT NULL,
        model_fingerprint TEXT NOT NULL,
        input_fingerprint TEXT NOT NULL,
        result TEXT NOT NULL,
        reason TEXT NOT NULL,
        format TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        client_id TEXT,
        source_file TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (chain, sequence)
      )`,
      `CREATE INDEX events_client ON events (client_id, time)`,
      // One row per scored event; the figures from its result line, the whole summary for the
      // scoring a recorded workbook's scorecard showed.
      `CREATE TABLE scorings (
        event_hash TEXT PRIMARY KEY REFERENCES events (hash),
        client_id TEXT,
        time TEXT NOT NULL,
        officer TEXT NOT NULL,
        score TEXT,
        model_grade TEXT,
        final_grade TEXT,
        model_fingerprint TEXT NOT NULL,
        input_fingerprint TEXT NOT NULL,
        model_version TEXT,
        model_status TEXT,
        summary TEXT
      )`,
      `CREATE INDEX scorings_client ON scorings (client_id, time)`,
      `CREATE TABLE overrides (
        event_hash TEXT PRIMARY KEY REFERENCES events (hash),
        client_id TEXT,
        time TEXT NOT NULL,
        officer TEXT NOT NULL,
        result TEXT NOT NULL,
        reason TEXT NOT NULL
      )`,
      `CREATE TABLE approvals (
        event_hash TEXT PRIMARY KEY REFERENCES events (hash),
        client_id TEXT,
        kind TEXT NOT NULL,
        approver TEXT NOT NULL,
        time TEXT NOT NULL
      )`,
      `CREATE TABLE models (
        model_fingerprint TEXT PRIMARY KEY,
        version TEXT,
        status TEXT,
        first_seen TEXT NOT NULL
      )`,
      `CREATE TABLE groups (
        group_id TEXT PRIMARY KEY,
        group_name TEXT,
        recorded_at TEXT NOT NULL,
        summary TEXT
      )`,
      `CREATE TABLE group_members (
        group_id TEXT NOT NULL REFERENCES groups (group_id),
        client_id TEXT NOT NULL,
        PRIMARY KEY (group_id, client_id)
      )`,
    ],
  },
];

/** The schema version this release writes. */
export const REGISTER_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** A register written by a newer release: this one does not know its schema. */
export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`register schema ${found} is newer than ${REGISTER_SCHEMA_VERSION}`);
    this.name = "NewerSchemaError";
  }
}
