/**
 * The task pane's first load (issue 12, goal 4): what taskpane.html loads before the first view
 * (the header, the officer, the status, the Inputs and Score sections before scoring) stays within
 * its budget (below). Everything else (the engine, the Office.js adapter, the whole catalogue, the result
 * and the closed sections) is split into chunks loaded on demand. A size, not a time: the build is
 * deterministic. Uses the run's shared production build (test/support/addin-build.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { SCORECARD_MESSAGES } from "../../src/core/i18n/scorecard-messages";
import { productionAddin } from "../support/addin-build";

/**
 * The first load's budget, gzip (level 9, as `npm run bench` measures it). Issue 12's goal is
 * 150 KB; the split reached 162 KB (React DOM and Fluent UI alone are about 135 KB of it, see
 * BENCHMARKS.md), so the budget holds what was reached and fails on any growth: lower it to 150
 * when the goal is met.
 */
const FIRST_LOAD_BUDGET_KB = 165;

let dir = "";

beforeAll(async () => {
  const build = await productionAddin();
  if (build.log.code !== 0) throw new Error(`the production build failed:\n${build.log.output}`);
  dir = build.dir;
});

/** The pane's own scripts, in document order (office.js comes from Microsoft's CDN). */
function firstLoadScripts(): string[] {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g), (m) => m[1] as string)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test(`the task pane's first load is at most ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
  const scripts = firstLoadScripts();
  expect(scripts.length).toBeGreaterThan(0);
  const sizes = scripts.map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  // The listing says which chunk grew when the budget is exceeded.
  const listing = sizes.map((s) => `${s.file}: ${kb(s.raw)}, ${kb(s.gzip)} gzip`).join("\n");
  expect({ total: kb(total), listing, within: total <= FIRST_LOAD_BUDGET_KB * 1024 }).toEqual({
    total: kb(total),
    listing,
    within: true,
  });
});

test("what the first view does not need is split into chunks loaded on demand", () => {
  const first = new Set(firstLoadScripts());
  const onDemand = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !first.has(f) && !f.startsWith("commands."));
  for (const part of ["engine", "catalogue", "office-adapter", "pane-result", "pane-override"])
    expect(onDemand.some((f) => f.startsWith(`${part}.`))).toBe(true);
  // decimal.js (its error prefix) and the scorecard's texts (its longest) are not in the first load.
  const firstCode = [...first].map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
  // (plain ASCII without quotes: the minifier writes it as it is)
  const longest = Object.values(SCORECARD_MESSAGES)
    .map((m) => m.en)
    .filter((text) => /^[ !#-&(-[\]-~]+$/.test(text))
    .reduce((a, b) => (b.length > a.length ? b : a));
  const onDemandCode = onDemand.map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
  for (const text of ["DecimalError", longest]) {
    expect(onDemandCode).toContain(text);
    expect(firstCode).not.toContain(text);
  }
});
