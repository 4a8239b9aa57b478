import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { failedSummary, type WorkbookSummary } from "../../src/app";
import type { WorkbookRecord } from "../../src/app/register";
import { appendAuditEvent, type AuditRow } from "../../src/workbook/audit";
import { describeWithProgram, programGate, type ProgramGate } from "./required-program";

/**
 * What the register's suites share: a throwaway database of each kind, and audit chains made
 * without workbooks. PostgreSQL is the server `.ci/run` starts (scripts/test-postgres.sh), named by
 * GOVSCORE_TEST_PG_URL; each suite gets a database of its own, dropped afterwards. Under CI a
 * missing URL fails the suite, and an unreachable server fails its tests (never skipped).
 */
export const PG_URL = process.env.GOVSCORE_TEST_PG_URL;

export function postgresGate(): ProgramGate {
  return programGate(
    "PostgreSQL",
    PG_URL === undefined || PG_URL === "" ? "GOVSCORE_TEST_PG_URL is not set" : null,
    'apt-get install postgresql; eval "$(scripts/test-postgres.sh start)"'
  );
}

export interface TestDatabase {
  /** What `--db` takes: an SQLite file path or a postgres:// URL. */
  readonly db: string;
  readonly drop: () => Promise<void>;
}

/** A new, empty PostgreSQL database on the test server. */
async function postgresDatabase(): Promise<TestDatabase> {
  const name = `govscore_t_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return {
    db: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** A new SQLite register file (not created yet) in a folder of its own. */
function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "govscore-register-"));
  return Promise.resolve({
    db: join(dir, "register.sqlite"),
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
}

export type DatabaseKind = "SQLite" | "PostgreSQL";

/**
 * The same suite against both databases: `body(kind, fresh)` where `fresh()` gives a new empty
 * database. The PostgreSQL suite runs where the test server is (see postgresGate).
 */
export function describeEachDatabase(
  title: string,
  body: (kind: DatabaseKind, fresh: () => Promise<TestDatabase>) => void
): void {
  describe(`${title} (SQLite)`, () => body("SQLite", sqliteDatabase));
  describeWithProgram(postgresGate(), `${title} (PostgreSQL)`, () =>
    body("PostgreSQL", postgresDatabase)
  );
}

const FINGERPRINT = "a".repeat(64);

/** An audit chain for a client: chainStarted then the events named, at one-minute steps. */
export function chain(
  clientId: string,
  events: readonly string[],
  options: {
    readonly user?: string;
    readonly start?: number;
    readonly from?: readonly AuditRow[];
  } = {}
): AuditRow[] {
  let rows: AuditRow[] = [...(options.from ?? [])];
  const kinds = rows.length === 0 ? ["chainStarted", ...events] : events;
  for (const event of kinds) {
    const minute = (options.start ?? 0) + rows.length;
    rows = appendAuditEvent(rows, {
      time: `2026-03-01T09:${String(minute).padStart(2, "0")}:00+08:00`,
      user: options.user ?? "Wang Fang",
      event: event as never,
      modelFingerprint: FINGERPRINT,
      inputFingerprint: "b".repeat(64),
      result: event === "chainStarted" ? clientId : "score 73.00 · model C · final C",
      reason: event === "overridden" ? "weak board" : "",
      enteredBy: "govscore; test",
    });
  }
  return rows;
}

/** A record of a chain, with a summary naming the client. */
export function recordOf(
  rows: readonly AuditRow[],
  clientId: string,
  file = "c.scored.xlsx"
): WorkbookRecord {
  const summary: WorkbookSummary = {
    ...failedSummary(file, [], "en-US"),
    clientId,
    clientName: `Client ${clientId}`,
    score: "73.00",
    modelGrade: "C",
    finalGrade: "C",
    modelFingerprint: FINGERPRINT,
    modelStatus: "approved",
    modelVersion: "1",
  };
  return { file, rows, summary, recordedAt: "2026-03-02T10:00:00+08:00" };
}
