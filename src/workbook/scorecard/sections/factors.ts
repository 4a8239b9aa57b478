import { msg, type KnockoutId } from "../../../core";
import type { ScorecardContext } from "../context";
import type { FactorFormulas } from "../factors";
import { FACTOR_ORDER, factorRow, KNOCKOUT_ORDER, knockoutRow, ROWS } from "../layout";
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
  const { t, result } = ctx;
  cells.section(ROWS.factorSection, t(msg("sc.section.factors")));
  const headers = [
    ["A", "sc.header.factor"],
    ["B", "sc.header.points"],
    ["C", "sc.header.weight"],
    ["D", "sc.header.weighted"],
    ["E", "sc.header.rule"],
  ] as const;
  for (const [column, key] of headers)
    cells.value(`${column}${ROWS.factorHeader}`, t(msg(key)), "header");
  for (const id of FACTOR_ORDER) {
    const factor = result.factors.find((f) => f.id === id);
    const formula = formulas.get(id);
    if (factor === undefined || formula === undefined) continue;
    const row = factorRow(id);
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
  const { t, result } = ctx;
  cells.section(ROWS.knockoutSection, t(msg("sc.section.knockouts")));
  const headers = [
    ["A", "sc.header.knockout"],
    ["B", "sc.header.applies"],
    ["C", "sc.header.cap"],
    ["E", "sc.header.message"],
  ] as const;
  for (const [column, key] of headers)
    cells.value(`${column}${ROWS.knockoutHeader}`, t(msg(key)), "header");
  for (const id of KNOCKOUT_ORDER) {
    const row = knockoutRow(id);
    const applied = result.knockouts.find((k) => k.id === id);
    cells.value(`A${row}`, t(msg(`sc.knockout.${id}`)), "label");
    const formula = appliesFormula(ctx, id, has, resolve);
    if (formula === null) cells.value(`B${row}`, applied !== undefined, applied ? "bad" : "value");
    else
      cells.formula(
        `B${row}`,
        formula,
        applied !== undefined,
        undefined,
        applied ? "bad" : "value"
      );
    const cap = CAPS[id](ctx);
    cells.formula(`C${row}`, ctx.param(`knockouts.${id}Cap`), cap);
    cells.value(
      `E${row}`,
      applied === undefined ? t(msg("sc.knockout.notTriggered")) : t(applied.message),
      applied === undefined ? "muted" : "bad"
    );
  }
}

const CAPS: Readonly<Record<KnockoutId, (ctx: ScorecardContext) => string>> = {
  insiderConcentration: (ctx) => ctx.params.knockouts.insiderConcentrationCap,
  ownershipUnclear: (ctx) => ctx.params.knockouts.ownershipUnclearCap,
  adverseAudit: (ctx) => ctx.params.knockouts.adverseAuditCap,
  subsidiaryTunnelling: (ctx) => ctx.params.knockouts.subsidiaryTunnellingCap,
};

function appliesFormula(
  ctx: ScorecardContext,
  id: KnockoutId,
  has: (id: string) => boolean,
  q: Resolve
): string | null {
  const param = ctx.param;
  const labels = ctx.model.lookups;
  const all = (...ids: string[]) => ids.every(has);
  switch (id) {
    case "insiderConcentration": {
      if (!all("F4.overlapping", "F4.directors", "F2.top3")) return null;
      const [k, n] = [q("F4.overlapping"), q("F4.directors")];
      const insider = `NOT(${k}*${param("f4.midOverlapMax.denominator")}<=${param("f4.midOverlapMax.numerator")}*${n})`;
      return `AND(${insider},${q("F2.top3")}>${param("f2.concentratedAbove")})`;
    }
    case "ownershipUnclear": {
      if (!all("F2.stakeSum", "F2.otherStake")) return null;
      const sum = q("F2.stakeSum");
      return `OR(${sum}<${param("knockouts.stakeSumMin")},${sum}>${param("knockouts.stakeSumMax")},${q("F2.otherStake")}>${param("knockouts.otherTypeMax")})`;
    }
    case "adverseAudit": {
      if (!has("F6.opinion")) return null;
      const op = q("F6.opinion");
      const o = labels.auditOpinion.label;
      return `OR(${op}=${o["adverse"]},${op}=${o["disclaimer"]})`;
    }
    case "subsidiaryTunnelling": {
      if (!all("F5.position", "F5.parentGovernance", "F5.parentCondition", "F5.ratio")) return null;
      const [pos, ratio] = [q("F5.position"), q("F5.ratio")];
      const g = labels.groupPosition.label;
      const poor = labels.condition.label["poor"];
      return (
        `AND(OR(${pos}=${g["whollyOwned"]},${pos}=${g["controlled"]}),ISNUMBER(${ratio}),` +
        `${ratio}>${param("f5.relatedReceivablesAbove")},` +
        `OR(${q("F5.parentGovernance")}=${poor},${q("F5.parentCondition")}=${poor}))`
      );
    }
  }
}
