"use strict";
// Runs a TypeScript script from source (the same require hook as the jest worker bootstrap).
// Usage: node scripts/run-ts.js scripts/make-examples.ts [arguments]
const path = require("node:path");
require("../src/adapters/xlsx/ts-require-hook");

const entry = process.argv[2];
if (entry === undefined) {
  console.error("usage: node scripts/run-ts.js <script.ts> [arguments]");
  process.exit(2);
}
require(path.resolve(entry));
