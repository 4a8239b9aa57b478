import { CONDITIONS, type Condition, type GroupPosition } from "../inputs/enums";
import type { ProfileInputs, Sourced } from "../inputs/types";
import type { CellRef } from "../issues";
import type { DerivedPosition } from "./types";

/** The F5 items a group workbook derives for a member. */
export const GROUP_DERIVED_ITEMS = [
  "groupPosition",
  "parentGovernance",
  "parentCondition",
  "siblingsCondition",
] as const;
export type GroupDerivedItem = (typeof GROUP_DERIVED_ITEMS)[number];

/** How one F5 item was decided when a member is scored with its group. */
export interface GroupDerivedValue {
  readonly item: GroupDerivedItem;
  /** The member's own value (null: blank or absent). */
  readonly member: string | null;
  /** The group's value (null: the group gives none, e.g. the parent's parent inputs). */
  readonly group: string | null;
  readonly used: string | null;
  /** member: its own (the group gives none or agrees); group: the blank was filled; worse: they differ. */
  readonly decision: "member" | "group" | "worse";
  /** The group workbook's cells the group's value comes from. */
  readonly groupCells: readonly CellRef[];
}

/** Positions from the most to the least favourable under F5 (a subsidiary depends on others). */
const POSITION_ORDER: readonly GroupPosition[] = [
  "standalone",
  "parent",
  "associate",
  "contractual",
  "whollyOwned",
  "controlled",
];

function worse(item: GroupDerivedItem, a: string, b: string): string {
  if (item === "groupPosition")
    return POSITION_ORDER.indexOf(a as GroupPosition) >= POSITION_ORDER.indexOf(b as GroupPosition)
      ? a
      : b;
  return CONDITIONS.indexOf(a as Condition) >= CONDITIONS.indexOf(b as Condition) ? a : b;
}

/**
 * A member's profile with its F5 group items taken from its group (group-model.md §3): a blank
 * item is filled with the group's value (its cells recorded), an item the member states
 * differently gets the worse of the two (both reported), and an item the group gives no value for
 * stays the member's. The profile's other items are untouched.
 * @example mergeGroupPosition(profile, derived).values[1] // { item: "parentGovernance", decision: "group", … }
 */
export function mergeGroupPosition(
  profile: ProfileInputs,
  derived: DerivedPosition
): { readonly profile: ProfileInputs; readonly values: readonly GroupDerivedValue[] } {
  const merged: Record<string, Sourced<unknown> | undefined> = { ...profile };
  const values: GroupDerivedValue[] = [];
  for (const item of GROUP_DERIVED_ITEMS) {
    const own = (profile as Readonly<Record<string, Sourced<string> | undefined>>)[item];
    const member = own?.value ?? null;
    const group = derived[item];
    const groupCells = derived.sources[item];
    if (group === null) {
      values.push({ item, member, group, used: member, decision: "member", groupCells });
      continue;
    }
    const at = groupCells[0];
    if (member === null) {
      merged[item] = at === undefined ? { value: group } : { value: group, at };
      values.push({ item, member, group, used: group, decision: "group", groupCells });
    } else if (member === group) {
      values.push({ item, member, group, used: member, decision: "member", groupCells });
    } else {
      const used = worse(item, member, group);
      if (used !== member) merged[item] = at === undefined ? { value: used } : { value: used, at };
      values.push({ item, member, group, used, decision: "worse", groupCells });
    }
  }
  return { profile: merged as ProfileInputs, values };
}

/**
 * What a member scored with its group workbook records (group-model.md §3): the group workbook it
 * came from (file name, fingerprint of its facts), the member's row there, its direct parent (F2's
 * `groupLevel` setting compares the controlling holder with it) and how each F5 item was decided.
 * It travels with the member's inputs, is written on its scorecard and is covered by its input
 * fingerprint, so verifying the member needs only its own workbook.
 */
export interface GroupScoring {
  /** The group workbook's file name, as the officer gave it (no folder). */
  readonly file: string;
  /** `groupInputFingerprint` of the group workbook. */
  readonly fingerprint: string;
  readonly groupName: string;
  /** The member's name in the Members table, and the row's cells there. */
  readonly memberName: string;
  readonly memberAt: CellRef | null;
  /** The direct parent's name and client ID (null: the member is the group's parent). */
  readonly parentName: string | null;
  readonly parentClientId: string | null;
  readonly values: readonly GroupDerivedValue[];
}

/**
 * The facts of a group record as plain text (what the input fingerprint covers): changing any
 * recorded value, source cell, file name or fingerprint changes it.
 * @example groupScoringFacts(record)[0] // "file=g1.xlsx"
 */
export function groupScoringFacts(record: GroupScoring): string[] {
  const cell = (c: CellRef | null) => (c === null ? "" : `${c.sheet}!${c.cell}`);
  return [
    `file=${record.file}`,
    `fingerprint=${record.fingerprint}`,
    `group=${record.groupName}`,
    `member=${record.memberName}@${cell(record.memberAt)}`,
    `parent=${record.parentName ?? ""}|${record.parentClientId ?? ""}`,
    ...record.values.map((v) =>
      JSON.stringify([v.item, v.member, v.group, v.used, v.decision, v.groupCells.map(cell)])
    ),
  ];
}
