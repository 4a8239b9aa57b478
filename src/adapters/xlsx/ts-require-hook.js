"use strict";
// Lets Node require .ts modules from source, transpiling each with the installed `typescript`
// through the on-disk cache of ts-transpile-cache.js. Used where sources run without a build: the
// worker bootstrap under jest and scripts/run-ts.js. Never part of the compiled product.
const fs = require("node:fs");
const { transpile } = require("./ts-transpile-cache");

require.extensions[".ts"] = function compileTypeScript(tsModule, fileName) {
  tsModule._compile(transpile(fs.readFileSync(fileName, "utf8"), fileName), fileName);
};
