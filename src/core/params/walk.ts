import type { Checker, GroupSpec, LeafSpec, Spec } from "./spec";
import type { ParameterSource, ParameterValue } from "./types";

/**
 * Walking a parameter specification: its leaves in model-sheet order, the default parameter
 * source, the migration of an older source, and the values a schema version holds.
 */

export interface LeafAt {
  readonly path: string;
  readonly leaf: LeafSpec<unknown>;
}

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/**
 * Every leaf with its dotted path, in declaration (model-sheet) order.
 * @example leavesOf(DEFAULT_MODEL.spec)[1].path // "weights.F1"
 */
export function leavesOf(spec: GroupSpec, path = ""): LeafAt[] {
  const out: LeafAt[] = [];
  for (const [key, child] of Object.entries(spec.children)) {
    const childPath = join(path, key);
    if (child.type === "leaf") out.push({ path: childPath, leaf: child });
    else out.push(...leavesOf(child, childPath));
  }
  return out;
}

/** Every group with its path (the root is ""), parents before children. */
export function groupsOf(spec: GroupSpec, path = ""): { path: string; group: GroupSpec }[] {
  const out = [{ path, group: spec }];
  for (const [key, child] of Object.entries(spec.children))
    if (child.type === "group") out.push(...groupsOf(child, join(path, key)));
  return out;
}

/**
 * The leaf at a path, or undefined. An entry of an open map ("limitRounding.unitByCurrency.USD")
 * and a rating ("ratingScale.3") resolve to their map or list.
 * @example leafAt(spec, "f4.lowOverlapMax")?.kind // "fraction"
 */
export function leafAt(spec: GroupSpec, path: string): LeafSpec<unknown> | undefined {
  let node: Spec = spec;
  for (const part of path.split(".")) {
    if (node.type === "leaf")
      return node.kind === "amountMap" || node.kind === "rating" ? node : undefined;
    const next: Spec | undefined = Object.prototype.hasOwnProperty.call(node.children, part)
      ? node.children[part]
      : undefined;
    if (next === undefined) return undefined;
    node = next;
  }
  return node.type === "leaf" ? node : undefined;
}

/**
 * The default parameter source of a specification: every leaf's default (the values a bank edits
 * from), for leaves of the given schema version or older.
 * @example defaultSource(DEFAULT_MODEL.spec).weights // { F1: "20", … }
 */
export function defaultSource(
  spec: GroupSpec,
  schemaVersion = Number.POSITIVE_INFINITY
): ParameterSource {
  const out: Record<string, ParameterValue> = {};
  for (const [key, child] of Object.entries(spec.children)) {
    if (child.type === "leaf") {
      if (child.since <= schemaVersion) out[key] = clone(child.default);
    } else {
      const nested = defaultSource(child, schemaVersion);
      if (Object.keys(nested).length > 0 || Object.keys(child.children).length === 0)
        out[key] = nested;
    }
  }
  return out;
}

function clone(value: ParameterValue): ParameterValue {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

function valueAt(source: ParameterSource, path: string): ParameterValue | undefined {
  let node: ParameterValue | undefined = source;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
  }
  return node;
}

function withValueAt(
  source: ParameterSource,
  path: string,
  value: ParameterValue
): ParameterSource {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return source;
  if (rest.length === 0) return { ...source, [head]: value };
  const child = source[head];
  const inner: ParameterSource =
    child !== null && typeof child === "object" && !Array.isArray(child) ? child : {};
  return { ...source, [head]: withValueAt(inner, rest.join("."), value) };
}

/**
 * A parameter set written under an older schema, brought to the specification's: every parameter
 * introduced since gets the value that reproduces the older results. A parameter the older schema
 * did not have but the source holds is reported (it cannot be the older schema's).
 * @example migrateSource(v1Source, spec, 1, report) // adds the schema-2 parameters' migrated values
 */
export function migrateSource(
  source: ParameterSource,
  spec: GroupSpec,
  schemaVersion: number,
  report: Checker["report"]
): ParameterSource {
  let migrated = source;
  for (const { path, leaf } of leavesOf(spec)) {
    if (leaf.since <= schemaVersion) continue;
    if (valueAt(source, path) !== undefined) {
      report(
        path,
        { key: "param.notInSchema", params: { parameter: path, schema: schemaVersion } },
        "param.notInSchema"
      );
      continue;
    }
    migrated = withValueAt(migrated, path, clone(leaf.migrated ?? leaf.default));
  }
  return migrated;
}

/**
 * The values of a loaded parameter set that its own schema version declares: what its fingerprint
 * is computed over, so a set migrated in memory keeps the identity it was approved with.
 * @example valuesOfSchema(spec, params, 1) // the schema-1 parameters only
 */
export function valuesOfSchema(
  spec: GroupSpec,
  values: Readonly<Record<string, unknown>>,
  schemaVersion: number
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(spec.children)) {
    const value = values[key];
    if (child.type === "leaf") {
      if (child.since <= schemaVersion) out[key] = value;
    } else if (value !== null && typeof value === "object") {
      const nested = valuesOfSchema(child, value as Record<string, unknown>, schemaVersion);
      if (Object.keys(nested).length > 0 || Object.keys(child.children).length === 0)
        out[key] = nested;
    }
  }
  return out;
}

/**
 * The specification as a schema version had it: leaves introduced later are left out (and groups
 * they leave empty). The model sheet of an older scored workbook is laid out from it.
 */
export function specOfSchema(spec: GroupSpec, schemaVersion: number): GroupSpec {
  const children: Record<string, Spec> = {};
  for (const [key, child] of Object.entries(spec.children)) {
    if (child.type === "leaf") {
      if (child.since <= schemaVersion) children[key] = child;
    } else {
      const nested = specOfSchema(child, schemaVersion);
      if (Object.keys(nested.children).length > 0 || Object.keys(child.children).length === 0)
        children[key] = nested;
    }
  }
  return { ...spec, children };
}
