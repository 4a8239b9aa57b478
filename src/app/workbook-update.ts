import {
  msg,
  type AmountUnit,
  type GovernanceInputs,
  type Issue,
  type Language,
  type ModelParameters,
  type ModelStanding,
  type ScoreResult,
} from "../core";
import { auditHead, type AuditRow } from "../workbook/audit";
import type { InputLayout, ReadNotice } from "../workbook/read";
import { scoredWorkbookPlan, type FormulaTwins } from "../workbook/scorecard";
import type { ReadingNotes } from "../workbook/scorecard/reading-notes";
import { summaryAmountUnit } from "../workbook/summary/plan";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { markerNotices, sheetKey, type ProductSheets } from "./product-sheets";
import { placeSheets } from "./sheet-placement";
import { scoredSummary } from "./summary";
import type { UpdateOutcome } from "./types";

export interface UpdateInput {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: ProductSheets;
  readonly result: ScoreResult;
  readonly inputs: GovernanceInputs;
  readonly layout: InputLayout;
  readonly params: ModelParameters;
  readonly language: Language;
  readonly now: string;
  readonly auditRows: readonly AuditRow[];
  readonly notices: readonly ReadNotice[];
  /** The reading notes the scorecard lists (layout 4 on): the scoring's, or carried forward. */
  readonly readingNotes?: ReadingNotes;
  readonly file: string;
  /** Formula twins of a model's own factors (see `ScoringModel`). */
  readonly twins?: FormulaTwins;
  /** Whether the parameters are an approved model, and the change that brought them in. */
  readonly standing?: ModelStanding;
  /** The summary's amount unit (default: as the workbook's summary shows it, else 元). */
  readonly amountUnit?: AmountUnit;
}

function inputSheets(layout: InputLayout): Set<string> {
  const tables = [layout.shareholders, layout.board, layout.profile];
  return new Set(tables.flatMap((t) => (t === null ? [] : [sheetKey(t.sheet)])));
}

/**
 * The scored workbook's plan (scorecard, model, audit log), placed beside the user's sheets.
 * Refused when a user's sheet that holds an input table has a product sheet's name: the
 * scorecard's formulas could then not tell the two sheets apart.
 * @example workbookUpdate({ snapshot, sheets, result, inputs, layout, params, language, now, auditRows, notices, file }).ok
 */
export function workbookUpdate(input: UpdateInput): UpdateOutcome {
  const plan = scoredWorkbookPlan({
    result: input.result,
    inputs: input.inputs,
    layout: input.layout,
    params: input.params,
    language: input.language,
    generatedAt: input.now,
    auditRows: input.auditRows,
    ...(input.twins === undefined ? {} : { twins: input.twins }),
    ...(input.standing === undefined ? {} : { standing: input.standing }),
    ...(input.readingNotes === undefined ? {} : { readingNotes: input.readingNotes }),
    amountUnit: input.amountUnit ?? recordedAmountUnit(input.sheets, input.result),
  });
  const placed = placeSheets(plan, input.snapshot, input.sheets);
  const holdsInputs = inputSheets(input.layout);
  const clashes: Issue[] = placed.renames
    .filter((r) => holdsInputs.has(sheetKey(r.planned)))
    .map((r) => ({
      code: "app.nameClash",
      message: msg("app.issue.nameClash", { sheet: r.planned, role: msg(`sheet.${r.role}`) }),
      at: { sheet: r.planned, cell: "A1" },
    }));
  if (clashes.length > 0) return { ok: false, issues: clashes };
  const renameNotices: ReadNotice[] = placed.renames.map((r) => ({
    code: "app.renamed",
    message: msg("app.notice.renamed", {
      name: r.planned,
      role: msg(`sheet.${r.role}`),
      written: r.written,
    }),
    at: { sheet: r.written, cell: "A1" },
  }));
  return {
    ok: true,
    result: input.result,
    plan: placed.plan,
    summary: scoredSummary(
      input.result,
      input.file,
      auditHead(input.auditRows),
      input.standing,
      input.auditRows
    ),
    notices: [...input.notices, ...markerNotices(input.snapshot), ...renameNotices],
    renames: placed.renames,
    ...(input.standing === undefined ? {} : { standing: input.standing }),
  };
}

/**
 * The unit the workbook's committee summary shows its limits in (元 when it has none), so a run
 * that does not ask keeps it, and `verify` rebuilds it.
 * @example recordedAmountUnit(productSheets(snapshot), result) // "tenThousand"
 */
export function recordedAmountUnit(sheets: ProductSheets, result: ScoreResult): AmountUnit {
  const summary = sheets.summary;
  if (summary === undefined) return "unit";
  return summaryAmountUnit(
    summary.values.map((row) => row[0] ?? null),
    result.adjustment.currency
  );
}
