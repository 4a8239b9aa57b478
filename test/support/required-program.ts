/**
 * Suites that need a program from outside npm (LibreOffice, Chromium): they run where it is
 * installed; in CI (the CI environment variable set) a missing program FAILS the suite with a
 * message saying what to install, because a skipped suite there would pass without testing
 * anything; elsewhere they are skipped with a warning.
 */

/** Whether `env` is a CI run: CI set to anything but "", "0" or "false". */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

export type ProgramGate =
  | { readonly action: "run" }
  | { readonly action: "skip"; readonly warning: string }
  | { readonly action: "fail"; readonly message: string };

/**
 * What a suite needing `program` does. `missing` is null when the program is there, else what is
 * missing (e.g. "/usr/bin/chromium is not installed"); `install` says how CI gets it.
 * @example programGate("Chromium", "/usr/bin/chromium is not installed", "apt-get install chromium")
 */
export function programGate(
  program: string,
  missing: string | null,
  install: string,
  env: NodeJS.ProcessEnv = process.env
): ProgramGate {
  if (missing === null) return { action: "run" };
  if (isCi(env))
    return {
      action: "fail",
      message:
        `${program} is required in CI and ${missing}. Install it (${install}; .ci/run does), ` +
        "or unset CI to skip this suite locally.",
    };
  return { action: "skip", warning: `SKIPPED: ${missing} (${install} to run it)` };
}

/** The jest functions describeWithProgram registers suites with (replaceable in its own test). */
export interface SuiteApi {
  readonly describe: (title: string, body: () => void) => void;
  readonly skip: (title: string, body: () => void) => void;
  readonly it: (title: string, body: () => void) => void;
  readonly warn: (message: string) => void;
}

const JEST: SuiteApi = {
  describe: (title, body) => describe(title, body),
  skip: (title, body) => describe.skip(title, body),
  it: (title, body) => it(title, body),
  warn: (message) => console.warn(message),
};

/**
 * `describe(title, body)` when the program is there; in CI without it, one failing test with
 * the gate's message in place of the suite; elsewhere `describe.skip` and a console warning.
 */
export function describeWithProgram(
  gate: ProgramGate,
  title: string,
  body: () => void,
  api: SuiteApi = JEST
): void {
  switch (gate.action) {
    case "run":
      return api.describe(title, body);
    case "fail":
      return api.describe(title, () =>
        api.it("has the programs it needs", () => {
          throw new Error(gate.message);
        })
      );
    case "skip":
      api.warn(`${title}: ${gate.warning}`);
      return api.skip(`${title} — ${gate.warning}`, body);
  }
}

/**
 * A describe-like function for suites needing the program `gate` is about.
 * @example const describeInChromium = describeFor(chromiumGate()); describeInChromium("…", () => {…});
 */
export function describeFor(gate: ProgramGate): (title: string, body: () => void) => void {
  return (title, body) => describeWithProgram(gate, title, body);
}
