import { Decimal } from "../decimal";
import { msg } from "../i18n/messages";
import { CONDITIONS, type Condition, type Grade } from "../inputs/enums";
import { normaliseLabel } from "../inputs/schema";
import type { CellRef, Issue } from "../issues";
import { PartyIndex } from "./parties";
import type { DerivedPosition, GroupInputs, GroupMember } from "./types";

const HALF = new Decimal("0.5");
const ONE = new Decimal(1);

/** Problems of the group's structure: errors stop the analysis, warnings are shown. */
export interface StructureCheck {
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

const cellOf = (
  m: GroupMember,
  key: "directParent" | "relation" | "parentStake" | "memberName" | "clientId"
) => m[key].at ?? m.at;

/**
 * Every structural error of a group workbook (group-model.md §1), each at its cell: no parent or
 * two parents, a direct parent that is no member, a member its own parent or in a cycle of
 * parents, a subsidiary without a parent, a parent with one, a stake missing where the relation
 * needs it, a wholly-owned member not held 100%, one name or client ID given to two members, a
 * party guaranteeing itself. A controlled member held 50% or less is a warning (control can come
 * from agreements).
 * @example checkGroupStructure(inputs).errors.map((i) => i.code) // ["group.unknownParent"]
 */
export function checkGroupStructure(inputs: GroupInputs): StructureCheck {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const error = (code: string, message: Issue["message"], at: CellRef) =>
    errors.push({ code, message, at });
  const { members } = inputs;
  const parties = new PartyIndex(members);

  // One name or ID, one member.
  const seenNames = new Map<string, GroupMember>();
  const seenIds = new Map<string, GroupMember>();
  for (const m of members) {
    const name = m.memberName.value;
    if (name !== null) {
      const first = seenNames.get(normaliseLabel(name));
      if (first !== undefined)
        error(
          "group.duplicateMember",
          msg("group.issue.duplicateMember", { name, first: first.row }),
          cellOf(m, "memberName")
        );
      else seenNames.set(normaliseLabel(name), m);
    }
    const id = m.clientId.value;
    if (id !== null) {
      const first = seenIds.get(normaliseLabel(id));
      if (first !== undefined)
        error(
          "group.duplicateClientId",
          msg("group.issue.duplicateClientId", { id, first: first.row }),
          cellOf(m, "clientId")
        );
      else seenIds.set(normaliseLabel(id), m);
    }
  }

  const parents = members.filter((m) => m.relation.value === "parent");
  if (parents.length === 0 && members.length > 0)
    error(
      "group.noParent",
      msg("group.issue.noParent"),
      members[0]?.at ?? { sheet: "", cell: "A1" }
    );
  for (const extra of parents.slice(1))
    error(
      "group.twoParents",
      msg("group.issue.twoParents", {
        name: extra.memberName.value ?? "",
        first: parents[0]?.memberName.value ?? "",
      }),
      cellOf(extra, "relation")
    );

  const parentOf: (number | undefined)[] = members.map((m, i) => {
    const text = m.directParent.value;
    const relation = m.relation.value;
    if (relation === "parent") {
      if (text !== null)
        error(
          "group.parentHasParent",
          msg("group.issue.parentHasParent", { name: m.memberName.value ?? "", parent: text }),
          cellOf(m, "directParent")
        );
      return undefined;
    }
    if (text === null) {
      if (relation !== null)
        error(
          "group.noDirectParent",
          msg("group.issue.noDirectParent", { name: m.memberName.value ?? "" }),
          cellOf(m, "directParent")
        );
      return undefined;
    }
    const found = parties.member(text);
    if (found === undefined) {
      error(
        "group.unknownParent",
        msg("group.issue.unknownParent", { name: m.memberName.value ?? "", parent: text }),
        cellOf(m, "directParent")
      );
      return undefined;
    }
    if (found === i) {
      error(
        "group.ownParent",
        msg("group.issue.ownParent", { name: m.memberName.value ?? "" }),
        cellOf(m, "directParent")
      );
      return undefined;
    }
    return found;
  });

  // Cycles of parents: each reported once, at its first member in table order.
  const reported = new Set<number>();
  members.forEach((_, start) => {
    const path: number[] = [];
    const onPath = new Set<number>();
    let at: number | undefined = start;
    while (at !== undefined && !onPath.has(at) && !reported.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parentOf[at];
    }
    if (at === undefined || reported.has(at) || !onPath.has(at)) return;
    const cycle = path.slice(path.indexOf(at)).sort((a, b) => a - b);
    for (const i of cycle) reported.add(i);
    const first = members[cycle[0] ?? 0];
    if (first === undefined) return;
    error(
      "group.parentCycle",
      msg("group.issue.parentCycle", {
        members: cycle.map((i) => members[i]?.memberName.value ?? "").join(" → "),
      }),
      cellOf(first, "directParent")
    );
  });

  for (const m of members) {
    const relation = m.relation.value;
    const stake = m.parentStake.value;
    const name = m.memberName.value ?? "";
    if (relation === "whollyOwned" || relation === "controlled" || relation === "associate") {
      if (stake === null)
        error(
          "group.stakeMissing",
          msg("group.issue.stakeMissing", {
            name,
            relation: msg(`enum.groupRelation.${relation}`),
          }),
          cellOf(m, "parentStake")
        );
    }
    if (relation === "whollyOwned" && stake !== null && !stake.eq(ONE))
      error(
        "group.whollyOwnedStake",
        msg("group.issue.whollyOwnedStake", { name, stake: stake.times(100).toString() }),
        cellOf(m, "parentStake")
      );
    if (relation === "controlled" && stake !== null && stake.lte(HALF))
      warnings.push({
        code: "group.controlledStake",
        message: msg("group.issue.controlledStake", { name, stake: stake.times(100).toString() }),
        at: cellOf(m, "parentStake"),
      });
  }

  for (const g of inputs.guarantees) {
    const guarantor = g.guarantor.value;
    const beneficiary = g.beneficiary.value;
    if (guarantor === null || beneficiary === null) continue;
    if (parties.resolve(guarantor).key === parties.resolve(beneficiary).key)
      error(
        "group.selfGuarantee",
        msg("group.issue.selfGuarantee", { party: guarantor, row: g.row }),
        g.beneficiary.at ?? g.at
      );
  }
  return { errors, warnings };
}

/** A well-formed group's tree: each member's direct parent (by index) and its ancestors. */
export interface GroupTree {
  readonly parentOf: readonly (number | undefined)[];
  /** Ancestors of each member, nearest first, up to the parent. */
  readonly ancestors: readonly (readonly number[])[];
  /** Members in tree order: the parent, then each child followed by its subtree, table order. */
  readonly order: readonly number[];
}

/**
 * The tree of a group that passed `checkGroupStructure`.
 * @example groupTree(inputs).ancestors[2] // [1, 0]
 */
export function groupTree(inputs: GroupInputs): GroupTree {
  const parties = new PartyIndex(inputs.members);
  const parentOf = inputs.members.map((m) =>
    m.relation.value === "parent" || m.directParent.value === null
      ? undefined
      : parties.member(m.directParent.value)
  );
  const ancestors = inputs.members.map((_, i) => {
    const out: number[] = [];
    for (let at = parentOf[i]; at !== undefined && !out.includes(at) && at !== i; at = parentOf[at])
      out.push(at);
    return out;
  });
  const children = inputs.members.map(() => [] as number[]);
  parentOf.forEach((p, i) => {
    if (p !== undefined) children[p]?.push(i);
  });
  const order: number[] = [];
  const visit = (i: number) => {
    order.push(i);
    for (const c of children[i] ?? []) visit(c);
  };
  inputs.members.forEach((_, i) => {
    if (parentOf[i] === undefined) visit(i);
  });
  return { parentOf, ancestors, order };
}

/**
 * The parent's look-through stake (穿透持股) in each member: the product of the direct stakes
 * along its chain of parents (exact decimals). The parent holds 1; a contractual member without a
 * stake, and everything below it, has none (null).
 * @example lookThroughStakes(inputs, tree)[2]?.toString() // "0.42" for 60% × 70%
 */
export function lookThroughStakes(inputs: GroupInputs, tree: GroupTree): (Decimal | null)[] {
  return inputs.members.map((m, i) => {
    if (m.relation.value === "parent") return ONE;
    let product: Decimal | null = ONE;
    let at: number | undefined = i;
    while (at !== undefined && product !== null) {
      const member: GroupMember | undefined = inputs.members[at];
      if (member === undefined || member.relation.value === "parent") break;
      const stake = member.parentStake.value;
      product = stake === null ? null : product.times(stake);
      at = tree.parentOf[at];
    }
    return product;
  });
}

/** The worse of conditions (poor is worst); good for none. */
export function worstCondition(conditions: readonly Condition[]): Condition {
  return conditions.reduce<Condition>(
    (a, b) => (CONDITIONS.indexOf(a) >= CONDITIONS.indexOf(b) ? a : b),
    "good"
  );
}

/** How a governance grade reads as a condition: A or B good, C fair, D poor. */
export function gradeCondition(grade: Grade): Condition {
  return grade === "A" || grade === "B" ? "good" : grade === "C" ? "fair" : "poor";
}

/**
 * The derived F5 inputs of every member (group-model.md §3): its relation; the worst governance
 * and condition over its ancestors ("the parents"); the worst condition of the members that are
 * neither itself, nor an ancestor, nor a descendant (good when there are none). A parent's grade
 * that is blank makes parentGovernance missing (the model's missing-data policy decides).
 * @example derivePositions(inputs, tree, grades)[1]?.parentCondition // "fair"
 */
export function derivePositions(
  inputs: GroupInputs,
  tree: GroupTree,
  grades: readonly { readonly grade: Grade | null; readonly at: readonly CellRef[] }[]
): DerivedPosition[] {
  const { members } = inputs;
  return members.map((m, i) => {
    const ancestors = tree.ancestors[i] ?? [];
    const relation = m.relation.value ?? "contractual";
    const cellsOf = (
      list: readonly number[],
      pick: (j: number) => readonly (CellRef | undefined)[]
    ): CellRef[] => list.flatMap(pick).filter((c): c is CellRef => c !== undefined);
    let parentGovernance: Condition | null = null;
    let parentCondition: Condition | null = null;
    if (ancestors.length > 0) {
      const ancestorGrades = ancestors.map((j) => grades[j]?.grade ?? null);
      parentGovernance = ancestorGrades.some((g) => g === null)
        ? null
        : worstCondition(ancestorGrades.map((g) => gradeCondition(g as Grade)));
      parentCondition = worstCondition(ancestors.map((j) => members[j]?.condition.value ?? "poor"));
    }
    const descendants = new Set(
      members.map((_, j) => j).filter((j) => (tree.ancestors[j] ?? []).includes(i))
    );
    const others = members
      .map((_, j) => j)
      .filter((j) => j !== i && !ancestors.includes(j) && !descendants.has(j));
    const siblingsCondition = worstCondition(
      others.map((j) => members[j]?.condition.value ?? "poor")
    );
    return {
      groupPosition: relation,
      parentGovernance,
      parentCondition,
      siblingsCondition,
      sources: {
        groupPosition: cellsOf([i], (j) => [members[j]?.relation.at]),
        parentGovernance: cellsOf(ancestors, (j) => grades[j]?.at ?? []),
        parentCondition: cellsOf(ancestors, (j) => [members[j]?.condition.at]),
        siblingsCondition: cellsOf(others, (j) => [members[j]?.condition.at]),
      },
    };
  });
}
