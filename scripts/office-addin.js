#!/usr/bin/env node
/**
 * Runs an installed office-addin-* command line tool with usage data turned off, the same on
 * Windows, macOS and Linux (no shell syntax for the environment variable):
 *
 *   node scripts/office-addin.js office-addin-manifest validate manifest.xml
 */
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const [tool, ...args] = process.argv.slice(2);
if (!tool || !/^office-addin-[a-z-]+$/.test(tool)) {
  console.error("usage: node scripts/office-addin.js office-addin-<tool> [arguments...]");
  process.exit(2);
}

let cli;
try {
  const pkg = require(`${tool}/package.json`);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && pkg.bin[tool];
  cli = path.join(path.dirname(require.resolve(`${tool}/package.json`)), bin);
} catch {
  console.error(`${tool} is not installed.`);
  process.exit(2);
}

const result = spawnSync(process.execPath, [cli, ...args], {
  stdio: "inherit",
  env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true" },
});
if (result.error) {
  console.error(result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
