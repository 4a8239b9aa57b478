import {
  INITIAL_SESSION,
  sessionReducer,
  type SessionState,
} from "../../src/taskpane/state/session";
import type { InputsReport } from "../../src/taskpane/state/inputs-report";
import { msg } from "../../src/core";

const clean: InputsReport = { tables: [], notices: [], issues: [] };
const withErrors: InputsReport = {
  ...clean,
  issues: [{ code: "cell.notPercent", message: msg("tp.inputs.absent") }],
};
const failure = { step: "read" as const, detail: { "zh-CN": "忙", "en-US": "busy" } };

function run(...events: Parameters<typeof sessionReducer>[1][]): SessionState {
  return events.reduce(sessionReducer, INITIAL_SESSION);
}

describe("the session state machine", () => {
  it("reads into inputs or inputErrors", () => {
    expect(run({ type: "started", phase: "reading" }).phase).toBe("reading");
    const ok = run({ type: "started", phase: "reading" }, { type: "inputsRead", inputs: clean });
    expect(ok.phase).toBe("inputs");
    expect(ok.last).toEqual({ outcome: "inputs", revision: 1 });
    const bad = run(
      { type: "started", phase: "reading" },
      { type: "inputsRead", inputs: withErrors }
    );
    expect(bad.phase).toBe("inputErrors");
  });

  it("ignores a second start while busy and a result with nothing running", () => {
    const reading = run({ type: "started", phase: "reading" });
    expect(sessionReducer(reading, { type: "started", phase: "scoring" })).toBe(reading);
    expect(sessionReducer(INITIAL_SESSION, { type: "inputsRead", inputs: clean })).toBe(
      INITIAL_SESSION
    );
    expect(sessionReducer(INITIAL_SESSION, { type: "failed", failure })).toBe(INITIAL_SESSION);
  });

  it("returns a refused override to the phase it came from, with the reasons", () => {
    const issues = [{ code: "override.reasonRequired", message: msg("override.reasonRequired") }];
    const state = run(
      { type: "started", phase: "verifying" },
      {
        type: "verified",
        outcome: {
          ok: false,
          mismatch: { kind: "notScored", message: msg("app.issue.notScored") },
        },
      },
      { type: "started", phase: "overriding" },
      { type: "overrideRefused", issues }
    );
    expect(state.phase).toBe("mismatch");
    expect(state.overrideIssues).toBe(issues);
    expect(state.last?.outcome).toBe("override");
  });

  it("keeps a host failure as state, cleared by the next start", () => {
    const failed = run({ type: "started", phase: "scoring" }, { type: "failed", failure });
    expect(failed.phase).toBe("failed");
    expect(failed.failure).toBe(failure);
    expect(sessionReducer(failed, { type: "started", phase: "reading" }).failure).toBeNull();
  });

  it("drops the last scorecard when a new score is refused", () => {
    const refused = run(
      { type: "started", phase: "scoring" },
      { type: "scoreRefused", inputs: withErrors, issues: withErrors.issues }
    );
    expect(refused).toMatchObject({ phase: "inputErrors", scorecard: null });
    expect(refused.scoreIssues).toBe(withErrors.issues);
  });
});
