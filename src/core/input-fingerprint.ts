import { TextHasher } from "./canonical";
import type { Decimal } from "./decimal";
import { groupScoringFacts } from "./group/merge";
import type { GovernanceInputs, Sourced } from "./inputs/types";

type Fact = string | boolean | null;

function fact(input: Sourced<string | boolean | Decimal> | undefined): Fact {
  const value = input?.value ?? null;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  return value.toString();
}

/** Rows as fixed-order JSON tuples, sorted: the order of rows in the workbook does not count. */
function rowTexts<Row>(rows: readonly Row[], facts: (row: Row) => Fact[]): string[] {
  return rows.map((row) => JSON.stringify(facts(row))).sort();
}

/**
 * SHA-256 of the facts scored: values only, rows in a canonical order, no cell positions. Moving
 * or reordering rows keeps it; changing any value changes it. A blank profile item and an absent
 * one are the same fact.
 */
export function inputFingerprint(inputs: GovernanceInputs): string {
  const shareholders =
    inputs.shareholders === null
      ? null
      : rowTexts(inputs.shareholders.rows, (r) => [
          fact(r.name),
          fact(r.type),
          fact(r.stake),
          fact(r.concertGroup),
          fact(r.pledgedShare),
          fact(r.frozen),
        ]);
  const board =
    inputs.board === null
      ? null
      : rowTexts(inputs.board.rows, (r) => [
          fact(r.name),
          fact(r.boardRole),
          fact(r.managementPost),
        ]);
  const profile = Object.entries(inputs.profile)
    .map(([key, input]) => [key, fact(input as Sourced<string | boolean | Decimal>)] as const)
    .filter(([, value]) => value !== null)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  // The text {"board":[…],"profile":[…],"shareholders":[…]}, hashed in parts (a register of
  // 100,000 rows makes it tens of MB).
  const hasher = new TextHasher();
  const list = (texts: string[] | null) => {
    if (texts === null) return hasher.add("null");
    hasher.add("[");
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) hasher.add(",");
      hasher.add(texts[i]!);
    }
    hasher.add("]");
  };
  hasher.add('{"board":');
  list(board);
  hasher.add(`,"profile":${JSON.stringify(profile)},"shareholders":`);
  list(shareholders);
  // Scored with the group workbook: its record too (absent otherwise, so earlier fingerprints stay).
  if (inputs.group !== undefined)
    hasher.add(`,"group":${JSON.stringify(groupScoringFacts(inputs.group))}`);
  hasher.add("}");
  return hasher.hex();
}
