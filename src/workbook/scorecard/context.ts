import {
  type AmountUnit,
  analyseBoard,
  ownershipAnalysisFor,
  formatMessage,
  profileItem,
  type CellRef,
  type GovernanceInputs,
  type Language,
  type MessageRef,
  type ModelParameters,
  type ModelStanding,
  type ProfileKey,
  type ScoreResult,
  type Sourced,
} from "../../core";
import type { BoardAnalysis } from "../../core/board";
import type { OwnershipAnalysis } from "../../core/ownership";
import {
  absoluteCell,
  displayRef,
  modelSheetAddresses,
  parameterCell,
  sheetPrefix,
  sheetRange,
  type ModelSheetAddresses,
} from "../model-sheet";
import type { AuditHead } from "../audit";
import type { InputLayout } from "../read/types";
import { sheetTexts } from "../sheet-texts";
import { WORKBOOK_LAYOUT_VERSION } from "../versions";
import type { FormulaTwins } from "./factors";
import type { ReadingNotes } from "./reading-notes";
import { fixedRows, scorecardRows, type FixedRows, type ScorecardRows } from "./layout";
import { groupBlockOf, groupCellOf, type GroupBlockLayout } from "./sections/group-inputs";

/** What a scorecard is made from. */
export interface ScorecardInput {
  readonly result: ScoreResult;
  readonly inputs: GovernanceInputs;
  /** Where the input tables sit, as the reader found them. */
  readonly layout: InputLayout;
  readonly params: ModelParameters;
  readonly language: Language;
  /** ISO 8601 time the scorecard is made (the pure layer has no clock). */
  readonly generatedAt: string;
  /** Formula twins of factors the product does not ship (a bank's or a test's model). */
  readonly twins?: FormulaTwins;
  /** The workbook layout to write (default: this release's; older ones to verify old files). */
  readonly layoutVersion?: number;
  /** The audit log's head once this run's events are in it (none: a scorecard on its own). */
  readonly auditHead?: AuditHead | null;
  /** Whether the parameters are an approved model (layout 2 writes it; none: not written). */
  readonly standing?: ModelStanding;
  /** Layout 4 on: the reading notes of the scoring (none given: no notes). */
  readonly readingNotes?: ReadingNotes;
  /**
   * Layout 4 on: the unit of the committee summary's limits, 元 (default) or 万元; the summary's
   * limit label records it, so `verify` rebuilds the same (`summaryAmountUnit`).
   */
  readonly amountUnit?: AmountUnit;
}

export interface ScorecardContext extends ScorecardInput {
  readonly t: (ref: MessageRef) => string;
  readonly model: ModelSheetAddresses;
  /** Absolute model-sheet cell of a parameter path. */
  readonly param: (path: string) => string;
  readonly ownership: OwnershipAnalysis | null;
  readonly board: BoardAnalysis | null;
  /** The factor and knock-out rows of this model. */
  readonly rows: ScorecardRows;
  /** The fixed rows of the layout being written. */
  readonly fixed: FixedRows;
  readonly twins: FormulaTwins;
  readonly layoutVersion: number;
  /** The group-derived inputs block (layout 4 on, scored with the group workbook), else null. */
  readonly groupBlock: GroupBlockLayout | null;
}

/**
 * The context every section reads: inputs, result, parameters, model-sheet addresses, language.
 * @example scorecardContext(input).param("weights.F1") // "'评分模型'!$C$7"
 */
export function scorecardContext(input: ScorecardInput): ScorecardContext {
  const model = modelSheetAddresses(input.params, input.language);
  const layoutVersion = input.layoutVersion ?? WORKBOOK_LAYOUT_VERSION;
  const holders = input.inputs.shareholders?.rows ?? [];
  const directors = input.inputs.board?.rows ?? [];
  const rows = scorecardRows(input.params, layoutVersion);
  return {
    ...input,
    t: (ref) => formatMessage(ref, input.language, sheetTexts(layoutVersion)),
    model,
    param: (path) => parameterCell(model, path),
    ownership:
      holders.length > 0 ? ownershipAnalysisFor(input.result, holders, input.params) : null,
    board: directors.length > 0 ? analyseBoard(directors) : null,
    rows,
    fixed: fixedRows(layoutVersion),
    twins: input.twins ?? {},
    layoutVersion,
    groupBlock: groupBlockOf(input.inputs, layoutVersion, rows.detailsFirstRow),
  };
}

/** How a formula may use a profile item's cell. */
export type ProfileRef =
  /** The item has no row in the profile table. */
  | { readonly kind: "absent" }
  | {
      readonly kind: "formula";
      readonly ref: string;
      readonly at: CellRef;
      readonly form?: "fraction" | "points";
    }
  /** The item is there but its cell is not usable in a formula as written. */
  | { readonly kind: "engine"; readonly at?: CellRef };

/**
 * How a formula may use a profile item's cell: absent, formula-safe, or engine-only.
 * @example profileRef(ctx, "gmAppointment") // { kind: "formula", ref: "'治理概况'!$B$4", at }
 */
export function profileRef(ctx: ScorecardContext, key: ProfileKey | (string & {})): ProfileRef {
  const input = profileItem(ctx.inputs.profile, key);
  if (input === undefined) return { kind: "absent" };
  const at = input.at;
  // A value the group workbook decided is read from the scorecard's group-derived inputs block.
  const groupCell = groupCellOf(ctx, key);
  if (groupCell !== null && at !== undefined) return { kind: "formula", ref: groupCell, at };
  const item = ctx.layout.profileItems[key];
  const cell = at === undefined ? null : absoluteCell(at.cell);
  if (at !== undefined && cell !== null && item?.formulaSafe === true)
    return {
      kind: "formula",
      ref: `${sheetPrefix(at.sheet)}${cell}`,
      at,
      ...(item.form === undefined ? {} : { form: item.form }),
    };
  return at === undefined ? { kind: "engine" } : { kind: "engine", at };
}

/** The first layout that reads yes/no words (是/否, Yes/No) by formula, through the model's list. */
export const YES_WORD_FORMULA_LAYOUT = 3;

/**
 * A yes/no profile item written as a yes- or no-word (是, No …) as a formula reference, from
 * layout 3 on: the formula MATCHes it against the model sheet's yes-words, as the reader did.
 * Null when the item is not such a word (or the layout writes the engine's value for it).
 * @example yesWordRef(ctx, "equityIncentive") // { kind: "formula", ref: "'治理概况'!$B$20", at }
 */
export function yesWordRef(
  ctx: ScorecardContext,
  key: string
): Extract<ProfileRef, { kind: "formula" }> | null {
  if (ctx.layoutVersion < YES_WORD_FORMULA_LAYOUT) return null;
  const at = profileItem(ctx.inputs.profile, key)?.at;
  const cell = at === undefined ? null : absoluteCell(at.cell);
  if (at === undefined || cell === null || ctx.layout.profileItems[key]?.yesWord !== true)
    return null;
  return { kind: "formula", ref: `${sheetPrefix(at.sheet)}${cell}`, at };
}

/** A column of an input table as one range over its data rows. */
export interface ColumnRef {
  readonly range: string;
  /** The range as a person reads it, e.g. 股东名册!C2:C40. */
  readonly display: string;
  readonly form?: "fraction" | "points";
  /** A formula may use the range: formula-safe cells and no totals row inside it. */
  readonly safe: boolean;
}

/**
 * A column of an input table over its data rows, and whether a formula may use it.
 * @example columnRef(ctx, "shareholders", "stake")?.range // "'股东名册'!$C$2:$C$7"
 */
export function columnRef(
  ctx: ScorecardContext,
  table: "shareholders" | "board",
  key: string
): ColumnRef | null {
  const layout = ctx.layout[table];
  if (layout === null || layout.dataRows.length === 0) return null;
  const column = layout.columns.find((c) => c.key === key);
  if (column === undefined) return null;
  // A loop, not Math.min(...rows): a register of a million rows would overflow the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const row of layout.dataRows) {
    if (row < first) first = row;
    if (row > last) last = row;
  }
  const totalInside = layout.skippedRows.some(
    (r) => r.reason === "total" && r.row > first && r.row < last
  );
  return {
    range: sheetRange(layout.sheet, column.column, first, last),
    display: displayRef(layout.sheet, `${column.column}${first}:${column.column}${last}`),
    ...(column.form === undefined ? {} : { form: column.form }),
    safe: column.formulaSafe && !totalInside,
  };
}

/**
 * A table's range as a person reads it (the whole table), or "" when unknown.
 * @example tableDisplay(ctx, "board") // "董事会!A1:C8"
 */
export function tableDisplay(ctx: ScorecardContext, table: "shareholders" | "board"): string {
  const at = ctx.inputs[table]?.at;
  return at === undefined ? "" : displayRef(at.sheet, at.cell);
}

/**
 * One row's cell of a table column, when the column is formula-safe.
 * @example rowCellRef(ctx, "shareholders", "type", row.type)?.ref // "'股东名册'!$B$2"
 */
export function rowCellRef(
  ctx: ScorecardContext,
  table: "shareholders" | "board",
  key: string,
  input: Sourced<unknown> | undefined
): { readonly ref: string; readonly form?: "fraction" | "points" } | null {
  const column = columnRef(ctx, table, key);
  if (column === null || !column.safe || input?.at === undefined) return null;
  const cell = absoluteCell(input.at.cell);
  if (cell === null) return null;
  return {
    ref: `${sheetPrefix(input.at.sheet)}${cell}`,
    ...(column.form === undefined ? {} : { form: column.form }),
  };
}

/**
 * Cells as a person reads them: "股东名册!A2, 股东名册!C2 …(+3)".
 * @example sourcesText([{ sheet: "股东名册", cell: "C2" }]) // "股东名册!C2"
 */
export function sourcesText(cells: readonly CellRef[], max = 6): string {
  const unique = [...new Set(cells.map((c) => displayRef(c.sheet, c.cell)))];
  const shown = unique.slice(0, max).join(", ");
  return unique.length > max ? `${shown} …(+${unique.length - max})` : shown;
}
