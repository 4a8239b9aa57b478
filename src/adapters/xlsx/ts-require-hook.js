"use strict";
// Lets Node require .ts modules from source, transpiling each with the installed `typescript`
// (no type check: `npm run typecheck` does that). Used where sources run without a build: the
// worker bootstrap under jest and scripts/run-ts.js. Never part of the compiled product.
const fs = require("node:fs");
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
