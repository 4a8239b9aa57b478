import { productSheets } from "../../app";
import {
  defaultParameters,
  parameterFingerprint,
  type Issue,
  type ModelParameters,
} from "../../core";
import { loadModelSheet, parameterRows, type ParameterRow } from "../../workbook/model-sheet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";

/** The model a workbook is scored with, as the Model section shows it. */
export type ModelView =
  | {
      readonly source: "workbook" | "default";
      /** The workbook's model sheet; null when it has none (the default model applies). */
      readonly sheet: string | null;
      readonly version: string;
      readonly fingerprint: string;
      readonly rows: readonly ParameterRow[];
    }
  | {
      readonly source: "invalid";
      readonly sheet: string;
      /** Why the model sheet cannot be used: scoring refuses the workbook until they are fixed. */
      readonly issues: readonly Issue[];
    };

function viewOf(
  params: ModelParameters,
  source: "workbook" | "default",
  sheet: string | null
): ModelView {
  return {
    source,
    sheet,
    version: params.version,
    fingerprint: parameterFingerprint(params),
    rows: parameterRows(params),
  };
}

/**
 * The model parameters of the workbook's own model sheet (validated as scoring validates them),
 * else the default model.
 * @example modelView(emptySnapshot).source // "default"
 */
export function modelView(snapshot: WorkbookSnapshot): ModelView {
  const sheet = productSheets(snapshot).model;
  if (sheet === undefined) return viewOf(defaultParameters(), "default", null);
  const loaded = loadModelSheet(sheet);
  if (!loaded.ok) return { source: "invalid", sheet: sheet.name, issues: loaded.issues };
  return viewOf(loaded.value, "workbook", sheet.name);
}
