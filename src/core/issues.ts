import type { MessageRef } from "./i18n/messages";

/** Where a value came from in the workbook: sheet and A1 cell (or range) address. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** A problem with the user's data or parameters: a code, a location and a bilingual message. */
export interface Issue {
  readonly code: string;
  readonly message: MessageRef;
  readonly at?: CellRef;
  /** For parameter problems: the parameter's path, e.g. "weights.F1". */
  readonly parameter?: string;
}

/** A result the type system will not let a caller half-read. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(issues: readonly Issue[]): Outcome<T> {
  return { ok: false, issues };
}

/** A programming mistake (not a data problem): thrown, never returned. */
export class ModelInvariantError extends Error {
  constructor(what: string) {
    super(`Governance model invariant violated: ${what}`);
    this.name = "ModelInvariantError";
  }
}
