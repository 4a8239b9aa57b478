import { overlapRatio } from "../board";
import { clampPoints, formatPercent } from "../decimal";
import { msg, type MessageRef } from "../i18n/messages";
import { fraction, group, points } from "../params/spec";
import type { Fraction } from "../params/types";
import { fractionValue } from "../params/fraction";
import { defineFactor } from "./define";
import { measure, tableGap, yesNo } from "./helpers";
import type { FactorOutcome, FlagOutcome } from "./types";

/** k/n ≤ p/q, decided in integers: k·q ≤ p·n. */
function ratioAtMost(ratio: Fraction, limit: Fraction): boolean {
  return ratio.numerator.times(limit.denominator).lte(limit.numerator.times(ratio.denominator));
}

function showFraction(f: Fraction): string {
  return `${f.numerator.toString()}/${f.denominator.toString()}`;
}

/**
 * F4 Board/management overlap (weight 15): r = directors holding a senior-management post ÷
 * directors. Above one half the firm is insider-controlled. A chair who is also GM costs points.
 */
export const f4BoardOverlap = defineFactor({
  id: "F4",
  section: "f4",
  name: "factor.F4.name",
  weight: "15",
  parameters: group(
    {
      lowOverlapMax: fraction("1/3"),
      lowOverlapPoints: points("100"),
      midOverlapMax: fraction("1/2"),
      midOverlapPoints: points("70"),
      highOverlapPoints: points("20"),
      chairIsGmPenalty: points("20"),
    },
    [
      (v, c, path) =>
        c.ordered(
          `${path}.lowOverlapMax`,
          fractionValue(v.lowOverlapMax),
          "below",
          `${path}.midOverlapMax`,
          fractionValue(v.midOverlapMax)
        ),
    ]
  ),
  items: [],
  score({ inputs, board }, p): FactorOutcome {
    if (board === null || board.directors === 0) {
      const table = inputs.board;
      return {
        status: "missing",
        gaps: [tableGap("F4", "board", table === null, table?.at)],
        sources: [],
      };
    }
    const ratio = overlapRatio(board);
    const band = ratioAtMost(ratio, p.lowOverlapMax)
      ? "low"
      : ratioAtMost(ratio, p.midOverlapMax)
        ? "mid"
        : "high";
    const bandPoints =
      band === "low"
        ? p.lowOverlapPoints
        : band === "mid"
          ? p.midOverlapPoints
          : p.highOverlapPoints;
    const sources = inputs.board?.at ? [inputs.board.at] : board.cells;
    const overlapCells = board.overlapping.flatMap((r) =>
      r.managementPost?.at ? [r.managementPost.at] : []
    );
    const notes: MessageRef[] = [];
    const chair = board.chairsAsGm[0];
    let points = bandPoints;
    if (chair !== undefined) {
      points = clampPoints(points.minus(p.chairIsGmPenalty));
      notes.push(
        msg("rule.F4.chairIsGm", {
          chair: chair.name.value ?? "",
          penalty: p.chairIsGmPenalty.toString(),
        })
      );
    }
    const flags: FlagOutcome[] =
      band === "high"
        ? [{ id: "insiderControl", title: msg("flag.insiderControl"), sources: overlapCells }]
        : [];
    const chairCells = board.chairsAsGm.flatMap((r) =>
      [r.boardRole.at, r.managementPost?.at].filter((c) => c !== undefined)
    );
    return {
      status: "scored",
      points,
      ruleId: `F4.${band}`,
      rule: msg(`rule.F4.${band}`, {
        overlapping: ratio.numerator.toString(),
        directors: ratio.denominator.toString(),
        ratio: `${showFraction(ratio)} = ${formatPercent(ratio.numerator.div(ratio.denominator))}`,
        low: showFraction(p.lowOverlapMax),
        mid: showFraction(p.midOverlapMax),
      }),
      notes,
      // Each director's name, role and management post: what the overlap and chair tests read.
      cells: board.cells,
      measures: [
        measure(
          "overlap",
          "measure.overlap",
          { kind: "ratio", numerator: ratio.numerator, denominator: ratio.denominator },
          sources
        ),
        measure("chairIsGm", "measure.chairIsGm", yesNo(chair !== undefined), chairCells),
      ],
      sources,
      gaps: [],
      flags,
    };
  },
});

export { ratioAtMost };
