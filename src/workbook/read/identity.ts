import {
  findAndKeepIdentityDuplicates,
  idNumberKey,
  lookalikesIn,
  msg,
  type IdentityRow,
} from "../../core";
import type { ReadContext } from "./columns";
import { listOf } from "./findings";
import { describeValue } from "./grid";

/** Near-duplicate notices listed one by one per table; the rest are counted in one notice. */
export const NEAR_DUPLICATE_NOTICES = 20;

/**
 * Report the duplicates of a register or board (errors) and its near-duplicates (notices), each at
 * the later row's name cell and naming the earlier one. With an ID-number column, identity is the
 * number; otherwise the confusable-folded name (see `findIdentityDuplicates`).
 * @example reportDuplicates(ctx, "shareholders", holders) // "row.duplicateHolder" at Shareholders!A3
 */
export function reportDuplicates(
  ctx: ReadContext,
  table: "shareholders" | "board",
  rows: readonly IdentityRow[]
): void {
  const role = table === "shareholders" ? "shareholder" : "director";
  const who = {
    who: msg(`read.who.${role}`),
    whoLower: msg(`read.who.${role}Lower`),
    whoPlural: msg(`read.who.${role}Plural`),
  };
  const code = table === "shareholders" ? "row.duplicateHolder" : "row.duplicateDirector";
  const idColumn = rows.some((r) => r.idNumber !== undefined);
  let near = 0;
  for (const found of findAndKeepIdentityDuplicates(rows)) {
    const row = rows[found.row]!;
    const first = rows[found.first]!;
    const at = row.name.at ?? row.idNumber?.at;
    const firstAt = first.name.at ?? first.idNumber?.at;
    if (at === undefined || firstAt === undefined) continue;
    const name = describeValue(row.name.value ?? "");
    const firstName = describeValue(first.name.value ?? "");
    const params = { ...who, name, firstName, first: firstAt.cell };
    switch (found.kind) {
      case "sameId":
        ctx.findings.error(
          code,
          msg("read.row.duplicateId", {
            ...params,
            id: describeValue(idNumberKey(row.idNumber?.value ?? "")),
          }),
          row.idNumber?.at ?? at
        );
        break;
      case "sameName":
        if (found.lookalike) {
          const chars = [
            ...lookalikesIn(row.name.value ?? ""),
            ...lookalikesIn(first.name.value ?? ""),
          ];
          if (chars.length > 0) {
            ctx.findings.error(
              code,
              msg("read.row.lookalikeName", { ...params, chars: listOf([...new Set(chars)]) }),
              at
            );
            break;
          }
        }
        ctx.findings.error(
          code,
          idColumn
            ? msg("read.row.duplicateNameNoId", params)
            : msg("read.row.duplicateName", params),
          at
        );
        break;
      case "sameNameOtherId":
        ctx.findings.notice("row.sameNameOtherId", msg("read.row.sameNameOtherId", params), at);
        break;
      case "near":
        if (++near <= NEAR_DUPLICATE_NOTICES)
          ctx.findings.notice("row.nearDuplicate", msg("read.row.nearDuplicate", params), at);
        break;
    }
  }
  if (near > NEAR_DUPLICATE_NOTICES) {
    const last = rows[rows.length - 1]?.name.at;
    ctx.findings.notice(
      "row.nearDuplicateMore",
      msg("read.row.nearDuplicateMore", {
        count: near - NEAR_DUPLICATE_NOTICES,
        table: msg(`table.${table}`),
      }),
      last
    );
  }
}
