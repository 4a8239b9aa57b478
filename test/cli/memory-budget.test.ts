import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliInProcess } from "./in-process-cli";

/** A folder run shares one memory budget among its jobs (issue 9: bounded work). */
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-memory-"));
  mkdirSync(join(dir, "clients"));
  for (const name of ["01-grade-a-ruifeng-precision", "04-grade-d-yudong-agriculture"])
    copyFileSync(
      join(__dirname, "..", "..", "examples", `${name}.xlsx`),
      join(dir, "clients", `${name}.xlsx`)
    );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const govscore = (args: readonly string[]) =>
  runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

describe("govscore score --memory-mb", () => {
  it("runs fewer jobs when the budget cannot give each 512 MB, and refuses a budget below one job", async () => {
    const small = await govscore([
      "score",
      "clients",
      "--out",
      "out",
      "--jobs",
      "2",
      "--memory-mb",
      "600",
    ]);
    expect(small.code).toBe(0);
    expect(small.stderr).toContain(
      "2 jobs at once would exceed the memory budget of 600 MB (512 MB each at least): scoring 1 at a time"
    );
    expect(small.stdout.match(/→ out\/\S+\.scored\.xlsx/g)).toHaveLength(2);
    const none = await govscore(["score", "clients", "--out", "out2", "--memory-mb", "100"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      "--memory-mb must be a whole number of MB, at least 512, not 100."
    );
  });
});
