import { msg } from "../i18n/messages";
import { failure, ModelInvariantError, success, type Issue, type Outcome } from "../issues";
import { DEFAULT_MODEL, type ModelDefinition } from "../model";
import { ParameterReader } from "./read-source";
import type { Checker, GroupSpec } from "./spec";
import type { ModelParameters, ParameterSource } from "./types";
import { MODEL_1_VERSION } from "./general";
import { defaultSource, migrateSource } from "./walk";

export { fractionValue } from "./fraction";

export interface LoadOptions {
  /** The model the parameters belong to (default: the product's). */
  readonly definition?: ModelDefinition;
  /**
   * The schema version the source was written in (default: the model's). An older source is
   * migrated: parameters introduced since get the values that reproduce its results.
   */
  readonly schemaVersion?: number;
}

function checkerOf(r: ParameterReader): Checker {
  return {
    report: (path, message, code) => r.report(path, message, code),
    ordered(path, value, relation, otherPath, other) {
      const ok = relation === "below" ? value.lt(other) : value.lte(other);
      if (!ok)
        r.report(
          path,
          msg("param.notOrdered", {
            parameter: path,
            found: value.toString(),
            relation: msg(`param.relation.${relation}`),
            other: otherPath,
            otherValue: other.toString(),
          }),
          "param.notOrdered"
        );
    },
  };
}

/** Read a group's leaves, then check the group, depth first. */
function readGroup(
  spec: GroupSpec,
  r: ParameterReader,
  checker: Checker,
  path: string
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(spec.children)) {
    const childPath = path === "" ? key : `${path}.${key}`;
    values[key] =
      child.type === "leaf" ? child.read(r, childPath) : readGroup(child, r, checker, childPath);
  }
  for (const check of spec.checks ?? []) check(values as never, checker, path);
  return values;
}

/**
 * Validate a parameter set and turn it into exact decimals, by the model's declarations. Every
 * problem is reported, each naming its parameter: weights that do not sum to 100, unordered
 * thresholds, bands that leave a gap, an enum value without points, an unknown key, a parameter
 * of a newer schema.
 * @example loadParameters(MODEL_V1) // { ok: true, value: { version: "1", ... } }
 */
export function loadParameters(
  source: ParameterSource,
  options: LoadOptions = {}
): Outcome<ModelParameters> {
  const definition = options.definition ?? DEFAULT_MODEL;
  const schemaVersion = options.schemaVersion ?? definition.schemaVersion;
  if (
    !Number.isInteger(schemaVersion) ||
    schemaVersion < 1 ||
    schemaVersion > definition.schemaVersion
  )
    return failure([schemaIssue(schemaVersion, definition.schemaVersion)]);
  const early: Issue[] = [];
  const migrated = migrateSource(
    source,
    definition.spec,
    schemaVersion,
    (parameter, message, code) => early.push({ code, parameter, message })
  );
  const r = new ParameterReader(migrated);
  const values = readGroup(definition.spec, r, checkerOf(r), "");
  r.reportUnknown();
  const issues = [...early, ...r.issues];
  if (issues.length > 0) return failure(issues);
  return success({ ...values, schemaVersion, definition } as unknown as ModelParameters);
}

function schemaIssue(found: number, supported: number): Issue {
  return {
    code: "param.schemaVersion",
    parameter: "schemaVersion",
    message: msg("param.schemaVersion", { found: String(found), supported: String(supported) }),
  };
}

/**
 * The default parameter source of a model: every declared default (for the product's model, the
 * numbers of governance-model.md, model version 1).
 * @example defaultParameterSource().f2 // { concentratedAbove: "0.80", … }
 */
export function defaultParameterSource(
  definition: ModelDefinition = DEFAULT_MODEL
): ParameterSource {
  return defaultSource(definition.spec);
}

/**
 * The product's default parameters as a plain parameter source (model 2 since schema 2; the name
 * is older than model 2). Model 1 as the first release shipped it is `model1Source()`.
 */
export const MODEL_V1: ParameterSource = defaultParameterSource();

/**
 * Model version 1 as the first release shipped it: the product's schema-1 parameters with their
 * defaults (no later release changed a schema-1 default), labelled "1", whatever model extends
 * the product's. Load it with `schemaVersion: 1`.
 * @example loadParameters(model1Source(), { schemaVersion: 1 })
 */
export function model1Source(): ParameterSource {
  return { ...defaultSource(DEFAULT_MODEL.spec, 1), version: MODEL_1_VERSION };
}

const model1 = new WeakMap<ModelDefinition, ModelParameters>();

/**
 * Model version 1 in the model's current schema: the parameters introduced since get the values
 * that reproduce model 1's results (knock-outs only cap, no grade is provisional).
 * @example model1Parameters().knockouts.adverseAuditOutcome // "cap"
 */
export function model1Parameters(definition: ModelDefinition = DEFAULT_MODEL): ModelParameters {
  const cached = model1.get(definition);
  if (cached !== undefined) return cached;
  const loaded = loadParameters(model1Source(), { definition, schemaVersion: 1 });
  if (!loaded.ok)
    throw new ModelInvariantError(`model 1 rejected: ${JSON.stringify(loaded.issues)}`);
  const current = migrateParameters(loaded.value);
  model1.set(definition, current);
  return current;
}

const defaults = new WeakMap<ModelDefinition, ModelParameters>();

/** A model's default parameters, validated once. */
export function defaultParameters(definition: ModelDefinition = DEFAULT_MODEL): ModelParameters {
  const cached = defaults.get(definition);
  if (cached !== undefined) return cached;
  const loaded = loadParameters(defaultParameterSource(definition), { definition });
  if (!loaded.ok)
    throw new ModelInvariantError(
      `built-in model defaults rejected: ${JSON.stringify(loaded.issues)}`
    );
  defaults.set(definition, loaded.value);
  return loaded.value;
}

/**
 * A parameter set brought to its model's current schema: the same values (migrated in memory when
 * it was loaded), now identified by the current schema's parameters. Its fingerprint changes
 * although no value the set was approved with did: callers log the migration.
 * @example migrateParameters(loadedV1).schemaVersion // 2
 */
export function migrateParameters(params: ModelParameters): ModelParameters {
  return params.schemaVersion === params.definition.schemaVersion
    ? params
    : { ...params, schemaVersion: params.definition.schemaVersion };
}
