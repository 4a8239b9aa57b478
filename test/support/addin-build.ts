import { spawn } from "node:child_process";
import { join } from "node:path";
import { buildHostBundle, HOST_BUNDLE } from "../host/build-bundle";
import { sharedBuild, type BuildLog, type SharedBuild } from "./shared-build";

/**
 * The builds the add-in suites share (test/support/shared-build.ts: once per set of inputs):
 * - the production add-in, as `ADDIN_PUBLIC_URL=… npm run build` makes it: test/addin/build.test.ts
 *   checks what would be deployed, test/e2e/ serves it to Chromium;
 * - the development add-in (`npm run build:dev`), checked by test/addin/build.test.ts;
 * - the in-memory Excel host as one browser script (test/host/build-bundle.ts), loaded by
 *   test/host/browser-bundle.test.ts and test/e2e/ in place of office.js.
 */

const ROOT = join(__dirname, "..", "..");

/** Where the production build says it will be hosted (no trailing slash: the build adds it). */
export const PUBLIC_URL = "https://credit.example.com/apps/gs";

/** Everything webpack.config.js reads, and the installed packages (through the lock file). */
const ADDIN_INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Runs the webpack CLI in the repository as `npm run build` does, capturing its output. */
export function webpackCli(
  args: readonly string[],
  env: Record<string, string>
): Promise<BuildLog> {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function addinBuild(mode: "production" | "development"): Promise<SharedBuild> {
  const env: Record<string, string> = mode === "production" ? { ADDIN_PUBLIC_URL: PUBLIC_URL } : {};
  return sharedBuild({
    name: `addin-${mode}`,
    inputs: ADDIN_INPUTS,
    settings: { mode, node: process.version, ...env },
    build: (outDir) => webpackCli(["--mode", mode, "--output-path", outDir], env),
  });
}

/** The production add-in (office.js from the CDN, manifest URLs rewritten to PUBLIC_URL). */
export const productionAddin = (): Promise<SharedBuild> => addinBuild("production");

/** The development add-in (office.js copied from @microsoft/office-js, localhost URLs). */
export const developmentAddin = (): Promise<SharedBuild> => addinBuild("development");

/** The in-memory Excel host bundle; resolves to the path of the script. */
export async function excelHostBundle(): Promise<string> {
  const build = await sharedBuild({
    name: "excel-host",
    inputs: ["test/host", "src", "tsconfig.json", "package.json", "package-lock.json"],
    settings: { mode: "development", node: process.version },
    build: async (outDir) => {
      try {
        await buildHostBundle(outDir);
        return { code: 0, output: "" };
      } catch (error) {
        return { code: 1, output: error instanceof Error ? error.message : String(error) };
      }
    },
  });
  if (build.log.code !== 0) throw new Error(`the Excel host bundle failed: ${build.log.output}`);
  return join(build.dir, HOST_BUNDLE);
}
