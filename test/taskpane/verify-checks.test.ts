import type { Mismatch, MismatchKind, VerifyOutcome } from "../../src/app";
import { msg } from "../../src/core";
import { verifyChecks } from "../../src/taskpane/state/verify-checks";

const failing = (kind: MismatchKind): VerifyOutcome => ({
  ok: false,
  mismatch: { kind, message: msg("app.verify.auditStale") } satisfies Mismatch,
});

describe("verifyChecks", () => {
  it.each<MismatchKind>([
    "formulaReplaced",
    "formula",
    "cell",
    "value",
    "valueReplaced",
    "unexpectedCell",
  ])("puts a %s mismatch under the product sheets' cells, checked last", (kind) => {
    expect(verifyChecks(failing(kind))).toEqual({
      engine: "agree",
      auditChain: "agree",
      cells: "disagree",
    });
  });

  it.each<MismatchKind>(["auditLogMissing", "auditRow", "auditStale", "notLogged"])(
    "puts a %s mismatch under the audit log, before the cells",
    (kind) => {
      expect(verifyChecks(failing(kind))).toEqual({
        engine: "agree",
        auditChain: "disagree",
        cells: "notChecked",
      });
    }
  );

  it("puts the fingerprints and the override under the engine, and reaches nothing without a scorecard", () => {
    expect(verifyChecks(failing("inputFingerprint"))).toEqual({
      engine: "disagree",
      auditChain: "notChecked",
      cells: "notChecked",
    });
    expect(verifyChecks(failing("notScored"))).toEqual({
      engine: "notChecked",
      auditChain: "notChecked",
      cells: "notChecked",
    });
  });
});
