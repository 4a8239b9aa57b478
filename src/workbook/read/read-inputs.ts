import {
  BOARD_TABLE,
  defaultParameters,
  msg,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  scoredProfileItems,
  SHAREHOLDERS_TABLE,
  type ColumnSpec,
  type GovernanceInputs,
  type ModelParameters,
  type TableSpec,
} from "../../core";
import type { WorkbookSnapshot } from "../snapshot";
import { readBoard } from "./board";
import { findInputTables, type TableId, type TableSearch } from "./find-tables";
import { Findings, listOf } from "./findings";
import { matchHeaders, type HeaderMatch } from "./headers";
import { reportOfficerView } from "./officer-view";
import { readProfile } from "./profile";
import { locateRegion, type TableRegion } from "./region";
import { planRows, type RowPlan } from "./rows";
import { readShareholders } from "./shareholders";
import type { InputLayout, ReadOutcome } from "./types";

export interface ReadOptions {
  /** The bank's rating scale, best first; default: model v1's. */
  readonly ratingScale?: readonly string[];
  /**
   * Tables whose absence is an error (`table.missing`); default: the Profile, which names the client
   * and holds the credit request. An absent register or board is what the model's missing-data
   * policy is for (governance-model.md §4): it is null in the inputs, its factors score as missing,
   * the gaps and data completeness show it on the scorecard, and a `table.absent` notice names the
   * sheet names the reader looked for.
   */
  readonly requiredTables?: readonly TableId[];
  /** The Profile table's items of the model being scored; default: the product model's. */
  readonly profileItems?: readonly ColumnSpec[];
}

/**
 * The reading options a parameter set calls for: its rating scale and its model's profile items.
 * @example readInputs(snapshot, readOptionsFor(params))
 */
export function readOptionsFor(params: ModelParameters): ReadOptions {
  return { ratingScale: params.ratingScale, profileItems: scoredProfileItems(params) };
}

const DEFAULT_REQUIRED_TABLES: readonly TableId[] = ["profile"];

let defaultScale: readonly string[] | undefined;

function ratingScaleOf(options: ReadOptions): readonly string[] {
  if (options.ratingScale !== undefined) return options.ratingScale;
  defaultScale ??= defaultParameters().ratingScale;
  return defaultScale;
}

interface LocatedTable {
  readonly region: TableRegion;
  readonly match: HeaderMatch;
  readonly rows: RowPlan;
}

function contentColumns(table: LocatedTable): number[] {
  return [...table.match.columns.values()].map((c) => c.index);
}

/** Find a table's region, match its headers and plan its rows; null when it cannot be read. */
function locate(
  spec: TableSpec,
  search: TableSearch,
  required: boolean,
  findings: Findings
): LocatedTable | null {
  if (search.status === "ambiguous") return null;
  if (search.status === "missing") {
    const params = { table: msg(`table.${spec.id}`), names: listOf(spec.names) };
    if (required) findings.error("table.missing", msg("read.table.missing", params));
    else findings.notice("table.absent", msg("read.table.absent", params));
    return null;
  }
  const region = locateRegion(search.candidate, spec, findings);
  if (region === null) return null;
  const match = matchHeaders(region, spec, findings);
  const contentColumns = [...match.columns.values()].map((c) => c.index);
  return { region, match, rows: planRows(region, contentColumns, spec, findings) };
}

/**
 * Read a client workbook's input tables (shareholders, board, profile) into the model's inputs,
 * with the layout of every table and cell it used. Every problem of the workbook is reported at
 * once, each with its cell; nothing the workbook holds makes it throw.
 * @example
 * const outcome = readInputs(snapshot);
 * if (outcome.ok) scoreGovernance(outcome.inputs, defaultParameters());
 * else outcome.issues.map((i) => formatLocated(i.message, i.at, "zh-CN"));
 */
export function readInputs(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadOutcome {
  const findings = new Findings();
  const required = new Set<TableId>(options.requiredTables ?? DEFAULT_REQUIRED_TABLES);
  const searches = findInputTables(snapshot, findings);
  /** Locate a table and, when found, read it with the table reader given. */
  const readTable = <T>(spec: TableSpec, read: (found: LocatedTable) => T): T | null => {
    const id = spec.id as TableId;
    const table = locate(spec, searches[id], required.has(id), findings);
    if (table === null) return null;
    reportOfficerView(snapshot, spec, table.region, table.rows, contentColumns(table), findings);
    return read(table);
  };
  const context = (table: LocatedTable) => ({ sheet: table.region.sheet, findings });

  const shareholders = readTable(SHAREHOLDERS_TABLE, (t) =>
    readShareholders(context(t), t.region, t.match, t.rows)
  );
  const board = readTable(BOARD_TABLE, (t) => readBoard(context(t), t.region, t.match, t.rows));
  const profile = readTable(PROFILE_TABLE, (t) =>
    readProfile(
      context(t),
      t.region,
      t.match,
      t.rows,
      ratingScaleOf(options),
      options.profileItems ?? PROFILE_ITEMS
    )
  );

  const layout: InputLayout = {
    shareholders: shareholders?.layout ?? null,
    board: board?.layout ?? null,
    profile: profile?.layout ?? null,
    profileItems: profile?.items ?? {},
  };
  const notices = findings.notices;
  if (findings.issues.length > 0) return { ok: false, issues: findings.issues, layout, notices };
  const inputs: GovernanceInputs = {
    shareholders: shareholders?.table ?? null,
    board: board?.table ?? null,
    profile: profile?.profile ?? {},
    ...(profile === null ? {} : { profileAt: profile.at }),
  };
  return { ok: true, inputs, layout, notices };
}
