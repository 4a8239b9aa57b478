import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** The transpile cache the worker threads use (src/adapters/xlsx/ts-transpile-cache.js). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { transpile } = require("../../src/adapters/xlsx/ts-transpile-cache") as {
  transpile: (source: string, fileName: string) => string;
};

const repo = join(__dirname, "../..");
const FOLDERS = [
  "src/cli",
  "src/app",
  "src/core",
  "src/workbook",
  "src/adapters/xlsx",
  "src/adapters/db",
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/**
 * The CLI compiled as `npm run build:cli` lays it out (src/ → <dir>/), by transpiling each file:
 * type checking is `npm run typecheck`'s job, and this takes a second instead of twenty (less
 * when the integration project's global setup has already transpiled the sources into the cache).
 */
export function compileCli(): {
  readonly dir: string;
  readonly main: string;
  readonly remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "govscore-cli-build-"));
  for (const file of FOLDERS.flatMap((f) => sources(join(repo, f)))) {
    const outputText = transpile(readFileSync(file, "utf8"), file);
    const target = join(dir, relative(join(repo, "src"), file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  return {
    dir,
    main: join(dir, "cli/main.js"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the compiled CLI as a child process (the emitted files find the repository's node_modules). */
export function runCli(
  main: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Record<string, string> }
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_PATH: join(repo, "node_modules"),
        TZ: "Asia/Shanghai",
        ...options.env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
