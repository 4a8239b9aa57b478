import {
  msg,
  SHAREHOLDERS_TABLE,
  type CellRef,
  type InputTable,
  type ShareholderRow,
} from "../../core";
import type { ReadContext } from "./columns";
import { describeValue } from "./grid";
import type { HeaderMatch } from "./headers";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";
import { tableRange, TableColumns } from "./table-columns";
import { matchKey } from "./text";
import type { TableLayout } from "./types";
import { enumReader, TEXT, YES_NO } from "./values";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SHAREHOLDER_TYPE = enumReader("shareholderType");

/**
 * Read the shareholder register (股东名册): one row per holder, stakes as fractions. A holder
 * named twice (compared after normalisation) is refused at the second name.
 * @example readShareholders(ctx, region, match, rows).table.rows[0]?.stake.value?.toString() // "0.6"
 */
export function readShareholders(
  ctx: ReadContext,
  region: TableRegion,
  match: HeaderMatch,
  rows: RowPlan
): { readonly table: InputTable<ShareholderRow>; readonly layout: TableLayout } {
  const columns = new TableColumns(ctx, SHAREHOLDERS_TABLE, match, rows);
  const name = columns.read("name", TEXT);
  const type = columns.read("type", SHAREHOLDER_TYPE);
  const stake = columns.percent("stake");
  const concertGroup = columns.read("concertGroup", TEXT);
  const pledgedShare = columns.percent("pledgedShare");
  const frozen = columns.read("frozen", YES_NO);

  const sheet = ctx.sheet.name;
  // A missing required column refuses the whole read, so its stand-in value is never scored.
  const absent = { value: null };
  const seen = new Map<string, CellRef>();
  const holders = rows.dataRows.map((_, i): ShareholderRow => {
    // Assigned one by one rather than spread: a register may have 200,000 rows.
    const row: Mutable<ShareholderRow> = {
      name: name?.at(i) ?? absent,
      type: type?.at(i) ?? absent,
      stake: stake?.at(i) ?? absent,
    };
    if (concertGroup !== undefined) row.concertGroup = concertGroup.at(i);
    if (pledgedShare !== undefined) row.pledgedShare = pledgedShare.at(i);
    if (frozen !== undefined) row.frozen = frozen.at(i);
    const holder = row.name.value;
    if (holder !== null && row.name.at !== undefined) {
      const key = matchKey(holder);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.name.at);
      else
        ctx.findings.error(
          "row.duplicateHolder",
          msg("read.row.duplicateHolder", { name: describeValue(holder), first: first.cell }),
          row.name.at
        );
    }
    return row;
  });
  return {
    table: { rows: holders, at: { sheet, cell: tableRange(region, rows) } },
    layout: columns.layout(region),
  };
}
