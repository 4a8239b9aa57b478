import { defaultParameters, type Language } from "../../core";
import type { WorkbookPlan } from "../plan";
import { LIST_TABLES, listSheetPlan, profileSheetPlan } from "./input-sheets";
import { instructionsPlan } from "./instructions";

/**
 * The input template: instructions, then the three input sheets (股东名册 / Shareholders,
 * 董事会 / Board, 治理概况 / Profile), each an Excel table with the canonical headers in the
 * chosen language, drop-downs on every enum and yes/no column and item, percentage formats,
 * the profile items listed, and no example values.
 * @example templatePlan("zh-CN").sheets.map((s) => s.name) // ["填写说明", "股东名册", "董事会", "治理概况"]
 */
export function templatePlan(
  language: Language,
  ratingScale: readonly string[] = defaultParameters().ratingScale
): WorkbookPlan {
  return {
    sheets: [
      instructionsPlan(language),
      ...LIST_TABLES.map(({ spec, tableName }) => listSheetPlan(spec, tableName, language)),
      profileSheetPlan(language, ratingScale),
    ],
  };
}
