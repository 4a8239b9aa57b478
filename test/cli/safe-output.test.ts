import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeXlsxText } from "../../src/adapters/xlsx/cell-text-escape";
import type { WorkbookSummary } from "../../src/app";
import { snapshotToXlsx } from "../adapters/xlsx/helpers/client-files";
import { boardSheet, clientWorkbook, DIRECTORS, profileSheet } from "../workbook/read/client";
import { sheet, workbook, type Cell } from "../workbook/read/snapshots";
import { runCliInProcess } from "./in-process-cli";

/**
 * Issue 9, "identity, duplicates and lookalikes" and "safe output", with real processes of the
 * compiled command line.
 */
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-safeout-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const govscore = (args: readonly string[], cwd = dir) =>
  runCliInProcess(args, { cwd, env: { LANG: "en_US.UTF-8" } });

/** The seed client (board 4/7 insiders, profile), with the register replaced. */
async function clientFile(
  path: string,
  holders: readonly (readonly Cell[])[],
  options: { board?: readonly (readonly Cell[])[]; clientName?: string } = {}
): Promise<void> {
  const profile = profileSheet();
  const values = profile.values.map((row) =>
    row[0] === "客户名称" && options.clientName !== undefined
      ? [row[0], escapeXlsxText(options.clientName)]
      : row
  );
  const escapeRow = (row: readonly Cell[]) =>
    row.map((c) => (typeof c === "string" ? escapeXlsxText(c) : c));
  const snapshot = workbook([
    sheet("股东名册", [["股东名称", "股东类型", "持股比例"], ...holders.map(escapeRow)]),
    options.board === undefined
      ? boardSheet()
      : sheet("董事会", [
          ["董事姓名", "董事会职务", "兼任高管职务"],
          ...options.board.map(escapeRow),
        ]),
    { ...profile, values },
  ]);
  writeFileSync(join(dir, path), await snapshotToXlsx(snapshot));
}

const json = (stdout: string) => JSON.parse(stdout) as WorkbookSummary[];

function folderWith(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe("identity, duplicates and lookalikes (command line)", () => {
  it("refuses one 85% holder split into five 17% rows spelled with Cyrillic о/і: the knock-out stays", async () => {
    const others: Cell[][] = [
      ["Minor Holder One", "individual", 5],
      ["Minor Holder Two", "individual", 5],
      ["Minor Holder Three", "individual", 5],
    ];
    await clientFile("insider.xlsx", [["Insider Holdings", "private", 85], ...others]);
    const whole = await govscore(["score", "insider.xlsx", "--json"]);
    expect(whole.code).toBe(0);
    const scored = json(whole.stdout)[0]!;
    expect(scored.knockouts).toContain("insiderConcentration");

    const split: Cell[][] = [
      ["Insider Holdings", "private", 17],
      ["Insіder Holdings", "private", 17],
      ["Insider Hоldings", "private", 17],
      ["Іnsider Holdings", "private", 17],
      ["Insider Hоldіngs", "private", 17],
      ...others,
    ];
    await clientFile("split.xlsx", split);
    const run = await govscore(["score", "split.xlsx", "--json"]);
    expect(run.code).toBe(1);
    const refused = json(run.stdout)[0]!;
    expect(refused.modelGrade).toBeNull();
    expect(refused.errors.map((e) => `${e.code} @ ${e.sheet}!${e.cell}`)).toEqual([
      "row.duplicateHolder @ 股东名册!A3",
      "row.duplicateHolder @ 股东名册!A4",
      "row.duplicateHolder @ 股东名册!A5",
      "row.duplicateHolder @ 股东名册!A6",
    ]);
    expect(refused.errors[0]!.message).toContain("lookalike");
    expect(run.stderr).toContain("'股东名册'!A3");
  });

  it("refuses a director listed twice rather than diluting the overlap", async () => {
    const board = [...DIRECTORS.map((d) => [...d]), ["董事甲", "director", "总经理"]];
    await clientFile("directors.xlsx", [["Sole Holder", "private", 100]], { board });
    const run = await govscore(["score", "directors.xlsx", "--json"]);
    expect(run.code).toBe(1);
    expect(json(run.stdout)[0]!.errors.map((e) => `${e.code} @ ${e.cell}`)).toEqual([
      "row.duplicateDirector @ A9",
    ]);
  });
});

describe("safe output (command line)", () => {
  it("prints a client name's escape codes visibly, never raw", async () => {
    const name = "Evil Co grade A \u001b[8m: grade D\u001b[0m\u202e";
    await clientFile("ansi.xlsx", [["Sole Holder", "private", 100]], { clientName: name });
    const run = await govscore(["score", "ansi.xlsx"]);
    expect(run.code).toBe(0);
    for (const raw of ["\u001b", "\u202e"]) expect(run.stdout).not.toContain(raw);
    expect(run.stdout).toContain("Evil Co grade A \\x1b[8m: grade D\\x1b[0m\\u202e");
    const asJson = await govscore(["score", "ansi.xlsx", "--json"]);
    for (const raw of ["\u001b", "\u202e"]) expect(asJson.stdout).not.toContain(raw);
    expect(json(asJson.stdout)[0]!.clientName).toBe(name);
  });

  it("makes control characters in file names and arguments visible", async () => {
    const run = await govscore(["score", "no\u001b[2Jsuch.xlsx"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stderr).toContain("no\\x1b[2Jsuch.xlsx");
    const names = folderWith("names");
    const evil = "evil\u001b[31m\nFAKE: grade A.xlsx";
    writeFileSync(join(names, evil), await snapshotToXlsx(clientWorkbook()));
    const scored = await govscore(["score", names]);
    expect(scored.code).toBe(0);
    for (const raw of ["\u001b", "FAKE: grade A.xlsx:\n", "\nFAKE"])
      expect(scored.stdout + scored.stderr).not.toContain(raw);
    expect(scored.stdout).toContain("evil\\x1b[31m\\x0aFAKE: grade A.xlsx: ");
  });

  it("keeps a control character of a holder name: the untouched scored copy verifies and takes an override", async () => {
    await clientFile("vt.xlsx", [
      ["Alpha\u000bHoldings", "private", 60],
      ["Beta_x0041_Capital", "soe", 40],
    ]);
    const score = await govscore(["score", "vt.xlsx"]);
    expect(score.code).toBe(0);
    const verify = await govscore(["verify", "vt.scored.xlsx"]);
    expect(verify.stdout + verify.stderr).not.toContain("changed");
    expect(verify.code).toBe(0);
    const override = await govscore([
      "override",
      "vt.scored.xlsx",
      "--grade",
      "C",
      "--reason",
      "Parent guarantee",
      "--officer",
      "Wang Fang",
    ]);
    expect(override.code).toBe(0);
    expect((await govscore(["verify", "vt.scored.xlsx"])).code).toBe(0);
  });
});

describe("outputs never collide or overwrite what govscore did not write (command line)", () => {
  const folder = folderWith;
  const seed = async (path: string) => writeFileSync(path, await snapshotToXlsx(clientWorkbook()));

  it("scores A.xlsx and A.XLSX of one folder into two files, and says so", async () => {
    const cases = folder("cases");
    await seed(join(cases, "A.xlsx"));
    await seed(join(cases, "A.XLSX"));
    const run = await govscore(["score", cases, "--json"]);
    expect(run.code).toBe(0);
    const outputs = json(run.stdout).map((s) => s.output);
    expect(outputs).toEqual([join(cases, "A.scored.xlsx"), join(cases, "A (2).scored.xlsx")]);
    expect(run.stderr).toContain(
      `A.xlsx: ${join(cases, "A.scored.xlsx")} is also the scored copy of A.XLSX`
    );
    expect(
      readdirSync(cases)
        .filter((n) => n.endsWith(".scored.xlsx"))
        .sort()
    ).toEqual(["A (2).scored.xlsx", "A.scored.xlsx"]);
    // Scored again: the same names, each replaced in place (the product wrote them).
    const again = await govscore(["score", cases, "--json"]);
    expect(again.code).toBe(0);
    expect(json(again.stdout).map((s) => s.output)).toEqual(outputs);
    expect(readdirSync(cases).filter((n) => n.endsWith(".scored.xlsx"))).toHaveLength(2);
  });

  it("keeps a user's own portfolio.csv, and scores (never overwrites) a client file named portfolio.xlsx", async () => {
    const cases = folder("portfolio-names");
    await seed(join(cases, "c1.xlsx"));
    await seed(join(cases, "portfolio.xlsx"));
    const clientBytes = readFileSync(join(cases, "portfolio.xlsx"));
    writeFileSync(join(cases, "portfolio.csv"), "my own notes\n");
    const run = await govscore(["score", cases, "--json"]);
    expect(run.code).toBe(0);
    expect(json(run.stdout).map((s) => s.file)).toEqual(["c1.xlsx", "portfolio.xlsx"]);
    expect(readFileSync(join(cases, "portfolio.csv"), "utf8")).toBe("my own notes\n");
    expect(readFileSync(join(cases, "portfolio.xlsx")).equals(clientBytes)).toBe(true);
    expect(existsSync(join(cases, "portfolio.scored.xlsx"))).toBe(true);
    expect(existsSync(join(cases, "portfolio (2).xlsx"))).toBe(true);
    expect(existsSync(join(cases, "portfolio (2).csv"))).toBe(true);
    expect(run.stderr).toContain("was not written by govscore; it is kept");

    // The product's own portfolio is skipped as input and replaced in place next time.
    const again = await govscore(["score", cases, "--json"]);
    expect(again.code).toBe(0);
    expect(json(again.stdout).map((s) => s.file)).toEqual(["c1.xlsx", "portfolio.xlsx"]);
    expect(existsSync(join(cases, "portfolio (3).xlsx"))).toBe(false);

    // --force never writes over an input: the client's portfolio.xlsx stays as it was.
    const forced = await govscore(["score", cases, "--force", "--json"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cases, "portfolio.xlsx")).equals(clientBytes)).toBe(true);

    // Without a client of that name, --force replaces the user's portfolio.csv.
    const plain = folder("portfolio-forced");
    await seed(join(plain, "c1.xlsx"));
    writeFileSync(join(plain, "portfolio.csv"), "my own notes\n");
    const kept = await govscore(["score", plain]);
    expect(kept.code).toBe(0);
    expect(readFileSync(join(plain, "portfolio.csv"), "utf8")).toBe("my own notes\n");
    const replaced = await govscore(["score", plain, "--force"]);
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(plain, "portfolio.csv"), "utf8")).toMatch(/^\uFEFF/);
  });

  it("never writes a scored copy over a file of that name that govscore did not write", async () => {
    const cases = folder("not-ours");
    await seed(join(cases, "c2.xlsx"));
    writeFileSync(join(cases, "c2.scored.xlsx"), "not a workbook");
    const run = await govscore(["score", join(cases, "c2.xlsx"), "--json"]);
    expect(run.code).toBe(0);
    expect(json(run.stdout)[0]!.output).toBe(join(cases, "c2 (2).scored.xlsx"));
    expect(readFileSync(join(cases, "c2.scored.xlsx"), "utf8")).toBe("not a workbook");
    expect(run.stderr).toContain("exists and was not written by govscore");
  });

  it("fails at once, with a clear message, when --out cannot be written", async () => {
    await seed(join(dir, "c3.xlsx"));
    writeFileSync(join(dir, "a-file"), "x");
    for (const [out, expected] of [
      [join(dir, "a-file", "sub"), "cannot be created (ENOTDIR)"],
      ["/proc/no-such-folder/out", "cannot be created (ENOENT)"],
    ] as const) {
      const run = await govscore(["score", "c3.xlsx", "--out", out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(expected);
    }
    const zh = await runCliInProcess(["score", "c3.xlsx", "--out", "/proc/x/y"], {
      cwd: dir,
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("无法创建 --out /proc/x/y（ENOENT）");
  });

  it("bounds --jobs by the cores, with a message, and refuses nonsense", async () => {
    await seed(join(dir, "c4.xlsx"));
    const many = await govscore(["score", "c4.xlsx", "--jobs", "100000000000000000000"]);
    expect(many.code).toBe(0);
    expect(many.stderr).toMatch(/--jobs 100000000000000000000 is more than the \d+ processor/);
    for (const bad of ["0", "-3", "1.5", "lots"]) {
      const run = await govscore(["score", "c4.xlsx", "--jobs", bad]);
      expect(run.code).toBe(2);
    }
  });
});
