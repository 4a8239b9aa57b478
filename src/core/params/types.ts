import type { Decimal } from "../decimal";
import type { FACTORS } from "../factors/registry";
import type { FactorDefinition } from "../factors/types";
import type { KnockoutParameterValues } from "../knockouts";
import type { ModelDefinition } from "../model";
import type { HeadValues, TailValues } from "./general";
import type { GroupParameterValues } from "./group";
import type { GroupValue } from "./spec";

export { MISSING_DATA_POLICIES, type MissingDataPolicy } from "./general";

/** The ids of the product's factors ("F1" … "F6"), from the registry. */
export type FactorId = (typeof FACTORS)[number]["id"];

/** An exact ratio such as 1/3, kept as two integers so r ≤ 1/3 is decided without rounding. */
export interface Fraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never;

type SectionOf<F> =
  F extends FactorDefinition<string, infer S, infer P>
    ? { readonly [K in S]: GroupValue<P> }
    : never;

/** Each factor's parameter group, keyed by its section ("f2" → { concentratedAbove, … }). */
export type FactorParameters = UnionToIntersection<SectionOf<(typeof FACTORS)[number]>>;

/** The values of every parameter of the product's model, typed from the declarations. */
export type ParameterValues = HeadValues & {
  readonly weights: Readonly<Record<FactorId, Decimal>>;
} & FactorParameters & { readonly knockouts: KnockoutParameterValues } & {
    /** The group-client parameters (schema 2; see params/group.ts). */
    readonly group: GroupParameterValues;
  } & TailValues;

/**
 * A validated parameter set: every number of the model, as data. Made by `loadParameters` from a
 * plain `ParameterSource`; fractions (stakes, ratios) are 0–1, points 0–100. `schemaVersion` is
 * the schema the set was written in (its fingerprint covers that schema's parameters);
 * `definition` is the model it belongs to.
 */
export type ModelParameters = ParameterValues & {
  readonly schemaVersion: number;
  readonly definition: ModelDefinition;
};

/** The credit adjustment of one grade. */
export type GradeAdjustment = TailValues["adjustments"]["A"];

/** A JSON-friendly parameter set (numbers may be numbers or decimal strings; fractions "1/3"). */
export type ParameterValue = string | number | boolean | null | ParameterSource | ParameterValue[];
export interface ParameterSource {
  readonly [key: string]: ParameterValue;
}
