import { msg, type Issue, type Language, type ModelParameters } from "../core";
import type { WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { withGroupAudit, type GroupAuditContext } from "./group-audit";
import { assessGroup, type GroupAssessment, type ScoredMember } from "./group-workbook";
import { markerNotices, productSheets, sheetKey } from "./product-sheets";

export interface GroupWorkbookOptions {
  readonly language: Language;
  /** The members' verified scorecards (the command line's --members); none in the task pane. */
  readonly members?: readonly ScoredMember[];
  readonly params?: ModelParameters;
  /**
   * Who writes the group sheet into this same workbook (the task pane): its audit log, the
   * workbook's own continued, is planned with it (`withGroupAudit`). The command line writes a new
   * file and continues the earlier output's log itself.
   */
  readonly audit?: Pick<GroupAuditContext, "time" | "user" | "enteredBy">;
}

/**
 * The product sheets of `plan` whose names a sheet of the workbook holds that is not the
 * product's sheet of that role (found through its trusted marker): one located issue each.
 */
function sheetsTaken(plan: WorkbookPlan, snapshot: WorkbookSnapshot): Issue[] {
  const products = productSheets(snapshot);
  const issues: Issue[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.role === "input") continue;
    const holder = snapshot.sheets.find((s) => sheetKey(s.name) === sheetKey(sheet.name));
    if (holder === undefined) continue;
    const product = products[sheet.role];
    if (product !== undefined && sheetKey(product.name) === sheetKey(holder.name)) continue;
    issues.push({
      code: "group.sheetTaken",
      message: msg("group.issue.sheetTaken", {
        sheet: holder.name,
        role: msg(`sheet.${sheet.role}`),
      }),
      at: { sheet: holder.name, cell: "A1" },
    });
  }
  return issues;
}

/**
 * Analyse the group workbook open in Excel or read from a file, for both front ends: read its
 * three tables, analyse the group (with the members' scorecards where given) and plan the group
 * sheet (集团评估) and the model sheet it refers to: `assessGroup`, then the write rules of the
 * client path. A product sheet of the plan replaces only the product's own sheet of its role; a
 * user's sheet that has its name (集团评估, say) refuses the write, located, and is never written
 * over. Marker names that point at a user's sheet are reported as notices.
 * @example
 * const outcome = analyseGroupWorkbook(snapshot, { language: "zh-CN" });
 * if (outcome.ok) outcome.analysis.credit.headroom; // Decimal
 * else outcome.issues; // located, bilingual
 */
export function analyseGroupWorkbook(
  snapshot: WorkbookSnapshot,
  options: GroupWorkbookOptions
): GroupAssessment {
  const assessment = assessGroup(snapshot, {
    language: options.language,
    members: options.members ?? [],
    ...(options.params === undefined ? {} : { params: options.params }),
  });
  if (!assessment.ok) return assessment;
  let planned = assessment;
  if (options.audit !== undefined) {
    const audited = withGroupAudit(assessment, {
      ...options.audit,
      language: options.language,
      previous: snapshot,
    });
    if (!audited.ok) return { ok: false, issues: audited.issues, notices: assessment.notices };
    planned = { ...assessment, plan: audited.plan };
  }
  const taken = sheetsTaken(planned.plan, snapshot);
  if (taken.length > 0) return { ok: false, issues: taken, notices: assessment.notices };
  return { ...planned, notices: [...planned.notices, ...markerNotices(snapshot)] };
}
