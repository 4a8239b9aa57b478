import { msg, type MessageKey } from "../../../core";
import type { ScorecardContext } from "../context";
import { literal } from "../formula";
import type { SheetCells } from "../sheet-cells";

/** The outcome labels as the scorecard writes them (and its formulas compare). */
export function outcomeLabel(ctx: ScorecardContext, kind: "proceed" | "refer" | "decline"): string {
  return ctx.t(msg(`outcome.${kind}`));
}

/**
 * The credit outcome (layout 3 on): decline when a knock-out that applies has the policy
 * "decline", else refer when one has "refer", else proceed, as a formula over the knock-out
 * table's "applies" column and the model's policies; and the provisional mark beside the
 * completeness (below the model's threshold).
 * @example writeOutcome(ctx, cells) // B31 = IF(OR(AND(B58,'评分模型'!$C$40="decline"),…),"不予授信",…)
 */
export function writeOutcome(ctx: ScorecardContext, cells: SheetCells): void {
  const row = ctx.fixed.outcome;
  if (row === undefined) return;
  const { t, result, rows } = ctx;
  const when = (policy: "decline" | "refer") =>
    `OR(${rows.knockoutIds
      .map(
        (id) =>
          `AND(B${rows.knockoutRow(id)},${ctx.param(`knockouts.${id}Outcome`)}=${literal(policy)})`
      )
      .join(",")})`;
  const label = (kind: "proceed" | "refer" | "decline") => literal(outcomeLabel(ctx, kind));
  const formula =
    rows.knockoutIds.length === 0
      ? label("proceed")
      : `IF(${when("decline")},${label("decline")},IF(${when("refer")},${label("refer")},${label("proceed")}))`;
  const kind = result.outcome.kind;
  cells.value(`A${row}`, t(msg("sc.label.outcome")), "label");
  cells.formula(
    `B${row}`,
    formula,
    outcomeLabel(ctx, kind),
    undefined,
    kind === "decline" ? "bad" : kind === "refer" ? "warning" : "good"
  );
  const names = result.outcome.knockouts
    .map((id) => t(msg(`sc.knockout.${id}` as MessageKey)))
    .join(ctx.language === "zh-CN" ? "、" : "; ");
  cells.value(
    `E${row}`,
    t(
      kind === "proceed"
        ? msg("sc.note.outcomeProceed")
        : msg("sc.note.outcome", { knockouts: names })
    ),
    "note"
  );

  // The provisional mark: C of the completeness row.
  const completeness = `B${ctx.fixed.completeness}`;
  const threshold = ctx.param("completeness.provisionalBelow");
  cells.formula(
    `C${ctx.fixed.completeness}`,
    `IF(${completeness}<${threshold},${literal(t(msg("provisional.short")))},"")`,
    result.provisional ? t(msg("provisional.short")) : "",
    undefined,
    "warning"
  );
}
