import { ModelInvariantError, msg } from "../../../core";
import { columnRef, tableDisplay } from "../context";
import { PERCENT, type Quantity } from "../quantity";
import { note, type FactorFormulaBuilder } from "./common";

/**
 * F4: directors in management (k, parsed from free-text posts by the engine) and directors (n,
 * counted by formula), the bands decided in integers (k×q ≤ p×n for the band limit p/q held as two
 * model-sheet cells), minus the chair-is-GM penalty, floored at 0.
 * @example
 * f4Formulas(ctx, factor).points(resolve)
 * // "MAX(0,IF(B89*…$D$36<=…$C$36*B90,…)-IF(B92,…,0))"
 */
export const f4Formulas: FactorFormulaBuilder = (ctx) => {
  const board = ctx.board;
  if (board === null) throw new ModelInvariantError("F4 scored without a board");
  const posts = columnRef(ctx, "board", "managementPost");
  const roles = columnRef(ctx, "board", "boardRole");
  const table = tableDisplay(ctx, "board");
  const postsSource = posts?.display ?? table;
  const directorsBase = {
    id: "F4.directors",
    label: ctx.t(msg("sc.measure.directors")),
    value: board.directors,
  };
  const directors: Quantity =
    roles === null || !roles.safe
      ? { ...directorsBase, note: note.notSafe(ctx, roles?.display ?? table) }
      : { ...directorsBase, formula: () => `COUNTA(${roles.range})`, note: roles.display };
  const quantities: Quantity[] = [
    {
      id: "F4.overlapping",
      label: ctx.t(msg("measure.overlap")),
      value: board.overlapping.length,
      note: note.posts(ctx, postsSource),
    },
    directors,
    {
      id: "F4.ratio",
      label: ctx.t(msg("measure.overlapRatio")),
      value: board.directors > 0 ? board.overlapping.length / board.directors : "",
      numberFormat: PERCENT,
      formula: (q) => `IF(${q("F4.directors")}>0,${q("F4.overlapping")}/${q("F4.directors")},"")`,
      note: note.derived(ctx),
    },
    {
      id: "F4.chairIsGm",
      label: ctx.t(msg("measure.chairIsGm")),
      value: board.chairsAsGm.length > 0,
      note: note.posts(ctx, postsSource),
    },
  ];
  const p = (path: string) => ctx.param(`f4.${path}`);
  return {
    quantities,
    covered: ["overlap", "chairIsGm"],
    points: (q) => {
      const [k, n] = [q("F4.overlapping"), q("F4.directors")];
      const atMost = (limit: string) =>
        `${k}*${p(`${limit}.denominator`)}<=${p(`${limit}.numerator`)}*${n}`;
      const band =
        `IF(${atMost("lowOverlapMax")},${p("lowOverlapPoints")},` +
        `IF(${atMost("midOverlapMax")},${p("midOverlapPoints")},${p("highOverlapPoints")}))`;
      return `MAX(0,${band}-IF(${q("F4.chairIsGm")},${p("chairIsGmPenalty")},0))`;
    },
  };
};
