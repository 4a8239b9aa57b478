import { fingerprint } from "../canonical";
import type { ModelParameters } from "./types";
import { valuesOfSchema } from "./walk";

/**
 * The stable identity of a parameter set: SHA-256 of the canonical serialisation of the values its
 * schema version declares. It changes when any parameter's value changes, and only then ("0.30"
 * and "0.3" are one value); a set migrated in memory to a newer schema keeps its identity.
 */
export function parameterFingerprint(params: ModelParameters): string {
  const known = computed.get(params);
  if (known !== undefined) return known;
  const value = fingerprint(
    valuesOfSchema(
      params.definition.spec,
      params as unknown as Readonly<Record<string, unknown>>,
      params.schemaVersion
    )
  );
  computed.set(params, value);
  return value;
}

/**
 * Fingerprints already computed, by parameter set: a set is immutable (read-only all the way
 * down), and a folder of clients is scored with one set, whose canonical serialisation and
 * SHA-256 were a quarter of scoring a small client (bench/goals.ts).
 */
const computed = new WeakMap<ModelParameters, string>();

/** The first 12 hex digits, for headers and summaries; the full value stays on the scorecard. */
export function shortFingerprint(full: string): string {
  return full.slice(0, 12);
}
