import { creditAdjustment } from "./adjustment";
import { msg } from "./i18n/messages";
import { GRADES, gradeSteps, type Grade } from "./inputs/enums";
import type { ProfileInputs } from "./inputs/types";
import { failure, success, type Issue, type Outcome } from "./issues";
import type { ModelParameters } from "./params/types";
import type { ScoreResult } from "./result";

export interface OverrideRequest {
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
  readonly approver?: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
}

/**
 * Apply an officer's override (governance-model.md §6): a downgrade needs a reason; an upgrade
 * moves at most one grade, needs a second person's approval and never passes a knock-out cap.
 * The adjustment follows the final grade. A refused override returns every reason it was refused.
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
  const approver = request.approver?.trim() ?? "";
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
  if (steps > 0) {
    if (steps > 1) {
      refuse(
        "override.upgradeTooFar",
        msg("override.upgradeTooFar", { from: modelGrade, to: finalGrade, steps: String(steps) })
      );
    }
    if (approver === "") refuse("override.approverRequired", msg("override.approverRequired"));
    else if (approver.normalize("NFKC").toLowerCase() === officer.normalize("NFKC").toLowerCase()) {
      refuse("override.approverIsOfficer", msg("override.approverIsOfficer"));
    }
    if (result.cap !== null && gradeSteps(result.cap, finalGrade) > 0) {
      refuse(
        "override.aboveKnockoutCap",
        msg("override.aboveKnockoutCap", { cap: result.cap, grade: finalGrade })
      );
    }
  }
  if (issues.length > 0) return failure(issues);
  return success({
    ...result,
    finalGrade: finalGrade as Grade,
    override: {
      modelGrade,
      finalGrade,
      reason,
      officer,
      approver: approver === "" ? null : approver,
      at: request.at,
    },
    adjustment: creditAdjustment(finalGrade, profile, params),
  });
}
