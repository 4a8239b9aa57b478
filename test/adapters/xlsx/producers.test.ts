import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { readInputs } from "../../../src/workbook/read";
import { compileCli, runCli } from "../../cli/compiled-cli";
import { suiteTempDir } from "./helpers/temp-dir";

/**
 * One client workbook (examples/01) as other producers write it: test/fixtures/producers/, made by
 * scripts/producers/make_corpus.py with the real LibreOffice and openpyxl, and by hand for
 * WPS- and Google-Sheets-style exports. Every file reads to the same inputs (the same input
 * fingerprint, which covers the values only) and scores identically with the command line; the
 * scored copy verifies; nothing anywhere is a JavaScript exception text.
 */

const CORPUS = join(__dirname, "../../fixtures/producers");

interface Corpus {
  readonly expected: { score: string; modelGrade: string; inputFingerprint: string };
  readonly files: readonly { file: string; producer: string; rebuilt?: boolean }[];
}

const corpus = JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8")) as Corpus;
const temp = suiteTempDir("producers");
const JS_ERROR =
  /TypeError|ReferenceError|Cannot read propert|is not a function|undefined \(reading|at .*\.js:\d+/;

interface ScoredLine {
  readonly file: string;
  readonly score: string;
  readonly modelGrade: string;
  readonly inputFingerprint: string;
}

describe("one client as other producers write it", () => {
  let cli: ReturnType<typeof compileCli>;
  beforeAll(() => {
    cli = compileCli();
  });
  afterAll(() => cli.remove());

  it.each(corpus.files.map((f) => [f.file, f.producer]))(
    "%s (%s) reads without an error",
    async (file) => {
      const read = await readWorkbookFile(join(CORPUS, file));
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const outcome = readInputs(read.value);
      expect(outcome.ok || outcome.issues).toBe(true);
      const rows = outcome.ok ? outcome.inputs.shareholders?.rows.length : 0;
      expect(rows).toBe(6);
    }
  );

  it("scores every file identically from the command line, and each scored copy verifies", async () => {
    const dir = temp.path();
    mkdirSync(join(dir, "in"), { recursive: true });
    for (const { file } of corpus.files) cpSync(join(CORPUS, file), join(dir, "in", file));
    const run = await runCli(
      cli.main,
      ["score", "in", "--out", "out", "--json", "--lang", "en", "--jobs", "2"],
      { cwd: dir, env: { LANG: "en_US.UTF-8" } }
    );
    expect(run.stdout + run.stderr).not.toMatch(JS_ERROR);
    expect(run.code).toBe(0);
    const lines = JSON.parse(run.stdout) as ScoredLine[];
    expect(lines.map((l) => l.file).sort()).toEqual(corpus.files.map((f) => f.file).sort());
    for (const line of lines)
      expect({ file: line.file, ...pick(line) }).toEqual({ file: line.file, ...corpus.expected });
    // A package the package writer cannot extend is written from what was read, and says so
    // (none of these producers since the package writer: each copy keeps the file as it was).
    for (const { file, rebuilt } of corpus.files)
      expect([file, run.stderr.includes(`${file}: note: The workbook's own sheets`)]).toEqual([
        file,
        rebuilt === true,
      ]);

    for (const { file } of corpus.files) {
      const scored = join("out", file.replace(/\.xlsx$/, ".scored.xlsx"));
      const verified = await runCli(cli.main, ["verify", scored, "--lang", "en"], {
        cwd: dir,
        env: { LANG: "en_US.UTF-8" },
      });
      expect([file, verified.code, verified.stdout + verified.stderr]).toEqual([
        file,
        0,
        expect.stringContaining("OK:"),
      ]);
    }
  });
});

function pick(line: ScoredLine): Corpus["expected"] {
  return {
    score: line.score,
    modelGrade: line.modelGrade,
    inputFingerprint: line.inputFingerprint,
  };
}
