import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The on-disk transpile cache that worker threads started from sources use
 * (src/adapters/xlsx/ts-transpile-cache.js): a cached module is read, not compiled, and the
 * compiler is not even loaded; an edited source is compiled again.
 */
const CACHE_MODULE = join(__dirname, "../../src/adapters/xlsx/ts-transpile-cache.js");

let cacheDir = "";
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), "govscore-ts-cache-"));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Transpiles `source` in a fresh Node process; says whether that process loaded the compiler. */
function transpileInProcess(source: string): { output: string; loadedCompiler: boolean } {
  const script = `
    const { transpile } = require(${JSON.stringify(CACHE_MODULE)});
    const output = transpile(${JSON.stringify(source)}, "/virtual/answer.ts");
    const loadedCompiler = Object.keys(require.cache).some((f) => /typescript[\\\\/]lib[\\\\/]typescript\\.js$/.test(f));
    process.stdout.write(JSON.stringify({ output, loadedCompiler }));`;
  const run = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    env: { ...process.env, GOVSCORE_TS_CACHE: cacheDir },
    cwd: join(__dirname, "../.."),
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { output: string; loadedCompiler: boolean };
}

const cachedFiles = () =>
  readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith(".js"));

describe("the transpile cache of workers started from sources", () => {
  it("compiles a module once; a later process reads it without loading the compiler", () => {
    const source = "export const answer: number = 42;";
    const first = transpileInProcess(source);
    expect(first.loadedCompiler).toBe(true);
    expect(first.output).toContain("exports.answer = 42;");
    expect(cachedFiles()).toHaveLength(1);

    const second = transpileInProcess(source);
    expect(second).toEqual({ output: first.output, loadedCompiler: false });
    expect(cachedFiles()).toHaveLength(1);
  });

  it("compiles an edited source again", () => {
    transpileInProcess("export const answer: number = 42;");
    const edited = transpileInProcess("export const answer: number = 43;");
    expect(edited.loadedCompiler).toBe(true);
    expect(edited.output).toContain("exports.answer = 43;");
    expect(cachedFiles()).toHaveLength(2);
  });
});
