"use strict";
// Runs a TypeScript script from source, transpiling each .ts module on require with the installed
// `typescript` (no type check: `npx tsc --noEmit` does that). Usage:
//   node scripts/run-ts.js scripts/make-examples.ts
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  inlineSourceMap: true,
};

require.extensions[".ts"] = function compileTypeScript(tsModule, fileName) {
  const source = fs.readFileSync(fileName, "utf8");
  const { outputText } = ts.transpileModule(source, { fileName, compilerOptions });
  tsModule._compile(outputText, fileName);
};

const entry = process.argv[2];
if (entry === undefined) {
  console.error("usage: node scripts/run-ts.js <script.ts> [arguments]");
  process.exit(2);
}
require(path.resolve(entry));
