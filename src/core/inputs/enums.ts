/** The closed vocabularies of the model's inputs (section 1 of governance-model.md). */

export const SHAREHOLDER_TYPES = [
  "private",
  "collective",
  "foreign",
  "individual",
  "soe",
  "government",
  "university",
  "publicInstitution",
  "other",
] as const;
export type ShareholderType = (typeof SHAREHOLDER_TYPES)[number];

export const BOARD_ROLES = [
  "chair",
  "viceChair",
  "executive",
  "director",
  "independent",
  "employee",
] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

export const GM_APPOINTMENTS = ["board", "recommendedByAuthority", "appointedByAuthority"] as const;
export type GmAppointment = (typeof GM_APPOINTMENTS)[number];

export const GROUP_POSITIONS = [
  "standalone",
  "parent",
  "whollyOwned",
  "controlled",
  "associate",
  "contractual",
] as const;
export type GroupPosition = (typeof GROUP_POSITIONS)[number];

export const CONDITIONS = ["good", "fair", "poor"] as const;
export type Condition = (typeof CONDITIONS)[number];

export const AUDIT_OPINIONS = ["unqualified", "qualified", "adverse", "disclaimer"] as const;
export type AuditOpinion = (typeof AUDIT_OPINIONS)[number];

export const GRADES = ["A", "B", "C", "D"] as const;
/** A is best. Grades compare by their index in GRADES. */
export type Grade = (typeof GRADES)[number];

/** A member's relation in a group workbook (group-model.md §1). */
export const GROUP_RELATIONS = [
  "parent",
  "whollyOwned",
  "controlled",
  "associate",
  "contractual",
] as const;
export type GroupRelation = (typeof GROUP_RELATIONS)[number];

/** How a guarantee row secures the beneficiary's credit. */
export const GUARANTEE_KINDS = ["guarantee", "mortgage", "pledge"] as const;
export type GuaranteeKind = (typeof GUARANTEE_KINDS)[number];

/** The enums by name, for the reader's drop-downs and label look-ups. */
export const ENUMS = {
  shareholderType: SHAREHOLDER_TYPES,
  boardRole: BOARD_ROLES,
  gmAppointment: GM_APPOINTMENTS,
  groupPosition: GROUP_POSITIONS,
  condition: CONDITIONS,
  auditOpinion: AUDIT_OPINIONS,
  groupRelation: GROUP_RELATIONS,
  guaranteeKind: GUARANTEE_KINDS,
  governanceGrade: GRADES,
} as const;
export type EnumName = keyof typeof ENUMS;

/** Subsidiaries whose score depends on the parent's and siblings' condition. */
export function isSubsidiary(position: GroupPosition): position is "whollyOwned" | "controlled" {
  return position === "whollyOwned" || position === "controlled";
}

/** The worse of two grades (D is worst). */
export function worseGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}

/** How many grades `to` is better than `from` (negative: worse). */
export function gradeSteps(from: Grade, to: Grade): number {
  return GRADES.indexOf(from) - GRADES.indexOf(to);
}
