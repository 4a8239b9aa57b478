import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh directory per test file, removed after it; `file()` writes bytes and returns the path. */
export function suiteTempDir(prefix: string): {
  path: () => string;
  file: (name: string, bytes: Buffer | string) => string;
} {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `govscore-${prefix}-`));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    path: () => dir,
    file: (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
  };
}
