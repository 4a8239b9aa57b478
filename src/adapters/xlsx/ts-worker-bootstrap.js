"use strict";
// Worker bootstrap used only when running from TypeScript sources (jest): see start-parse-worker.ts.
// Transpiles each .ts module on require with the `typescript` dev dependency, then loads the entry.
const fs = require("node:fs");
const { workerData } = require("node:worker_threads");
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

require(workerData.sourceEntry);
