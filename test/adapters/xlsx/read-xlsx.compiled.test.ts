import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { baseWorkbook } from "./helpers/hostile-files";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("compiled");
const repo = join(__dirname, "../../..");

/** The repository file a relative import of `from` names ("../a1" → "src/workbook/a1.ts"). */
function resolveImport(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  return existsSync(join(repo, `${base}.ts`)) ? `${base}.ts` : join(base, "index.ts");
}

/** Emits the adapter (and every module it imports) as tsc would, with the same layout. */
function compileAdapter(outDir: string): void {
  const folder = "src/adapters/xlsx";
  const pending = readdirSync(join(repo, folder))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => `${folder}/${file}`);
  const seen = new Set<string>();
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    if (seen.has(source)) continue;
    seen.add(source);
    for (const { fileName } of ts.preProcessFile(readFileSync(join(repo, source), "utf8"))
      .importedFiles)
      if (fileName.startsWith(".")) pending.push(resolveImport(source, fileName));
    const { outputText } = ts.transpileModule(readFileSync(join(repo, source), "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
    });
    const target = join(outDir, source.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
}

describe("the compiled adapter (as the CLI runs it)", () => {
  it("starts parse-worker.js from beside read-xlsx.js, without the TypeScript bootstrap", async () => {
    const outDir = join(temp.path(), "dist");
    compileAdapter(outDir);
    expect(existsSync(join(outDir, "src/adapters/xlsx/ts-worker-bootstrap.js"))).toBe(false);
    const workbook = temp.file("register.xlsx", await baseWorkbook());
    const script =
      `require(${JSON.stringify(join(outDir, "src/adapters/xlsx/read-xlsx.js"))})` +
      `.readWorkbookFile(${JSON.stringify(workbook)})` +
      ".then((result) => process.stdout.write(JSON.stringify(result)));";
    const run = spawnSync(process.execPath, ["-e", script], {
      encoding: "utf8",
      // The emitted files live outside the repository; let them find its node_modules.
      env: { ...process.env, NODE_PATH: join(repo, "node_modules") },
      timeout: 300_000,
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      value: {
        formulaValues: "cached",
        names: [],
        sheets: [
          {
            name: "Register",
            values: [
              ["Holder", "Shares"],
              ["Alpha Holdings", 1200],
            ],
            numberFormats: [
              ["General", "General"],
              ["General", "General"],
            ],
            tables: [],
          },
        ],
      },
    });
  });
});
