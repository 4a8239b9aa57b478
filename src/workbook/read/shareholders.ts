import { SHAREHOLDERS_TABLE, type InputTable, type ShareholderRow } from "../../core";
import type { ReadContext } from "./columns";
import type { HeaderMatch } from "./headers";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";
import { tableRange, TableColumns } from "./table-columns";
import { reportDuplicates } from "./identity";
import type { TableLayout } from "./types";
import { enumReader, TEXT, YES_NO } from "./values";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SHAREHOLDER_TYPE = enumReader("shareholderType");

/**
 * Read the shareholder register (股东名册): one row per holder, stakes as fractions. A holder
 * listed twice (the same ID number, or without an ID-number column the same name after folding
 * case, width, spaces and lookalike letters) is refused at the second row.
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
  const idNumber = columns.read("idNumber", TEXT);

  const sheet = ctx.sheet.name;
  // A missing required column refuses the whole read, so its stand-in value is never scored.
  const absent = { value: null };
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
    if (idNumber !== undefined) row.idNumber = idNumber.at(i);
    return row;
  });
  reportDuplicates(ctx, "shareholders", holders);
  return {
    table: { rows: holders, at: { sheet, cell: tableRange(region, rows) } },
    layout: columns.layout(region),
  };
}
