import {
  GROUP_DERIVED_ITEMS,
  msg,
  type CellRef,
  type GroupDerivedItem,
  type GroupScoring,
  type MessageKey,
} from "../../../core";
import { displayRef, splitSheetRef } from "../../a1";
import { GROUP_INPUTS_LAYOUT } from "../../versions";
import type { ScorecardContext } from "../context";
import type { SheetCells } from "../sheet-cells";

/**
 * The group-derived inputs block (layout 4 on, a member scored with its group workbook): where
 * the group workbook is (file name, group, fingerprint), the member's row and direct parent
 * there, and per F5 item the value used, the profile's own, the group's and the group
 * workbook's cells. It sits between the knock-outs and the factor details; formulas of F5 (and
 * F2) read a value the group decided from column B here, not from the profile.
 */
export const GROUP_BLOCK = {
  section: 0,
  file: 1,
  groupName: 2,
  fingerprint: 3,
  member: 4,
  parent: 5,
  header: 6,
  firstItem: 7,
  note: 11,
  /** Rows the block takes, its spacer included. */
  height: 13,
} as const;

/** Where the block of a scorecard sits (null: the scorecard has none). */
export interface GroupBlockLayout {
  readonly firstRow: number;
  /** The row of an F5 item's values. */
  itemRow(item: GroupDerivedItem): number;
}

/**
 * The block's rows for a first row.
 * @example groupBlockAt(63).itemRow("parentCondition") // 72
 */
export function groupBlockAt(firstRow: number): GroupBlockLayout {
  return {
    firstRow,
    itemRow: (item) => firstRow + GROUP_BLOCK.firstItem + GROUP_DERIVED_ITEMS.indexOf(item),
  };
}

/** The block of a scorecard being written: layout 4 on, with a group record. */
export function groupBlockOf(
  inputs: { readonly group?: GroupScoring },
  layoutVersion: number,
  firstRow: number
): GroupBlockLayout | null {
  return inputs.group !== undefined && layoutVersion >= GROUP_INPUTS_LAYOUT
    ? groupBlockAt(firstRow)
    : null;
}

/** The enum an F5 item's values belong to. */
export function itemEnum(item: GroupDerivedItem): "groupPosition" | "condition" {
  return item === "groupPosition" ? "groupPosition" : "condition";
}

/** The message of an F5 item's value (its label in the scorecard's language). */
export function valueMessage(item: GroupDerivedItem, value: string): MessageKey {
  return `enum.${itemEnum(item)}.${value}` as MessageKey;
}

/**
 * Cells as the block writes them, one string a reader can split again.
 * @example cellsText([{ sheet: "集团成员", cell: "C5" }]) // "集团成员!C5"
 */
export function cellsText(cells: readonly CellRef[]): string {
  return cells.map((c) => displayRef(c.sheet, c.cell)).join(", ");
}

const REF = /'(?:[^']|'')+'![^,\s]+|[^',\s!][^,!]*![^,\s]+/g;

/**
 * The cells of `cellsText` read back; null when a piece is not a sheet reference.
 * @example parseCellsText("集团成员!C5, 'A b'!D2") // [{ sheet: "集团成员", cell: "C5" }, { sheet: "A b", cell: "D2" }]
 */
export function parseCellsText(text: string): CellRef[] | null {
  if (text.trim() === "") return [];
  const pieces = text.match(REF) ?? [];
  if (pieces.join(", ") !== text.trim()) return null;
  const cells: CellRef[] = [];
  for (const piece of pieces) {
    const split = splitSheetRef(piece.trim());
    if (split === null) return null;
    cells.push({ sheet: split.sheet, cell: split.ref });
  }
  return cells;
}

/**
 * Does a formula read this item's value from the block (the value used is not the profile's
 * own)? The block cell, else null.
 */
export function groupCellOf(ctx: ScorecardContext, key: string): string | null {
  const block = ctx.groupBlock;
  const record = ctx.inputs.group;
  if (block === null || record === undefined) return null;
  const value = record.values.find((v) => v.item === key);
  if (value === undefined || value.used === null || value.used === value.member) return null;
  return `B${block.itemRow(value.item)}`;
}

/**
 * Write the block.
 * @example writeGroupInputs(ctx, cells)
 */
export function writeGroupInputs(ctx: ScorecardContext, cells: SheetCells): void {
  const block = ctx.groupBlock;
  const record = ctx.inputs.group;
  if (block === null || record === undefined) return;
  const { t } = ctx;
  const first = block.firstRow;
  const none = t(msg("sc.group.none"));
  cells.section(first + GROUP_BLOCK.section, t(msg("sc.section.groupInputs")));
  const line = (offset: number, label: MessageKey, value: string) => {
    cells.value(`A${first + offset}`, t(msg(label)), "label");
    cells.value(`B${first + offset}`, value, "value");
    cells.merge(`B${first + offset}:D${first + offset}`);
  };
  line(GROUP_BLOCK.file, "sc.group.file", record.file);
  line(GROUP_BLOCK.groupName, "sc.group.name", record.groupName);
  cells.value(`A${first + GROUP_BLOCK.fingerprint}`, t(msg("sc.group.fingerprint")), "label");
  cells.wide(first + GROUP_BLOCK.fingerprint, record.fingerprint, "value");
  line(GROUP_BLOCK.member, "sc.group.member", record.memberName);
  cells.value(
    `E${first + GROUP_BLOCK.member}`,
    record.memberAt === null ? "" : cellsText([record.memberAt]),
    "muted"
  );
  const parent = first + GROUP_BLOCK.parent;
  cells.value(`A${parent}`, t(msg("sc.group.parent")), "label");
  cells.value(`B${parent}`, record.parentName ?? none, "value");
  cells.value(`C${parent}`, record.parentClientId ?? none, "value");
  cells.merge(`C${parent}:D${parent}`);
  const header = first + GROUP_BLOCK.header;
  const headers = [
    ["A", "sc.group.header.item"],
    ["B", "sc.group.header.used"],
    ["C", "sc.group.header.member"],
    ["D", "sc.group.header.group"],
    ["E", "sc.group.header.sources"],
  ] as const;
  for (const [column, key] of headers) cells.value(`${column}${header}`, t(msg(key)), "header");
  const label = (item: GroupDerivedItem, value: string | null) =>
    value === null ? none : t(msg(valueMessage(item, value)));
  for (const item of GROUP_DERIVED_ITEMS) {
    const row = block.itemRow(item);
    const v = record.values.find((x) => x.item === item);
    cells.value(`A${row}`, t(msg(`item.${item}`)), "label");
    cells.value(
      `B${row}`,
      label(item, v?.used ?? null),
      v?.decision === "member" ? "value" : "warning"
    );
    cells.value(`C${row}`, label(item, v?.member ?? null), "value");
    cells.value(`D${row}`, label(item, v?.group ?? null), "value");
    cells.value(`E${row}`, cellsText(v?.groupCells ?? []), "muted");
  }
  cells.wide(first + GROUP_BLOCK.note, t(msg("sc.group.note")), "note");
}
