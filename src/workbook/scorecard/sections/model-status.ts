import { differencesText, modelChangeRef, msg, type ModelStanding } from "../../../core";
import type { ScorecardContext } from "../context";
import type { SheetCells } from "../sheet-cells";

/**
 * The model status line (layout 2 on): "Approved model 1", or, prominently, the non-standard
 * parameters, how many differ from which approved model, where the change that brought them in
 * stands (waiting for approval, or approved by whom) and the first differences (the model sheet
 * holds every value). A plain text value, checked by `verify` like every other cell.
 * @example writeModelStatus(ctx, cells) // B19 "已批准模型 1"
 */
export function writeModelStatus(ctx: ScorecardContext, cells: SheetCells): void {
  const row = ctx.fixed.modelStatus;
  const standing = ctx.standing;
  if (row === undefined || standing === undefined) return;
  cells.value(`A${row}`, ctx.t(msg("sc.label.modelStatus")), "label");
  cells.wide(
    row,
    modelStatusText(standing, ctx),
    standing.status.status === "approved" ? "value" : "bad"
  );
}

function modelStatusText(standing: ModelStanding, ctx: ScorecardContext): string {
  const s = standing.status;
  if (s.status === "approved") return ctx.t(msg("models.status.approved", { version: s.version }));
  const parts = [
    ctx.t(msg("models.status.nonStandard", { count: s.differences.length, base: s.base.version })),
  ];
  const change = standing.change;
  if (change !== null) parts.push(ctx.t(modelChangeRef(change)));
  parts.push(differencesText(s, ctx.language));
  return parts.filter((p) => p !== "").join(" ");
}
