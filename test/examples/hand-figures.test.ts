import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";

/**
 * The hand-computed results in examples/expected/*.json add up by the arithmetic of
 * governance-model.md (version 1) and model 2's knock-out policies and provisional threshold,
 * restated here by hand: weighted points = points × weight, the score is their sum, its grade
 * follows the bands, knock-outs cap it, their policies decide the outcome (decline before refer),
 * completeness is the weight scored from real inputs (below 80% the grade is provisional), and
 * the credit adjustment follows the model grade (a declined credit's limit is 0). This catches a slip
 * in the typing without the engine; examples.test.ts compares the figures with the engine.
 */

type Grade = "A" | "B" | "C" | "D";

const WEIGHTS: Readonly<Record<string, number>> = {
  F1: 20,
  F2: 25,
  F3: 15,
  F4: 15,
  F5: 15,
  F6: 10,
};
const CAPS: Readonly<Record<string, Grade>> = {
  insiderConcentration: "C",
  ownershipUnclear: "C",
  adverseAudit: "D",
  subsidiaryTunnelling: "C",
};
/** Model 2's knock-out policies (README, model decisions). */
const POLICIES: Readonly<Record<string, "cap" | "refer" | "decline">> = {
  insiderConcentration: "refer",
  ownershipUnclear: "refer",
  adverseAudit: "decline",
  subsidiaryTunnelling: "refer",
};
/** Below this completeness the grade is provisional (model 2). */
const PROVISIONAL_BELOW = "0.8";
const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const CREDIT: Readonly<Record<Grade, { notches: number; multiplier: string; tenorCap: number }>> = {
  A: { notches: 0, multiplier: "1", tenorCap: Infinity },
  B: { notches: 0, multiplier: "0.9", tenorCap: 60 },
  C: { notches: 1, multiplier: "0.7", tenorCap: 36 },
  D: { notches: 2, multiplier: "0.5", tenorCap: 12 },
};
const RATINGS = "AAA AA+ AA AA- A+ A A- BBB+ BBB BBB- BB+ BB BB- B+ B B- CCC CC C".split(" ");
/** The currency unit the recommended limit is rounded down to. */
const LIMIT_UNIT = 10_000;

interface HandResult {
  readonly factors: readonly { id: string; rule: string; points: string; weightedPoints: string }[];
  readonly score: string;
  readonly scoreGrade: Grade;
  readonly knockouts: readonly string[];
  readonly modelGrade: Grade;
  readonly outcome: { readonly kind: string; readonly knockouts: readonly string[] };
  readonly completeness: string;
  readonly provisional: boolean;
  readonly adjustment: Readonly<Record<string, string>>;
}

const EXPECTED = join(__dirname, "..", "..", "examples", "expected");
const scored = readdirSync(EXPECTED)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const json = JSON.parse(readFileSync(join(EXPECTED, file), "utf8")) as { result?: HandResult };
    return [file, json.result] as const;
  })
  .filter((entry): entry is readonly [string, HandResult] => entry[1] !== undefined);

/** What does not add up in one example's hand figures (empty when everything does). */
function slips(r: HandResult): string[] {
  const found: string[] = [];
  const check = (ok: boolean, what: string) => ok || found.push(what);
  check(
    r.factors.map((f) => f.id).join() === Object.keys(WEIGHTS).join(),
    "factors F1–F6 in order"
  );
  let sum = new Decimal(0);
  let realWeight = 0;
  for (const f of r.factors) {
    const weight = WEIGHTS[f.id] ?? 0;
    const weighted = new Decimal(f.points).times(weight).div(100);
    check(weighted.eq(f.weightedPoints), `${f.id}: ${f.points} × ${weight}% ≠ ${f.weightedPoints}`);
    check(f.rule.startsWith(`${f.id}.`), `${f.id}: rule ${f.rule}`);
    if (!f.rule.endsWith(".missing")) realWeight += weight;
    sum = sum.plus(f.weightedPoints);
  }
  check(sum.eq(r.score), `score ${r.score} ≠ ${sum.toString()}`);
  const score = new Decimal(r.score);
  const band = score.gte(80) ? "A" : score.gte(65) ? "B" : score.gte(50) ? "C" : "D";
  check(band === r.scoreGrade, `score grade ${r.scoreGrade}, the bands give ${band}`);
  const caps = r.knockouts.map((k) => CAPS[k]).filter((cap) => cap !== undefined);
  check(caps.length === r.knockouts.length, `knock-outs ${r.knockouts.join()}`);
  const worst = [r.scoreGrade, ...caps].reduce((a, b) =>
    GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b
  );
  check(worst === r.modelGrade, `model grade ${r.modelGrade}, the caps give ${worst}`);
  check(new Decimal(realWeight).div(100).eq(r.completeness), `completeness ${r.completeness}`);
  check(
    new Decimal(r.completeness).lt(PROVISIONAL_BELOW) === r.provisional,
    `provisional ${r.provisional}`
  );
  const deciding = (policy: string) => r.knockouts.filter((k) => POLICIES[k] === policy);
  const kind =
    deciding("decline").length > 0 ? "decline" : deciding("refer").length > 0 ? "refer" : "proceed";
  check(
    r.outcome.kind === kind &&
      r.outcome.knockouts.join() === (kind === "proceed" ? "" : deciding(kind).join()),
    `outcome ${r.outcome.kind} (${r.outcome.knockouts.join()})`
  );

  const a = r.adjustment;
  const rule = CREDIT[r.modelGrade];
  const index = Math.min(RATINGS.length - 1, RATINGS.indexOf(a.baseRating ?? "") + rule.notches);
  check(RATINGS[index] === a.adjustedRating, `adjusted rating ${a.adjustedRating}`);
  const limit =
    kind === "decline"
      ? new Decimal(0)
      : new Decimal(a.requestedLimit ?? "")
          .times(rule.multiplier)
          .div(LIMIT_UNIT)
          .floor()
          .times(LIMIT_UNIT);
  check(limit.eq(a.recommendedLimit ?? ""), `recommended limit ${a.recommendedLimit}`);
  const tenor = Math.min(Number(a.requestedTenorMonths), rule.tenorCap);
  check(tenor === Number(a.recommendedTenorMonths), `tenor ${a.recommendedTenorMonths}`);
  return found;
}

it("has hand figures to check", () => {
  expect(scored.length).toBeGreaterThanOrEqual(10);
});

it.each(scored)("%s: the hand figures add up", (_file, result) => {
  expect(slips(result)).toEqual([]);
});

it("would notice a slip", () => {
  const [, seed] = scored.find(([file]) => file.startsWith("05-")) ?? [];
  if (seed === undefined) throw new Error("no seed example");
  expect(slips({ ...seed, score: "26" })).toEqual([expect.stringContaining("score 26")]);
  const limit = { ...seed.adjustment, recommendedLimit: "25010000" };
  expect(slips({ ...seed, adjustment: limit })).toEqual(["recommended limit 25010000"]);
  expect(slips({ ...seed, outcome: { kind: "proceed", knockouts: [] } })).toEqual([
    "outcome proceed ()",
  ]);
  expect(slips({ ...seed, provisional: true })).toEqual(["provisional true"]);
});
