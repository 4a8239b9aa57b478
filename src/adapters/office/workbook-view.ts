import { markerName, type ProductSheetRole } from "../../workbook/plan";
import type { DefinedNameSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { rangeAddress } from "../../workbook/a1";
import { markedSheets } from "../../workbook/product-sheets";
import { parseSheetAddress, type SheetRange } from "./addresses";

/** A worksheet as the adapter last saw it. */
export interface SheetInfo {
  /** Worksheet.id: stays the same when the sheet is renamed. */
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  /** Excel's `Worksheet.visibility` ("Visible", "Hidden", "VeryHidden"); absent when not loaded. */
  readonly visibility?: string;
}

/** A workbook-level defined name; `target` is null for a name that is not one range (#REF!…). */
export interface NameInfo {
  readonly name: string;
  readonly target: SheetRange | null;
}

/** What applyPlan needs to know before it writes: sheets in tab order, protection, names. */
export interface WorkbookView {
  readonly sheets: readonly SheetInfo[];
  readonly structureProtected: boolean;
  readonly names: readonly NameInfo[];
  /**
   * The sheet each role's marker points at, where the read found that sheet to be the product's
   * (src/workbook/product-sheets.ts). Only these are ever replaced; absent when no content was
   * read (then nothing is).
   */
  readonly products?: Partial<Record<ProductSheetRole, string>>;
}

/** A sheet of the Office snapshot: also whether it is protected and whether its cells were read. */
export interface OfficeSheetSnapshot extends SheetSnapshot {
  readonly protected?: boolean;
  /**
   * False for a sheet that is neither an input candidate nor a product sheet: only its name is
   * given (so that the pure layer can avoid it when naming sheets), with no cells.
   */
  readonly contentRead: boolean;
}

export interface OfficeWorkbookSnapshot extends WorkbookSnapshot {
  readonly sheets: readonly OfficeSheetSnapshot[];
  readonly names: readonly DefinedNameSnapshot[];
  /** The workbook structure is protected: no sheet can be added, deleted or renamed. */
  readonly structureProtected: boolean;
  /** How many requests (context.sync calls) the read took. */
  readonly requests: number;
}

export function sheetKey(name: string): string {
  return name.toLowerCase();
}

/** A NamedItem's formula ("='治理评分卡'!$A$1") as a name of the view. */
export function nameInfo(name: string, formula: unknown): NameInfo {
  return { name, target: typeof formula === "string" ? parseSheetAddress(formula) : null };
}

/** The names that refer to one range, as the snapshot gives them. */
export function definedNames(view: WorkbookView): DefinedNameSnapshot[] {
  return view.names.flatMap((n) =>
    n.target === null
      ? []
      : [{ name: n.name, sheet: n.target.sheet, range: rangeAddress(n.target.range) }]
  );
}

/**
 * The product's sheet of a role: the sheet its marker points at, if that sheet exists and the
 * read trusted it (`view.products`). A marker on any other sheet (an input sheet, a user's sheet)
 * gives none, so that sheet is never replaced.
 */
export function markedSheet(view: WorkbookView, role: ProductSheetRole): SheetInfo | undefined {
  const marker = sheetKey(markerName(role));
  const name = view.names.find((n) => sheetKey(n.name) === marker);
  const trusted = view.products?.[role];
  if (name?.target == null || trusted === undefined) return undefined;
  const sheet = sheetKey(name.target.sheet);
  if (sheet !== sheetKey(trusted)) return undefined;
  return view.sheets.find((s) => sheetKey(s.name) === sheet);
}

/**
 * The sheet names of the product's sheets that a snapshot's markers are trusted for.
 * @example productSheetNames(snapshot) // { scorecard: "治理评分卡", model: "评分模型" }
 */
export function productSheetNames(
  snapshot: WorkbookSnapshot
): Partial<Record<ProductSheetRole, string>> {
  const names: Partial<Record<ProductSheetRole, string>> = {};
  for (const [role, sheet] of Object.entries(markedSheets(snapshot).sheets))
    names[role as ProductSheetRole] = sheet.name;
  return names;
}

/** Whether the workbook has a name (any, also a broken one) of this text. */
export function hasName(view: WorkbookView, name: string): boolean {
  const key = sheetKey(name);
  return view.names.some((n) => sheetKey(n.name) === key);
}
