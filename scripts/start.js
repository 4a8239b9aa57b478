#!/usr/bin/env node
/**
 * `npm start`: Microsoft's templates run `office-addin-debugging start manifest.xml`, which starts
 * the dev server and sideloads the add-in into desktop Excel. office-addin-debugging is not a
 * dependency here (its keytar chain needs a native build), so this starts the HTTPS dev server on
 * https://localhost:3000 and prints how to sideload manifest.xml on Windows, macOS and the web.
 *
 *   npm start                  dev server + instructions (Ctrl+C or `npm stop` ends it)
 *   npm start -- --print       instructions only
 */
"use strict";

process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = "true";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PID_FILE = path.join(
  ROOT,
  "node_modules",
  ".cache",
  "governance-scorecard",
  "dev-server.json"
);
const URL_BASE = "https://localhost:3000/";

function sideloadingSteps() {
  const mac = "~/Library/Containers/com.microsoft.Excel/Data/Documents/wef";
  const sections = {
    win32: [
      "Windows, desktop Excel (pick one):",
      "  a) Shared-folder catalog (no extra tools):",
      "     1. Create a folder (e.g. C:\\AddinManifests), share it (Properties > Sharing > Share),",
      `        and copy ${MANIFEST} into it.`,
      "     2. Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:",
      "        Catalog URL = \\\\<your-computer>\\AddinManifests, Add catalog, tick Show in Menu, OK.",
      "     3. Restart Excel, then Home > Add-ins > More Add-ins > SHARED FOLDER >",
      "        Governance Scorecard > Add.",
      "  b) Microsoft's tool (needs network to install):",
      "       npm install --no-save office-addin-debugging",
      "       npx office-addin-debugging start manifest.xml desktop --app excel",
      "     (it reuses this dev server when port 3000 is busy; `npx office-addin-debugging stop",
      "     manifest.xml` unregisters the add-in)",
      "  Older Windows 10 builds with the EdgeHTML webview also need a loopback exemption (admin):",
      '    CheckNetIsolation LoopbackExempt -a -n="microsoft.win32webviewhost_cw5n1h2txyewy"',
    ],
    darwin: [
      "macOS, desktop Excel:",
      `  1. mkdir -p ${mac}`,
      `  2. cp "${MANIFEST}" ${mac}/`,
      "  3. Restart Excel, open a workbook, then Home > Add-ins (or Insert > Add-ins > My Add-ins)",
      "     and choose Governance Scorecard under Developer Add-ins.",
    ],
    web: [
      "Excel on the web:",
      "  1. Open a workbook in Excel on the web (Microsoft 365 or SharePoint).",
      "  2. Home > Add-ins > More Add-ins (or Advanced) > My Add-ins > Upload My Add-in.",
      `  3. Browse to ${MANIFEST} and choose Upload.`,
      `  The browser must trust ${URL_BASE} (npm run certs; on Linux follow what it prints).`,
    ],
  };
  const order =
    process.platform === "darwin" ? ["darwin", "web", "win32"] : ["win32", "darwin", "web"];
  return [
    "",
    `Governance Scorecard dev server: ${URL_BASE}taskpane.html`,
    "Sideload manifest.xml once; Excel then loads the add-in from this server:",
    "",
    ...order.flatMap((key) => [...sections[key], ""]),
    "The ribbon group appears on the Home tab: Open Scorecard, Score, Create input template.",
    "If Excel keeps an old version, clear the Office cache (Windows: %LOCALAPPDATA%\\Microsoft\\",
    "Office\\16.0\\Wef\\; macOS: ~/Library/Containers/com.microsoft.Excel/Data/Library/Caches/).",
    "",
  ].join("\n");
}

function startDevServer() {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ pid: process.pid, serverPid: child.pid }));

  const cleanUp = () => {
    try {
      const recorded = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
      if (recorded.pid === process.pid) fs.rmSync(PID_FILE, { force: true });
    } catch {
      // Already removed by `npm stop`.
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => {
    cleanUp();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

module.exports = { sideloadingSteps, PID_FILE };

if (require.main === module) {
  console.log(sideloadingSteps());
  if (!process.argv.includes("--print")) startDevServer();
}
