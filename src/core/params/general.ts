import { HUNDRED, ZERO, type Decimal } from "../decimal";
import { msg } from "../i18n/messages";
import { GRADES, type Grade } from "../inputs/enums";
import {
  amount,
  amountMap,
  byKey,
  choice,
  describe,
  digits,
  flag,
  group,
  optionalMonths,
  points,
  ratingList,
  share,
  text,
  whole,
  type GroupCheck,
  type GroupValue,
} from "./spec";

export const MISSING_DATA_POLICIES = ["conservative", "neutral"] as const;
export type MissingDataPolicy = (typeof MISSING_DATA_POLICIES)[number];

/**
 * The model-wide parameters (governance-model.md §2–§5), declared once with the defaults of model
 * version 1. Factor and knock-out parameters are declared in their own modules.
 */

/**
 * The version label of the product's default parameters: model 2 (schema 2), whose knock-out
 * outcomes and provisional threshold differ from model 1's (`MODEL_1_VERSION`, still approved).
 */
export const DEFAULT_MODEL_VERSION = "2";
/** The version label of the first release's parameters. */
export const MODEL_1_VERSION = "1";

/** Before the factors: the model's version label and the control threshold F1 and F2 share. */
export const HEAD_PARAMETERS = {
  version: text(DEFAULT_MODEL_VERSION),
  control: group({ threshold: share("0.30") }),
};

const GRADE_MINIMUMS: Readonly<Record<Grade, string>> = { A: "80", B: "65", C: "50", D: "0" };

const ADJUSTMENTS: Readonly<
  Record<
    Grade,
    { notches: string; limitMultiplier: string; tenorCapMonths: string | null; covenants: boolean }
  >
> = {
  A: { notches: "0", limitMultiplier: "1", tenorCapMonths: null, covenants: false },
  B: { notches: "0", limitMultiplier: "0.9", tenorCapMonths: "60", covenants: false },
  C: { notches: "1", limitMultiplier: "0.7", tenorCapMonths: "36", covenants: false },
  D: { notches: "2", limitMultiplier: "0.5", tenorCapMonths: "12", covenants: true },
};

const RATING_SCALE = [
  "AAA",
  "AA+",
  "AA",
  "AA-",
  "A+",
  "A",
  "A-",
  "BBB+",
  "BBB",
  "BBB-",
  "BB+",
  "BB",
  "BB-",
  "B+",
  "B",
  "B-",
  "CCC",
  "CC",
  "C",
];

/** Pairs of adjacent grades, better first: (A, B), (B, C), (C, D). */
function adjacentGrades(): [Grade, Grade][] {
  return GRADES.slice(1).map((worse, i) => [GRADES[i] as Grade, worse]);
}

const adjustment = (g: Grade) =>
  group({
    notches: whole(ADJUSTMENTS[g].notches, {
      max: "100",
      description: describe("ms.param.adjustments.notches", { grade: g }),
    }),
    limitMultiplier: share(ADJUSTMENTS[g].limitMultiplier, {
      description: describe("ms.param.adjustments.limitMultiplier", { grade: g }),
    }),
    tenorCapMonths: optionalMonths(ADJUSTMENTS[g].tenorCapMonths, {
      description: describe("ms.param.adjustments.tenorCapMonths", { grade: g }),
    }),
    enhancedCovenants: flag(ADJUSTMENTS[g].covenants, {
      description: describe("ms.param.adjustments.enhancedCovenants", { grade: g }),
    }),
  });

/** After the knock-outs: grade bands, the credit adjustment, rounding and the data policy. */
export const TAIL_PARAMETERS = {
  /** Minimum score of each grade; D's must be 0 so the bands cover 0–100. */
  gradeMinimums: byKey(
    GRADES,
    (g) =>
      points(GRADE_MINIMUMS[g], { description: describe("ms.param.gradeMinimum", { grade: g }) }),
    {
      checks: [
        // Strictly descending minimums, D starting at 0, so 0–100 is covered without gaps.
        (v, c, path) => {
          for (const [better, worse] of adjacentGrades())
            c.ordered(`${path}.${worse}`, v[worse], "below", `${path}.${better}`, v[better]);
          if (!v.D.isZero())
            c.report(
              `${path}.D`,
              msg("param.gradeBandsCover", { found: v.D.toString() }),
              "param.gradeBandsCover"
            );
        },
      ],
    }
  ),
  adjustments: byKey(GRADES, adjustment, {
    checks: [
      // A worse grade never gets a more generous adjustment.
      (v, c, path) => {
        for (const [b, g] of adjacentGrades()) {
          const better = v[b];
          const worse = v[g];
          c.ordered(
            `${path}.${g}.limitMultiplier`,
            worse.limitMultiplier,
            "atMost",
            `${path}.${b}.limitMultiplier`,
            better.limitMultiplier
          );
          c.ordered(
            `${path}.${b}.notches`,
            better.notches,
            "atMost",
            `${path}.${g}.notches`,
            worse.notches
          );
          if (better.tenorCapMonths === null) continue;
          if (worse.tenorCapMonths === null)
            c.report(
              `${path}.${g}.tenorCapMonths`,
              msg("param.missing", { parameter: `${path}.${g}.tenorCapMonths` }),
              "param.missing"
            );
          else
            c.ordered(
              `${path}.${g}.tenorCapMonths`,
              worse.tenorCapMonths,
              "atMost",
              `${path}.${b}.tenorCapMonths`,
              better.tenorCapMonths
            );
        }
      },
    ],
  }),
  limitRounding: group({
    defaultUnit: amount("10000"),
    unitByCurrency: amountMap({}, "currency", {
      description: describe("ms.param.limitRounding.unit"),
    }),
  }),
  defaultCurrency: text("CNY"),
  missingData: group(
    {
      policy: choice("policy", MISSING_DATA_POLICIES, "conservative"),
      conservativePoints: points("0"),
      neutralPoints: points("50"),
    },
    undefined,
    "missingDataPolicy"
  ),
  /**
   * Below this data completeness the grade is provisional (资料不完整，评级为暂定). Schema 2;
   * migrated as 0, which no completeness is below, so older sets never give a provisional grade.
   */
  completeness: group({ provisionalBelow: share("0.80", { since: 2, migrated: "0" }) }),
  scoreDecimals: digits(2, 6),
  ratingScale: ratingList(RATING_SCALE, { description: describe("ms.param.ratingScale") }),
};

/** The rating scale lists each rating once and is not empty (a check on the whole model). */
export const checkRatingScale: GroupCheck<{ readonly ratingScale: readonly string[] }> = (v, c) => {
  if (v.ratingScale.length === 0)
    c.report("ratingScale", msg("param.ratingScaleEmpty"), "param.ratingScaleEmpty");
  const seen = new Set<string>();
  for (const rating of v.ratingScale) {
    if (seen.has(rating))
      c.report(
        "ratingScale",
        msg("param.ratingScaleDuplicate", { rating }),
        "param.ratingScaleDuplicate"
      );
    seen.add(rating);
  }
};

/** The weights sum to 100, over whichever factors the model has. */
export const checkWeights: GroupCheck<Readonly<Record<string, Decimal>>> = (weights, c, path) => {
  const sum = Object.values(weights).reduce((s, w) => s.plus(w), ZERO);
  if (!sum.eq(HUNDRED))
    c.report(path, msg("param.weightsSum", { sum: sum.toString() }), "param.weightsSum");
};

export type HeadValues = GroupValue<typeof HEAD_PARAMETERS>;
export type TailValues = GroupValue<typeof TAIL_PARAMETERS>;
