import { join } from "node:path";
import { createRunDir } from "./run-dir";

/**
 * The integration project's global setup (jest.config.js), once per jest run before its suites:
 * - the run folder every suite shares (GOVSCORE_TEST_RUN_DIR: the LibreOffice instance, ...);
 * - the .ts sources transpiled into the on-disk cache of src/adapters/xlsx/ts-transpile-cache.js,
 *   so the worker threads the suites start from sources read JavaScript instead of each loading
 *   the compiler (a no-op when the cache is warm: only changed files are transpiled).
 */
export default function globalSetup(): void {
  createRunDir();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cache = require("../../src/adapters/xlsx/ts-transpile-cache") as {
    warm: (dir: string) => number;
  };
  cache.warm(join(__dirname, "..", "..", "src"));
}
