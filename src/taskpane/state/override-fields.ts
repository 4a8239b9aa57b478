import type { Issue } from "../../core";

/** The fields of the override and approval forms. */
export type OverrideField = "finalGrade" | "reason" | "officer" | "approver";

/** Which field each of the core's override and approval refusals is about. */
const FIELD_OF_CODE: Readonly<Record<string, OverrideField>> = {
  "override.unknownGrade": "finalGrade",
  "override.sameGrade": "finalGrade",
  "override.upgradeTooFar": "finalGrade",
  "override.aboveKnockoutCap": "finalGrade",
  "override.reasonRequired": "reason",
  "override.officerRequired": "officer",
  "override.approverRequired": "approver",
  "override.approverIsOfficer": "approver",
  "approve.sameAsModelOfficer": "approver",
};

export interface RefusalByField {
  /** The refusals shown on a field, by field. */
  readonly fields: Partial<Readonly<Record<OverrideField, readonly Issue[]>>>;
  /** The refusals about no one field (inputs changed since scoring, nothing pending…). */
  readonly other: readonly Issue[];
}

/**
 * A refusal's reasons split by the form field each is about, so each shows on its field.
 * @example refusalByField([{ code: "override.reasonRequired", … }]).fields.reason // [that issue]
 */
export function refusalByField(issues: readonly Issue[]): RefusalByField {
  const fields: Partial<Record<OverrideField, Issue[]>> = {};
  const other: Issue[] = [];
  for (const issue of issues) {
    const field = FIELD_OF_CODE[issue.code];
    if (field === undefined) other.push(issue);
    else (fields[field] ??= []).push(issue);
  }
  return { fields, other };
}
