import { readFileSync } from "node:fs";
import { join } from "node:path";

const repo = join(__dirname, "../..");
const json = (file: string) =>
  JSON.parse(readFileSync(join(repo, file), "utf8")) as Record<string, unknown>;

describe("how govscore is built and installed", () => {
  it("is built by npm ci (prepare → build:cli) into dist/node, where bin/govscore.js looks", () => {
    const pkg = json("package.json") as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.bin).toEqual({ govscore: "bin/govscore.js" });
    expect(pkg.scripts["build:cli"]).toBe("tsc -p tsconfig.cli.json");
    expect(pkg.scripts.prepare).toBe("npm run build:cli");
    const config = json("tsconfig.cli.json") as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    expect(config.compilerOptions).toMatchObject({ rootDir: "src", outDir: "dist/node" });
    const bin = readFileSync(join(repo, "bin/govscore.js"), "utf8");
    expect(bin.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(bin).toContain('path.join(__dirname, "..", "dist", "node", "cli", "main.js")');
  });
});
