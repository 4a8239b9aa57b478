import { spawn } from "node:child_process";
import { join } from "node:path";
import { Client } from "pg";
import initSqlJs from "sql.js";
import { readFileSync, writeFileSync } from "node:fs";
import { openRegister } from "../../../src/adapters/db/open";
import {
  MIGRATIONS,
  NewerSchemaError,
  REGISTER_SCHEMA_VERSION,
} from "../../../src/adapters/db/migrations";
import type { Register } from "../../../src/app/register";
import { chain, describeEachDatabase, recordOf, type TestDatabase } from "../../support/register";

/** The schema versions a database records, read with its own driver. */
async function appliedVersions(kind: string, db: string): Promise<number[]> {
  if (kind === "PostgreSQL") {
    const c = new Client({ connectionString: db });
    await c.connect();
    try {
      const r = await c.query("SELECT version FROM schema_migrations ORDER BY version");
      return r.rows.map((row: { version: number }) => Number(row.version));
    } finally {
      await c.end();
    }
  }
  const SQL = await initSqlJs();
  const database = new SQL.Database(readFileSync(db));
  try {
    return (
      database.exec("SELECT version FROM schema_migrations ORDER BY version")[0]?.values ?? []
    ).map((v) => Number(v[0]));
  } finally {
    database.close();
  }
}

/** Marks a database as migrated to `version` by a later release. */
async function insertVersion(kind: string, db: string, version: number): Promise<void> {
  const sql = `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${version}, 'later', 'now')`;
  if (kind === "PostgreSQL") {
    const c = new Client({ connectionString: db });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
    return;
  }
  const SQL = await initSqlJs();
  const database = new SQL.Database(readFileSync(db));
  try {
    database.run(sql);
    writeFileSync(db, database.export());
  } finally {
    database.close();
  }
}

/** A stand-in for the closed register (afterEach closes whatever `register` is). */
function closedRegister(): Promise<Register> {
  return Promise.resolve({ close: () => Promise.resolve() } as unknown as Register);
}

describeEachDatabase("the register in a database", (kind, fresh) => {
  let database: TestDatabase;
  let register: Register;
  beforeEach(async () => {
    database = await fresh();
    register = await openRegister(database.db);
  });
  afterEach(async () => {
    await register.close();
    await database.drop();
  });

  it("is created from empty by its migrations, each recorded once", async () => {
    expect(await appliedVersions(kind, database.db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(REGISTER_SCHEMA_VERSION).toBe(1);
    // Opening again applies nothing.
    const again = await openRegister(database.db);
    await again.close();
    expect(await appliedVersions(kind, database.db)).toEqual([1]);
    expect(await register.counts()).toEqual({
      clients: 0,
      events: 0,
      scorings: 0,
      overrides: 0,
      approvals: 0,
      models: 0,
      groups: 0,
    });
  });

  it("refuses a register a newer release migrated, and writes nothing to it", async () => {
    await register.close();
    await insertVersion(kind, database.db, REGISTER_SCHEMA_VERSION + 1);
    await expect(openRegister(database.db)).rejects.toThrow(NewerSchemaError);
    expect(await appliedVersions(kind, database.db)).toEqual([1, 2]);
    register = await closedRegister();
  });

  it("records a workbook's events once: importing it again adds none", async () => {
    const rows = chain("C1", ["scored", "overridden", "approved"]);
    const first = await register.record(recordOf(rows, "C1"));
    expect(first).toMatchObject({ ok: true, added: 4, known: 0 });
    const again = await register.record(recordOf(rows, "C1"));
    expect(again).toMatchObject({ ok: true, added: 0, known: 4 });
    expect(await register.counts()).toMatchObject({
      clients: 1,
      events: 4,
      scorings: 1,
      overrides: 1,
      approvals: 1,
      models: 1,
    });
    const events = await register.chainEvents(rows[0]!.hash);
    expect(events.map((e) => [e.sequence, e.event, e.hash])).toEqual(
      rows.map((r) => [r.sequence, r.event, r.hash])
    );
  });

  it("adds only what a longer log adds; an older copy adds nothing and is said to be behind", async () => {
    const rows = chain("C1", ["scored", "overridden", "approved"]);
    expect(await register.record(recordOf(rows.slice(0, 2), "C1"))).toMatchObject({ added: 2 });
    expect(await register.record(recordOf(rows, "C1"))).toMatchObject({ added: 2, known: 2 });
    expect(await register.record(recordOf(rows.slice(0, 3), "C1"))).toMatchObject({
      ok: true,
      added: 0,
      behind: 1,
    });
    expect((await register.counts()).events).toBe(4);
  });

  it("refuses a log that rewrites a recorded event, and records nothing of it", async () => {
    const rows = chain("C1", ["scored", "overridden"]);
    await register.record(recordOf(rows, "C1"));
    const forked = chain("C1", ["overridden", "approved"], {
      from: rows.slice(0, 2),
      user: "Mallory",
    });
    const outcome = await register.record(recordOf(forked, "C1"));
    expect(outcome).toMatchObject({ ok: false, conflict: { kind: "rewritten", sequence: 3 } });
    expect((await register.counts()).events).toBe(3);
  });

  it("records a restarted chain of a known client and says it restarted", async () => {
    await register.record(recordOf(chain("C1", ["scored"]), "C1"));
    const restarted = chain("C1", ["scored"], { user: "Li Na", start: 30 });
    expect(await register.record(recordOf(restarted, "C1"))).toMatchObject({
      ok: true,
      added: 2,
      restarted: true,
    });
    expect(await register.clientChains("C1")).toHaveLength(2);
  });

  it("two writers recording the same workbooks at once record each event once", async () => {
    const books = ["C1", "C2", "C3"].map((id) => recordOf(chain(id, ["scored", "overridden"]), id));
    const second = await openRegister(database.db);
    try {
      const outcomes = await Promise.all([register.recordAll(books), second.recordAll(books)]);
      const added = outcomes.flat().reduce((sum, o) => sum + (o.ok ? o.added : 0), 0);
      expect(added).toBe(9);
      expect(outcomes.flat().every((o) => o.ok)).toBe(true);
    } finally {
      await second.close();
    }
    expect(await register.counts()).toMatchObject({ clients: 3, events: 9, scorings: 3 });
  });

  it("two processes recording the same workbooks at once record each event once", async () => {
    const script = join(__dirname, "record-process.ts");
    const run = () =>
      new Promise<number | null>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [join(__dirname, "../../../scripts/run-ts.js"), script, database.db],
          { stdio: "inherit" }
        );
        child.on("error", reject);
        child.on("exit", resolve);
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
    expect(await register.counts()).toMatchObject({ clients: 5, events: 20, scorings: 5 });
  });
});
