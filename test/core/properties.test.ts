import fc from "fast-check";
import {
  AUDIT_OPINIONS,
  BOARD_ROLES,
  canonicalJson,
  CONDITIONS,
  dec,
  formatMessage,
  GM_APPOINTMENTS,
  GRADES,
  GROUP_POSITIONS,
  loadParameters,
  MODEL_V1,
  parameterFingerprint,
  SHAREHOLDER_TYPES,
  type BoardRow,
  type GovernanceInputs,
  type ParameterSource,
  type ParameterValue,
  type ProfileInputs,
  type ScoreResult,
  type ShareholderRow,
  type Sourced,
} from "../../src/core";
import { parseFraction } from "../../src/core/params/read-source";
import { scored, V1 } from "./helpers";

const cell = (sheet: string, c: string) => ({ sheet, cell: c });
const sourced = <T>(value: T | null, sheet: string, c: string): Sourced<T> => ({
  value,
  at: cell(sheet, c),
});

const holderArb = fc.record({
  type: fc.constantFrom(...SHAREHOLDER_TYPES),
  basisPoints: fc.integer({ min: 0, max: 10_000 }),
  group: fc.option(fc.constantFrom("G1", "G2"), { nil: undefined }),
  pledged: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  frozen: fc.option(fc.boolean(), { nil: undefined }),
});
const directorArb = fc.record({
  role: fc.constantFrom(...BOARD_ROLES),
  post: fc.constantFrom(null, "总经理", "副总经理", "财务总监", "无", "CEO"),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const profileArb = fc.record({
  gmAppointment: maybe(fc.constantFrom(...GM_APPOINTMENTS)),
  groupPosition: maybe(fc.constantFrom(...GROUP_POSITIONS)),
  parentGovernance: maybe(fc.constantFrom(...CONDITIONS)),
  parentCondition: maybe(fc.constantFrom(...CONDITIONS)),
  siblingsCondition: maybe(fc.constantFrom(...CONDITIONS)),
  relatedReceivablesRatio: maybe(fc.integer({ min: 0, max: 100 })),
  majorHolderDistress: maybe(fc.boolean()),
  majorHolderLargeDeal: maybe(fc.boolean()),
  proposals: maybe(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))),
  auditCommittee: maybe(fc.boolean()),
  externalAudit: maybe(fc.boolean()),
  auditOpinion: maybe(fc.constantFrom(...AUDIT_OPINIONS)),
  payLinkedToPerformance: maybe(fc.boolean()),
  equityIncentive: maybe(fc.boolean()),
});
type Holder =
  fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof holderArb.generate>["value"];
type Director = ReturnType<typeof directorArb.generate>["value"];
type Profile = ReturnType<typeof profileArb.generate>["value"];

interface Client {
  holders: Holder[] | null;
  directors: Director[] | null;
  profile: Profile;
}
const clientArb: fc.Arbitrary<Client> = fc.record({
  holders: fc.option(fc.array(holderArb, { minLength: 0, maxLength: 12 }), { nil: null, freq: 8 }),
  directors: fc.option(fc.array(directorArb, { minLength: 0, maxLength: 11 }), {
    nil: null,
    freq: 8,
  }),
  profile: profileArb,
});

function toInputs(c: Client): GovernanceInputs {
  const holders: ShareholderRow[] | null =
    c.holders?.map((h, i) => ({
      name: sourced(`股东${i}`, "S", `A${i + 2}`),
      type: sourced(h.type, "S", `B${i + 2}`),
      stake: sourced(dec(h.basisPoints).div(10_000), "S", `C${i + 2}`),
      ...(h.group === undefined ? {} : { concertGroup: sourced(h.group, "S", `D${i + 2}`) }),
      ...(h.pledged === undefined
        ? {}
        : { pledgedShare: sourced(dec(h.pledged).div(100), "S", `E${i + 2}`) }),
      ...(h.frozen === undefined ? {} : { frozen: sourced(h.frozen, "S", `F${i + 2}`) }),
    })) ?? null;
  const board: BoardRow[] | null =
    c.directors?.map((d, i) => ({
      name: sourced(`董事${i}`, "B", `A${i + 2}`),
      boardRole: sourced(d.role, "B", `B${i + 2}`),
      managementPost: sourced(d.post, "B", `C${i + 2}`),
    })) ?? null;
  const p = c.profile;
  const [submitted, rejected] =
    p.proposals === null ? [null, null] : [Math.max(...p.proposals), Math.min(...p.proposals)];
  const profile: ProfileInputs = {
    gmAppointment: sourced(p.gmAppointment, "P", "B3"),
    groupPosition: sourced(p.groupPosition, "P", "B4"),
    parentGovernance: sourced(p.parentGovernance, "P", "B5"),
    parentCondition: sourced(p.parentCondition, "P", "B6"),
    siblingsCondition: sourced(p.siblingsCondition, "P", "B7"),
    relatedReceivablesRatio: sourced(
      p.relatedReceivablesRatio === null ? null : dec(p.relatedReceivablesRatio).div(100),
      "P",
      "B8"
    ),
    majorHolderDistress: sourced(p.majorHolderDistress, "P", "B9"),
    majorHolderLargeDeal: sourced(p.majorHolderLargeDeal, "P", "B10"),
    proposalsSubmitted: sourced(submitted === null ? null : dec(submitted), "P", "B11"),
    proposalsRejected: sourced(rejected === null ? null : dec(rejected), "P", "B12"),
    auditCommittee: sourced(p.auditCommittee, "P", "B13"),
    externalAudit: sourced(p.externalAudit, "P", "B14"),
    auditOpinion: sourced(p.auditOpinion, "P", "B15"),
    payLinkedToPerformance: sourced(p.payLinkedToPerformance, "P", "B16"),
    equityIncentive: sourced(p.equityIncentive, "P", "B17"),
    baseRating: sourced("A", "P", "B18"),
    requestedLimit: sourced(dec("10000000"), "P", "B19"),
    requestedTenorMonths: sourced(dec(60), "P", "B21"),
  };
  return {
    shareholders: holders === null ? null : { rows: holders, at: cell("S", "A1:F13") },
    board: board === null ? null : { rows: board, at: cell("B", "A1:C12") },
    profile,
  };
}

const rank = (g: string) => GRADES.indexOf(g as (typeof GRADES)[number]);
/** Better-or-equal: score not lower, grade not worse. */
function notWorse(before: ScoreResult, after: ScoreResult): boolean {
  return after.score.gte(before.score) && rank(after.modelGrade) <= rank(before.modelGrade);
}
/** Everything a reader sees except where each row sits. */
function summary(r: ScoreResult) {
  return {
    score: r.score.toString(),
    grades: [r.scoreGrade, r.modelGrade, r.cap],
    factors: r.factors.map((f) => [
      f.id,
      f.points.toString(),
      f.ruleId,
      formatMessage(f.rule, "en-US"),
      f.flags,
    ]),
    knockouts: r.knockouts.map((k) => formatMessage(k.message, "en-US")),
    flags: r.flags.map((f) => f.id),
    completeness: r.completeness.toString(),
    input: r.inputFingerprint,
    limit: r.adjustment.recommendedLimit?.toString(),
  };
}

const RUNS = { numRuns: 300 };

describe("invariants of the model (fast-check)", () => {
  it("the score stays within 0–100 and every factor within 0–100", () => {
    fc.assert(
      fc.property(clientArb, (c) => {
        const r = scored(toInputs(c));
        expect(r.score.gte(0) && r.score.lte(100)).toBe(true);
        for (const f of r.factors) expect(f.points.gte(0) && f.points.lte(100)).toBe(true);
        expect(r.completeness.gte(0) && r.completeness.lte(1)).toBe(true);
      }),
      RUNS
    );
  });

  it("shuffling shareholder or board rows changes nothing", () => {
    fc.assert(
      fc.property(clientArb, fc.infiniteStream(fc.nat()), (c, seeds) => {
        const shuffle = <T>(xs: T[] | null) => {
          if (xs === null) return null;
          const out = xs.map((x, i) => ({ x, i }));
          for (let i = out.length - 1; i > 0; i--) {
            const j = (seeds.next().value as number) % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const inputs = toInputs(c);
        const shuffledHolders =
          shuffle(inputs.shareholders?.rows.slice() ?? null)?.map((e) => e.x) ?? null;
        const shuffledBoard = shuffle(inputs.board?.rows.slice() ?? null)?.map((e) => e.x) ?? null;
        const shuffled: GovernanceInputs = {
          ...inputs,
          shareholders:
            shuffledHolders === null ? null : { ...inputs.shareholders!, rows: shuffledHolders },
          board: shuffledBoard === null ? null : { ...inputs.board!, rows: shuffledBoard },
        };
        expect(summary(scored(shuffled))).toEqual(summary(scored(inputs)));
      }),
      RUNS
    );
  });

  const better = <T>(order: readonly T[], value: T) => order.slice(0, order.indexOf(value));
  const improvements: [string, (c: Client) => Client[]][] = [
    [
      "a better shareholder type",
      (c) =>
        (c.holders ?? []).flatMap((h, i) =>
          SHAREHOLDER_TYPES.filter((t) => V1.f1.typePoints[t].gt(V1.f1.typePoints[h.type])).map(
            (t) => ({
              ...c,
              holders: c.holders!.map((x, j) => (j === i ? { ...x, type: t } : x)),
            })
          )
        ),
    ],
    [
      "a better GM appointment",
      (c) =>
        c.profile.gmAppointment === null
          ? []
          : better(GM_APPOINTMENTS, c.profile.gmAppointment).map((g) => ({
              ...c,
              profile: { ...c.profile, gmAppointment: g },
            })),
    ],
    [
      "a better group condition",
      (c) =>
        (["parentGovernance", "parentCondition", "siblingsCondition"] as const).flatMap((item) => {
          const now = c.profile[item];
          return (now === null ? CONDITIONS : better(CONDITIONS, now)).map((v) => ({
            ...c,
            profile: { ...c.profile, [item]: v },
          }));
        }),
    ],
    [
      "a better audit opinion",
      (c) => {
        const order = ["unqualified", "qualified", "adverse", "disclaimer"] as const;
        return c.profile.auditOpinion === null
          ? []
          : better(order, c.profile.auditOpinion).map((o) => ({
              ...c,
              profile: { ...c.profile, auditOpinion: o },
            }));
      },
    ],
    [
      "an F6 item turned yes",
      (c) =>
        (["auditCommittee", "externalAudit", "payLinkedToPerformance", "equityIncentive"] as const)
          .filter((item) => c.profile[item] !== true)
          .map((item) => ({ ...c, profile: { ...c.profile, [item]: true } })),
    ],
    [
      "lower board overlap (a director leaves management)",
      (c) =>
        (c.directors ?? []).flatMap((d, i) =>
          d.post === null
            ? []
            : [
                {
                  ...c,
                  directors: c.directors!.map((x, j) => (j === i ? { ...x, post: null } : x)),
                },
              ]
        ),
    ],
  ];

  it.each(improvements)("%s never lowers the score or worsens the grade", (_name, improve) => {
    fc.assert(
      fc.property(clientArb, (c) => {
        const before = scored(toInputs(c));
        for (const improved of improve(c)) {
          const after = scored(toInputs(improved));
          if (!notWorse(before, after)) {
            throw new Error(
              `worse: ${JSON.stringify(summary(before))} → ${JSON.stringify(summary(after))}`
            );
          }
        }
      }),
      RUNS
    );
  });
});

describe("the parameter fingerprint (fast-check)", () => {
  const leaves: [string, ParameterValue][] = [];
  const walk = (node: ParameterValue, path: string[]) => {
    if (node !== null && typeof node === "object" && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    } else leaves.push([path.join("."), node]);
  };
  walk(MODEL_V1, []);
  const setLeaf = (path: string, value: ParameterValue): ParameterSource => {
    const copy = JSON.parse(JSON.stringify(MODEL_V1)) as Record<string, ParameterValue>;
    const parts = path.split(".");
    let node = copy;
    for (const p of parts.slice(0, -1)) node = node[p] as Record<string, ParameterValue>;
    node[parts[parts.length - 1]!] = value;
    return copy;
  };
  const v1Fingerprint = parameterFingerprint(V1);

  it("changes when any parameter changes", () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.oneof(
          fc.integer({ min: 0, max: 100 }).map(String),
          fc.constantFrom("0.25", "0.5", "1/4", "neutral", "B", true, null)
        ),
        ([path, old], value) => {
          // The same value written another way ("1/2" and "0.5", "40" and "40.0") is no change.
          const a = parseFraction(value);
          const b = parseFraction(old);
          if (canonicalJson(value) === canonicalJson(old)) return;
          if (a && b && a.numerator.eq(b.numerator) && a.denominator.eq(b.denominator)) return;
          const loaded = loadParameters(setLeaf(path, value));
          if (!loaded.ok) return; // refused: no fingerprint to compare
          changed++;
          expect(parameterFingerprint(loaded.value)).not.toBe(v1Fingerprint);
        }
      ),
      { numRuns: 500 }
    );
    expect(changed).toBeGreaterThan(20);
  });

  it("stays the same when a parameter is rewritten to an equal value", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...leaves.filter(
            ([path, v]) => path !== "version" && typeof v === "string" && /^\d+(\.\d+)?$/.test(v)
          )
        ),
        fc.integer({ min: 0, max: 3 }),
        ([path, old], zeros) => {
          const asNumber = Number(old as string);
          const padded = (old as string).includes(".")
            ? `${old}${"0".repeat(zeros)}`
            : `${old}.${"0".repeat(zeros + 1)}`;
          for (const rewritten of [asNumber, padded]) {
            const loaded = loadParameters(setLeaf(path, rewritten));
            expect(loaded.ok && parameterFingerprint(loaded.value)).toBe(v1Fingerprint);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
