import { canonicalJson, fingerprint } from "./canonical";
import type { GovernanceInputs, Sourced } from "./inputs/types";

const value = <T>(input: Sourced<T> | undefined): T | null => input?.value ?? null;

/**
 * SHA-256 of the facts scored: values only, rows in a canonical order, no cell positions. Moving
 * or reordering rows keeps it; changing any value changes it.
 */
export function inputFingerprint(inputs: GovernanceInputs): string {
  const sorted = <T>(rows: readonly T[]) => rows.map(canonicalJson).sort();
  const facts = {
    shareholders:
      inputs.shareholders === null
        ? null
        : sorted(
            inputs.shareholders.rows.map((r) => ({
              name: value(r.name),
              type: value(r.type),
              stake: value(r.stake),
              concertGroup: value(r.concertGroup),
              pledgedShare: value(r.pledgedShare),
              frozen: value(r.frozen),
            }))
          ),
    board:
      inputs.board === null
        ? null
        : sorted(
            inputs.board.rows.map((r) => ({
              name: value(r.name),
              boardRole: value(r.boardRole),
              managementPost: value(r.managementPost),
            }))
          ),
    // A blank item and an absent item are the same fact.
    profile: Object.fromEntries(
      Object.entries(inputs.profile).map(([k, v]) => [k, value(v as Sourced<unknown>) ?? undefined])
    ),
  };
  return fingerprint(facts);
}
