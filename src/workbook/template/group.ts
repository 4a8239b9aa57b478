import {
  formatMessage,
  GROUP_MEMBERS_TABLE,
  GROUP_PROFILE_ITEMS,
  GROUP_PROFILE_TABLE,
  GUARANTEES_TABLE,
  msg,
  type Language,
} from "../../core";
import type { SheetPlan, WorkbookPlan } from "../plan";
import { listSheetPlan, profileSheetPlan } from "./input-sheets";

/**
 * The blank group workbook (group-model.md §1): the Members (集团成员), Guarantees (担保关系) and
 * Group profile (集团概况) tables as Excel tables, canonical headers in the language, drop-downs
 * on every choice and yes/no column (relation, condition, governance grade, kind, registered).
 * @example groupTemplatePlan("zh-CN").sheets.map((s) => s.name) // ["集团成员", "担保关系", "集团概况"]
 */
export function groupTemplatePlan(language: Language): WorkbookPlan {
  const profile = profileSheetPlan(language, [], GROUP_PROFILE_ITEMS);
  const t = (key: "column.groupProfile.item" | "column.groupProfile.value") =>
    formatMessage(msg(key), language);
  const groupProfile: SheetPlan = {
    ...profile,
    name: GROUP_PROFILE_TABLE.defaultName[language],
    cells: profile.cells.map((c) =>
      c.ref === "A1"
        ? { ...c, value: t("column.groupProfile.item") }
        : c.ref === "B1"
          ? { ...c, value: t("column.groupProfile.value") }
          : c
    ),
    tables: [{ name: "Group_profile", range: `A1:B${GROUP_PROFILE_ITEMS.length + 1}` }],
  };
  return {
    sheets: [
      listSheetPlan(GROUP_MEMBERS_TABLE, "Members", language),
      listSheetPlan(GUARANTEES_TABLE, "Guarantees", language),
      groupProfile,
    ],
  };
}
