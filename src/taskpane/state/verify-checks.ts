import type { MismatchKind, VerifyOutcome } from "../../app";

/** What verification compares, in the order it compares them. */
export type VerifyCheck = "engine" | "auditChain" | "cells";
export type CheckStatus = "agree" | "disagree" | "notChecked";

export const VERIFY_CHECKS: readonly VerifyCheck[] = ["engine", "auditChain", "cells"];

const CHECK_OF: Readonly<Record<MismatchKind, VerifyCheck | null>> = {
  notScored: null,
  layoutVersion: null,
  modelSheetMissing: null,
  unreadable: "engine",
  groupInputs: "engine",
  modelFingerprint: "engine",
  inputFingerprint: "engine",
  override: "engine",
  auditLogMissing: "auditChain",
  summaryMissing: "cells",
  auditRow: "auditChain",
  auditHead: "auditChain",
  auditAnchor: "auditChain",
  auditStale: "auditChain",
  notLogged: "auditChain",
  readingNotes: "auditChain",
  formulaReplaced: "cells",
  formula: "cells",
  cell: "cells",
  value: "cells",
  valueReplaced: "cells",
  unexpectedCell: "cells",
};

/**
 * Whether engine, audit log and the product sheets' cells agree. Verification stops at the first
 * mismatch: the checks before it agreed, the ones after it were not reached. A workbook with
 * nothing to verify (no scorecard, no model sheet) has every check not reached.
 * @example verifyChecks(mismatchAtCell) // { engine: "agree", auditChain: "agree", cells: "disagree" }
 */
export function verifyChecks(outcome: VerifyOutcome): Readonly<Record<VerifyCheck, CheckStatus>> {
  if (outcome.ok) return { engine: "agree", auditChain: "agree", cells: "agree" };
  const failed = CHECK_OF[outcome.mismatch.kind];
  const at = failed === null ? -1 : VERIFY_CHECKS.indexOf(failed);
  const status = (i: number): CheckStatus =>
    at < 0 || i > at ? "notChecked" : i === at ? "disagree" : "agree";
  return {
    engine: status(0),
    auditChain: status(1),
    cells: status(2),
  };
}
