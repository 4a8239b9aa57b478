import { readFile } from "node:fs/promises";
import initSqlJs, { type Database, type SqlJsStatic } from "sql.js";
import type {
  RecordOutcome,
  Register,
  RegisteredChain,
  RegisteredEvent,
  RegisterTable,
  WorkbookRecord,
} from "../../app/register";
import { acquireFileLock, type LockOptions } from "../xlsx/file-lock";
import { identityOfBytes, replaceFile, type FileIdentity } from "../xlsx/safe-write";
import { REGISTER_SCHEMA_VERSION } from "./migrations";
import {
  chainEventsIn,
  clientChainsIn,
  countsIn,
  migrate,
  recordIn,
  schemaVersion,
  type SqlRow,
  type SqlSession,
  type SqlValue,
} from "./repository";

/**
 * The register in one SQLite file, through sql.js (SQLite compiled to WebAssembly: no native
 * build, nothing downloaded at install, the same on Windows, macOS and Linux).
 *
 * sql.js keeps the database in memory, so the file is read whole and written whole:
 * - a writer takes `<file>.lock` (created exclusively, as the workbooks' locks: a second writer
 *   waits up to a minute, a lock left by a process that ended is broken), reads the file, applies
 *   its changes in a transaction, and replaces the file in one step (written to a temporary file
 *   in the same folder, flushed, checked unchanged, renamed over it). A crash leaves the old file
 *   whole; writers never lose each other's events; readers take no lock and see the file as the
 *   last writer left it.
 * - the cost: each write rewrites the whole file and the database is held in memory while a
 *   command runs (about 1 KB per event and 3 KB per scoring with its summary), and writers take
 *   turns. For a shared register of many officers use PostgreSQL.
 */
let sqlJs: Promise<SqlJsStatic> | null = null;

function engine(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

function session(db: Database): SqlSession {
  const all = (sql: string, params: readonly SqlValue[] = []): SqlRow[] => {
    const statement = db.prepare(sql);
    try {
      statement.bind([...params]);
      const rows: SqlRow[] = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.free();
    }
  };
  return {
    all: (sql, params) => Promise.resolve(all(sql, params)),
    run: (sql, params) => {
      if (params === undefined || params.length === 0) db.run(sql);
      else db.run(sql, [...params]);
      return Promise.resolve();
    },
  };
}

async function readBytes(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** A file that is not an SQLite database (or is damaged) is refused, never overwritten. */
export class NotARegisterError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string
  ) {
    super(`${path} is not a register: ${detail}`);
    this.name = "NotARegisterError";
  }
}

async function load(path: string): Promise<{ db: Database; identity: FileIdentity }> {
  const SQL = await engine();
  const bytes = await readBytes(path);
  const db = bytes === null ? new SQL.Database() : new SQL.Database(bytes);
  try {
    db.exec("PRAGMA foreign_keys = ON");
    if (bytes !== null) db.exec("SELECT COUNT(*) FROM sqlite_master");
  } catch (error) {
    db.close();
    throw new NotARegisterError(path, error instanceof Error ? error.message : String(error));
  }
  return { db, identity: bytes === null ? null : identityOfBytes(bytes) };
}

class SqliteRegister implements Register {
  constructor(
    private readonly path: string,
    private readonly now: () => string,
    private readonly lock: LockOptions
  ) {}

  /** Runs `change` under the file's lock, in one transaction, and writes the file back. */
  async write<T>(change: (s: SqlSession) => Promise<T>): Promise<T> {
    const release = await acquireFileLock(this.path, this.lock);
    try {
      const { db, identity } = await load(this.path);
      try {
        const s = session(db);
        db.exec("BEGIN IMMEDIATE");
        let result: T;
        try {
          await migrate(s, this.now());
          result = await change(s);
          db.exec("COMMIT");
        } catch (error) {
          db.exec("ROLLBACK");
          throw error;
        }
        await replaceFile(this.path, db.export(), identity);
        return result;
      } finally {
        db.close();
      }
    } finally {
      await release();
    }
  }

  /** Reads the file as the last writer left it (no lock: it is replaced in one step). */
  async read<T>(query: (s: SqlSession) => Promise<T>): Promise<T> {
    const { db } = await load(this.path);
    try {
      const s = session(db);
      // An empty or older file is read as the current schema would hold it (nothing written).
      if ((await schemaVersion(s)) === 0) await migrate(s, this.now());
      return await query(s);
    } finally {
      db.close();
    }
  }

  async record(workbook: WorkbookRecord): Promise<RecordOutcome> {
    return (await this.recordAll([workbook]))[0]!;
  }

  /** Records many workbooks with one lock and one write of the file. */
  recordAll(workbooks: readonly WorkbookRecord[]): Promise<RecordOutcome[]> {
    return this.write(async (s) => {
      const outcomes: RecordOutcome[] = [];
      for (const workbook of workbooks) {
        await s.run("SAVEPOINT workbook");
        try {
          outcomes.push(await recordIn(s, workbook));
          await s.run("RELEASE workbook");
        } catch (error) {
          await s.run("ROLLBACK TO workbook");
          throw error;
        }
      }
      return outcomes;
    });
  }

  chainEvents(chain: string): Promise<RegisteredEvent[]> {
    return this.read((s) => chainEventsIn(s, chain));
  }

  clientChains(clientId: string): Promise<RegisteredChain[]> {
    return this.read((s) => clientChainsIn(s, clientId));
  }

  counts(): Promise<Readonly<Record<RegisterTable, number>>> {
    return this.read((s) => countsIn(s));
  }

  /** Creates the file, or applies the migrations it lacks. */
  async open(): Promise<void> {
    const { db } = await load(this.path);
    let current: number;
    try {
      current = await schemaVersion(session(db));
    } finally {
      db.close();
    }
    if (current !== REGISTER_SCHEMA_VERSION) await this.write(() => Promise.resolve());
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Opens (creating or migrating) the register in an SQLite file.
 * @example const register = await openSqliteRegister("register.sqlite");
 */
export async function openSqliteRegister(
  path: string,
  options: { readonly now?: () => string; readonly lock?: LockOptions } = {}
): Promise<Register> {
  const register = new SqliteRegister(
    path,
    options.now ?? (() => new Date().toISOString()),
    options.lock ?? {}
  );
  await register.open();
  return register;
}
