import { FACTORS } from "./factors/registry";
import type { FactorDefinition } from "./factors/types";
import { CLIENT_ITEMS, REQUEST_ITEMS, type ColumnSpec } from "./inputs/schema";
import type { ProfileKey } from "./inputs/types";
import { KNOCKOUTS, type KnockoutDefinition } from "./knockouts";
import { checkRatingScale, checkWeights, HEAD_PARAMETERS, TAIL_PARAMETERS } from "./params/general";
import { GROUP_PARAMETERS } from "./params/group";
import { group, type GroupCheck, type GroupSpec, type Spec } from "./params/spec";
import { leavesOf } from "./params/walk";

/**
 * A scoring model's structure: its factors and knock-outs (each declared once, in its module) and
 * everything derived from them: the parameter specification in model-sheet order, the Profile
 * table's items, the model schema version.
 */
export interface ModelDefinition {
  /**
   * The model schema version: which parameters a parameter set has. It changes when a release
   * adds parameters or factors (never when a bank changes values: that is a new model version).
   */
  readonly schemaVersion: number;
  readonly factors: readonly FactorDefinition[];
  readonly knockouts: readonly KnockoutDefinition[];
  /** Every parameter: version, weights, control, each factor's group, knock-outs, grades … */
  readonly spec: GroupSpec;
  /** The Profile table's items: the client's identity, each factor's items, the credit request. */
  readonly profileItems: readonly ColumnSpec<string>[];
}

const RESERVED_SECTIONS = new Set([
  ...Object.keys(HEAD_PARAMETERS),
  ...Object.keys(TAIL_PARAMETERS),
  "weights",
  "knockouts",
  "group",
]);

function fail(what: string): never {
  throw new Error(`model definition: ${what}`);
}

function unique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) fail(`${what} ${v} is declared twice`);
    seen.add(v);
  }
}

/**
 * A model from its factors and knock-outs, in scorecard order. Refuses (throws, a programming
 * mistake) two factors with one id, section or profile item, a section that hides a model-wide
 * parameter, two knock-outs with one parameter, and a parameter older than its factor or newer
 * than the model.
 * @example defineModel({ schemaVersion: 2, factors: [...FACTORS, f7], knockouts: KNOCKOUTS })
 */
export function defineModel(options: {
  readonly schemaVersion: number;
  readonly factors: readonly FactorDefinition[];
  readonly knockouts: readonly KnockoutDefinition[];
  /** Default weights by factor id, where they differ from the factors' own (they sum to 100). */
  readonly weights?: Readonly<Record<string, string>>;
}): ModelDefinition {
  const { schemaVersion, knockouts } = options;
  const factors = options.factors.map((f) => {
    const weight = options.weights?.[f.id];
    return weight === undefined ? f : { ...f, weight: { ...f.weight, default: weight } };
  });
  for (const id of Object.keys(options.weights ?? {}))
    if (!factors.some((f) => f.id === id)) fail(`a weight is given for ${id}, which is no factor`);
  unique(
    factors.map((f) => f.id),
    "factor"
  );
  unique(
    factors.map((f) => f.section),
    "parameter section"
  );
  for (const f of factors) {
    if (RESERVED_SECTIONS.has(f.section)) fail(`section ${f.section} of ${f.id} is reserved`);
    if (f.since > schemaVersion) fail(`${f.id} is newer than schema ${schemaVersion}`);
    for (const { path, leaf } of leavesOf(f.parameters))
      if (leaf.since < f.since || leaf.since > schemaVersion)
        fail(`${f.section}.${path} has schema ${leaf.since}; ${f.id} has ${f.since}`);
  }
  unique(
    knockouts.map((k) => k.id),
    "knock-out"
  );
  unique(
    knockouts.flatMap((k) => Object.keys(k.parameters.children)),
    "knock-out parameter"
  );
  const factorItems = factors.flatMap((f) => f.items);
  const profileItems = [...CLIENT_ITEMS, ...factorItems, ...REQUEST_ITEMS];
  unique(
    profileItems.map((i) => i.key),
    "profile item"
  );

  const weights: Record<string, Spec> = {};
  for (const f of factors) weights[f.id] = f.weight;
  const sections: Record<string, Spec> = {};
  for (const f of factors) sections[f.section] = f.parameters;
  const knockoutChildren: Record<string, Spec> = {};
  for (const k of knockouts) Object.assign(knockoutChildren, k.parameters.children);
  const knockoutChecks: GroupCheck<never>[] = knockouts.flatMap((k) => k.parameters.checks ?? []);

  const spec = group(
    {
      version: HEAD_PARAMETERS.version,
      weights: group(weights, [checkWeights as GroupCheck<never>]),
      control: HEAD_PARAMETERS.control,
      ...sections,
      knockouts: group(knockoutChildren, knockoutChecks),
      ...(schemaVersion >= 2 ? { group: GROUP_PARAMETERS } : {}),
      ...TAIL_PARAMETERS,
    },
    [checkRatingScale as GroupCheck<never>]
  ) as GroupSpec;
  return { schemaVersion, factors, knockouts, spec, profileItems };
}

/** The model schema version this release writes. */
export const MODEL_SCHEMA_VERSION = 2;

/** The product's model: the six factors and four knock-outs of governance-model.md. */
export const DEFAULT_MODEL: ModelDefinition = defineModel({
  schemaVersion: MODEL_SCHEMA_VERSION,
  factors: FACTORS,
  knockouts: KNOCKOUTS,
});

/** The Profile table's items of the product's model, in template order. */
export const PROFILE_ITEMS = DEFAULT_MODEL.profileItems as readonly ColumnSpec<ProfileKey>[];
