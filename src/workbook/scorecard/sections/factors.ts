import { msg, ModelInvariantError, type MessageKey } from "../../../core";
import type { ScorecardContext } from "../context";
import type { FactorFormulas } from "../factors";
import { knockoutApplies } from "../knockouts";
import type { Resolve } from "../quantity";
import type { SheetCells } from "../sheet-cells";

/**
 * The factor table: points (the factor's rule as a formula over its figures), weight (from the
 * model sheet), weighted points = weight × points / 100, and the rule that fired.
 * @example writeFactorTable(ctx, cells, formulas, resolve) // B45:D50 points, weight, weighted
 */
export function writeFactorTable(
  ctx: ScorecardContext,
  cells: SheetCells,
  formulas: ReadonlyMap<string, FactorFormulas>,
  resolve: Resolve
): void {
  const { t, result, rows } = ctx;
  cells.section(ctx.fixed.factorSection, t(msg("sc.section.factors")));
  const headers = [
    ["A", "sc.header.factor"],
    ["B", "sc.header.points"],
    ["C", "sc.header.weight"],
    ["D", "sc.header.weighted"],
    ["E", "sc.header.rule"],
  ] as const;
  for (const [column, key] of headers)
    cells.value(`${column}${ctx.fixed.factorHeader}`, t(msg(key)), "header");
  for (const id of rows.factorIds) {
    const factor = result.factors.find((f) => f.id === id);
    const formula = formulas.get(id);
    if (factor === undefined || formula === undefined)
      throw new ModelInvariantError(`factor ${id} has no result or no formulas`);
    const row = rows.factorRow(id);
    cells.value(`A${row}`, `${id} ${t(factor.name)}`, "label");
    cells.formula(`B${row}`, formula.points(resolve), factor.points.toNumber());
    cells.formula(`C${row}`, ctx.param(`weights.${id}`), factor.weight.toNumber());
    cells.formula(`D${row}`, `C${row}*B${row}/100`, factor.weightedPoints.toNumber());
    const notes = factor.notes.map((n) => t(n));
    cells.value(
      `E${row}`,
      [t(factor.rule), ...notes].join("; "),
      factor.status === "missing" ? "warning" : "note"
    );
  }
}

/**
 * The knock-out table: whether each applies (a formula over the factors' figures where they
 * exist), the cap it sets (from the model sheet), and the engine's message.
 * @example writeKnockoutTable(ctx, cells, has, resolve) // B54:C57 applies and cap
 */
export function writeKnockoutTable(
  ctx: ScorecardContext,
  cells: SheetCells,
  has: (id: string) => boolean,
  resolve: Resolve
): void {
  const { t, result, rows } = ctx;
  cells.section(rows.knockoutSection, t(msg("sc.section.knockouts")));
  const headers = [
    ["A", "sc.header.knockout"],
    ["B", "sc.header.applies"],
    ["C", "sc.header.cap"],
    ["E", "sc.header.message"],
  ] as const;
  for (const [column, key] of headers)
    cells.value(`${column}${rows.knockoutHeader}`, t(msg(key)), "header");
  if (ctx.fixed.outcome !== undefined)
    cells.value(`D${rows.knockoutHeader}`, t(msg("sc.header.policy")), "header");
  const caps = ctx.params.knockouts as unknown as Readonly<Record<string, string>>;
  for (const id of rows.knockoutIds) {
    const row = rows.knockoutRow(id);
    const applied = result.knockouts.find((k) => k.id === id);
    cells.value(`A${row}`, t(msg(`sc.knockout.${id}` as MessageKey)), "label");
    const formula = knockoutApplies(ctx, id, has, resolve);
    if (formula === null) cells.value(`B${row}`, applied !== undefined, applied ? "bad" : "value");
    else
      cells.formula(
        `B${row}`,
        formula,
        applied !== undefined,
        undefined,
        applied ? "bad" : "value"
      );
    cells.formula(`C${row}`, ctx.param(`knockouts.${id}Cap`), caps[`${id}Cap`] ?? "");
    // Layout 3 on: the knock-out's policy (cap, refer, decline) beside its cap.
    if (ctx.fixed.outcome !== undefined)
      cells.formula(`D${row}`, ctx.param(`knockouts.${id}Outcome`), caps[`${id}Outcome`] ?? "");
    cells.value(
      `E${row}`,
      applied === undefined ? t(msg("sc.knockout.notTriggered")) : t(applied.message),
      applied === undefined ? "muted" : "bad"
    );
  }
}
