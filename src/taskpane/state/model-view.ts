import { productSheets } from "../../app";
import {
  defaultParameters,
  modelStatus,
  msg,
  parameterFingerprint,
  type ApprovedModel,
  type Issue,
  type MessageRef,
  type ModelParameters,
  type ParameterDifference,
} from "../../core";
import { loadModelSheet, parameterRows, type ParameterRow } from "../../workbook/model-sheet";
import type { WorkbookSnapshot } from "../../workbook/snapshot";

/** A group of the Model section: a factor's parameters, the knock-outs', the grade bands… */
export interface ParameterGroup {
  readonly id: string;
  readonly title: MessageRef;
  readonly rows: readonly ParameterRow[];
}

/** How the parameters compare with the approved model they are closest to. */
export interface ApprovedComparison {
  /** The approved set compared with (the one in effect, or the closest one). */
  readonly version: string;
  /** Every parameter that differs, in model-sheet order (none: the set is approved). */
  readonly differences: readonly ParameterDifference[];
}

/** The model a workbook is scored with, as the Model section shows it. */
export type ModelView =
  | {
      readonly source: "workbook" | "default";
      /** The workbook's model sheet; null when it has none (the default model applies). */
      readonly sheet: string | null;
      readonly version: string;
      readonly fingerprint: string;
      readonly rows: readonly ParameterRow[];
      /** The parameters by factor, then knock-outs, grade bands, adjustments, the rest. */
      readonly groups: readonly ParameterGroup[];
      /** Null when the deployment's approved models could not be read. */
      readonly comparison: ApprovedComparison | null;
    }
  | {
      readonly source: "invalid";
      readonly sheet: string;
      /** Why the model sheet cannot be used: scoring refuses the workbook until they are fixed. */
      readonly issues: readonly Issue[];
    };

/** The approved models to compare with, and the day that decides which are in effect. */
export interface ApprovedContext {
  readonly models: readonly ApprovedModel[];
  /** YYYY-MM-DD */
  readonly asOf: string;
}

const FIXED_GROUPS = ["knockouts", "grades", "adjustments", "general"] as const;
type FixedGroup = (typeof FIXED_GROUPS)[number];

function fixedGroupOf(section: string): FixedGroup {
  if (section === "knockouts") return "knockouts";
  if (section === "gradeMinimums") return "grades";
  if (section === "adjustments") return "adjustments";
  return "general";
}

/**
 * The parameters grouped as a reader looks for them: each factor's own (its weight and its
 * section), in the model's factor order, then knock-outs, grade bands, adjustments by grade and
 * the model-wide rest. Derived from the model's declaration: no parameter is named here.
 * @example parameterGroups(v1, parameterRows(v1))[0].rows.map((r) => r.path) // ["weights.F1", "f1.typePoints.private", …]
 */
export function parameterGroups(
  params: ModelParameters,
  rows: readonly ParameterRow[]
): ParameterGroup[] {
  const factors = params.definition.factors;
  const byFactor = new Map<string, ParameterRow[]>(factors.map((f) => [f.id, []]));
  const fixed = new Map<FixedGroup, ParameterRow[]>(FIXED_GROUPS.map((g) => [g, []]));
  for (const row of rows) {
    const [section = "", key = ""] = row.path.split(".");
    const factor =
      section === "weights"
        ? factors.find((f) => f.id === key)
        : factors.find((f) => f.section === section);
    if (factor !== undefined) byFactor.get(factor.id)?.push(row);
    else fixed.get(fixedGroupOf(section))?.push(row);
  }
  const count = (list: readonly ParameterRow[]) => String(list.length);
  const groups: ParameterGroup[] = factors.map((f) => {
    const list = byFactor.get(f.id) ?? [];
    return {
      id: f.id,
      title: msg("tp.model.group.factor", { id: f.id, name: msg(f.name), count: count(list) }),
      rows: list,
    };
  });
  for (const g of FIXED_GROUPS) {
    const list = fixed.get(g) ?? [];
    groups.push({ id: g, title: msg(`tp.model.group.${g}`, { count: count(list) }), rows: list });
  }
  return groups.filter((g) => g.rows.length > 0);
}

function comparisonOf(
  params: ModelParameters,
  approved: ApprovedContext | null
): ApprovedComparison | null {
  if (approved === null || approved.models.length === 0) return null;
  const status = modelStatus(params, approved.models, approved.asOf);
  return status.status === "approved"
    ? { version: status.version, differences: [] }
    : { version: status.base.version, differences: status.differences };
}

function viewOf(
  params: ModelParameters,
  source: "workbook" | "default",
  sheet: string | null,
  approved: ApprovedContext | null
): ModelView {
  const rows = parameterRows(params);
  return {
    source,
    sheet,
    version: params.version,
    fingerprint: parameterFingerprint(params),
    rows,
    groups: parameterGroups(params, rows),
    comparison: comparisonOf(params, approved),
  };
}

/**
 * The model parameters of the workbook's own model sheet (validated as scoring validates them),
 * else the default model; compared with the approved models when they are given.
 * @example modelView(emptySnapshot).source // "default"
 */
export function modelView(
  snapshot: WorkbookSnapshot,
  approved: ApprovedContext | null = null
): ModelView {
  const sheet = productSheets(snapshot).model;
  if (sheet === undefined) return viewOf(defaultParameters(), "default", null, approved);
  const loaded = loadModelSheet(sheet);
  if (!loaded.ok) return { source: "invalid", sheet: sheet.name, issues: loaded.issues };
  return viewOf(loaded.value, "workbook", sheet.name, approved);
}
