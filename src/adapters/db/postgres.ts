import { createHash } from "node:crypto";
import { Pool, type PoolClient } from "pg";
import {
  recordClientId,
  type RecordOutcome,
  type Register,
  type RegisteredChain,
  type RegisteredEvent,
  type RegisterTable,
  type WorkbookRecord,
} from "../../app/register";
import {
  chainEventsIn,
  clientChainsIn,
  countsIn,
  migrate,
  recordIn,
  type SqlSession,
  type SqlValue,
} from "./repository";

/**
 * The register in PostgreSQL (`pg`, pure JavaScript): the shared register of a credit department,
 * many officers writing at once. Each workbook is recorded in its own transaction holding a
 * transaction-level advisory lock on its client (or, without a client ID, its chain), so two
 * officers recording the same client take turns and every event is recorded once; different
 * clients are recorded in parallel. Migrations run under one advisory lock.
 */

/** `?` placeholders numbered as PostgreSQL wants them ($1, $2 …); the SQL has no `?` in literals. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function session(client: PoolClient): SqlSession {
  return {
    all: async (sql, params: readonly SqlValue[] = []) =>
      (await client.query(numbered(sql), [...params])).rows as Record<string, unknown>[],
    run: async (sql, params: readonly SqlValue[] = []) => {
      await client.query(numbered(sql), [...params]);
    },
  };
}

/** A 63-bit advisory lock key from a text (the same text, the same lock, in every process). */
function lockKey(text: string): string {
  return BigInt.asIntN(
    64,
    BigInt(`0x${createHash("sha256").update(text).digest("hex").slice(0, 16)}`)
  ).toString();
}

const MIGRATION_LOCK = lockKey("govscore register migrations");

class PostgresRegister implements Register {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => string
  ) {}

  async transaction<T>(locks: readonly string[], work: (s: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      try {
        for (const key of locks) await client.query("SELECT pg_advisory_xact_lock($1)", [key]);
        const result = await work(session(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async open(): Promise<void> {
    await this.transaction([MIGRATION_LOCK], (s) => migrate(s, this.now()));
  }

  record(workbook: WorkbookRecord): Promise<RecordOutcome> {
    const owner = recordClientId(workbook) ?? workbook.rows[0]?.hash ?? "";
    return this.transaction([lockKey(`client ${owner}`)], (s) => recordIn(s, workbook));
  }

  async recordAll(workbooks: readonly WorkbookRecord[]): Promise<RecordOutcome[]> {
    const outcomes: RecordOutcome[] = [];
    for (const workbook of workbooks) outcomes.push(await this.record(workbook));
    return outcomes;
  }

  chainEvents(chain: string): Promise<RegisteredEvent[]> {
    return this.transaction([], (s) => chainEventsIn(s, chain));
  }

  clientChains(clientId: string): Promise<RegisteredChain[]> {
    return this.transaction([], (s) => clientChainsIn(s, clientId));
  }

  counts(): Promise<Readonly<Record<RegisterTable, number>>> {
    return this.transaction([], (s) => countsIn(s));
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * Opens the register in a PostgreSQL database (`postgres://user@host:port/db`), applying the
 * migrations it lacks.
 * @example const register = await openPostgresRegister("postgres://govscore@db.bank.local/register");
 */
export async function openPostgresRegister(
  url: string,
  options: { readonly now?: () => string } = {}
): Promise<Register> {
  const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client's error (the server restarted) is reported by the next query, not thrown here.
  pool.on("error", () => undefined);
  const register = new PostgresRegister(pool, options.now ?? (() => new Date().toISOString()));
  try {
    await register.open();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return register;
}
