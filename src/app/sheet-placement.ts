import { displayRef, sheetPrefix } from "../workbook/a1";
import type { PlannedCell, ProductSheetRole, SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { sheetKey, type ProductSheets } from "./product-sheets";

/** A product sheet written under another name because a user's sheet already had its name. */
export interface SheetRename {
  readonly role: ProductSheetRole;
  /** The name the product would have used, held by the user's sheet. */
  readonly planned: string;
  /** The name it was written under, e.g. "治理评分卡 (2)". */
  readonly written: string;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
}

/**
 * Names every sheet of the plan so that no user sheet is touched: a product sheet that the plan
 * replaces keeps no claim on its name, but any other sheet's name (compared as Excel does,
 * ignoring case) is taken, and the plan's sheet then becomes "name (2)", "name (3)", …
 * Formulas that referred to a renamed sheet, and notes that cite its cells, follow the new name.
 * @example placeSheets(plan, snapshot, productSheets(snapshot)).renames
 * // [{ role: "scorecard", planned: "治理评分卡", written: "治理评分卡 (2)" }]
 */
export function placeSheets(
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  existing: ProductSheets
): { readonly plan: WorkbookPlan; readonly renames: readonly SheetRename[] } {
  const replaced = new Set<string>();
  for (const sheet of plan.sheets) {
    if (sheet.role === "input") continue;
    const current = existing[sheet.role];
    if (current !== undefined) replaced.add(sheetKey(current.name));
  }
  const taken = new Set(
    snapshot.sheets.map((s) => sheetKey(s.name)).filter((key) => !replaced.has(key))
  );
  const renames: SheetRename[] = [];
  for (const sheet of plan.sheets) {
    let name = sheet.name;
    for (let n = 2; taken.has(sheetKey(name)); n++) name = withSuffix(sheet.name, n);
    taken.add(sheetKey(name));
    if (name !== sheet.name && sheet.role !== "input")
      renames.push({ role: sheet.role, planned: sheet.name, written: name });
  }
  return { plan: renames.reduce(renameSheet, plan), renames };
}

/**
 * The plan with its product sheets under the names they have in a workbook (a sheet written as
 * "治理评分卡 (2)", or renamed since): formula references and cited cells follow, as when placed.
 * @example namedAsWritten(plan, { model: "评分模型 (2)" }).sheets[1].name // "评分模型 (2)"
 */
export function namedAsWritten(
  plan: WorkbookPlan,
  names: Partial<Record<ProductSheetRole, string>>
): WorkbookPlan {
  const renames: SheetRename[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.role === "input") continue;
    const written = names[sheet.role];
    if (written !== undefined && written !== sheet.name)
      renames.push({ role: sheet.role, planned: sheet.name, written });
  }
  return renames.reduce(renameSheet, plan);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The plan with one sheet renamed, every formula reference and cited cell following it. */
function renameSheet(plan: WorkbookPlan, rename: SheetRename): WorkbookPlan {
  const from = sheetPrefix(rename.planned);
  const to = sheetPrefix(rename.written);
  // Notes cite cells as a person reads them ("评分模型!C77"), never as formula text.
  const cited = new RegExp(
    `${escapeRegExp(displayRef(rename.planned, ""))}(?=\\$?[A-Z]{1,3}\\$?\\d)`,
    "g"
  );
  const citedTo = displayRef(rename.written, "");
  const cell = (c: PlannedCell): PlannedCell => {
    if (c.formula !== undefined && c.formula.includes(from))
      return { ...c, formula: c.formula.split(from).join(to) };
    if (c.style === "note" && typeof c.value === "string") {
      const value = c.value.replace(cited, () => citedTo);
      if (value !== c.value) return { ...c, value };
    }
    return c;
  };
  return {
    sheets: plan.sheets.map((sheet): SheetPlan => ({
      ...sheet,
      name:
        sheet.name === rename.planned && sheet.role === rename.role ? rename.written : sheet.name,
      cells: sheet.cells.map(cell),
    })),
  };
}
