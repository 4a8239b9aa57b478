import { Decimal, HUNDRED } from "../decimal";
import {
  CONDITIONS,
  GM_APPOINTMENTS,
  GRADES,
  SHAREHOLDER_TYPES,
  type Grade,
} from "../inputs/enums";
import { failure, ModelInvariantError, success, type Outcome } from "../issues";
import { msg } from "../i18n/messages";
import { MODEL_V1 } from "./model-v1";
import { ParameterReader } from "./read-source";
import {
  FACTOR_IDS,
  MISSING_DATA_POLICIES,
  type Fraction,
  type GradeAdjustment,
  type ModelParameters,
  type NonSubsidiaryPosition,
  type ParameterSource,
} from "./types";

const NON_SUBSIDIARY_POSITIONS: readonly NonSubsidiaryPosition[] = [
  "standalone",
  "parent",
  "associate",
  "contractual",
];

function recordOf<K extends string, V>(keys: readonly K[], read: (key: K) => V): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) record[key] = read(key);
  return record;
}

/**
 * Validate a parameter set and turn it into exact decimals. Every problem is reported, each naming
 * its parameter: weights that do not sum to 100, unordered thresholds, bands that leave a gap,
 * an enum value without points, an unknown key.
 * @example loadParameters(MODEL_V1) // { ok: true, value: { version: "1", ... } }
 */
export function loadParameters(source: ParameterSource): Outcome<ModelParameters> {
  const r = new ParameterReader(source);
  const points = (path: string) => r.decimal(path, 0, 100);
  const share = (path: string) => r.decimal(path, 0, 1);

  const params: ModelParameters = {
    version: r.text("version"),
    weights: recordOf(FACTOR_IDS, (id) => points(`weights.${id}`)),
    control: { threshold: share("control.threshold") },
    f1: { typePoints: recordOf(SHAREHOLDER_TYPES, (t) => points(`f1.typePoints.${t}`)) },
    f2: {
      concentratedAbove: share("f2.concentratedAbove"),
      concentratedPoints: points("f2.concentratedPoints"),
      concentratedDistressedPoints: points("f2.concentratedDistressedPoints"),
      pledgedDistressAbove: share("f2.pledgedDistressAbove"),
      dispersedBelow: share("f2.dispersedBelow"),
      minProposals: r.decimal("f2.minProposals", 0, 1_000_000, true),
      lowRejectionBelow: share("f2.lowRejectionBelow"),
      dispersedUnconstrainedPoints: points("f2.dispersedUnconstrainedPoints"),
      dispersedConstrainedPoints: points("f2.dispersedConstrainedPoints"),
      balancedPoints: points("f2.balancedPoints"),
    },
    f3: {
      appointmentPoints: recordOf(GM_APPOINTMENTS, (a) => points(`f3.appointmentPoints.${a}`)),
    },
    f4: {
      lowOverlapMax: r.fraction("f4.lowOverlapMax"),
      lowOverlapPoints: points("f4.lowOverlapPoints"),
      midOverlapMax: r.fraction("f4.midOverlapMax"),
      midOverlapPoints: points("f4.midOverlapPoints"),
      highOverlapPoints: points("f4.highOverlapPoints"),
      chairIsGmPenalty: points("f4.chairIsGmPenalty"),
    },
    f5: {
      positionPoints: recordOf(NON_SUBSIDIARY_POSITIONS, (p) => points(`f5.positionPoints.${p}`)),
      subsidiaryConditionPoints: recordOf(CONDITIONS, (c) =>
        points(`f5.subsidiaryConditionPoints.${c}`)
      ),
      relatedReceivablesAbove: share("f5.relatedReceivablesAbove"),
      relatedReceivablesPenalty: points("f5.relatedReceivablesPenalty"),
    },
    f6: {
      independentVerificationPoints: points("f6.independentVerificationPoints"),
      payLinkedPoints: points("f6.payLinkedPoints"),
      equityIncentivePoints: points("f6.equityIncentivePoints"),
    },
    knockouts: {
      insiderConcentrationCap: r.oneOf("knockouts.insiderConcentrationCap", GRADES),
      ownershipUnclearCap: r.oneOf("knockouts.ownershipUnclearCap", GRADES),
      stakeSumMin: share("knockouts.stakeSumMin"),
      stakeSumMax: r.decimal("knockouts.stakeSumMax", 1, 2),
      otherTypeMax: share("knockouts.otherTypeMax"),
      adverseAuditCap: r.oneOf("knockouts.adverseAuditCap", GRADES),
      subsidiaryTunnellingCap: r.oneOf("knockouts.subsidiaryTunnellingCap", GRADES),
    },
    gradeMinimums: recordOf(GRADES, (g) => points(`gradeMinimums.${g}`)),
    adjustments: recordOf(GRADES, (g): GradeAdjustment => ({
      notches: r.decimal(`adjustments.${g}.notches`, 0, 100, true),
      limitMultiplier: r.decimal(`adjustments.${g}.limitMultiplier`, 0, 1),
      tenorCapMonths: r.optionalDecimal(`adjustments.${g}.tenorCapMonths`, 1, 1200, true),
      enhancedCovenants: r.boolean(`adjustments.${g}.enhancedCovenants`),
    })),
    ratingScale: r
      .list("ratingScale")
      .map((entry, i) => (typeof entry === "string" ? entry.trim() : r.text(`ratingScale.${i}`))),
    limitRounding: {
      defaultUnit: r.decimal("limitRounding.defaultUnit", "0.01", "1e12"),
      unitByCurrency: Object.fromEntries(
        r
          .keys("limitRounding.unitByCurrency")
          .map((c) => [c, r.decimal(`limitRounding.unitByCurrency.${c}`, "0.01", "1e12")])
      ),
    },
    defaultCurrency: r.text("defaultCurrency"),
    missingData: {
      policy: r.oneOf("missingData.policy", MISSING_DATA_POLICIES),
      conservativePoints: points("missingData.conservativePoints"),
      neutralPoints: points("missingData.neutralPoints"),
    },
    scoreDecimals: r.decimal("scoreDecimals", 0, 6, true).toNumber(),
  };
  r.reportUnknown();
  checkConsistency(params, r);
  return r.issues.length === 0 ? success(params) : failure(r.issues);
}

function checkConsistency(p: ModelParameters, r: ParameterReader): void {
  const weightSum = FACTOR_IDS.reduce((sum, id) => sum.plus(p.weights[id]), new Decimal(0));
  if (!weightSum.eq(HUNDRED)) {
    r.report("weights", msg("param.weightsSum", { sum: weightSum.toString() }), "param.weightsSum");
  }
  const ordered = (
    path: string,
    value: Decimal,
    relation: "below" | "atMost",
    other: string,
    otherValue: Decimal
  ) => {
    const ok = relation === "below" ? value.lt(otherValue) : value.lte(otherValue);
    if (!ok) {
      r.report(
        path,
        msg("param.notOrdered", {
          parameter: path,
          found: value.toString(),
          relation: msg(`param.relation.${relation}`),
          other,
          otherValue: otherValue.toString(),
        }),
        "param.notOrdered"
      );
    }
  };
  ordered(
    "f2.dispersedBelow",
    p.f2.dispersedBelow,
    "below",
    "f2.concentratedAbove",
    p.f2.concentratedAbove
  );
  ordered(
    "f4.lowOverlapMax",
    fractionValue(p.f4.lowOverlapMax),
    "below",
    "f4.midOverlapMax",
    fractionValue(p.f4.midOverlapMax)
  );
  ordered(
    "knockouts.stakeSumMin",
    p.knockouts.stakeSumMin,
    "atMost",
    "knockouts.stakeSumMax",
    p.knockouts.stakeSumMax
  );
  // Grade bands: strictly descending minimums, D starting at 0, so 0–100 is covered without gaps.
  for (let i = 0; i + 1 < GRADES.length; i++) {
    const better = GRADES[i] as Grade;
    const worse = GRADES[i + 1] as Grade;
    ordered(
      `gradeMinimums.${worse}`,
      p.gradeMinimums[worse],
      "below",
      `gradeMinimums.${better}`,
      p.gradeMinimums[better]
    );
  }
  if (!p.gradeMinimums.D.isZero()) {
    r.report(
      "gradeMinimums.D",
      msg("param.gradeBandsCover", { found: p.gradeMinimums.D.toString() }),
      "param.gradeBandsCover"
    );
  }
  // A worse grade never gets a more generous adjustment.
  for (let i = 0; i + 1 < GRADES.length; i++) {
    const better = p.adjustments[GRADES[i] as Grade];
    const worse = p.adjustments[GRADES[i + 1] as Grade];
    const g = GRADES[i + 1] as Grade;
    const b = GRADES[i] as Grade;
    ordered(
      `adjustments.${g}.limitMultiplier`,
      worse.limitMultiplier,
      "atMost",
      `adjustments.${b}.limitMultiplier`,
      better.limitMultiplier
    );
    ordered(
      `adjustments.${b}.notches`,
      better.notches,
      "atMost",
      `adjustments.${g}.notches`,
      worse.notches
    );
    if (better.tenorCapMonths !== null) {
      if (worse.tenorCapMonths === null) {
        r.report(
          `adjustments.${g}.tenorCapMonths`,
          msg("param.missing", { parameter: `adjustments.${g}.tenorCapMonths` }),
          "param.missing"
        );
      } else {
        ordered(
          `adjustments.${g}.tenorCapMonths`,
          worse.tenorCapMonths,
          "atMost",
          `adjustments.${b}.tenorCapMonths`,
          better.tenorCapMonths
        );
      }
    }
  }
  const f6Sum = p.f6.independentVerificationPoints
    .plus(p.f6.payLinkedPoints)
    .plus(p.f6.equityIncentivePoints);
  if (f6Sum.gt(HUNDRED))
    r.report("f6", msg("param.f6PointsSum", { sum: f6Sum.toString() }), "param.f6PointsSum");
  if (p.ratingScale.length === 0)
    r.report("ratingScale", msg("param.ratingScaleEmpty"), "param.ratingScaleEmpty");
  const seen = new Set<string>();
  for (const rating of p.ratingScale) {
    if (seen.has(rating))
      r.report(
        "ratingScale",
        msg("param.ratingScaleDuplicate", { rating }),
        "param.ratingScaleDuplicate"
      );
    seen.add(rating);
  }
}

/** The value of an exact fraction (only for ordering checks and display). */
export function fractionValue(f: Fraction): Decimal {
  return f.numerator.div(f.denominator);
}

/** Version 1, validated once. */
export function defaultParameters(): ModelParameters {
  const loaded = loadParameters(MODEL_V1);
  if (!loaded.ok)
    throw new ModelInvariantError(`built-in model v1 rejected: ${JSON.stringify(loaded.issues)}`);
  return loaded.value;
}
