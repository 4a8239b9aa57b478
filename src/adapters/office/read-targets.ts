import { BOARD_TABLE, PROFILE_TABLE, SHAREHOLDERS_TABLE } from "../../core";
import type { ProductSheetRole } from "../../workbook/plan";

/** The product's sheets, found by their marker names. */
export const PRODUCT_ROLES: readonly ProductSheetRole[] = [
  "summary",
  "scorecard",
  "model",
  "auditLog",
  "instructions",
];

const INPUT_NAMES: readonly string[] = [SHAREHOLDERS_TABLE, BOARD_TABLE, PROFILE_TABLE].flatMap(
  (spec) => spec.names
);

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
 * The Excel table names the reader accepts: the accepted names with "_" for each space, those that
 * are valid table names. A table named otherwise (with full-width letters, say) is not looked up.
 * @example candidateTableNames().slice(0, 2) // ["Shareholders", "Shareholder_register"]
 */
export function candidateTableNames(): string[] {
  return unique(
    INPUT_NAMES.map((name) => name.replace(/ /g, "_")).filter((n) => TABLE_NAME.test(n))
  );
}
