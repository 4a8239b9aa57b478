import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openRegister } from "../../src/adapters/db/open";
import { describeEachDatabase, type TestDatabase } from "../support/register";
import { compileCli, runCli } from "./compiled-cli";

/**
 * govscore register import, --db on score and override, and verify --db, with real workbooks and
 * the compiled command line, against SQLite and PostgreSQL.
 */
let cli: ReturnType<typeof compileCli>;
beforeAll(() => {
  cli = compileCli();
});
afterAll(() => cli.remove());

const EXAMPLES = join(__dirname, "../../examples");
const CLIENTS = ["01-grade-a-ruifeng-precision", "02-grade-b-huacheng-materials"];
const B = CLIENTS[1]!;

async function eventsIn(db: string): Promise<number> {
  const register = await openRegister(db);
  try {
    return (await register.counts()).events;
  } finally {
    await register.close();
  }
}

/** A scored copy with one audit-log cell changed (the user of its last row), saved by exceljs. */
async function tamper(file: string, into: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const marker = workbook.definedNames.model.find((n) => n.name === "GovScore_auditLog");
  const sheet = /^'?(.*?)'?!/.exec(marker?.ranges[0] ?? "")?.[1]?.replace(/''/g, "'") ?? "";
  const log = workbook.getWorksheet(sheet)!;
  log.getCell(log.rowCount, 3).value = "Someone Else";
  await workbook.xlsx.writeFile(into);
}

describeEachDatabase("govscore register", (kind, fresh) => {
  let dir = "";
  let database: TestDatabase;
  const govscore = (args: readonly string[]) =>
    runCli(cli.main, args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "govscore-register-cli-"));
    mkdirSync(join(dir, "book"));
    for (const c of CLIENTS)
      copyFileSync(join(EXAMPLES, `${c}.xlsx`), join(dir, "book", `${c}.xlsx`));
    database = await fresh();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("score --db records each scored workbook; import again adds nothing", async () => {
    const score = await govscore(["score", "book", "--db", database.db]);
    expect(score.code).toBe(0);
    expect(score.stderr).toContain("recorded 2 new events");
    expect(await eventsIn(database.db)).toBe(4);
    const again = await govscore(["register", "import", "book", "--db", database.db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("2 workbooks read, 0 events added, 4 already held, 0 refused");
    expect(await eventsIn(database.db)).toBe(4);
  });

  it("override --db records the override; verify --db passes on the workbook and fails on its older copy (truncated)", async () => {
    copyFileSync(join(dir, "book", `${B}.scored.xlsx`), join(dir, "old.scored.xlsx"));
    const override = await govscore([
      "override",
      `book/${B}.scored.xlsx`,
      "--grade",
      "C",
      "--reason",
      "weak board",
      "--officer",
      "Li Na",
      "--db",
      database.db,
    ]);
    expect(override.code).toBe(0);
    expect(override.stderr).toContain("recorded 1 new event, 2 already held");
    const ok = await govscore(["verify", `book/${B}.scored.xlsx`, "--db", database.db]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("(3 of 3 events recorded)");
    const old = await govscore(["verify", "old.scored.xlsx", "--db", database.db]);
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(
      /!A4: history truncated: the audit log has 2 events, the register holds 3; first missing: event 3 \(overridden by Li Na/
    );
  });

  it("verify --db names the first event a forked log rewrote; import refuses it and records nothing", async () => {
    copyFileSync(join(dir, "old.scored.xlsx"), join(dir, "fork.scored.xlsx"));
    const fork = await govscore([
      "override",
      "fork.scored.xlsx",
      "--grade",
      "D",
      "--reason",
      "other story",
      "--officer",
      "Mallory",
    ]);
    expect(fork.code).toBe(0);
    const check = await govscore([
      "verify",
      "fork.scored.xlsx",
      "--db",
      database.db,
      "--lang",
      "zh",
    ]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("历史被改写：登记簿记录为第3条事件（overridden，Li Na");
    expect(check.stdout).toContain("审计日志中为第3条事件（overridden，Mallory");
    const imported = await govscore([
      "register",
      "import",
      "fork.scored.xlsx",
      "--db",
      database.db,
    ]);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain("NOT RECORDED: history rewritten");
    expect(await eventsIn(database.db)).toBe(5);
  });

  it("verify --db fails on a history replaced by a new chain of the same client", async () => {
    const rescored = await govscore([
      "score",
      `book/${B}.xlsx`,
      "--out",
      "other",
      "--user",
      "Someone",
    ]);
    expect(rescored.code).toBe(0);
    const check = await govscore(["verify", `other/${B}.scored.xlsx`, "--db", database.db]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "history replaced: the register holds 1 other audit chain of client JS-WX-2024-0588"
    );
  });

  it("a tampered workbook is reported and not recorded", async () => {
    mkdirSync(join(dir, "tampered"));
    await tamper(join(dir, "other", `${B}.scored.xlsx`), join(dir, "tampered", "t.scored.xlsx"));
    const imported = await govscore(["register", "import", "tampered", "--db", database.db]);
    expect(imported.code).toBe(1);
    expect(imported.stdout).toContain("t.scored.xlsx: NOT RECORDED: it does not verify");
    expect(await eventsIn(database.db)).toBe(5);
  });

  it("two imports of one folder at once record each event once", async () => {
    const other = await fresh();
    try {
      const [a, b] = await Promise.all([
        govscore(["register", "import", "book", "--db", other.db]),
        govscore(["register", "import", "book", "--db", other.db]),
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(await eventsIn(other.db)).toBe(5);
    } finally {
      await other.drop();
    }
  });

  it(`an unreachable register is said at once and nothing is scored (${kind})`, async () => {
    const bad =
      kind === "PostgreSQL" ? "postgres://nobody:secret@127.0.0.1:1/none" : join(dir, "book");
    const score = await govscore([
      "score",
      `book/${CLIENTS[0]}.xlsx`,
      "--out",
      "never",
      "--db",
      bad,
    ]);
    expect(score.code).toBe(1);
    expect(score.stderr).toContain("could not be opened");
    expect(score.stderr).not.toContain("secret");
  });
});
