import {
  BOARD_TABLE,
  GROUP_MEMBERS_TABLE,
  GROUP_PROFILE_TABLE,
  GUARANTEES_TABLE,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
} from "../../core";
import type { ProductSheetRole } from "../../workbook/plan";

/** The product's sheets, found by their marker names. */
export const PRODUCT_ROLES: readonly ProductSheetRole[] = [
  "summary",
  "scorecard",
  "model",
  "auditLog",
  "instructions",
  "group",
];

const INPUT_NAMES: readonly string[] = [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE].flatMap(
  (spec) => spec.names
);

/** The group workbook's tables (group-model.md §1): read with a wider window than a register. */
const GROUP_NAMES: readonly string[] = [
  GROUP_MEMBERS_TABLE,
  GUARANTEES_TABLE,
  GROUP_PROFILE_TABLE,
].flatMap((spec) => spec.names);

/** Excel table names hold no spaces: the reader reads "_" as a space ("Shareholder_register"). */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The sheet names the reader accepts for an input table, each looked up with
 * worksheets.getItemOrNullObject (Excel compares names without regard to case).
 * @example candidateSheetNames().slice(0, 2) // ["Shareholders", "Shareholder register"]
 */
export function candidateSheetNames(): string[] {
  return unique(INPUT_NAMES);
}

/**
 * The sheet names the group reader accepts (Members, Guarantees, Group profile), those that are
 * not already a client input candidate.
 * @example groupSheetNames().slice(0, 2) // ["Members", "Group members"]
 */
export function groupSheetNames(): string[] {
  const client = new Set(INPUT_NAMES.map((name) => name.toLowerCase()));
  return unique(GROUP_NAMES).filter((name) => !client.has(name.toLowerCase()));
}

/**
 * The Excel table names the reader accepts: the accepted names with "_" for each space, those that
 * are valid table names. A table named otherwise (with full-width letters, say) is not looked up.
 * @example candidateTableNames().slice(0, 2) // ["Shareholders", "Shareholder_register"]
 */
export function candidateTableNames(): string[] {
  return tableNames(INPUT_NAMES);
}

/** The Excel table names the group reader accepts, those not already a client candidate. */
export function groupTableNames(): string[] {
  const client = new Set(candidateTableNames().map((name) => name.toLowerCase()));
  return tableNames(GROUP_NAMES).filter((name) => !client.has(name.toLowerCase()));
}

function tableNames(names: readonly string[]): string[] {
  return unique(names.map((name) => name.replace(/ /g, "_")).filter((n) => TABLE_NAME.test(n)));
}
