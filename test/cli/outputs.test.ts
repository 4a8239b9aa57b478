import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { portfolioCsvRows, toCsv } from "../../src/app";
import {
  isProductPortfolioCsv,
  isProductPortfolioJson,
  isProductScoredWorkbook,
  pathKey,
  planScoredOutputs,
  writableFolder,
} from "../../src/cli/outputs";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govscore-outputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("output planning", () => {
  it("compares paths as a case-insensitive, normalising file system does", () => {
    expect(pathKey("/d/A.scored.xlsx")).toBe(pathKey("/d/a.SCORED.xlsx"));
    expect(pathKey("/d/Caf\u00e9.xlsx")).toBe(pathKey("/d/Cafe\u0301.xlsx"));
  });

  it("numbers colliding outputs in input order, never reusing an input's name", async () => {
    const planned = await planScoredOutputs(
      [join(dir, "A.xlsx"), join(dir, "A.XLSX"), join(dir, "a.xlsx")],
      undefined,
      false
    );
    expect(planned.map((p) => p.output)).toEqual([
      join(dir, "A.scored.xlsx"),
      join(dir, "A (2).scored.xlsx"),
      join(dir, "a (3).scored.xlsx"),
    ]);
    expect(planned[1]?.renamed?.reason).toEqual({ kind: "sameOutput", other: join(dir, "A.xlsx") });
  });

  it("keeps a file govscore did not write, unless forced", async () => {
    writeFileSync(join(dir, "b.scored.xlsx"), "mine");
    expect(await isProductScoredWorkbook(join(dir, "b.scored.xlsx"))).toBe(false);
    const kept = await planScoredOutputs([join(dir, "b.xlsx")], undefined, false);
    expect(kept[0]).toMatchObject({
      output: join(dir, "b (2).scored.xlsx"),
      renamed: { reason: { kind: "notProducts" } },
    });
    const forced = await planScoredOutputs([join(dir, "b.xlsx")], undefined, true);
    expect(forced[0]).toEqual({ input: join(dir, "b.xlsx"), output: join(dir, "b.scored.xlsx") });
  });

  it("recognises the product's portfolio files, also of a release with fewer columns", async () => {
    const csv = join(dir, "p.csv");
    writeFileSync(csv, toCsv(portfolioCsvRows([], "zh-CN")));
    expect(await isProductPortfolioCsv(csv)).toBe(true);
    const [header = []] = portfolioCsvRows([], "en-US");
    writeFileSync(csv, toCsv([header.slice(0, 6), ["a.xlsx", "A", "1", "B", "B", ""]]));
    expect(await isProductPortfolioCsv(csv)).toBe(true);
    writeFileSync(csv, "name,grade\r\nA,B\r\n");
    expect(await isProductPortfolioCsv(csv)).toBe(false);
    const json = join(dir, "p.json");
    writeFileSync(json, "[]");
    expect(await isProductPortfolioJson(json)).toBe(true);
    writeFileSync(json, '[{"file":"a"}]');
    expect(await isProductPortfolioJson(json)).toBe(false);
  });

  it("says why a folder cannot be written, without hanging", async () => {
    writeFileSync(join(dir, "plain"), "x");
    expect(await writableFolder(join(dir, "plain", "sub"))).toBe("ENOTDIR");
    expect(await writableFolder("/proc/no-such/dir")).toBe("ENOENT");
    expect(await writableFolder(join(dir, "new", "deeper"))).toBeNull();
  });
});
