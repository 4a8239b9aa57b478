import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliInProcess } from "./in-process-cli";

/**
 * Issue 9: re-scoring updates a product-written workbook in place, atomically; any other file
 * named *.scored.xlsx is an input like the rest and is never written over.
 */
const EXAMPLE = join(__dirname, "..", "..", "examples", "01-grade-a-ruifeng-precision.xlsx");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-rescore-"));
  copyFileSync(EXAMPLE, join(dir, "a.xlsx"));
  copyFileSync(EXAMPLE, join(dir, "b.scored.xlsx"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const govscore = (args: readonly string[]) =>
  runCliInProcess(args, { cwd: dir, env: { LANG: "en_US.UTF-8" } });

describe("govscore score on a scored workbook", () => {
  it("updates the product's scored workbook in place and continues its log; a user's *.scored.xlsx is kept", async () => {
    expect((await govscore(["score", "a.xlsx"])).code).toBe(0);
    const again = await govscore(["score", "a.scored.xlsx"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("→ a.scored.xlsx");
    expect(existsSync(join(dir, "a.scored.scored.xlsx"))).toBe(false);
    const verify = await govscore(["verify", "a.scored.xlsx"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/and 3 audit-log rows check out/);

    const before = readFileSync(join(dir, "b.scored.xlsx"));
    const user = await govscore(["score", "b.scored.xlsx"]);
    expect(user.code).toBe(0);
    expect(user.stdout).toContain("→ b.scored.scored.xlsx");
    expect(readFileSync(join(dir, "b.scored.xlsx")).equals(before)).toBe(true);
  });
});
