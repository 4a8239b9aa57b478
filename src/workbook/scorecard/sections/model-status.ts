import { msg, type Language, type MessageRef, type ModelStanding } from "../../../core";
import type { ScorecardContext } from "../context";
import type { SheetCells } from "../sheet-cells";

/** At most this many differing parameters are spelled out; the model sheet holds them all. */
const SHOWN = 5;

/**
 * The model status line (layout 2 on): "Approved model 1", or, prominently, the non-standard
 * parameters, how many differ from which approved model, the first few differences, and where
 * the change that brought them in stands (waiting for approval, or approved by whom). A plain
 * text value: it is what the engine decided, checked by `verify` like every other cell.
 * @example writeModelStatus(ctx, cells) // B19 "已批准模型 1"
 */
export function writeModelStatus(ctx: ScorecardContext, cells: SheetCells): void {
  const row = ctx.fixed.modelStatus;
  const standing = ctx.standing;
  if (row === undefined || standing === undefined) return;
  cells.value(`A${row}`, ctx.t(msg("sc.label.modelStatus")), "label");
  cells.wide(row, modelStatusText(standing, ctx.language, ctx.t), standingStyle(standing));
}

function standingStyle(standing: ModelStanding): "value" | "bad" {
  return standing.status.status === "approved" ? "value" : "bad";
}

/**
 * The status line's text in one language.
 * @example modelStatusText(standing, "en-US", t) // "Non-standard model parameters: 1 differ…"
 */
export function modelStatusText(
  standing: ModelStanding,
  language: Language,
  t: (ref: MessageRef) => string
): string {
  const s = standing.status;
  if (s.status === "approved") return t(msg("models.status.approved", { version: s.version }));
  const zh = language === "zh-CN";
  const parts = [
    t(msg("models.status.nonStandard", { count: s.differences.length, base: s.base.version })),
  ];
  const change = standing.change;
  if (change !== null)
    parts.push(
      t(
        change.approver === null
          ? msg("models.change.pending", { officer: change.officer })
          : msg("models.change.approved", { officer: change.officer, approver: change.approver })
      )
    );
  const shown = s.differences
    .slice(0, SHOWN)
    .map((d) =>
      t(
        msg("models.difference", { path: d.path, approved: d.approved || "—", used: d.used || "—" })
      )
    );
  const more = s.differences.length - SHOWN;
  if (more > 0) shown.push(zh ? `另有 ${more} 项` : `${more} more`);
  if (shown.length > 0) parts.push(shown.join(zh ? "；" : "; "));
  return parts.join(zh ? " " : " ");
}
