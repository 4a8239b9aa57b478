"use strict";
// Transpiles .ts sources to CommonJS with the installed `typescript` (no type check: `npm run
// typecheck` does that), for ts-require-hook.js and the tests' global setup. Never part of the
// compiled product.
//
// Transpiled output is cached on disk by content (node_modules/.cache/govscore-ts/, or
// $GOVSCORE_TS_CACHE), so a worker thread started from sources reads JavaScript instead of loading
// the 9 MB compiler and transpiling its ~100 modules again (3 s per worker start, 0.5 s cached).
// The key is the source text, the file name (it is in the source map), the compiler's version and
// options: an edited file is transpiled again, nothing else is ever stale.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { threadId } = require("node:worker_threads");

const CACHE_DIR =
  process.env.GOVSCORE_TS_CACHE ||
  path.join(__dirname, "..", "..", "..", "node_modules", ".cache", "govscore-ts");

const TYPESCRIPT_VERSION = require("typescript/package.json").version;
const OPTIONS = {
  module: "CommonJS",
  target: "ES2020",
  esModuleInterop: true,
  inlineSourceMap: true,
};
const KEY_PREFIX = `${TYPESCRIPT_VERSION}\0${JSON.stringify(OPTIONS)}\0`;

/** The compiler and its options, loaded on the first cache miss only. */
let compiler = null;
function load() {
  if (compiler === null) {
    const ts = require("typescript");
    compiler = {
      ts,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: OPTIONS.esModuleInterop,
        inlineSourceMap: OPTIONS.inlineSourceMap,
      },
    };
  }
  return compiler;
}

/** Where the transpiled `source` of `fileName` is cached. */
function cacheFile(source, fileName) {
  const key = crypto
    .createHash("sha256")
    .update(KEY_PREFIX)
    .update(fileName)
    .update("\0")
    .update(source)
    .digest("hex");
  return path.join(CACHE_DIR, key.slice(0, 2), `${key}.js`);
}

/** `source` (the text of `fileName`) as CommonJS JavaScript, from the cache when it is there. */
function transpile(source, fileName) {
  const cached = cacheFile(source, fileName);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // Not cached yet.
  }
  const { ts, compilerOptions } = load();
  const { outputText } = ts.transpileModule(source, { fileName, compilerOptions });
  try {
    // Written aside, then renamed: a reader never sees half a file, concurrent writers agree.
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}-${threadId}.tmp`;
    fs.writeFileSync(partial, outputText);
    fs.renameSync(partial, cached);
  } catch {
    // A read-only cache only costs speed.
  }
  return outputText;
}

/** Transpiles every .ts file (not .d.ts) under `dir` into the cache; returns how many there are. */
function warm(dir) {
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) count += warm(file);
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      transpile(fs.readFileSync(file, "utf8"), file);
      count++;
    }
  }
  return count;
}

module.exports = { transpile, warm, CACHE_DIR };
