export { differencesText } from "../core";
import {
  APPROVED_MODELS_FORMAT,
  builtInModels,
  defaultApprovedModel,
  DEFAULT_MODEL,
  formatMessage,
  LANGUAGES,
  loadParameters,
  modelStatus,
  msg,
  parameterFingerprint,
  parseApprovedModels,
  personKey,
  success,
  type ApprovedModel,
  type MessageRef,
  type ModelDefinition,
  type ModelParameters,
  type ModelStanding,
  type Outcome,
  type ParameterSource,
} from "../core";
import type { AuditRow } from "../workbook/audit";
import { loadModelSheet, readModelSheet } from "../workbook/model-sheet";
import type { ReadNotice } from "../workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { productSheets, sheetKey, type ProductSheets } from "./product-sheets";

/**
 * The approved models a run knows: the ones given (a bank's file, read with the built-in model
 * first), else the built-in model alone.
 */
export function approvedModelsOr(
  models: readonly ApprovedModel[] | undefined,
  definition: ModelDefinition = DEFAULT_MODEL
): readonly ApprovedModel[] {
  return models ?? builtInModels(definition);
}

/**
 * The change that brought these parameters in, from the log: the last `modelChanged` row with
 * their fingerprint (its user entered the change) and a `modelApproved` row after it, with the
 * same fingerprint, by the approver. Null when the log has no such change.
 */
export function modelChangeOf(
  rows: readonly AuditRow[],
  fingerprint: string
): ModelStanding["change"] {
  let officer: string | null = null;
  let approver: string | null = null;
  for (const row of rows) {
    if (row.modelFingerprint !== fingerprint) continue;
    if (row.event === "modelChanged") [officer, approver] = [row.user, null];
    else if (row.event === "modelApproved" && officer !== null) approver = row.user;
  }
  return officer === null ? null : { officer, approver };
}

/** The status of the parameters scored with, and (when they are non-standard) their change. */
export function modelStanding(
  params: ModelParameters,
  models: readonly ApprovedModel[],
  asOf: string,
  rows: readonly AuditRow[],
  fingerprint: string
): ModelStanding {
  const status = modelStatus(params, models, asOf);
  return {
    status,
    change: status.status === "approved" ? null : modelChangeOf(rows, fingerprint),
  };
}

function modelSheetNames(): Set<string> {
  return new Set(LANGUAGES.map((l) => sheetKey(formatMessage(msg("sheet.model"), l))));
}

/** A sheet named as the model sheet that the product did not write (its markers say so). */
function unmarkedModelSheet(
  snapshot: WorkbookSnapshot,
  sheets: ProductSheets
): SheetSnapshot | undefined {
  const names = modelSheetNames();
  return snapshot.sheets.find(
    (s) => names.has(sheetKey(s.name)) && s !== sheets.model && s !== sheets.scorecard
  );
}

export interface ChosenParameters {
  readonly params: ModelParameters;
  readonly notices: readonly ReadNotice[];
}

/**
 * The parameters a workbook is scored with, under model governance:
 * - its own model sheet's, when the product wrote it and they are an approved model in effect;
 * - by default otherwise, the approved model in effect on the day, and a notice says what was
 *   ignored (a product model sheet with other values, a look-alike sheet the product did not
 *   write); a product model sheet with unreadable values is refused at its cells;
 * - with `useWorkbookModel`, the workbook's own sheet (the product's, else a sheet named as the
 *   model sheet), scored as non-standard unless its values are an approved model.
 */
export function chooseParameters(
  snapshot: WorkbookSnapshot,
  sheets: ProductSheets,
  options: {
    readonly models: readonly ApprovedModel[];
    readonly now: string;
    readonly useWorkbookModel: boolean;
    readonly definition?: ModelDefinition;
  }
): Outcome<ChosenParameters> {
  const definition = options.definition ?? DEFAULT_MODEL;
  const fallback = defaultApprovedModel(options.models, options.now);
  const unmarked = unmarkedModelSheet(snapshot, sheets);
  const own = sheets.model ?? (options.useWorkbookModel ? unmarked : undefined);
  if (own === undefined) {
    if (options.useWorkbookModel)
      return {
        ok: false,
        issues: [{ code: "models.noWorkbookModel", message: msg("models.issue.noWorkbookModel") }],
      };
    const notices: ReadNotice[] =
      unmarked === undefined
        ? []
        : [
            notice("models.unmarkedSheetIgnored", unmarked.name, {
              key: "models.notice.unmarkedSheetIgnored",
              params: { sheet: unmarked.name, version: fallback.version },
            }),
          ];
    return success({ params: fallback.params, notices });
  }
  const loaded = loadModelSheet(own, definition);
  if (!loaded.ok) return loaded;
  const status = modelStatus(loaded.value, options.models, options.now);
  if (options.useWorkbookModel || status.status === "approved")
    return success({ params: loaded.value, notices: [] });
  const example = status.differences[0];
  return success({
    params: fallback.params,
    notices: [
      notice("models.sheetIgnored", own.name, {
        key: "models.notice.sheetIgnored",
        params: {
          sheet: own.name,
          count: status.differences.length,
          base: status.base.version,
          example:
            example === undefined ? "—" : { key: "models.difference", params: { ...example } },
          version: fallback.version,
        },
      }),
    ],
  });
}

function notice(code: string, sheet: string, message: MessageRef): ReadNotice {
  return { code, message, at: { sheet, cell: "A1" } };
}

/** Whether two declared names are one person (NFKC, whitespace and case folded). */
export function samePerson(a: string, b: string): boolean {
  return personKey(a) === personKey(b);
}

/** One set of an approved-models file, as the bank's model team writes it. */
export interface ApprovedModelEntry {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly schemaVersion: number;
  readonly fingerprint: string;
  readonly parameters: ParameterSource;
}

/**
 * The approved-models entry for the parameters on a workbook's model sheet (the product's, else a
 * sheet named as the model sheet), relabelled `version`: what a model team adds to the bank's
 * file once the set is approved. The entry is checked as the file will be (`parseApprovedModels`).
 * @example approvedModelEntry(snapshot, { version: "2026-H2", effectiveFrom: "2026-07-01" })
 */
export function approvedModelEntry(
  snapshot: WorkbookSnapshot,
  options: {
    readonly version: string;
    readonly effectiveFrom: string;
    readonly definition?: ModelDefinition;
  }
): Outcome<ApprovedModelEntry> {
  const definition = options.definition ?? DEFAULT_MODEL;
  const sheets = productSheets(snapshot);
  const sheet = sheets.model ?? unmarkedModelSheet(snapshot, sheets);
  if (sheet === undefined)
    return {
      ok: false,
      issues: [{ code: "models.noWorkbookModel", message: msg("models.issue.noWorkbookModel") }],
    };
  const loaded = loadModelSheet(sheet, definition);
  if (!loaded.ok) return loaded;
  const read = readModelSheet(sheet, definition);
  if (!read.ok) return read;
  const parameters = { ...read.value, version: options.version.trim() };
  const relabelled = loadParameters(parameters, {
    definition,
    schemaVersion: loaded.value.schemaVersion,
  });
  if (!relabelled.ok) return relabelled;
  const entry: ApprovedModelEntry = {
    version: options.version.trim(),
    effectiveFrom: options.effectiveFrom,
    schemaVersion: loaded.value.schemaVersion,
    fingerprint: parameterFingerprint(relabelled.value),
    parameters,
  };
  const checked = parseApprovedModels(
    { format: APPROVED_MODELS_FORMAT, formatVersion: 1, models: [entry] },
    "entry",
    definition
  );
  return checked.ok ? success(entry) : checked;
}
