import { spawn, spawnSync } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, delimiter, join } from "node:path";
import { programGate, type ProgramGate } from "./required-program";
import { runDir } from "./run-dir";

/**
 * LibreOffice Calc for the suites that recalculate or convert workbooks with it, started once per
 * jest run: the first conversion starts one headless office listening on a named pipe (its
 * profile always recalculates formulas on load), every conversion of every suite is sent to it
 * over UNO by libreoffice-convert.py (Debian's python3-uno), and the global teardown stops it.
 * `soffice --convert-to` cannot be reused: an office that receives a forwarded conversion quits
 * after it, so each call would start LibreOffice again.
 */

/** Debian's Python, where python3-uno installs the `uno` module (not a pyenv or venv python). */
const PYTHON = "/usr/bin/python3";
const CONVERT = join(__dirname, "libreoffice-convert.py");
export const INSTALL_LIBREOFFICE = "apt-get install libreoffice-calc python3-uno";

/** Recalculate every formula when a file is loaded (OOXML and ODF), never keep cached values. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The Excel 2007+ export filter, as `--convert-to xlsx` picks it. */
export const XLSX_FILTER = "Calc MS Excel 2007 XML";

function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return join(dir, program);
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** What is missing to drive LibreOffice, or null when soffice and python3-uno are there. */
export function libreOfficeMissing(): string | null {
  if (onPath("soffice") === null) return "soffice (LibreOffice) is not on the PATH";
  const uno = spawnSync(PYTHON, ["-c", "import uno"], { encoding: "utf8", timeout: 30_000 });
  if (uno.status !== 0) return `${PYTHON} cannot import uno (python3-uno is not installed)`;
  return null;
}

/** Run, fail (in CI) or skip: see required-program.ts. */
export function libreOfficeGate(): ProgramGate {
  return programGate("LibreOffice", libreOfficeMissing(), INSTALL_LIBREOFFICE);
}

/** The office of this run: its folder (profile, pid, log, lock) and its pipe's name. */
function office(dir: string): { readonly home: string; readonly pipe: string } {
  return { home: join(dir, "libreoffice"), pipe: `govscore-${basename(dir)}` };
}

/** Starts the run's office unless a suite already did (mkdir is the atomic "I start it"). */
function ensureStarted(dir: string): void {
  const { home, pipe } = office(dir);
  try {
    mkdirSync(home);
  } catch {
    return; // started, or being started, by another suite; the client waits for the pipe
  }
  mkdirSync(join(home, "profile", "user"), { recursive: true });
  writeFileSync(join(home, "profile", "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const log = openSync(join(home, "soffice.log"), "a");
  const child = spawn(
    "soffice",
    [
      `-env:UserInstallation=file://${join(home, "profile")}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nologo",
      "--nodefault",
      `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
    ],
    // Its own process group, so the teardown stops soffice.bin with the script that started it.
    { detached: true, stdio: ["ignore", log, log] }
  );
  writeFileSync(join(home, "pid"), String(child.pid));
  child.unref();
}

/**
 * Converts `files` to `<outDir>/<name>.xlsx` with the run's LibreOffice (started if needed), as
 * `soffice --convert-to xlsx:<filter> --outdir <outDir> <files>` would; formulas are
 * recalculated on load. Rejects with LibreOffice's output when a file fails.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  outDir: string,
  filter: string = XLSX_FILTER
): Promise<void> {
  try {
    await convertOnce(files, outDir, filter);
  } catch (error) {
    // Seen once in a full run (2026-12-03): the converter script killed by a signal (exit null)
    // while other suites ran; the cause is not found. A conversion is repeatable, so it is tried
    // once more, loudly; a real failure (an exit code) fails at once.
    if (!(error instanceof KilledBySignal)) throw error;
    console.warn(`LibreOffice converter killed by a signal; converting again: ${error.message}`);
    await convertOnce(files, outDir, filter);
  }
}

class KilledBySignal extends Error {}

function convertOnce(files: readonly string[], outDir: string, filter: string): Promise<void> {
  const dir = runDir(stopLibreOffice);
  ensureStarted(dir);
  const { home, pipe } = office(dir);
  return new Promise((resolve, reject) => {
    const child = spawn(
      PYTHON,
      [CONVERT, pipe, join(home, "convert.lock"), outDir, filter, ...files],
      {
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      if (code === null) return reject(new KilledBySignal(`${signal ?? "signal"}: ${output}`));
      let log = "";
      try {
        log = readFileSync(join(home, "soffice.log"), "utf8");
      } catch {
        // no log yet
      }
      reject(
        new Error(`LibreOffice conversion failed (exit ${code}):\n${output}\nsoffice: ${log}`)
      );
    });
  });
}

/**
 * Stops the office started for the run in `dir`, if any (the global teardown calls this): asked to
 * quit over UNO (so it removes its pipes), then its process group is signalled until it is gone.
 */
export function stopLibreOffice(dir: string): void {
  const { home, pipe } = office(dir);
  let pid = NaN;
  try {
    pid = Number(readFileSync(join(home, "pid"), "utf8"));
  } catch {
    return; // never started
  }
  const alive = (): boolean => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const waitForExit = (tenths: number): void => {
    for (let i = 0; i < tenths && alive(); i++) Atomics.wait(pause, 0, 0, 100);
  };
  spawnSync(PYTHON, [CONVERT, pipe, "--terminate"], { stdio: "ignore", timeout: 30_000 });
  waitForExit(50);
  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    if (!alive()) break;
    try {
      process.kill(-pid, signal);
    } catch {
      // gone meanwhile
    }
    waitForExit(50);
  }
  rmSync(join(home, "pid"), { force: true });
}
