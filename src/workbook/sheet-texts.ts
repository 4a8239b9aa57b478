import type { MessageTexts } from "../core";

/**
 * Catalogue texts as the product sheets of layouts 1 and 2 printed them, for the keys whose
 * wording layout 3 changed (one term per concept: 人工调整 for an override, 授信调整 for the credit
 * adjustment, "rating steps" for notches). `verify` rebuilds an older scorecard and model sheet
 * with these, so a workbook an earlier release wrote still verifies cell for cell; new sheets
 * use the catalogue. Never edit an entry: add the keys a later layout rewords to a new table.
 */
const TEXTS_BEFORE_LAYOUT_3: Readonly<Record<string, MessageTexts>> = {
  "sc.section.override": { en: "Grade override", zh: "等级调整" },
  "sc.section.adjustment": { en: "Credit adjustment", zh: "授信调整建议" },
  "sc.label.notches": { en: "Notches down", zh: "评级下调档数" },
  "sc.label.ruleNote": { en: "Adjustment", zh: "调整" },
  "sc.note.overridden": {
    en: "overridden by the officer (see the override block)",
    zh: "经办人员已调整等级（见等级调整）",
  },
  "ms.param.adjustments.notches": {
    en: "Grade {grade}: rating notches down",
    zh: "{grade}级：评级下调档数",
  },
  "ms.grades.header.notches": { en: "Notches down", zh: "下调档数" },
  "sc.section.flags": { en: "Red flags and due-diligence actions", zh: "风险提示与尽职调查措施" },
  "sc.flags.none": { en: "No red flags", zh: "无风险提示" },
};

/** The first layout that writes the catalogue's current wording on the product sheets. */
export const CURRENT_WORDING_LAYOUT = 3;

/**
 * The texts that replace the catalogue's on the sheets of a workbook layout (none for the
 * current one).
 * @example formatMessage(msg("sc.section.override"), "zh-CN", sheetTexts(2)) // "等级调整"
 */
export function sheetTexts(
  layoutVersion: number
): Readonly<Record<string, MessageTexts>> | undefined {
  return layoutVersion < CURRENT_WORDING_LAYOUT ? TEXTS_BEFORE_LAYOUT_3 : undefined;
}
