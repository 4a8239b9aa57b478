import { markerName, type ProductSheetRole } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export const PRODUCT_ROLES: readonly ProductSheetRole[] = [
  "scorecard",
  "model",
  "auditLog",
  "instructions",
];

/** The product's own sheets of a workbook, by role. */
export type ProductSheets = Partial<Record<ProductSheetRole, SheetSnapshot>>;

/**
 * Excel compares sheet names without regard to case.
 * @example sheetKey("Audit Log") === sheetKey("audit log") // true
 */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/**
 * The product's sheets, found only through their marker names (GovScore_scorecard → A1 of the
 * sheet). A sheet that merely has a product sheet's name is the user's and is never returned; a
 * snapshot without defined names therefore has no product sheets.
 * @example productSheets(snapshot).scorecard?.name // "治理评分卡"
 */
export function productSheets(snapshot: WorkbookSnapshot): ProductSheets {
  const found: ProductSheets = {};
  const byName = new Map(snapshot.sheets.map((sheet) => [sheetKey(sheet.name), sheet]));
  for (const role of PRODUCT_ROLES) {
    const marker = sheetKey(markerName(role));
    const name = (snapshot.names ?? []).find((n) => sheetKey(n.name) === marker);
    const sheet = name === undefined ? undefined : byName.get(sheetKey(name.sheet));
    if (sheet !== undefined) found[role] = sheet;
  }
  return found;
}
