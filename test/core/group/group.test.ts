import fc from "fast-check";
import {
  allocate,
  analyseGroup,
  checkGroupStructure,
  dec,
  defaultParameters,
  formatMessage,
  loadParameters,
  MODEL_V1,
  type GroupAnalysis,
  type MemberScore,
} from "../../../src/core";
import { deepMerge } from "../helpers";
import { FAMILY, groupOf, type G, type M } from "./builders";

const params = defaultParameters();
const analyse = (
  members: M[],
  guarantees: G[] = [],
  capital?: string,
  scores = new Map<string, MemberScore>()
) => analyseGroup(groupOf(members, guarantees, capital), params, scores);
const ids = (a: GroupAnalysis) => a.findings.map((f) => f.id);
const codes = (members: M[], guarantees: G[] = []) =>
  checkGroupStructure(groupOf(members, guarantees)).errors.map((i) => [i.code, i.at?.cell]);

describe("group structure errors (group-model.md §1)", () => {
  it("accepts a well-formed group", () => {
    expect(checkGroupStructure(groupOf(FAMILY)).errors).toEqual([]);
  });

  it("reports an unknown parent, a second parent, a subsidiary without parent, each at its cell", () => {
    expect(
      codes([
        { name: "P", relation: "parent" },
        { name: "Q", relation: "parent" },
        { name: "A", relation: "whollyOwned", parent: "Nobody", stake: "1" },
        { name: "B", relation: "associate", stake: "0.3" },
      ])
    ).toEqual([
      ["group.twoParents", "C3"],
      ["group.unknownParent", "D4"],
      ["group.noDirectParent", "D5"],
    ]);
  });

  it("reports a cycle of parents once, and a member its own parent", () => {
    expect(
      codes([
        { name: "P", relation: "parent" },
        { name: "A", relation: "controlled", parent: "B", stake: "0.6" },
        { name: "B", relation: "controlled", parent: "A", stake: "0.6" },
        { name: "C", relation: "contractual", parent: "C" },
      ])
    ).toEqual([
      ["group.ownParent", "D5"],
      ["group.parentCycle", "D3"],
    ]);
  });

  it("checks stakes: wholly owned is 100%, a stake is required; controlled at 50% or less is a warning", () => {
    const check = checkGroupStructure(
      groupOf([
        { name: "P", relation: "parent" },
        { name: "A", relation: "whollyOwned", parent: "P", stake: "0.9" },
        { name: "B", relation: "associate", parent: "P" },
        { name: "C", relation: "controlled", parent: "P", stake: "0.5" },
      ])
    );
    expect(check.errors.map((i) => [i.code, i.at?.cell])).toEqual([
      ["group.whollyOwnedStake", "E3"],
      ["group.stakeMissing", "E4"],
    ]);
    expect(check.warnings.map((i) => [i.code, i.at?.cell])).toEqual([
      ["group.controlledStake", "E5"],
    ]);
    for (const issue of check.errors)
      for (const language of ["zh-CN", "en-US"] as const)
        expect(formatMessage(issue.message, language)).not.toMatch(/\{|\}/);
  });

  it("refuses a party guaranteeing itself (by name or client ID) and a name or ID used twice", () => {
    expect(
      codes(
        [
          { name: "P", id: "X1", relation: "parent" },
          { name: "P", id: "X1", relation: "contractual", parent: "P" },
        ],
        [{ from: "P", to: "x1" }]
      ).map(([code]) => code)
    ).toEqual(["group.duplicateMember", "group.duplicateClientId", "group.selfGuarantee"]);
  });
});

describe("look-through stakes and derived F5 inputs (§2, §3)", () => {
  const a = analyse(FAMILY);
  it("multiplies the stakes along the chain of parents, exactly", () => {
    expect(a.members.map((m) => m.lookThroughStake?.toString())).toEqual(["1", "1", "0.6", "0.7"]);
    expect(a.treeOrder).toEqual([0, 1, 3, 2]);
    expect(
      analyse([
        { name: "P", relation: "parent" },
        { name: "A", relation: "controlled", parent: "P", stake: "0.51" },
        { name: "B", relation: "controlled", parent: "A", stake: "0.51" },
      ]).members[2]?.lookThroughStake?.toString()
    ).toBe("0.2601");
  });

  it("takes the worst over the ancestors; siblings are neither self, ancestor nor descendant", () => {
    const d = a.members.map((m) => [
      m.derived.parentGovernance,
      m.derived.parentCondition,
      m.derived.siblingsCondition,
    ]);
    expect(d).toEqual([
      [null, null, "good"],
      ["good", "good", "good"],
      ["good", "good", "poor"],
      ["fair", "fair", "good"],
    ]);
  });

  it("reads a blank grade of an ancestor as missing, and uses a scorecard's grade before the table's", () => {
    const blank = analyse([{ name: "P", relation: "parent" }, ...FAMILY.slice(1)]);
    expect(blank.members[1]?.derived.parentGovernance).toBeNull();
    const scored = analyse(FAMILY, [], undefined, new Map([["p", score("D")]]));
    expect(scored.members[1]?.derived.parentGovernance).toBe("poor");
  });

  it("notices a relation its stakes do not support", () => {
    const b = analyse([
      { name: "P", relation: "parent" },
      { name: "A", relation: "controlled", parent: "P", stake: "0.6" },
      { name: "B", relation: "controlled", parent: "A", stake: "0.6" },
    ]);
    expect(b.findings.map((f) => [f.id, f.rows])).toEqual([["relationNotSupported", [4]]]);
  });
});

function score(
  grade: "A" | "B" | "C" | "D",
  limit: string | null = null,
  outcome: MemberScore["outcome"] = "proceed"
): MemberScore {
  return {
    grade,
    recommendedLimit: limit === null ? null : dec(limit),
    outcome,
    currency: "CNY",
    source: "x.scored.xlsx",
  };
}

describe("group credit total (§4)", () => {
  const members: M[] = [
    { name: "P", relation: "parent", grade: "B", existing: "150000000", requested: "80000000" },
    {
      name: "A",
      relation: "whollyOwned",
      parent: "P",
      stake: "1",
      grade: "C",
      existing: "60000000",
      requested: "50000000",
    },
    {
      name: "B",
      relation: "controlled",
      parent: "P",
      stake: "0.6",
      grade: "A",
      existing: "30000000",
      requested: "40000000",
    },
    {
      name: "C",
      relation: "controlled",
      parent: "A",
      stake: "0.7",
      grade: "C",
      existing: "20000000",
      requested: "10000000",
    },
  ];
  it("shares the headroom pro rata, each share rounded down to the unit (hand-computed)", () => {
    const a = analyse(members, [], "2000000000");
    expect(a.credit.cap.toString()).toBe("300000000");
    expect(a.credit.headroom.toString()).toBe("40000000");
    expect(a.credit.capBinding).toBe(true);
    expect(a.members.map((m) => m.recommendedLimit.toString())).toEqual([
      "72000000",
      "35000000",
      "40000000",
      "7000000",
    ]);
    expect(a.members.map((m) => m.allocatedLimit.toString())).toEqual([
      "18700000",
      "9090000",
      "10380000",
      "1810000",
    ]);
    expect(a.flags.map((f) => f.id)).toEqual(["capBinding"]);
  });

  it("keeps each recommendation when they fit", () => {
    const a = analyse(members, [], "10000000000");
    expect(a.credit.capBinding).toBe(false);
    expect(a.members.map((m) => m.allocatedLimit.toString())).toEqual([
      "72000000",
      "35000000",
      "40000000",
      "7000000",
    ]);
  });

  it("gives a declined member 0 before sharing, and takes limits from scorecards", () => {
    const scores = new Map([
      ["p", score("A", "100000000", "decline")],
      ["a", score("B", "30000000")],
    ]);
    const a = analyse(members, [], "2000000000", scores);
    expect(a.members[0]?.eligibleLimit.toString()).toBe("0");
    expect(a.members[0]?.allocatedLimit.toString()).toBe("0");
    expect(a.members[1]?.recommendationBasis).toBe("scorecard");
    expect(a.outcome).toBe("decline");
  });

  it("refers when existing credit is already above the cap: no headroom", () => {
    const a = analyse(members, [], "1000000000");
    expect(a.credit.existingAboveCap).toBe(true);
    expect(a.credit.headroom.toString()).toBe("0");
    expect(a.credit.allocatedTotal.toString()).toBe("0");
    expect(a.outcome).toBe("refer");
    expect(a.flags[0]?.id).toBe("existingAboveCap");
  });

  it("flags borrowing beyond net assets, multi-bank borrowing and an unscored member", () => {
    const a = analyse(
      [
        {
          name: "P",
          relation: "parent",
          grade: "A",
          netAssets: "30000000",
          existing: "25000000",
          requested: "10000000",
          banks: "5",
        },
        { name: "Q", relation: "contractual", parent: "P", requested: "10000000" },
      ],
      [],
      "1000000000"
    );
    expect(a.flags.map((f) => [f.id, f.members])).toEqual([
      ["beyondNetAssets", ["P"]],
      ["multiBank", ["P"]],
      ["notScored", ["Q"]],
    ]);
    expect(a.members[1]?.allocatedLimit.toString()).toBe("0");
  });

  it("the f2SubsidiaryConcentration and capital-base parameters load in both settings", () => {
    const p = loadParameters(
      deepMerge(MODEL_V1, {
        group: { f2SubsidiaryConcentration: "groupLevel", capitalBase: "tier1Capital" },
      })
    );
    expect(p.ok).toBe(true);
    if (p.ok)
      expect(
        formatMessage(analyseGroup(groupOf(members), p.value).credit.explanation, "en-US")
      ).toMatch(/tier-1 capital/);
  });
});

describe("guarantee network (§5)", () => {
  const base: M[] = [
    { name: "P", id: "P-1", relation: "parent", netAssets: "100000000" },
    { name: "A", relation: "whollyOwned", parent: "P", stake: "1", netAssets: "10000000" },
    { name: "B", relation: "controlled", parent: "P", stake: "0.6" },
    { name: "C", relation: "controlled", parent: "A", stake: "0.7" },
  ];
  it("finds a mutual guarantee, naming both rows, and refers the group", () => {
    const a = analyse(base, [
      { from: "A", to: "B" },
      { from: "X", to: "Y" },
      { from: "B", to: "A" },
    ]);
    expect(a.findings.map((f) => [f.id, f.parties, f.rows])).toEqual([
      ["mutualGuarantee", ["A", "B"], [2, 4]],
    ]);
    expect(a.outcome).toBe("refer");
  });

  it("finds a chain as one strongly connected group of three or more, in order of first appearance", () => {
    const a = analyse(base, [
      { from: "Outside Co", to: "P" },
      { from: "C", to: "B" },
      { from: "A", to: "C" },
      { from: "B", to: "A" },
      { from: "A", to: "C" },
    ]);
    const chain = a.findings.find((f) => f.id === "guaranteeChain");
    expect([chain?.parties, chain?.rows]).toEqual([
      ["C", "B", "A"],
      [3, 4, 5, 6],
    ]);
    expect(formatMessage(chain!.message, "en-US")).toMatch(/4,000,000 in all/);
  });

  it("finds an upstream guarantee to any ancestor (by client ID too)", () => {
    const a = analyse(base, [{ from: "C", to: "p-1" }]);
    expect(a.findings.map((f) => [f.id, f.parties, f.rows])).toEqual([
      ["upstreamGuarantee", ["C", "P"], [2]],
    ]);
  });

  it("finds collateral not owned by the mortgagor and an unregistered mortgage or pledge", () => {
    const a = analyse(base, [
      { from: "P", to: "Bank loan of X", kind: "mortgage", owner: "A", registered: true },
      { from: "B", to: "Z", kind: "pledge", registered: false },
      { from: "B", to: "Z", kind: "guarantee", owner: "A", registered: false },
    ]);
    expect(a.findings.map((f) => [f.id, f.rows])).toEqual([
      ["collateralNotOwned", [2]],
      ["unregisteredSecurity", [3]],
    ]);
  });

  it("finds a guarantor over capacity, summing its rows", () => {
    const a = analyse(base, [
      { from: "A", to: "Z", amount: "6000000" },
      { from: "A", to: "Y", amount: "5000000" },
    ]);
    expect(a.findings.map((f) => [f.id, f.rows])).toEqual([["guarantorOverCapacity", [2, 3]]]);
  });

  it("finds circular support above 50% of existing + allocated credit, not at 50%", () => {
    const members: M[] = [
      { name: "P", relation: "parent", grade: "A" },
      {
        name: "A",
        relation: "whollyOwned",
        parent: "P",
        stake: "1",
        grade: "A",
        existing: "40000000",
        requested: "60000000",
      },
    ];
    expect(
      ids(analyse(members, [{ from: "P", to: "A", amount: "50000000" }], "10000000000"))
    ).toEqual([]);
    expect(
      ids(analyse(members, [{ from: "P", to: "A", amount: "50000001" }], "10000000000"))
    ).toEqual(["circularSupport"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const NAMES = ["P", "A", "B", "C", "D", "E", "F"];

/** A random well-formed group: member i's parent is one of the members before it. */
const groupArb = fc
  .record({
    size: fc.integer({ min: 1, max: 7 }),
    parents: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
    stakes: fc.array(fc.integer({ min: 51, max: 100 }), { minLength: 7, maxLength: 7 }),
    grades: fc.array(fc.constantFrom("A", "B", "C", "D", undefined), {
      minLength: 7,
      maxLength: 7,
    }),
    conditions: fc.array(fc.constantFrom("good", "fair", "poor"), { minLength: 7, maxLength: 7 }),
    existing: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 7, maxLength: 7 }),
    requested: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 7, maxLength: 7 }),
    capital: fc.integer({ min: 0, max: 5000 }),
    guarantees: fc.array(
      fc.record({
        from: fc.nat({ max: 8 }),
        to: fc.nat({ max: 8 }),
        amount: fc.integer({ min: 1, max: 400 }),
      }),
      { maxLength: 10 }
    ),
  })
  .map((g) => {
    const members: M[] = NAMES.slice(0, g.size).map((name, i) =>
      i === 0
        ? { name, relation: "parent" as const }
        : {
            name,
            relation: "controlled" as const,
            parent: NAMES[(g.parents[i] ?? 0) % i] ?? "P",
            stake: String((g.stakes[i] ?? 60) / 100),
          }
    );
    members.forEach((m, i) => {
      const grade = g.grades[i];
      if (grade !== undefined) m.grade = grade as NonNullable<M["grade"]>;
      m.condition = (g.conditions[i] ?? "good") as NonNullable<M["condition"]>;
      m.existing = `${g.existing[i]}0000`;
      m.requested = `${g.requested[i]}0000`;
      m.netAssets = "2000000";
    });
    const party = (i: number) => (i < g.size ? NAMES[i]! : `Outside ${i}`);
    const guarantees: G[] = g.guarantees
      .filter((x) => party(x.from) !== party(x.to))
      .map((x) => ({ from: party(x.from), to: party(x.to), amount: `${x.amount}0000` }));
    return { members, guarantees, capital: `${g.capital}00000` };
  });

/** A finding with its parties and rows as sets (row numbers mapped back to original rows). */
function findingSet(a: GroupAnalysis, rowMap: (row: number) => number = (r) => r): string[] {
  return a.findings
    .map(
      (f) =>
        `${f.id}|${[...f.parties].sort().join(",")}|${f.rows
          .map(rowMap)
          .sort((x, y) => x - y)
          .join(",")}`
    )
    .sort();
}

function shuffled<T>(list: readonly T[], seed: number): { list: T[]; order: number[] } {
  const order = list.map((_, i) => i);
  let s = seed;
  for (let i = order.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { list: order.map((i) => list[i]!), order };
}

describe("properties", () => {
  it("shuffling members or guarantee rows changes nothing (up to listing order)", () => {
    fc.assert(
      fc.property(groupArb, fc.nat(), ({ members, guarantees, capital }, seed) => {
        const a = analyse(members, guarantees, capital);
        const m = shuffled(members, seed);
        const g = shuffled(guarantees, seed + 1);
        const b = analyse(m.list, g.list, capital);
        const byName = (x: GroupAnalysis) =>
          Object.fromEntries(
            x.members.map((mm) => [
              mm.name,
              [
                mm.lookThroughStake?.toString(),
                mm.allocatedLimit.toString(),
                JSON.stringify(mm.derived.parentGovernance),
                mm.derived.parentCondition,
                mm.derived.siblingsCondition,
              ],
            ])
          );
        expect(byName(b)).toEqual(byName(a));
        expect(b.credit.allocatedTotal.toString()).toBe(a.credit.allocatedTotal.toString());
        expect(b.outcome).toBe(a.outcome);
        // Guarantee row r of the shuffled table is row order[r - 2] + 2 of the original.
        expect(
          findingSet(b, (r) => (r >= 2 && r - 2 < g.order.length ? g.order[r - 2]! + 2 : r)).filter(
            (f) => !f.startsWith("relationNotSupported")
          )
        ).toEqual(findingSet(a).filter((f) => !f.startsWith("relationNotSupported")));
        expect(b.flags.map((f) => f.id).sort()).toEqual(a.flags.map((f) => f.id).sort());
      }),
      { numRuns: 150 }
    );
  });

  it("allocations never exceed the headroom or a member's recommendation", () => {
    fc.assert(
      fc.property(groupArb, ({ members, guarantees, capital }) => {
        const a = analyse(members, guarantees, capital);
        let sum = dec(0);
        for (const m of a.members) {
          expect(m.allocatedLimit.lte(m.recommendedLimit)).toBe(true);
          expect(m.allocatedLimit.gte(0)).toBe(true);
          expect(m.allocatedLimit.mod(a.credit.roundingUnit).isZero()).toBe(true);
          sum = sum.plus(m.allocatedLimit);
        }
        expect(sum.lte(a.credit.headroom)).toBe(true);
        expect(sum.eq(a.credit.allocatedTotal)).toBe(true);
      }),
      { numRuns: 200 }
    );
  });

  it("allocate: shares ≤ limits, Σ ≤ headroom, for any amounts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.constantFrom("1", "100", "10000", "0.01"),
        (limits, headroom, unit) => {
          const eligible = limits.map((l) => dec(l));
          const { allocated } = allocate(eligible, dec(headroom), dec(unit));
          allocated.forEach((x, i) => expect(x.lte(eligible[i]!)).toBe(true));
          expect(allocated.reduce((s, x) => s.plus(x), dec(0)).lte(headroom)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("adding a guarantee never removes a finding", () => {
    fc.assert(
      fc.property(
        groupArb,
        fc.record({
          from: fc.nat({ max: 8 }),
          to: fc.nat({ max: 8 }),
          amount: fc.integer({ min: 1, max: 400 }),
        }),
        ({ members, guarantees, capital }, extra) => {
          const party = (i: number) => (i < members.length ? members[i]!.name : `Outside ${i}`);
          if (party(extra.from) === party(extra.to)) return;
          const before = analyse(members, guarantees, capital);
          const after = analyse(
            members,
            [
              ...guarantees,
              { from: party(extra.from), to: party(extra.to), amount: `${extra.amount}0000` },
            ],
            capital
          );
          for (const f of before.findings) {
            const covered = after.findings.some(
              (g) =>
                g.id === f.id &&
                f.parties.every((p) => g.parties.includes(p)) &&
                f.rows.every((r) => g.rows.includes(r))
            );
            expect(covered).toBe(true);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
