import {
  defaultParameters,
  formatMessage,
  loadParameters,
  MODEL_V1,
  scoreGovernance,
  type FactorId,
  type GovernanceInputs,
  type ModelParameters,
  type ParameterSource,
  type ScoreResult,
} from "../../src/core";

export const V1 = defaultParameters();

/** Score and insist on success: a refused input is a test failure with its issues shown. */
export function scored(inputs: GovernanceInputs, params: ModelParameters = V1): ScoreResult {
  const result = scoreGovernance(inputs, params);
  if (!result.ok)
    throw new Error(
      `refused: ${JSON.stringify(result.issues.map((i) => formatMessage(i.message, "en-US")))}`
    );
  return result.value;
}

export function factor(result: ScoreResult, id: FactorId) {
  const f = result.factors.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no ${id}`);
  return f;
}

/** v1 with some parameters changed (deep merge). */
export function paramsWith(patch: ParameterSource): ModelParameters {
  const merged = deepMerge(MODEL_V1, patch);
  const loaded = loadParameters(merged);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

export function deepMerge(base: ParameterSource, patch: ParameterSource): ParameterSource {
  const out: Record<string, ParameterSource[string]> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const b = out[k];
    out[k] =
      v !== null &&
      typeof v === "object" &&
      !Array.isArray(v) &&
      b !== null &&
      typeof b === "object" &&
      !Array.isArray(b) &&
      b !== undefined
        ? deepMerge(b as ParameterSource, v as ParameterSource)
        : v;
  }
  return out;
}

export const en = (ref: Parameters<typeof formatMessage>[0]) => formatMessage(ref, "en-US");
export const zh = (ref: Parameters<typeof formatMessage>[0]) => formatMessage(ref, "zh-CN");
