import {
  BOARD_TABLE,
  msg,
  type BoardRole,
  type BoardRow,
  type InputTable,
  type MessageRef,
} from "../../core";
import type { ReadContext } from "./columns";
import { describeValue } from "./grid";
import type { HeaderMatch } from "./headers";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";
import { tableRange, TableColumns } from "./table-columns";
import { reportDuplicates } from "./identity";
import { matchKey } from "./text";
import type { TableLayout } from "./types";
import { enumReader, MANAGEMENT_POST, TEXT, type Parsed } from "./values";

/**
 * 监事 in any form (监事, 监事长, 职工监事, 监事会主席) or "supervisor": the supervisory board is not
 * the board of directors, and counting a supervisor as a director would dilute the overlap ratio.
 */
function isSupervisor(text: string): boolean {
  const key = matchKey(text);
  return key.includes("监事") || /\bsupervisor/.test(key);
}

function refuseSupervisor(text: string, label: MessageRef): Parsed<BoardRole> | null {
  if (!isSupervisor(text)) return null;
  const message = msg("read.cell.supervisor", { column: label, found: describeValue(text) });
  return { ok: false, code: "cell.supervisor", message };
}

const BOARD_ROLE = enumReader("boardRole", refuseSupervisor);

/**
 * Read the board of directors (董事会): one row per director, with the senior-management post
 * they hold (null: none, including 无 / none / -). A director listed twice is refused like a
 * holder listed twice.
 * @example readBoard(ctx, region, match, rows).table.rows[0]?.boardRole.value // "chair"
 */
export function readBoard(
  ctx: ReadContext,
  region: TableRegion,
  match: HeaderMatch,
  rows: RowPlan
): { readonly table: InputTable<BoardRow>; readonly layout: TableLayout } {
  const columns = new TableColumns(ctx, BOARD_TABLE, match, rows);
  const name = columns.read("name", TEXT);
  const boardRole = columns.read("boardRole", BOARD_ROLE);
  const managementPost = columns.read("managementPost", MANAGEMENT_POST);
  const idNumber = columns.read("idNumber", TEXT);

  // A missing required column refuses the whole read, so its stand-in value is never scored.
  const absent = { value: null };
  const directors = rows.dataRows.map((_, i): BoardRow => ({
    name: name?.at(i) ?? absent,
    boardRole: boardRole?.at(i) ?? absent,
    ...(managementPost === undefined ? {} : { managementPost: managementPost.at(i) }),
    ...(idNumber === undefined ? {} : { idNumber: idNumber.at(i) }),
  }));
  reportDuplicates(ctx, "board", directors);
  return {
    table: { rows: directors, at: { sheet: ctx.sheet.name, cell: tableRange(region, rows) } },
    layout: columns.layout(region),
  };
}
