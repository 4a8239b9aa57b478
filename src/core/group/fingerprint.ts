import { fingerprint } from "../canonical";
import type { GroupCell, GroupInputs } from "./types";

const v = <T>(cell: GroupCell<T>) => cell.value;

/**
 * SHA-256 of a group workbook's facts: values only, rows sorted, no cell positions, so moving or
 * reordering rows keeps it and changing any value changes it. A member scored with the group
 * records it, so the group workbook its F5 inputs came from is identified.
 * @example groupInputFingerprint(inputs) // "3b1f…" (64 hex digits)
 */
export function groupInputFingerprint(inputs: GroupInputs): string {
  const rows = <R>(list: readonly R[], facts: (r: R) => unknown[]) =>
    list.map((r) => JSON.stringify(facts(r).map((x) => (x === null ? null : String(x))))).sort();
  return fingerprint({
    members: rows(inputs.members, (m) => [
      v(m.memberName),
      v(m.clientId),
      v(m.relation),
      v(m.directParent),
      v(m.parentStake),
      v(m.condition),
      v(m.governanceGrade),
      v(m.netAssets),
      v(m.existingExposure),
      v(m.requestedLimit),
      v(m.lendingBanks),
    ]),
    guarantees: rows(inputs.guarantees, (g) => [
      v(g.guarantor),
      v(g.beneficiary),
      v(g.amount),
      v(g.kind),
      v(g.collateralOwner),
      v(g.registered),
    ]),
    profile: [
      v(inputs.profile.groupName),
      v(inputs.profile.ultimateController),
      v(inputs.profile.ultimateControllerType),
      v(inputs.profile.bankNetCapital),
      v(inputs.profile.currency),
    ].map((x) => (x === null ? null : String(x))),
  });
}
