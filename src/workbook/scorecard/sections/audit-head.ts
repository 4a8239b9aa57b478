import { msg } from "../../../core";
import type { ScorecardContext } from "../context";
import type { SheetCells } from "../sheet-cells";

/**
 * The audit log's head when this scorecard was written: its rows (B) and the last row's hash (C,
 * merged to E). Rows removed from the end of the log no longer match it; keep the head outside
 * the workbook too (`govscore verify --anchor`) to catch a rewrite of both.
 * @example writeAuditHead(ctx, cells) // B30 = 3, C30 = "9f2c…"
 */
export function writeAuditHead(ctx: ScorecardContext, cells: SheetCells): void {
  const row = ctx.fixed.auditHead;
  if (row === undefined) return;
  cells.value(`A${row}`, ctx.t(msg("sc.label.auditHead")), "label");
  cells.value(`B${row}`, ctx.auditHead?.rows ?? 0, "muted", "0");
  cells.value(`C${row}`, ctx.auditHead?.hash ?? "", "muted");
  cells.merge(`C${row}:E${row}`);
}
