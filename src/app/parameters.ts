import {
  DEFAULT_MODEL,
  defaultParameters,
  success,
  type ModelDefinition,
  type ModelParameters,
  type Outcome,
} from "../core";
import { loadModelSheet } from "../workbook/model-sheet";
import type { ProductSheets } from "./product-sheets";

/**
 * The model parameters a workbook is scored with: those of its own model sheet (validated, each
 * bad value refused at its cell, an older schema migrated in memory), or the model's defaults
 * when it has none.
 * @example workbookParameters(productSheets(snapshot)) // { ok: true, value: ModelParameters }
 */
export function workbookParameters(
  sheets: ProductSheets,
  definition: ModelDefinition = DEFAULT_MODEL
): Outcome<ModelParameters> {
  return sheets.model === undefined
    ? success(defaultParameters(definition))
    : loadModelSheet(sheets.model, definition);
}
