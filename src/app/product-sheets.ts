import { msg } from "../core";
import type { ProductSheetRole } from "../workbook/plan";
import { markedSheets, PRODUCT_ROLES, type IgnoredMarker } from "../workbook/product-sheets";
import type { ReadNotice } from "../workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";

export { PRODUCT_ROLES };

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
 * sheet), and only where the sheet is the product's (its content signature, no input table; see
 * src/workbook/product-sheets.ts). A sheet that merely has a product sheet's name, or that a
 * marker points at without being the product's, is the user's and is never returned; a snapshot
 * without defined names therefore has no product sheets.
 * @example productSheets(snapshot).scorecard?.name // "治理评分卡"
 */
export function productSheets(snapshot: WorkbookSnapshot): ProductSheets {
  return markedSheets(snapshot).sheets;
}

const NOTICE = {
  inputSheet: "app.notice.markerOnInput",
  notProduct: "app.notice.markerNotProduct",
  noSheet: "app.notice.markerNoSheet",
} as const;

/** The notice for a marker name that was not trusted, at the cell it points at. */
export function markerNotice(ignored: IgnoredMarker): ReadNotice {
  return {
    code: `marker.${ignored.reason}`,
    message: msg(NOTICE[ignored.reason], {
      marker: ignored.marker,
      sheet: ignored.sheet,
      role: msg(`sheet.${ignored.role}`),
    }),
    ...(ignored.reason === "noSheet"
      ? {}
      : { at: { sheet: ignored.sheet, cell: ignored.range.split(":")[0] ?? "A1" } }),
  };
}

/**
 * One notice per marker name that points at a sheet that is not the product's (an input sheet,
 * a user's sheet, a sheet the workbook does not have): the name was ignored.
 * @example markerNotices(snapshot)[0]?.code // "marker.inputSheet"
 */
export function markerNotices(snapshot: WorkbookSnapshot): ReadNotice[] {
  return markedSheets(snapshot).ignored.map(markerNotice);
}
