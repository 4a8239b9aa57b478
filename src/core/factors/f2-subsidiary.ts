import { dec } from "../decimal";
import { idNumberKey, nameIdentityKey } from "../identity";
import { isSubsidiary, type GroupPosition } from "../inputs/enums";
import { cellsOf, valueOf } from "../inputs/types";
import type { CellRef } from "../issues";
import type { GroupParameterValues } from "../params/group";
import type { FactorContext } from "./types";

/** Scored alone, the controlling holder is taken for the group parent above this stake. */
export const PARENT_CONTROL_ABOVE = dec("0.5");

/** Why F2's one-voice-board rule is judged at group level for a member, or why not. */
export interface SubsidiaryConcentration {
  /** The one-voice-board rule is not applied (F5 prices the parent's conduct). */
  readonly groupLevel: boolean;
  /** The member's position as F5 reads it (a subsidiary: whollyOwned or controlled). */
  readonly position: GroupPosition;
  /** With the group workbook: the controlling holder is the member's direct parent; alone: it holds > 50%. */
  readonly parentControl: boolean;
  readonly basis: "group" | "standalone";
  readonly sources: readonly CellRef[];
}

/**
 * Whether F2 judges a subsidiary's ownership concentration at group level (group-model.md §3,
 * `f2SubsidiaryConcentration` = `groupLevel`): for a wholly-owned or controlled member whose
 * controlling holder is the group parent. With the group workbook the parent is the member's
 * direct parent there (the register's largest holder matched by ID number or folded name against
 * the parent's client ID and name); scored alone, a holder of more than 50% is taken for it. Null
 * when the parameter is `apply` (model v1), or the member is no subsidiary.
 * @example subsidiaryConcentration(context)?.groupLevel // true
 */
export function subsidiaryConcentration(context: FactorContext): SubsidiaryConcentration | null {
  const { inputs, params, ownership } = context;
  const group = (params as { readonly group?: GroupParameterValues }).group;
  if (group?.f2SubsidiaryConcentration !== "groupLevel") return null;
  const positionInput = inputs.profile.groupPosition;
  const position = valueOf(positionInput);
  if (position === null || !isSubsidiary(position)) return null;
  const principal = ownership?.principal ?? null;
  const sources = [...cellsOf(positionInput), ...(principal?.cells ?? [])];
  const record = inputs.group;
  if (record === undefined) {
    const parentControl = principal !== null && principal.stake.gt(PARENT_CONTROL_ABOVE);
    return { groupLevel: parentControl, position, parentControl, basis: "standalone", sources };
  }
  const names = record.parentName === null ? [] : [nameIdentityKey(record.parentName)];
  const ids = record.parentClientId === null ? [] : [idNumberKey(record.parentClientId)];
  const parentControl =
    principal !== null &&
    !principal.isConcertGroup &&
    principal.members.some((m) => {
      const id = valueOf(m.idNumber ?? undefined);
      if (id !== null && id.trim() !== "" && ids.includes(idNumberKey(id))) return true;
      return names.includes(nameIdentityKey(m.name.value ?? ""));
    });
  return { groupLevel: parentControl, position, parentControl, basis: "group", sources };
}
