import {
  migrateParameters,
  modelStatus,
  msg,
  scoreGovernance,
  success,
  type ApprovedModel,
  type Language,
  type ModelParameters,
  type ModelStatus,
  type Outcome,
} from "../core";
import { readInputs, readOptionsFor, type ReadNotice } from "../workbook/read";
import { SCORECARD_CELLS } from "../workbook/scorecard";
import { readingNoteRows, readingNotesReason } from "../workbook/scorecard/reading-notes";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { continuableChain, withScoredEvents } from "./audit";
import { eventContext } from "./event-context";
import { groupAuditReason, recordedGroup, withGroup } from "./group-member";
import {
  approvedModelsOr,
  chooseParameters,
  differencesText,
  modelStanding,
  type ChosenParameters,
} from "./model-governance";
import { productSheets, type ProductSheets } from "./product-sheets";
import { recordedScorecard } from "./recorded-scorecard";
import type { ScoreOptions, UpdateOutcome } from "./types";
import { workbookUpdate } from "./workbook-update";

function parametersFor(
  snapshot: WorkbookSnapshot,
  sheets: ProductSheets,
  options: ScoreOptions,
  models: readonly ApprovedModel[]
): Outcome<ChosenParameters> {
  if (options.paramsOverride !== undefined)
    return success({ params: options.paramsOverride, notices: [] });
  return chooseParameters(snapshot, sheets, {
    models,
    now: options.now,
    useWorkbookModel: options.useWorkbookModel === true,
    ...(options.model === undefined ? {} : { definition: options.model.definition }),
  });
}

/** Scored with non-standard parameters: say so, with what differs. */
function nonStandardNotice(status: ModelStatus, language: Language): ReadNotice[] {
  if (status.status === "approved") return [];
  return [
    {
      code: "models.nonStandard",
      message: msg("models.notice.nonStandard", {
        count: status.differences.length,
        base: status.base.version,
        differences: differencesText(status, language),
      }),
    },
  ];
}

/** An override on the scorecard being replaced applied to the old score; say it is not kept. */
function droppedOverrideNotice(sheets: ProductSheets): ReadNotice | null {
  if (sheets.scorecard === undefined) return null;
  const recorded = recordedScorecard(sheets.scorecard).override;
  if (recorded === null) return null;
  return {
    code: "app.overrideDropped",
    message: msg("app.notice.overrideDropped", {
      grade: recorded.finalGrade,
      officer: recorded.officer,
    }),
    at: { sheet: sheets.scorecard.name, cell: SCORECARD_CELLS.override.finalGrade },
  };
}

/** A workbook scored with its group before and alone now: say the group values are not kept. */
function droppedGroupNotice(sheets: ProductSheets, params: ModelParameters): ReadNotice[] {
  const scorecard = sheets.scorecard;
  if (scorecard === undefined) return [];
  const layout = recordedScorecard(scorecard).layoutVersion;
  const recorded = recordedGroup(scorecard, params, Number.isNaN(layout) ? 1 : layout);
  if (recorded.kind !== "recorded") return [];
  return [
    {
      code: "group.dropped",
      message: msg("app.notice.groupDropped", { file: recorded.source.file }),
    },
  ];
}

/**
 * Score a client workbook: read its inputs, choose the model parameters under model governance
 * (`chooseParameters`: an approved model unless the user explicitly chose the workbook's own), score, continue its audit log (`modelChanged` when the parameters changed since
 * the last logged event, then `scored`) and plan the product's sheets. Every problem that stops
 * the scoring is returned, each with its cell; nothing is thrown for bad data.
 * @example
 * const outcome = scoreWorkbook(snapshot, { language: "zh-CN", now: "2025-03-01T09:30:00+08:00", user: "王芳" });
 * if (outcome.ok) outcome.summary.finalGrade; // "C"
 * else outcome.issues.map((i) => formatLocated(i.message, i.at, "zh-CN"));
 */
export function scoreWorkbook(snapshot: WorkbookSnapshot, options: ScoreOptions): UpdateOutcome {
  const sheets = productSheets(snapshot);
  const models = approvedModelsOr(options.approvedModels, options.model?.definition);
  const chosen = parametersFor(snapshot, sheets, options, models);
  if (!chosen.ok) return { ok: false, issues: chosen.issues };
  const loaded = chosen.value.params;
  // This run writes the model sheet in the current schema: an older one is migrated, and logged.
  const params = migrateParameters(loaded);
  const status = modelStatus(params, models, options.now);
  const read = readInputs(snapshot, readOptionsFor(params));
  if (!read.ok) return { ok: false, issues: read.issues };
  // Scored with the group workbook: the member's blank F5 items from it, the worse on conflict.
  const grouped =
    options.group === undefined
      ? { inputs: read.inputs, notices: droppedGroupNotice(sheets, params) }
      : withGroup(read.inputs, options.group);
  const inputs = grouped.inputs;
  const scored = scoreGovernance(inputs, params);
  if (!scored.ok) return { ok: false, issues: scored.issues };

  const context = eventContext(options);
  const chain = continuableChain(sheets, scored.value, {
    ...context,
    ...(options.newChain === undefined ? {} : { newChain: options.newChain }),
  });
  if (!chain.ok) return { ok: false, issues: chain.issues };
  const dropped = droppedOverrideNotice(sheets);
  const notices = [
    ...read.notices,
    ...grouped.notices,
    ...chosen.value.notices,
    ...nonStandardNotice(status, options.language),
    ...(dropped === null ? [] : [dropped]),
  ];
  // The reader's notices, as the scorecard lists them; the `scored` row records their digest.
  const readingNotes = readingNoteRows(read.notices, options.language);
  const auditRows = withScoredEvents(chain.value, scored.value, {
    ...context,
    status,
    ...(loaded.schemaVersion === params.schemaVersion
      ? {}
      : { migratedFrom: loaded.schemaVersion, migratedTo: params.schemaVersion }),
    scoredReason: [
      groupAuditReason(inputs, options.language),
      readingNotesReason(readingNotes, options.language),
    ]
      .filter((reason) => reason !== "")
      .join("; "),
  });
  return workbookUpdate({
    snapshot,
    sheets,
    result: scored.value,
    inputs,
    layout: read.layout,
    params,
    language: options.language,
    now: options.now,
    auditRows,
    standing: modelStanding(params, models, options.now, auditRows, scored.value.modelFingerprint),
    notices,
    readingNotes: { kind: "rows", rows: readingNotes },
    file: options.file ?? "",
    ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
    ...(options.amountUnit === undefined ? {} : { amountUnit: options.amountUnit }),
  });
}
