#!/usr/bin/env node
"use strict";
// The govscore command line: compiled by `npm run build:cli` (run by `npm ci` via "prepare").
const path = require("node:path");
const fs = require("node:fs");

const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "govscore is not built yet: run `npm run build:cli` (npm ci does it for you).\n" +
      "govscore 尚未构建：请运行 `npm run build:cli`（npm ci 会自动构建）。\n"
  );
  process.exitCode = 1;
} else {
  require(main).run();
}
