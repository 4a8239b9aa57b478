import {
  BOARD_TABLE,
  defaultParameters,
  msg,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type GovernanceInputs,
  type TableSpec,
} from "../../core";
import type { WorkbookSnapshot } from "../snapshot";
import { readBoard } from "./board";
import { findInputTables, INPUT_TABLES, type TableId, type TableSearch } from "./find-tables";
import { Findings, listOf } from "./findings";
import { matchHeaders, type HeaderMatch } from "./headers";
import { readProfile } from "./profile";
import { locateRegion, type TableRegion } from "./region";
import { planRows, type RowPlan } from "./rows";
import { readShareholders } from "./shareholders";
import type { InputLayout, ReadOutcome } from "./types";

export interface ReadOptions {
  /** The bank's rating scale, best first; default: model v1's. */
  readonly ratingScale?: readonly string[];
  /**
   * Tables whose absence is an error (`table.missing`); default: all three. An input table left out
   * of this list may be absent: it is then null in the inputs, the model scores its factors as
   * missing data, and the reader says so in a `table.absent` notice. (An addition to the brief's
   * signature; the default keeps a misnamed sheet from being scored as missing data unnoticed.)
   */
  readonly requiredTables?: readonly TableId[];
}

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
  const required = new Set<TableId>(options.requiredTables ?? INPUT_TABLES.map((spec) => spec.id));
  const searches = findInputTables(snapshot, findings);
  const found = (spec: TableSpec) =>
    locate(spec, searches[spec.id], required.has(spec.id), findings);

  const shareholderTable = found(SHAREHOLDERS_TABLE);
  const shareholders =
    shareholderTable === null
      ? null
      : readShareholders(
          { sheet: shareholderTable.region.sheet, findings },
          shareholderTable.region,
          shareholderTable.match,
          shareholderTable.rows
        );
  const boardTable = found(BOARD_TABLE);
  const board =
    boardTable === null
      ? null
      : readBoard(
          { sheet: boardTable.region.sheet, findings },
          boardTable.region,
          boardTable.match,
          boardTable.rows
        );
  const profileTable = found(PROFILE_TABLE);
  const profile =
    profileTable === null
      ? null
      : readProfile(
          { sheet: profileTable.region.sheet, findings },
          profileTable.region,
          profileTable.match,
          profileTable.rows,
          ratingScaleOf(options)
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
