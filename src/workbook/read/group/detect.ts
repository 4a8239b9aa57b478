import {
  GROUP_MEMBERS_TABLE,
  GROUP_PROFILE_TABLE,
  GUARANTEES_TABLE,
  type TableSpec,
} from "../../../core";
import type { WorkbookSnapshot } from "../../snapshot";
import { findTable } from "../find-tables";
import { Findings } from "../findings";

/**
 * Whether a workbook holds a group's tables (group-model.md §1): the Members table (集团成员), and
 * the Group profile (集团概况) or the Guarantees table (担保关系), each as an Excel table or a
 * sheet, found (or found twice: the reader then says which) as the reader finds them. A lone sheet
 * called "Members" in a client's workbook is not taken for a group. Cheap: names only, no cells.
 * @example holdsGroupTables(snapshot) // true for examples/groups/03-clean-group.xlsx
 */
export function holdsGroupTables(snapshot: WorkbookSnapshot): boolean {
  const present = (spec: TableSpec) =>
    findTable(snapshot, spec, new Findings()).status !== "missing";
  return (
    present(GROUP_MEMBERS_TABLE) && (present(GROUP_PROFILE_TABLE) || present(GUARANTEES_TABLE))
  );
}
