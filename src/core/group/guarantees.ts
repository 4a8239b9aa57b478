import { Decimal, formatAmount, formatPercent, ZERO } from "../decimal";
import { msg } from "../i18n/messages";
import type { CellRef } from "../issues";
import { PartyIndex, type Party } from "./parties";
import type { GroupFinding, GroupInputs, GuaranteeRow } from "./types";

interface Link {
  readonly from: Party;
  readonly to: Party;
  readonly row: GuaranteeRow;
}

/** The context the network findings need besides the guarantees. */
export interface NetworkContext {
  readonly ancestors: readonly (readonly number[])[];
  readonly netAssets: readonly Decimal[];
  /** Existing + allocated credit of each member (for circular support). */
  readonly credit: readonly Decimal[];
  readonly guarantorCapacity: Decimal;
  readonly intraGroupGuaranteeShare: Decimal;
}

const rowsOf = (links: readonly Link[]) =>
  [...new Set(links.map((l) => l.row.row))].sort((a, b) => a - b);
const sourcesOf = (links: readonly Link[]): CellRef[] => {
  const rows = new Map<number, CellRef>();
  for (const l of links) rows.set(l.row.row, l.row.at);
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, at]) => at);
};

/**
 * The strongly connected components of a directed graph (Tarjan), as lists of node keys.
 * @example components(["a", "b", "c"], new Map([["a", ["b"]], ["b", ["a"]]])) // [["b","a"],["c"]]
 */
export function components(
  nodes: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>
): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  // Iterative Tarjan, so a long chain cannot overflow the call stack.
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = edges.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const to = targets[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined)
        low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        out.push(component);
      }
    }
  }
  return out;
}

/**
 * The guarantee-network findings of group-model.md §5, each naming its rows of the Guarantees
 * table: mutual guarantees, chains (strongly connected groups of three or more parties, listed in
 * order of first appearance), upstream guarantees, collateral not owned by the mortgagor,
 * unregistered mortgages and pledges, guarantors over capacity, circular support.
 * @example guaranteeFindings(inputs, context).map((f) => f.id) // ["mutualGuarantee", …]
 */
export function guaranteeFindings(inputs: GroupInputs, context: NetworkContext): GroupFinding[] {
  const parties = new PartyIndex(inputs.members);
  const links: Link[] = [];
  const firstSeen = new Map<string, number>();
  const names = new Map<string, string>();
  const see = (p: Party) => {
    if (!firstSeen.has(p.key)) firstSeen.set(p.key, firstSeen.size);
    if (!names.has(p.key)) names.set(p.key, p.kind === "member" ? parties.nameOf(p.index) : p.name);
  };
  for (const row of inputs.guarantees) {
    if (row.guarantor.value === null || row.beneficiary.value === null) continue;
    const from = parties.resolve(row.guarantor.value);
    const to = parties.resolve(row.beneficiary.value);
    see(from);
    see(to);
    if (from.key !== to.key) links.push({ from, to, row });
  }
  const nameOf = (key: string) => names.get(key) ?? key;
  const isMember = (key: string) => key.startsWith("m");
  const byFirstSeen = (a: string, b: string) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0);
  const findings: GroupFinding[] = [];

  // Mutual guarantees: one finding per pair, in order of the pair's first row.
  const pairDone = new Set<string>();
  for (const link of links) {
    const a = link.from.key;
    const b = link.to.key;
    const pair = [a, b].sort().join("|");
    if (pairDone.has(pair)) continue;
    const back = links.filter((l) => l.from.key === b && l.to.key === a);
    if (back.length === 0) continue;
    pairDone.add(pair);
    const pairLinks = links.filter(
      (l) => (l.from.key === a && l.to.key === b) || (l.from.key === b && l.to.key === a)
    );
    const ordered = [a, b].sort(byFirstSeen);
    findings.push({
      id: "mutualGuarantee",
      message: msg("group.finding.mutualGuarantee", {
        a: nameOf(ordered[0]!),
        b: nameOf(ordered[1]!),
        rows: rowsOf(pairLinks).join(", "),
      }),
      action: msg("group.action.mutualGuarantee"),
      parties: ordered.map(nameOf),
      rows: rowsOf(pairLinks),
      sources: sourcesOf(pairLinks),
      amongMembers: ordered.every(isMember),
    });
  }

  // Chains: strongly connected components of three or more parties.
  const nodes = [...firstSeen.keys()];
  const edges = new Map<string, string[]>();
  for (const l of links) {
    const list = edges.get(l.from.key) ?? [];
    if (!list.includes(l.to.key)) list.push(l.to.key);
    edges.set(l.from.key, list);
  }
  const chains = components(nodes, edges)
    .filter((c) => c.length >= 3)
    .map((c) => [...c].sort(byFirstSeen))
    .sort((x, y) => byFirstSeen(x[0]!, y[0]!));
  for (const chain of chains) {
    const inChain = new Set(chain);
    const chainLinks = links.filter((l) => inChain.has(l.from.key) && inChain.has(l.to.key));
    const total = chainLinks.reduce((s, l) => s.plus(l.row.amount.value ?? ZERO), ZERO);
    findings.push({
      id: "guaranteeChain",
      message: msg("group.finding.guaranteeChain", {
        parties: chain.map(nameOf).join(" → "),
        count: chain.length,
        amount: formatAmount(total),
        rows: rowsOf(chainLinks).join(", "),
      }),
      action: msg("group.action.guaranteeChain"),
      parties: chain.map(nameOf),
      rows: rowsOf(chainLinks),
      sources: sourcesOf(chainLinks),
      amongMembers: chain.every(isMember),
    });
  }

  // Row by row: upstream guarantees, collateral not owned, unregistered security.
  for (const l of links) {
    const { from, to, row } = l;
    if (
      from.kind === "member" &&
      to.kind === "member" &&
      (context.ancestors[from.index] ?? []).includes(to.index)
    )
      findings.push({
        id: "upstreamGuarantee",
        message: msg("group.finding.upstreamGuarantee", {
          guarantor: nameOf(from.key),
          beneficiary: nameOf(to.key),
          row: row.row,
        }),
        action: msg("group.action.upstreamGuarantee"),
        parties: [nameOf(from.key), nameOf(to.key)],
        rows: [row.row],
        sources: [row.at],
        amongMembers: true,
      });
  }
  for (const row of inputs.guarantees) {
    const kind = row.kind.value;
    const guarantor = row.guarantor.value;
    if (guarantor === null || (kind !== "mortgage" && kind !== "pledge")) continue;
    const owner = row.collateralOwner.value;
    const from = parties.resolve(guarantor);
    if (owner !== null && parties.resolve(owner).key !== from.key) {
      const ownerParty = parties.resolve(owner);
      findings.push({
        id: "collateralNotOwned",
        message: msg("group.finding.collateralNotOwned", {
          guarantor: nameOf(from.key),
          owner: ownerParty.kind === "member" ? parties.nameOf(ownerParty.index) : ownerParty.name,
          kind: msg(`enum.guaranteeKind.${kind}`),
          row: row.row,
        }),
        action: msg("group.action.collateralNotOwned"),
        parties: [
          nameOf(from.key),
          ownerParty.kind === "member" ? parties.nameOf(ownerParty.index) : ownerParty.name,
        ],
        rows: [row.row],
        sources: [row.collateralOwner.at ?? row.at],
        amongMembers: from.kind === "member" && ownerParty.kind === "member",
      });
    }
    if (row.registered.value === false)
      findings.push({
        id: "unregisteredSecurity",
        message: msg("group.finding.unregisteredSecurity", {
          guarantor: nameOf(from.key),
          kind: msg(`enum.guaranteeKind.${kind}`),
          row: row.row,
        }),
        action: msg("group.action.unregisteredSecurity"),
        parties: [nameOf(from.key)],
        rows: [row.row],
        sources: [row.registered.at ?? row.at],
        amongMembers: from.kind === "member",
      });
  }

  // Per member: over capacity, circular support.
  inputs.members.forEach((_, i) => {
    const key = `m${i}`;
    const given = links.filter((l) => l.from.key === key);
    const givenTotal = given.reduce((s, l) => s.plus(l.row.amount.value ?? ZERO), ZERO);
    const netAssets = context.netAssets[i] ?? ZERO;
    const capacity = netAssets.times(context.guarantorCapacity);
    if (given.length > 0 && givenTotal.gt(capacity))
      findings.push({
        id: "guarantorOverCapacity",
        message: msg("group.finding.guarantorOverCapacity", {
          guarantor: nameOf(key),
          amount: formatAmount(givenTotal),
          netAssets: formatAmount(netAssets),
          capacity: formatPercent(context.guarantorCapacity),
          rows: rowsOf(given).join(", "),
        }),
        action: msg("group.action.guarantorOverCapacity"),
        parties: [nameOf(key)],
        rows: rowsOf(given),
        sources: sourcesOf(given),
        amongMembers: true,
      });
    const support = links.filter(
      (l) => l.to.key === key && l.from.kind === "member" && l.row.kind.value === "guarantee"
    );
    const supported = support.reduce((s, l) => s.plus(l.row.amount.value ?? ZERO), ZERO);
    const credit = context.credit[i] ?? ZERO;
    const secured = Decimal.min(supported, credit);
    if (credit.gt(0) && secured.gt(credit.times(context.intraGroupGuaranteeShare)))
      findings.push({
        id: "circularSupport",
        message: msg("group.finding.circularSupport", {
          member: nameOf(key),
          share: formatPercent(secured.div(credit)),
          limit: formatPercent(context.intraGroupGuaranteeShare),
          rows: rowsOf(support).join(", "),
        }),
        action: msg("group.action.circularSupport"),
        parties: [nameOf(key), ...new Set(support.map((l) => nameOf(l.from.key)))],
        rows: rowsOf(support),
        sources: sourcesOf(support),
        amongMembers: true,
      });
  });
  return findings;
}
