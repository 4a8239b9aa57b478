import { fingerprint } from "../canonical";
import type { ModelParameters } from "./types";

/**
 * The stable identity of a parameter set: SHA-256 of its canonical serialisation. It changes when
 * any parameter's value changes, and only then ("0.30" and "0.3" are one value).
 */
export function parameterFingerprint(params: ModelParameters): string {
  return fingerprint(params);
}

/** The first 12 hex digits, for headers and summaries; the full value stays on the scorecard. */
export function shortFingerprint(full: string): string {
  return full.slice(0, 12);
}
