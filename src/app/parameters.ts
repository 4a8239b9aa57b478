import { defaultParameters, success, type ModelParameters, type Outcome } from "../core";
import { loadModelSheet } from "../workbook/model-sheet";
import type { ProductSheets } from "./product-sheets";

/**
 * The model parameters a workbook is scored with: those of its own model sheet (validated, each
 * bad value refused at its cell), or model v1 when it has none.
 * @example workbookParameters(productSheets(snapshot)) // { ok: true, value: ModelParameters }
 */
export function workbookParameters(sheets: ProductSheets): Outcome<ModelParameters> {
  return sheets.model === undefined ? success(defaultParameters()) : loadModelSheet(sheets.model);
}
