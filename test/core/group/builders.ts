import {
  dec,
  type Condition,
  type Grade,
  type GroupInputs,
  type GroupMember,
  type GroupRelation,
  type GuaranteeKind,
  type GuaranteeRow,
} from "../../../src/core";

/** A member as a test writes it: amounts and stakes as strings, in units. */
export interface M {
  name: string;
  id?: string;
  relation: GroupRelation;
  parent?: string;
  stake?: string;
  condition?: Condition;
  grade?: Grade;
  netAssets?: string;
  existing?: string;
  requested?: string;
  banks?: string;
}

export interface G {
  from: string;
  to: string;
  amount?: string;
  kind?: GuaranteeKind;
  owner?: string;
  registered?: boolean;
}

const at = (sheet: string, cell: string) => ({ sheet, cell });
const c = <T>(value: T | null | undefined, sheet: string, cell: string) => ({
  value: value ?? null,
  at: at(sheet, cell),
});

/** Group inputs from plain rows: members on sheet "Members" from row 2, guarantees likewise. */
export function groupOf(
  members: readonly M[],
  guarantees: readonly G[] = [],
  capital = "1000000000",
  currency = "CNY"
): GroupInputs {
  const S = "Members";
  const T = "Guarantees";
  return {
    members: members.map((m, i): GroupMember => {
      const r = i + 2;
      return {
        row: r,
        at: at(S, `A${r}:K${r}`),
        memberName: c(m.name, S, `A${r}`),
        clientId: c(m.id, S, `B${r}`),
        relation: c(m.relation, S, `C${r}`),
        directParent: c(m.parent, S, `D${r}`),
        parentStake: c(m.stake === undefined ? null : dec(m.stake), S, `E${r}`),
        condition: c(m.condition ?? "good", S, `F${r}`),
        governanceGrade: c(m.grade, S, `G${r}`),
        netAssets: c(dec(m.netAssets ?? "1000000000"), S, `H${r}`),
        existingExposure: c(dec(m.existing ?? "0"), S, `I${r}`),
        requestedLimit: c(m.requested === undefined ? null : dec(m.requested), S, `J${r}`),
        lendingBanks: c(m.banks === undefined ? null : dec(m.banks), S, `K${r}`),
      };
    }),
    guarantees: guarantees.map((g, i): GuaranteeRow => {
      const r = i + 2;
      return {
        row: r,
        at: at(T, `A${r}:F${r}`),
        guarantor: c(g.from, T, `A${r}`),
        beneficiary: c(g.to, T, `B${r}`),
        amount: c(dec(g.amount ?? "1000000"), T, `C${r}`),
        kind: c(g.kind ?? "guarantee", T, `D${r}`),
        collateralOwner: c(g.owner, T, `E${r}`),
        registered: c(g.registered, T, `F${r}`),
      };
    }),
    profile: {
      groupName: c("G", "Group profile", "B2"),
      ultimateController: c(null, "Group profile", "B3"),
      ultimateControllerType: c(null, "Group profile", "B4"),
      bankNetCapital: c(dec(capital), "Group profile", "B5"),
      currency: c(currency, "Group profile", "B6"),
    },
  };
}

/** A parent P with subsidiaries A (100%), B (60%) and A's subsidiary C (70%). */
export const FAMILY: M[] = [
  { name: "P", relation: "parent", grade: "B", condition: "good" },
  { name: "A", relation: "whollyOwned", parent: "P", stake: "1", grade: "C", condition: "fair" },
  { name: "B", relation: "controlled", parent: "P", stake: "0.6", grade: "A", condition: "good" },
  { name: "C", relation: "controlled", parent: "A", stake: "0.7", grade: "C", condition: "poor" },
];
