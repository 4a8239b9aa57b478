import { failure, msg, success, type Issue, type Language, type Outcome } from "../core";
import type { WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { sheetKey } from "./product-sheets";
import { templatePlan } from "../workbook/template";

/**
 * The blank client workbook: instructions, then the shareholder register, the board and the
 * profile as Excel tables with drop-downs in the language. Given the workbook it would be added
 * to, it is refused when any of its sheet or table names already exists there (the add-in adds
 * sheets to an open workbook and never renames or replaces a user's sheet).
 * @example templateWorkbook("zh-CN").ok && templateWorkbook("zh-CN").value.sheets.map((s) => s.name)
 * // ["填写说明", "股东名册", "董事会", "治理概况"]
 */
export function templateWorkbook(
  language: Language,
  existing?: WorkbookSnapshot
): Outcome<WorkbookPlan> {
  const plan: WorkbookPlan = templatePlan(language);
  if (existing === undefined) return success(plan);
  const sheetNames = new Set(existing.sheets.map((s) => sheetKey(s.name)));
  const tableNames = new Set(existing.sheets.flatMap((s) => s.tables.map((t) => sheetKey(t.name))));
  const issues: Issue[] = [];
  for (const sheet of plan.sheets) {
    if (sheetNames.has(sheetKey(sheet.name)))
      issues.push({
        code: "template.sheetExists",
        message: msg("app.issue.templateSheetExists", { sheet: sheet.name }),
        at: { sheet: sheet.name, cell: "A1" },
      });
    for (const table of sheet.tables ?? [])
      if (tableNames.has(sheetKey(table.name)))
        issues.push({
          code: "template.tableExists",
          message: msg("app.issue.templateTableExists", { table: table.name }),
        });
  }
  return issues.length > 0 ? failure(issues) : success(plan);
}
