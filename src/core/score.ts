import { creditAdjustment } from "./adjustment";
import { analyseBoard } from "./board";
import { Decimal, HUNDRED, ZERO } from "./decimal";
import type { FactorContext, FactorDefinition, FactorOutcome } from "./factors/types";
import type { ColumnSpec } from "./inputs/schema";
import { flagActions } from "./flags";
import { gradeForScore } from "./grade";
import { msg } from "./i18n/messages";
import { inputFingerprint } from "./input-fingerprint";
import { worseGrade } from "./inputs/enums";
import type { GovernanceInputs } from "./inputs/types";
import { failure, ModelInvariantError, success, type Outcome } from "./issues";
import { creditOutcome, evaluateKnockouts, tightestCap } from "./knockouts";
import { analyseOwnership, keepOwnershipAnalysis } from "./ownership";
import { parameterFingerprint } from "./params/fingerprint";
import type { ModelParameters } from "./params/types";
import type { FactorResult, FlagRaised, ScoreResult } from "./result";
import { validateInputs } from "./validate-inputs";

/**
 * The factors a parameter set is scored with: its model's factors of the set's schema version (a
 * set written before a factor existed is scored as it was then).
 * @example scoredFactors(defaultParameters()).map((f) => f.id) // ["F1", …, "F6"]
 */
export function scoredFactors(params: ModelParameters): readonly FactorDefinition[] {
  return params.definition.factors.filter((f) => f.since <= params.schemaVersion);
}

/**
 * The Profile table's items a parameter set reads: the client's, those of the factors it is
 * scored with, the credit request's. A workbook's input fingerprint covers these and only these,
 * so items a later schema added do not change an earlier scorecard's inputs.
 * @example scoredProfileItems(defaultParameters()).map((i) => i.key)[0] // "clientName"
 */
export function scoredProfileItems(params: ModelParameters): readonly ColumnSpec[] {
  const factors = new Set(scoredFactors(params));
  const factorItems = new Set(params.definition.factors.flatMap((f) => f.items));
  const used = new Set(
    params.definition.factors.filter((f) => factors.has(f)).flatMap((f) => f.items)
  );
  return params.definition.profileItems.filter((item) => !factorItems.has(item) || used.has(item));
}

/** A factor's weight; every factor of a loaded model has one. */
export function weightOf(params: ModelParameters, id: string): Decimal {
  const weight = (params.weights as Readonly<Record<string, Decimal>>)[id];
  if (weight === undefined) throw new ModelInvariantError(`no weight for factor ${id}`);
  return weight;
}

/** Apply the missing-data policy and the weight to one factor's outcome. */
function weighFactor(
  factor: FactorDefinition,
  outcome: FactorOutcome,
  params: ModelParameters
): FactorResult {
  const weight = weightOf(params, factor.id);
  const policy = params.missingData.policy;
  const name = msg(factor.name);
  if (outcome.status === "missing") {
    const points =
      policy === "conservative"
        ? params.missingData.conservativePoints
        : params.missingData.neutralPoints;
    return {
      id: factor.id,
      name,
      weight,
      status: "missing",
      ruleId: `${factor.id}.missing`,
      rule: msg("rule.missing", { points: points.toString(), policy: msg(`policy.${policy}`) }),
      notes: [],
      points,
      weightedPoints: weight.times(points).div(HUNDRED),
      measures: [],
      sources: outcome.sources,
      gaps: outcome.gaps,
      flags: [],
    };
  }
  // Plain literals, no spreads: a spread in the middle of a literal takes V8's slow path (runtime
  // calls per property), which was a third of scoring a small client. Key order as before.
  const weightedPoints = weight.times(outcome.points).div(HUNDRED);
  const flags = outcome.flags.map((f) => f.id);
  if (outcome.cells === undefined)
    return {
      id: factor.id,
      name,
      weight,
      status: "scored",
      ruleId: outcome.ruleId,
      rule: outcome.rule,
      notes: outcome.notes,
      points: outcome.points,
      weightedPoints,
      measures: outcome.measures,
      sources: outcome.sources,
      gaps: outcome.gaps,
      flags,
    };
  return {
    id: factor.id,
    name,
    weight,
    status: "scored",
    ruleId: outcome.ruleId,
    rule: outcome.rule,
    notes: outcome.notes,
    points: outcome.points,
    weightedPoints,
    measures: outcome.measures,
    sources: outcome.sources,
    cells: outcome.cells,
    gaps: outcome.gaps,
    flags,
  };
}

/**
 * Score a client's governance: six factors, knock-outs, grade, data completeness and the credit
 * adjustment, every figure explained and traced to its cells. Inputs that would give a wrong score
 * are refused with located issues instead.
 * @example
 * const result = scoreGovernance(inputs, defaultParameters());
 * if (result.ok) console.log(result.value.score.toString(), result.value.modelGrade);
 */
export function scoreGovernance(
  inputs: GovernanceInputs,
  params: ModelParameters
): Outcome<ScoreResult> {
  const issues = validateInputs(inputs, params);
  if (issues.length > 0) return failure(issues);

  const registerRows = inputs.shareholders?.rows ?? [];
  const boardRows = inputs.board?.rows ?? [];
  const context: FactorContext = {
    inputs,
    params,
    ownership: registerRows.length > 0 ? analyseOwnership(registerRows, params) : null,
    board: boardRows.length > 0 ? analyseBoard(boardRows) : null,
  };

  const flags: FlagRaised[] = [];
  const factors = scoredFactors(params).map((factor) => {
    const outcome = factor.evaluate(context);
    if (outcome.status === "scored") {
      for (const flag of outcome.flags) {
        flags.push({
          id: flag.id,
          factor: factor.id,
          title: flag.title,
          actions: flagActions(flag.id),
          sources: flag.sources,
        });
      }
    }
    return weighFactor(factor, outcome, params);
  });

  const knockouts = evaluateKnockouts(context);
  if (knockouts.some((k) => k.id === "ownershipUnclear")) {
    const sources = knockouts.find((k) => k.id === "ownershipUnclear")?.sources ?? [];
    flags.push({
      id: "ownershipUnclear",
      factor: null,
      title: msg("flag.ownershipUnclear"),
      actions: flagActions("ownershipUnclear"),
      sources,
    });
  }

  const weightedSum = factors.reduce((sum, f) => sum.plus(f.weightedPoints), ZERO);
  const score = weightedSum.toDecimalPlaces(params.scoreDecimals, Decimal.ROUND_HALF_UP);
  const scoreGrade = gradeForScore(score, params);
  const cap = tightestCap(knockouts);
  const modelGrade = cap === null ? scoreGrade : worseGrade(scoreGrade, cap);
  const realWeight = factors
    .filter((f) => f.status === "scored")
    .reduce((sum, f) => sum.plus(f.weight), ZERO);
  const totalWeight = factors.reduce((sum, f) => sum.plus(f.weight), ZERO);
  const completeness = totalWeight.isZero() ? ZERO : realWeight.div(totalWeight);
  const outcome = creditOutcome(knockouts);

  const result: ScoreResult = {
    modelVersion: params.version,
    modelFingerprint: parameterFingerprint(params),
    inputFingerprint: inputFingerprint(inputs),
    clientName: inputs.profile.clientName?.value ?? null,
    clientId: inputs.profile.clientId?.value ?? null,
    missingDataPolicy: params.missingData.policy,
    factors,
    score,
    scoreGrade,
    knockouts,
    cap,
    modelGrade,
    finalGrade: modelGrade,
    override: null,
    flags,
    gaps: factors.flatMap((f) => f.gaps),
    completeness,
    provisional: completeness.lt(params.completeness.provisionalBelow),
    outcome,
    adjustment: creditAdjustment(modelGrade, inputs.profile, params, outcome),
  };
  if (context.ownership !== null)
    keepOwnershipAnalysis(result, registerRows, params, context.ownership);
  return success(result);
}
