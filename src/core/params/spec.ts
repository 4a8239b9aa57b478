import type { Decimal } from "../decimal";
import type { MessageArg, MessageKey, MessageRef } from "../i18n/messages";
import type { Issue } from "../issues";
import type { ParameterReader } from "./read-source";
import type { Fraction, ParameterSource, ParameterValue } from "./types";

/**
 * The parameter specification language: every parameter of the model is declared once, as a leaf
 * with its kind, default, description and schema version; groups nest them. The parameter type,
 * the defaults, the loader, the model-sheet rows and the migration of older parameter sets are all
 * computed from these declarations (see `load.ts` and `walk.ts`).
 */

/** How a parameter is written on the model sheet and read back from it. */
export type SheetKind =
  | "points"
  | "share"
  | "fraction"
  | "whole"
  | "amount"
  | "grade"
  | "text"
  | "policy"
  | "boolean"
  | "optionalMonths"
  | "rating"
  | "amountMap";

/** A description on the model sheet: a message, with arguments filled in by the group. */
export interface Description {
  readonly key: MessageKey;
  readonly args?: Readonly<Record<string, MessageArg>>;
}

export interface LeafSpec<T> {
  readonly type: "leaf";
  readonly kind: SheetKind;
  /** The default value, as a parameter source writes it ("0.30", "1/3", true, null …). */
  readonly default: ParameterValue;
  /** The model-sheet description; absent: the message `ms.param.<path>`. */
  readonly description?: Description;
  /** The model schema version that introduced the parameter (1 for the first release). */
  readonly since: number;
  /**
   * For a parameter introduced after schema 1: the value that reproduces the results of a
   * parameter set written before it existed (applied when such a set is migrated).
   */
  readonly migrated?: ParameterValue;
  /** The choices of a "grade" or "policy" parameter (the model sheet offers them as a list). */
  readonly choices?: readonly string[];
  /**
   * Lists and open maps have one model-sheet row per entry; the entry's position (a list) or key
   * (a map) fills this argument of the description.
   */
  readonly entryArg?: string;
  read(reader: ParameterReader, path: string): T;
}

/**
 * A consistency rule across a group's values (ordered thresholds, sums …). Declared as a method
 * type so a group of specific values fits where any group is expected.
 */
export type GroupCheck<V> = {
  check(values: V, checker: Checker, path: string): void;
}["check"];

export interface GroupSpec<C extends SpecChildren = SpecChildren> {
  readonly type: "group";
  readonly children: C;
  readonly checks?: readonly GroupCheck<GroupValue<C>>[];
  /**
   * Points keyed by the values of an enum: the model sheet's lookup table of that enum shows them
   * in its points column (e.g. f1.typePoints by shareholder type).
   */
  readonly pointsOf?: string;
}

export type Spec = LeafSpec<unknown> | GroupSpec;
export type SpecChildren = { readonly [key: string]: Spec };

/** The value type a specification declares. */
export type ValueOf<S> =
  S extends LeafSpec<infer T> ? T : S extends GroupSpec<infer C> ? GroupValue<C> : never;
export type GroupValue<C extends SpecChildren> = { readonly [K in keyof C]: ValueOf<C[K]> };

/** Reports consistency problems, each naming its parameter path. */
export interface Checker {
  /** "a must be below / at most b". */
  ordered(
    path: string,
    value: Decimal,
    relation: "below" | "atMost",
    otherPath: string,
    other: Decimal
  ): void;
  report(path: string, message: MessageRef, code: string): void;
}

export interface LeafOptions {
  readonly description?: Description;
  readonly since?: number;
  readonly migrated?: ParameterValue;
}

function leaf<T>(
  kind: SheetKind,
  defaultValue: ParameterValue,
  read: (reader: ParameterReader, path: string) => T,
  options: LeafOptions = {},
  choices?: readonly string[],
  entryArg?: string
): LeafSpec<T> {
  const since = options.since ?? 1;
  if (since > 1 && options.migrated === undefined)
    throw new Error(
      `a parameter added in schema ${since} needs the value that reproduces older results`
    );
  return {
    type: "leaf",
    kind,
    default: defaultValue,
    since,
    read,
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.migrated === undefined ? {} : { migrated: options.migrated }),
    ...(choices === undefined ? {} : { choices }),
    ...(entryArg === undefined ? {} : { entryArg }),
  };
}

/** Points of a rule, 0–100. @example points("40") */
export const points = (value: string, options?: LeafOptions): LeafSpec<Decimal> =>
  leaf("points", value, (r, path) => r.decimal(path, 0, 100), options);

/** A share or threshold as a fraction, 0–1 by default (0.30 = 30%). @example share("0.30") */
export const share = (
  value: string,
  options: LeafOptions & { readonly min?: string; readonly max?: string } = {}
): LeafSpec<Decimal> =>
  leaf("share", value, (r, path) => r.decimal(path, options.min ?? 0, options.max ?? 1), options);

/** A whole number within bounds. @example whole("5", { max: "1000000" }) */
export const whole = (
  value: string,
  options: LeafOptions & { readonly min?: string; readonly max: string }
): LeafSpec<Decimal> =>
  leaf("whole", value, (r, path) => r.decimal(path, options.min ?? 0, options.max, true), options);

/** A small whole number used as a count of digits (the score's decimals). */
export const digits = (value: number, max: number, options?: LeafOptions): LeafSpec<number> =>
  leaf("whole", value, (r, path) => r.decimal(path, 0, max, true).toNumber(), options);

/** An amount of money (a rounding unit). @example amount("10000") */
export const amount = (value: string, options?: LeafOptions): LeafSpec<Decimal> =>
  leaf("amount", value, (r, path) => r.decimal(path, "0.01", "1e12"), options);

/** A ratio in (0, 1] kept exact, written "1/3" or 0.5. @example fraction("1/3") */
export const fraction = (value: string, options?: LeafOptions): LeafSpec<Fraction> =>
  leaf("fraction", value, (r, path) => r.fraction(path), options);

/** One of a closed list of texts shown on the sheet as a "grade" (A–D) or "policy" choice. */
export const choice = <T extends string>(
  kind: "grade" | "policy",
  options: readonly T[],
  value: T,
  leafOptions?: LeafOptions
): LeafSpec<T> => leaf(kind, value, (r, path) => r.oneOf(path, options), leafOptions, options);

/** A non-empty text. @example text("CNY") */
export const text = (value: string, options?: LeafOptions): LeafSpec<string> =>
  leaf("text", value, (r, path) => r.text(path), options);

/** TRUE or FALSE. */
export const flag = (value: boolean, options?: LeafOptions): LeafSpec<boolean> =>
  leaf("boolean", value, (r, path) => r.boolean(path), options);

/** Months, or blank for "no cap". */
export const optionalMonths = (
  value: string | null,
  options?: LeafOptions
): LeafSpec<Decimal | null> =>
  leaf("optionalMonths", value, (r, path) => r.optionalDecimal(path, 1, 1200, true), options);

/** An ordered list of ratings, best first (one model-sheet row per rating). */
export const ratingList = (value: readonly string[], options?: LeafOptions): LeafSpec<string[]> =>
  leaf(
    "rating",
    [...value],
    (r, path) =>
      r
        .list(path)
        .map((entry, i) => (typeof entry === "string" ? entry.trim() : r.text(`${path}.${i}`))),
    options,
    undefined,
    "position"
  );

/** An open map of amounts by a key the bank chooses (rounding unit by currency). */
export const amountMap = (
  value: Readonly<Record<string, string>>,
  entryArg: string,
  options?: LeafOptions
): LeafSpec<Readonly<Record<string, Decimal>>> =>
  leaf(
    "amountMap",
    { ...value },
    (r, path) =>
      Object.fromEntries(r.keys(path).map((k) => [k, r.decimal(`${path}.${k}`, "0.01", "1e12")])),
    options,
    undefined,
    entryArg
  );

/**
 * A group of parameters, with consistency checks over its values.
 * @example group({ low: share("0.3"), high: share("0.8") }, [(v, c, p) => c.ordered(`${p}.low`, v.low, "below", `${p}.high`, v.high)])
 */
export function group<C extends SpecChildren>(
  children: C,
  checks?: readonly GroupCheck<GroupValue<C>>[],
  pointsOf?: string
): GroupSpec<C> {
  return {
    type: "group",
    children,
    ...(checks === undefined ? {} : { checks }),
    ...(pointsOf === undefined ? {} : { pointsOf }),
  };
}

/**
 * A group with one child per key, each child made by `make(key)`: points by shareholder type,
 * adjustments by grade. The keys keep their order on the model sheet.
 * @example byKey(["good", "fair", "poor"], (c) => points(DEFAULTS[c]))
 */
export function byKey<K extends string, S extends Spec>(
  keys: readonly K[],
  make: (key: K) => S,
  options: {
    readonly pointsOf?: string;
    readonly checks?: readonly GroupCheck<Record<K, ValueOf<S>>>[];
  } = {}
): GroupSpec<Record<K, S>> {
  const children = {} as Record<K, S>;
  for (const key of keys) children[key] = make(key);
  return group(
    children,
    options.checks as GroupCheck<GroupValue<Record<K, S>>>[] | undefined,
    options.pointsOf
  );
}

/** A description message with arguments. */
export function describe(
  key: MessageKey,
  args?: Readonly<Record<string, MessageArg>>
): Description {
  return args === undefined ? { key } : { key, args };
}

/** Type guard: a leaf. */
export function isLeaf(spec: Spec): spec is LeafSpec<unknown> {
  return spec.type === "leaf";
}

/** Problems found while loading, as the loader returns them. */
export type LoadIssues = readonly Issue[];

/** A parameter source: re-exported for spec authors. */
export type { ParameterSource, ParameterValue };
