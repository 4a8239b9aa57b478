import { describeWithProgram, isCi, programGate, type SuiteApi } from "./required-program";

const MISSING = "/usr/bin/chromium is not installed";
const INSTALL = "apt-get install chromium";

describe("isCi", () => {
  it.each([["true"], ["1"], ["yes"], ["TRUE"]])("is true for CI=%s", (value) =>
    expect(isCi({ CI: value })).toBe(true)
  );
  it.each([[undefined], [""], ["0"], ["false"], [" False "]])("is false for CI=%j", (value) =>
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(false)
  );
});

describe("a suite that needs a program", () => {
  it("runs when the program is there, CI or not", () => {
    expect(programGate("Chromium", null, INSTALL, { CI: "true" })).toEqual({ action: "run" });
    expect(programGate("Chromium", null, INSTALL, {})).toEqual({ action: "run" });
  });

  it("fails in CI when the program is missing, saying what to install", () => {
    expect(programGate("Chromium", MISSING, INSTALL, { CI: "true" })).toEqual({
      action: "fail",
      message:
        "Chromium is required in CI and /usr/bin/chromium is not installed. Install it " +
        "(apt-get install chromium; .ci/run does), or unset CI to skip this suite locally.",
    });
  });

  it("is skipped with a warning outside CI when the program is missing", () => {
    expect(programGate("Chromium", MISSING, INSTALL, {})).toEqual({
      action: "skip",
      warning: "SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium to run it)",
    });
  });
});

describe("describeWithProgram", () => {
  /** What the helper registered with jest, the tests' bodies run at once. */
  function registered(env: NodeJS.ProcessEnv, missing: string | null) {
    const calls: string[] = [];
    const failures: string[] = [];
    const api: SuiteApi = {
      describe: (title, body) => {
        calls.push(`describe ${title}`);
        body();
      },
      skip: (title) => calls.push(`skip ${title}`),
      it: (title, body) => {
        calls.push(`it ${title}`);
        try {
          body();
        } catch (error) {
          failures.push((error as Error).message);
        }
      },
      warn: (message) => calls.push(`warn ${message}`),
    };
    const gate = programGate("Chromium", missing, INSTALL, env);
    describeWithProgram(gate, "task pane", () => api.it("a real test", () => undefined), api);
    return { calls, failures };
  }

  it("registers the suite itself when the program is there", () => {
    expect(registered({ CI: "1" }, null)).toEqual({
      calls: ["describe task pane", "it a real test"],
      failures: [],
    });
  });

  it("registers one failing test in its place in CI when the program is missing", () => {
    const { calls, failures } = registered({ CI: "1" }, MISSING);
    expect(calls).toEqual(["describe task pane", "it has the programs it needs"]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain("Chromium is required in CI and /usr/bin/chromium");
  });

  it("skips the suite with a warning outside CI when the program is missing", () => {
    expect(registered({}, MISSING)).toEqual({
      calls: [
        "warn task pane: SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium to run it)",
        "skip task pane — SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium to run it)",
      ],
      failures: [],
    });
  });
});
