import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildKey, sharedBuild, type BuildSpec } from "./shared-build";

let cacheRoot = "";
beforeEach(() => {
  cacheRoot = mkdtempSync(join(tmpdir(), "govscore-shared-build-"));
});
afterEach(() => rmSync(cacheRoot, { recursive: true, force: true }));

/** A build writing one file, counting how often it ran. */
function counting(settings: Record<string, string>, code = 0) {
  let runs = 0;
  const spec: BuildSpec = {
    name: "demo",
    inputs: ["tsconfig.json"],
    settings,
    cacheRoot,
    build: async (outDir) => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      writeFileSync(join(outDir, "out.txt"), "built");
      return { code, output: code === 0 ? "fine" : "ERROR" };
    },
  };
  return { spec, runs: () => runs };
}

describe("a shared build", () => {
  it("is made once for suites asking at the same time, and found made afterwards", async () => {
    const { spec, runs } = counting({ mode: "a" });
    const [first, second] = await Promise.all([sharedBuild(spec), sharedBuild(spec)]);
    const third = await sharedBuild(spec);
    expect(runs()).toBe(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first.log).toEqual({ code: 0, output: "fine" });
    expect(readFileSync(join(first.dir, "out.txt"), "utf8")).toBe("built");
    expect(readdirSync(cacheRoot).sort()).toEqual([first.dir.split("/").pop()]);
  });

  it("is keyed by its settings and inputs", () => {
    const inputs = ["tsconfig.json"];
    expect(buildKey({ inputs, settings: { mode: "a" } })).not.toBe(
      buildKey({ inputs, settings: { mode: "b" } })
    );
    expect(buildKey({ inputs, settings: { mode: "a" } })).not.toBe(
      buildKey({ inputs: [...inputs, "package.json"], settings: { mode: "a" } })
    );
    expect(buildKey({ inputs, settings: { mode: "a" } })).toMatch(/^[0-9a-f]{20}$/);
  });

  it("is not kept when it fails, and every caller waiting for it sees the failure", async () => {
    const { spec, runs } = counting({ mode: "failing" }, 2);
    const [first, second] = await Promise.all([sharedBuild(spec), sharedBuild(spec)]);
    expect(first.log).toEqual({ code: 2, output: "ERROR" });
    expect(second.log).toEqual(first.log);
    expect(runs()).toBe(1);
    expect(existsSync(first.dir)).toBe(false);
    expect(readdirSync(cacheRoot)).toEqual([]);
  });

  it("takes over the lock of a builder that died", async () => {
    const { spec, runs } = counting({ mode: "orphan" });
    const dir = join(cacheRoot, `demo-${buildKey(spec)}`);
    mkdirSync(`${dir}.lock`, { recursive: true });
    writeFileSync(join(`${dir}.lock`, "pid"), "2147483646"); // no such process
    expect((await sharedBuild(spec, 10_000)).log.code).toBe(0);
    expect(runs()).toBe(1);
  });
});
