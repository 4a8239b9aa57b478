import {
  isGeneralManagerPost,
  managementPosts,
  ModelInvariantError,
  msg,
  type BoardRow,
} from "../../../core";
import { displayRef } from "../../a1";
import { columnRef, tableDisplay, type ScorecardContext } from "../context";
import { PERCENT, type Quantity } from "../quantity";
import { note, type FactorFormulaBuilder } from "./common";
import { WORDING_LAYOUT } from "../../versions";

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
  // Layout 3: one row per director (in management or not, from the post), one per chair (is the
  // post GM): the engine's reading of each free-text post, naming its cell; the count and the
  // chair test are formulas over these rows.
  const traced = ctx.layoutVersion >= TRACED_BOARD_LAYOUT && rowsOf(ctx).length <= MAX_TRACED;
  if (traced) {
    const rows = rowsOf(ctx);
    const postNote = (r: BoardRow) =>
      note.posts(ctx, r.managementPost?.at === undefined ? postsSource : at(r.managementPost.at));
    const inManagement: Quantity[] = rows.map((r, i) => ({
      id: `F4.inManagement.${i}`,
      label: ctx.t(msg("sc.measure.directorInManagement", { name: r.name.value ?? "" })),
      value: managementPosts(r.managementPost?.value).length > 0,
      note: postNote(r),
    }));
    const chairs: Quantity[] = rows.flatMap((r, i) =>
      r.boardRole.value === "chair"
        ? [
            {
              id: `F4.chairGm.${i}`,
              label: ctx.t(msg("sc.measure.chairPostIsGm", { name: r.name.value ?? "" })),
              value: isGeneralManagerPost(r.managementPost?.value),
              note: postNote(r),
            },
          ]
        : []
    );
    const first = inManagement[0]?.id;
    const last = inManagement[inManagement.length - 1]?.id;
    quantities[0] = {
      ...quantities[0]!,
      ...(first === undefined || last === undefined
        ? {}
        : {
            // Layout 4 writes the rows as 1/0 shown as 是/否 (see SheetCells).
            formula: (q) =>
              `COUNTIF(${q(first)}:${q(last)},${ctx.layoutVersion >= WORDING_LAYOUT ? 1 : "TRUE"})`,
          }),
      note: ctx.t(msg("sc.note.derived")),
    };
    quantities[3] = {
      ...quantities[3]!,
      formula: (q) =>
        chairs.length === 0 ? "FALSE" : `OR(${chairs.map((c) => q(c.id)).join(",")})`,
      note: ctx.t(msg("sc.note.derived")),
    };
    quantities.push(...inManagement, ...chairs);
  }
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

/** The first layout that traces the board overlap director by director. */
const TRACED_BOARD_LAYOUT = 3;
/** A board longer than this keeps the engine's count (one row per director would be too long). */
const MAX_TRACED = 60;

function rowsOf(ctx: ScorecardContext): readonly BoardRow[] {
  return ctx.inputs.board?.rows ?? [];
}

function at(cell: { readonly sheet: string; readonly cell: string }): string {
  return displayRef(cell.sheet, cell.cell);
}
