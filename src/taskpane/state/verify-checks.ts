import type { MismatchKind, VerifyOutcome } from "../../app";

/** What verification compares, in the order it compares them. */
export type VerifyCheck = "engine" | "formulas" | "auditChain";
export type CheckStatus = "agree" | "disagree" | "notChecked";

export const VERIFY_CHECKS: readonly VerifyCheck[] = ["engine", "formulas", "auditChain"];

const CHECK_OF: Readonly<Record<MismatchKind, VerifyCheck | null>> = {
  notScored: null,
  layoutVersion: null,
  modelSheetMissing: null,
  unreadable: "engine",
  modelFingerprint: "engine",
  inputFingerprint: "engine",
  override: "engine",
  formulaReplaced: "formulas",
  cell: "formulas",
  auditLogMissing: "auditChain",
  auditRow: "auditChain",
  auditHead: "auditChain",
  auditAnchor: "auditChain",
  auditStale: "auditChain",
};

/**
 * Whether formulas, engine and audit chain agree. Verification stops at the first mismatch:
 * the checks before it agreed, the ones after it were not reached. A workbook with nothing to
 * verify (no scorecard, no model sheet) has every check not reached.
 * @example verifyChecks(mismatchAtCell) // { engine: "agree", formulas: "disagree", auditChain: "notChecked" }
 */
export function verifyChecks(outcome: VerifyOutcome): Readonly<Record<VerifyCheck, CheckStatus>> {
  if (outcome.ok) return { engine: "agree", formulas: "agree", auditChain: "agree" };
  const failed = CHECK_OF[outcome.mismatch.kind];
  const at = failed === null ? -1 : VERIFY_CHECKS.indexOf(failed);
  const status = (i: number): CheckStatus =>
    at < 0 || i > at ? "notChecked" : i === at ? "disagree" : "agree";
  return {
    engine: status(0),
    formulas: status(1),
    auditChain: status(2),
  };
}
