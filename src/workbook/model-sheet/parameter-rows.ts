import {
  Decimal,
  DEFAULT_MODEL,
  leafAt,
  leavesOf,
  msg,
  specOfSchema,
  type Fraction,
  type MessageKey,
  type MessageRef,
  type ModelDefinition,
  type ModelParameters,
  type SheetKind,
} from "../../core";

/** How a parameter is written on the model sheet and read back (an open map's entries are amounts). */
export type ParameterKind = Exclude<SheetKind, "amountMap">;

export type ParameterCellValue = Decimal | Fraction | string | boolean | null;

/** One row of the parameter block: the path the loader reads, its value and what it means. */
export interface ParameterRow {
  readonly path: string;
  readonly kind: ParameterKind;
  readonly value: ParameterCellValue;
  readonly description: MessageRef;
}

function valueAt(params: ModelParameters, path: string): unknown {
  let node: unknown = params;
  for (const part of path.split(".")) node = (node as Readonly<Record<string, unknown>>)[part];
  return node;
}

function cellValue(value: unknown): ParameterCellValue {
  if (typeof value === "number") return new Decimal(value);
  return value as ParameterCellValue;
}

/**
 * Every parameter of a model, one row each, in the order the model sheet lists them: the order
 * of the declarations in the model's schema version (the rating scale last, so a bank can append
 * grades). Derived from the specification; nothing here names a parameter.
 * @example parameterRows(defaultParameters())[1] // { path: "weights.F1", kind: "points", ... }
 */
export function parameterRows(p: ModelParameters): ParameterRow[] {
  const rows: ParameterRow[] = [];
  for (const { path, leaf } of leavesOf(specOfSchema(p.definition.spec, p.schemaVersion))) {
    const description = (args?: Readonly<Record<string, string | number>>): MessageRef => {
      const base = leaf.description ?? { key: `ms.param.${path}` as MessageKey };
      const merged = { ...(base.args ?? {}), ...(args ?? {}) };
      return Object.keys(merged).length === 0 ? msg(base.key) : msg(base.key, merged);
    };
    const value = valueAt(p, path);
    if (leaf.kind === "rating") {
      (value as readonly string[]).forEach((rating, i) =>
        rows.push({
          path,
          kind: "rating",
          value: rating,
          description: description({ [leaf.entryArg ?? "position"]: i + 1 }),
        })
      );
    } else if (leaf.kind === "amountMap") {
      for (const [key, entry] of Object.entries(value as Readonly<Record<string, Decimal>>))
        rows.push({
          path: `${path}.${key}`,
          kind: "amount",
          value: entry,
          description: description({ [leaf.entryArg ?? "key"]: key }),
        });
    } else {
      rows.push({ path, kind: leaf.kind, value: cellValue(value), description: description() });
    }
  }
  return rows;
}

/**
 * The kind of a parameter path as read back from a sheet; null for a path the model does not
 * know (read as free text and left for `loadParameters` to report).
 * @example parameterKind("f4.lowOverlapMax") // "fraction"
 */
export function parameterKind(
  path: string,
  definition: ModelDefinition = DEFAULT_MODEL
): ParameterKind | null {
  const leaf = leafAt(definition.spec, path);
  if (leaf === undefined) return null;
  if (leaf.kind !== "amountMap") return leaf.kind;
  // An open map's entries are amounts; the map's own path is no row.
  const map = leavesOf(definition.spec).find((l) => l.leaf === leaf);
  return map !== undefined && path.startsWith(`${map.path}.`) ? "amount" : null;
}

/** The rating scale's path: its rows share it, in scale order. */
export const RATING_SCALE_PATH = "ratingScale";
