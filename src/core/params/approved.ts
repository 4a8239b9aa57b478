import { canonicalJson } from "../canonical";
import { failure, success, type Issue, type Outcome } from "../issues";
import { formatMessage, msg, type Language, type MessageRef } from "../i18n/messages";
import { DEFAULT_MODEL, type ModelDefinition } from "../model";
import { parameterFingerprint } from "./fingerprint";
import { defaultParameters, loadParameters, migrateParameters, model1Parameters } from "./load";
import type { ModelParameters, ParameterSource } from "./types";
import { leavesOf } from "./walk";

/**
 * Model governance: which parameter sets the bank has approved, and whether a result was scored
 * under one of them. Model version 1 as shipped is always approved; a bank adds its own sets in
 * an approved-models file (format below) that it distributes with the add-in and passes to the
 * command line.
 */
export interface ApprovedModel {
  /** The bank's label, e.g. "1" or "2026-H2". */
  readonly version: string;
  /** The first day (YYYY-MM-DD) the set may be used. */
  readonly effectiveFrom: string;
  /** The parameter fingerprint the approval names. */
  readonly fingerprint: string;
  readonly params: ModelParameters;
  /** "built-in", or the approved-models file it came from. */
  readonly source: string;
}

/** One parameter whose value differs from the approved base. */
export interface ParameterDifference {
  readonly path: string;
  /** Canonical text of the approved value, or "" when the base lacks the parameter. */
  readonly approved: string;
  /** Canonical text of the value scored with. */
  readonly used: string;
}

export type ModelStatus =
  | {
      readonly status: "approved";
      readonly version: string;
      readonly fingerprint: string;
    }
  | {
      readonly status: "nonStandard";
      /** The approved set closest to the one used (fewest differences). */
      readonly base: { readonly version: string; readonly fingerprint: string };
      readonly fingerprint: string;
      readonly differences: readonly ParameterDifference[];
    };

/**
 * A result's model status together with the change that brought non-standard parameters in:
 * who entered it and who approved it (the audit log's `modelChanged` and `modelApproved`).
 */
export interface ModelStanding {
  readonly status: ModelStatus;
  readonly change: { readonly officer: string; readonly approver: string | null } | null;
}

/** The day model version 1 took effect (the product's first release). */
export const BUILT_IN_EFFECTIVE_FROM = "2025-01-01";

/**
 * The day model version 2 (the product's default parameters since schema 2: knock-out outcomes
 * refer/decline, provisional grades below 80% completeness) takes effect. Scoring dates before it
 * get model 1 by default.
 */
export const MODEL_2_EFFECTIVE_FROM = "2026-12-01";

/**
 * The models as shipped, approved in every deployment: model 1 (the first release's values, in
 * the current schema with the values that reproduce its results) and model 2 (the current
 * defaults). A model whose defaults are model 1's (an extension, say, whose label is "1") has
 * model 1 alone.
 */
export function builtInModels(definition: ModelDefinition = DEFAULT_MODEL): ApprovedModel[] {
  const entry = (params: ModelParameters, effectiveFrom: string): ApprovedModel => ({
    version: params.version,
    effectiveFrom,
    fingerprint: parameterFingerprint(params),
    params,
    source: "built-in",
  });
  const first = entry(model1Parameters(definition), BUILT_IN_EFFECTIVE_FROM);
  const defaults = defaultParameters(definition);
  if (defaults.version === first.params.version || sameParameters(defaults, first.params))
    return [first];
  return [first, entry(defaults, MODEL_2_EFFECTIVE_FROM)];
}

/** The format name an approved-models file declares. */
export const APPROVED_MODELS_FORMAT = "govscore-approved-models";
const FORMAT_VERSION = 1;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fileIssue(where: string, problem: string): Issue {
  return { code: "models.file", message: msg("models.issue.file", { where, problem }) };
}

/**
 * Read an approved-models file (already parsed from JSON):
 * `{ "format": "govscore-approved-models", "formatVersion": 1, "models": [ { "version",
 * "effectiveFrom", "schemaVersion", "fingerprint", "parameters" } ] }`. Each set is validated as
 * a model sheet is, and its fingerprint must be the one its parameters give: a typing mistake or
 * an edit after approval is refused, never approved silently. The built-in model comes first;
 * a version label or a fingerprint listed twice is refused.
 * @example parseApprovedModels(JSON.parse(text), "bank-models.json") // { ok: true, value: [v1, …] }
 */
export function parseApprovedModels(
  data: unknown,
  source: string,
  definition: ModelDefinition = DEFAULT_MODEL
): Outcome<ApprovedModel[]> {
  if (!isObject(data) || data["format"] !== APPROVED_MODELS_FORMAT)
    return failure([fileIssue("format", `"${APPROVED_MODELS_FORMAT}"`)]);
  if (data["formatVersion"] !== FORMAT_VERSION)
    return failure([fileIssue("formatVersion", String(FORMAT_VERSION))]);
  const list = data["models"];
  if (!Array.isArray(list)) return failure([fileIssue("models", "[ … ]")]);
  const models = builtInModels(definition);
  const issues: Issue[] = [];
  list.forEach((entry, index) => {
    const where = `models[${index}]`;
    if (!isObject(entry)) return issues.push(fileIssue(where, "{ … }"));
    const version = entry["version"];
    const effectiveFrom = entry["effectiveFrom"];
    const schemaVersion = entry["schemaVersion"] ?? 1;
    const stated = entry["fingerprint"];
    const parameters = entry["parameters"];
    if (typeof version !== "string" || version.trim() === "")
      return issues.push(fileIssue(`${where}.version`, "text"));
    if (typeof effectiveFrom !== "string" || !DATE.test(effectiveFrom))
      return issues.push(fileIssue(`${where}.effectiveFrom`, "YYYY-MM-DD"));
    if (typeof schemaVersion !== "number")
      return issues.push(fileIssue(`${where}.schemaVersion`, "1, 2, …"));
    if (typeof stated !== "string" || !/^[0-9a-f]{64}$/.test(stated))
      return issues.push(fileIssue(`${where}.fingerprint`, "64 hex digits"));
    if (!isObject(parameters)) return issues.push(fileIssue(`${where}.parameters`, "{ … }"));
    const loaded = loadParameters(parameters as ParameterSource, { definition, schemaVersion });
    if (!loaded.ok)
      return issues.push(
        ...loaded.issues.map((i) => ({
          ...i,
          message: msg("models.issue.parameters", { where, message: i.message }),
        }))
      );
    if (loaded.value.version !== version.trim())
      return issues.push(
        fileIssue(`${where}.parameters.version`, `the version label "${version.trim()}"`)
      );
    const computed = parameterFingerprint(loaded.value);
    if (computed !== stated)
      return issues.push({
        code: "models.fingerprint",
        message: msg("models.issue.fingerprint", { where, stated, computed }),
      });
    if (models.some((m) => m.version === version.trim()))
      return issues.push(fileIssue(`${where}.version`, `a label not used before (${version})`));
    const twin = models.find((m) => sameParameters(m.params, loaded.value));
    if (twin !== undefined)
      return issues.push(
        fileIssue(`${where}.parameters`, `a set not approved before (${twin.version})`)
      );
    models.push({
      version: version.trim(),
      effectiveFrom,
      fingerprint: computed,
      params: loaded.value,
      source,
    });
    return undefined;
  });
  return issues.length > 0 ? failure(issues) : success(models);
}

/** Two sets are the same model when they agree once both are in the current schema. */
function sameParameters(a: ModelParameters, b: ModelParameters): boolean {
  return parameterFingerprint(migrateParameters(a)) === parameterFingerprint(migrateParameters(b));
}

/** The date part of an ISO time, e.g. "2025-03-01" of "2025-03-01T09:30:00+08:00". */
function dayOf(time: string): string {
  return time.slice(0, 10);
}

function effective(models: readonly ApprovedModel[], asOf: string): ApprovedModel[] {
  return models.filter((m) => m.effectiveFrom <= dayOf(asOf));
}

/**
 * The approved set a workbook without its own approved parameters is scored with: the one most
 * recently in effect on the scoring date (the later in the file when two start the same day),
 * among the bank's own sets when one is in effect, else among the built-in models.
 * @example defaultApprovedModel(builtInModels(), "2026-12-03").version // "1"
 */
export function defaultApprovedModel(
  models: readonly ApprovedModel[],
  asOf: string
): ApprovedModel {
  // A bank's own set in effect is preferred to the built-in ones: a release that ships a new
  // built-in model never replaces the set the bank chose.
  const banks = effective(
    models.filter((m) => m.source !== "built-in"),
    asOf
  );
  const inEffect = banks.length > 0 ? banks : effective(models, asOf);
  const pool = inEffect.length > 0 ? inEffect : models.slice(0, 1);
  return pool.reduce((best, m) => (m.effectiveFrom >= best.effectiveFrom ? m : best));
}

/**
 * The approved set equal to these parameters and in effect on the date, if any.
 * @example approvedModelOf(params, models, "2026-12-03")?.version // "1"
 */
export function approvedModelOf(
  params: ModelParameters,
  models: readonly ApprovedModel[],
  asOf: string
): ApprovedModel | undefined {
  return effective(models, asOf).find((m) => sameParameters(m.params, params));
}

function leafValue(values: unknown, path: string): unknown {
  let node = values;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function shown(value: unknown): string {
  if (value === undefined) return "";
  const text = canonicalJson(value);
  return text.startsWith('"') ? (JSON.parse(text) as string) : text;
}

/**
 * The parameters whose values differ between an approved set and the set used, by path in
 * model-sheet order; both are compared in the current schema.
 * @example parameterDifferences(v1, edited) // [{ path: "bands.C", approved: "40", used: "25" }]
 */
export function parameterDifferences(
  approved: ModelParameters,
  used: ModelParameters
): ParameterDifference[] {
  const base = migrateParameters(approved);
  const current = migrateParameters(used);
  return leavesOf(current.definition.spec).flatMap(({ path }) => {
    const a = shown(leafValue(base, path));
    const b = shown(leafValue(current, path));
    return a === b ? [] : [{ path, approved: a, used: b }];
  });
}

/**
 * Whether parameters are an approved model in effect on the scoring date; if not, the approved
 * set they are closest to and every parameter that differs from it. The version label is one of
 * the parameters: a copy of model 1 with one band moved is non-standard whatever label it
 * carries, and so is model 1 relabelled.
 * @example modelStatus(params, builtInModels(), "2026-12-03").status // "approved"
 */
export function modelStatus(
  params: ModelParameters,
  models: readonly ApprovedModel[],
  asOf: string
): ModelStatus {
  const fingerprint = parameterFingerprint(params);
  const approved = approvedModelOf(params, models, asOf);
  if (approved !== undefined) return { status: "approved", version: approved.version, fingerprint };
  const candidates = models.map((m) => ({
    m,
    differences: parameterDifferences(m.params, params),
  }));
  const closest = candidates.reduce((best, c) =>
    c.differences.length < best.differences.length ? c : best
  );
  return {
    status: "nonStandard",
    base: { version: closest.m.version, fingerprint: closest.m.fingerprint },
    fingerprint,
    differences: closest.differences,
  };
}

/**
 * Where the change to non-standard parameters stands: waiting for a second person, or approved.
 * @example modelChangeRef({ officer: "王芳", approver: null }) // models.change.pending
 */
export function modelChangeRef(change: {
  readonly officer: string;
  readonly approver: string | null;
}): MessageRef {
  return change.approver === null
    ? msg("models.change.pending", { officer: change.officer })
    : msg("models.change.approved", { officer: change.officer, approver: change.approver });
}

/** At most this many differences are spelled out in a notice or on the scorecard. */
const SHOWN_DIFFERENCES = 5;

/**
 * "bands.C: 40 → 25; f2.concentratedAbove: 0.8 → 0.9; 3 more" for a status's differences
 * (every one with `all`); "" for an approved model.
 * @example differencesText(status, "en-US") // "gradeMinimums.C: 50 → 22"
 */
export function differencesText(status: ModelStatus, language: Language, all = false): string {
  if (status.status === "approved") return "";
  const shown = all ? status.differences : status.differences.slice(0, SHOWN_DIFFERENCES);
  const parts = shown.map((d) =>
    formatMessage(
      msg("models.difference", { path: d.path, approved: d.approved || "—", used: d.used || "—" }),
      language
    )
  );
  const more = status.differences.length - shown.length;
  if (more > 0) parts.push(formatMessage(msg("models.moreDifferences", { count: more }), language));
  return parts.join(language === "zh-CN" ? "；" : "; ");
}
