#!/usr/bin/env node
/**
 * `npm stop`: ends the dev server that `npm start` started (recorded in
 * node_modules/.cache/governance-scorecard/dev-server.json) and says how to remove the sideloaded
 * add-in. Only the two recorded process ids are signalled.
 */
"use strict";

const fs = require("fs");
const { PID_FILE } = require("./start");

function stopProcess(pid, label) {
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped ${label} (process ${pid}).`);
  } catch (err) {
    if (err && err.code === "ESRCH") console.log(`${label} (process ${pid}) was not running.`);
    else throw err;
  }
}

let recorded;
try {
  recorded = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
} catch {
  recorded = undefined;
}

if (recorded) {
  stopProcess(recorded.serverPid, "the dev server");
  stopProcess(recorded.pid, "npm start");
  fs.rmSync(PID_FILE, { force: true });
} else {
  console.log(
    "No dev server started by `npm start` is recorded (a `npm run dev-server` ends with Ctrl+C)."
  );
}

console.log(
  [
    "",
    "To remove the sideloaded add-in:",
    "  Windows: untick or remove the shared-folder catalog (Trust Center > Trusted Add-in Catalogs),",
    "           or `npx office-addin-debugging stop manifest.xml` if you sideloaded with it.",
    "  macOS:   rm ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/manifest.xml",
    "  Web:     Home > Add-ins > My Add-ins > ... > Remove.",
    "",
  ].join("\n")
);
