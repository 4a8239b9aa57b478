import { creditAdjustment } from "./adjustment";
import { msg } from "./i18n/messages";
import { GRADES, gradeSteps, type Grade } from "./inputs/enums";
import type { ProfileInputs } from "./inputs/types";
import { failure, success, type Issue, type Outcome } from "./issues";
import type { ModelParameters } from "./params/types";
import type { OverrideRecord, ScoreResult } from "./result";

export interface OverrideRequest {
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
}

export interface ApprovalRequest {
  readonly approver: string;
  /** ISO 8601 time of the approval. */
  readonly at: string;
}

/**
 * A person's name as names are compared: NFKC, whitespace folded, case folded, so "Alice  Wang "
 * and "alice wang" are one person.
 * @example personKey(" Ａlice  Wang ") // "alice wang"
 */
export function personKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, " ").trim().toLocaleLowerCase("en-US");
}

/** The result with an override: the grade in effect and the adjustment follow it. */
function withOverride(
  result: ScoreResult,
  override: OverrideRecord,
  profile: ProfileInputs,
  params: ModelParameters
): ScoreResult {
  const effective =
    override.approval.status === "pending" ? override.modelGrade : override.finalGrade;
  return {
    ...result,
    finalGrade: effective,
    override,
    // An override moves the grade, never the knock-outs' outcome: a decline stays a decline.
    adjustment: creditAdjustment(effective, profile, params, result.outcome),
  };
}

/**
 * Apply an officer's override (governance-model.md §6): a downgrade needs a reason and takes
 * effect at once; an upgrade moves at most one grade, never passes a knock-out cap, and waits for
 * a second person's approval (`approveOverride`), the grade in effect staying the model grade
 * until then. A refused override returns every reason it was refused.
 * @example applyOverride(result, { finalGrade: "C", reason: "Pending litigation", officer: "王芳", at }, profile, params)
 */
export function applyOverride(
  result: ScoreResult,
  request: OverrideRequest,
  profile: ProfileInputs,
  params: ModelParameters
): Outcome<ScoreResult> {
  const issues: Issue[] = [];
  const refuse = (code: string, message: ReturnType<typeof msg>) => issues.push({ code, message });
  const finalGrade = GRADES.find((g) => g === request.finalGrade.trim().toUpperCase());
  const reason = request.reason.trim();
  const officer = request.officer.trim();
  if (finalGrade === undefined) {
    refuse(
      "override.unknownGrade",
      msg("override.unknownGrade", { grade: request.finalGrade, expected: GRADES.join(", ") })
    );
    return failure(issues);
  }
  if (reason === "") refuse("override.reasonRequired", msg("override.reasonRequired"));
  if (officer === "") refuse("override.officerRequired", msg("override.officerRequired"));
  const modelGrade = result.modelGrade;
  const steps = gradeSteps(modelGrade, finalGrade);
  if (steps === 0) refuse("override.sameGrade", msg("override.sameGrade", { grade: finalGrade }));
  if (steps > 1)
    refuse(
      "override.upgradeTooFar",
      msg("override.upgradeTooFar", { from: modelGrade, to: finalGrade, steps: String(steps) })
    );
  if (steps > 0 && result.cap !== null && gradeSteps(result.cap, finalGrade) > 0)
    refuse(
      "override.aboveKnockoutCap",
      msg("override.aboveKnockoutCap", { cap: result.cap, grade: finalGrade })
    );
  if (issues.length > 0) return failure(issues);
  const override: OverrideRecord = {
    modelGrade,
    finalGrade: finalGrade as Grade,
    reason,
    officer,
    at: request.at,
    approval: steps > 0 ? { status: "pending" } : { status: "notRequired" },
  };
  return success(withOverride(result, override, profile, params));
}

/**
 * Record the second person's approval of an upgrade pending approval: a separate act, by someone
 * other than the officer (names compared as `personKey` does). The grade then takes effect.
 * @example approveOverride(pending, { approver: "李强", at }, profile, params).ok // true
 */
export function approveOverride(
  result: ScoreResult,
  request: ApprovalRequest,
  profile: ProfileInputs,
  params: ModelParameters
): Outcome<ScoreResult> {
  const o = result.override;
  const approver = request.approver.trim();
  const issues: Issue[] = [];
  if (o === null || o.approval.status !== "pending")
    issues.push({ code: "approve.nothingPending", message: msg("approve.nothingPending") });
  if (approver === "")
    issues.push({ code: "override.approverRequired", message: msg("override.approverRequired") });
  else if (o !== null && personKey(approver) === personKey(o.officer))
    issues.push({ code: "override.approverIsOfficer", message: msg("override.approverIsOfficer") });
  if (issues.length > 0 || o === null) return failure(issues);
  return success(
    withOverride(
      result,
      { ...o, approval: { status: "approved", approver, at: request.at } },
      profile,
      params
    )
  );
}
