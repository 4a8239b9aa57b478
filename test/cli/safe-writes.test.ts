import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { snapshotToXlsx } from "../adapters/xlsx/helpers/client-files";
import { clientWorkbook } from "../workbook/read/client";
import { compileCli, runCli, type Run } from "./compiled-cli";

/**
 * Safe writes, with real processes of the compiled command line: two overrides of one file at
 * once never lose an event, and a command killed mid-way leaves the file whole and nothing behind
 * that stops the next one.
 */
const BUSY_MACHINE = 120_000;
let cli: ReturnType<typeof compileCli>;
let dir = "";

beforeAll(() => {
  cli = compileCli();
  dir = mkdtempSync(join(tmpdir(), "govscore-safe-"));
});
afterAll(() => {
  cli.remove();
  rmSync(dir, { recursive: true, force: true });
});

const ENV = { LANG: "en_US.UTF-8" };
const govscore = (args: readonly string[]) => runCli(cli.main, args, { cwd: dir, env: ENV });

async function scoredCopy(name: string): Promise<string> {
  writeFileSync(join(dir, `${name}.xlsx`), await snapshotToXlsx(clientWorkbook()));
  const score = await govscore(["score", `${name}.xlsx`]);
  expect(score.code).toBe(0);
  return `${name}.scored.xlsx`;
}

/** The events of the audit log, found through its marker name. */
async function auditEvents(file: string): Promise<{ event: string; reason: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  const marker = workbook.definedNames.model.find((n) => n.name === "GovScore_auditLog");
  const sheet = /^'?(.*?)'?!/.exec(marker?.ranges[0] ?? "")?.[1]?.replace(/''/g, "'") ?? "";
  const rows: { event: string; reason: string }[] = [];
  // Layout 4: the event code in G, the reason in F (READABLE_AUDIT_COLUMNS).
  workbook.getWorksheet(sheet)?.eachRow((row, n) => {
    if (n > 1)
      rows.push({ event: String(row.getCell(7).value), reason: String(row.getCell(6).value) });
  });
  return rows;
}

const override = (file: string, reason: string) =>
  govscore(["override", file, "--grade", "C", "--reason", reason, "--officer", "Wang Fang"]);

/** Temporary and lock files left in the folder. */
const leftovers = () => readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.endsWith(".lock"));

describe("govscore writes files safely", () => {
  it(
    "three overrides of one file at once: each one recorded, or refused with nothing written — never lost",
    async () => {
      const file = await scoredCopy("together");
      const reasons = ["Parent guarantee", "Collateral pledged", "Covenant package"];
      const runs: Run[] = await Promise.all(reasons.map((reason) => override(file, reason)));
      const recorded = reasons.filter((_, i) => runs[i]?.code === 0);
      for (const run of runs)
        if (run.code === 0) expect(run.stdout).toContain("Override recorded");
        else {
          expect(run.code).toBe(1);
          expect(run.stderr).toMatch(
            /being written by another govscore command|changed by someone else/
          );
        }
      expect(recorded.length).toBeGreaterThanOrEqual(1);
      const logged = (await auditEvents(file)).filter((row) => row.event === "overridden");
      expect(logged.map((row) => row.reason).sort()).toEqual([...recorded].sort());
      const verify = await govscore(["verify", file]);
      expect(verify.code).toBe(0);
      expect(leftovers()).toEqual([]);
    },
    BUSY_MACHINE
  );

  it(
    "an override killed mid-way leaves the file whole, and the next override goes through",
    async () => {
      const file = await scoredCopy("killed");
      const before = readFileSync(join(dir, file));
      const child = spawn(
        process.execPath,
        [cli.main, "override", file, "--grade", "C", "--reason", "r", "--officer", "A"],
        {
          cwd: dir,
          env: {
            PATH: process.env.PATH ?? "",
            NODE_PATH: join(__dirname, "../../node_modules"),
            ...ENV,
          },
        }
      );
      // Killed as soon as it holds the lock: before, during or after its write.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (readdirSync(dir).includes(`${file}.lock`) || child.exitCode !== null) {
            clearInterval(poll);
            child.kill("SIGKILL");
            resolve();
          }
        }, 5);
      });
      await new Promise((resolve) => child.once("close", resolve));
      const after = readFileSync(join(dir, file));
      // Either the file as it was, or the override's whole file: verify accepts either.
      if (!after.equals(before)) expect((await govscore(["verify", file])).code).toBe(0);
      const next = await override(file, "After the crash");
      expect(next.stderr).toBe("");
      expect(next.code).toBe(0);
      expect((await govscore(["verify", file])).code).toBe(0);
      expect(leftovers()).toEqual([]);
    },
    BUSY_MACHINE
  );
});
