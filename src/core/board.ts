import { Decimal } from "./decimal";
import { GM_POST_ALIASES, NO_POST_ALIASES, normaliseLabel } from "./inputs/schema";
import type { BoardRow } from "./inputs/types";
import type { CellRef } from "./issues";

/** Board/management overlap (F4): who sits on the board and also in senior management. */
export interface BoardAnalysis {
  readonly directors: number;
  readonly overlapping: readonly BoardRow[];
  /** The chair(s) whose management post is general manager. */
  readonly chairsAsGm: readonly BoardRow[];
  readonly cells: readonly CellRef[];
}

const POST_SEPARATORS = /[、,，;；/／&＆+＋|]|兼|及|和|\band\b/;

/** Posts in a management-post cell, normalised: "总经理、财务总监" → ["总经理", "财务总监"]. */
export function managementPosts(post: string | null | undefined): string[] {
  if (post === null || post === undefined) return [];
  return post
    .split(POST_SEPARATORS)
    .map(normaliseLabel)
    .filter((p) => p !== "" && !NO_POST_ALIASES.includes(p));
}

/** A deputy (副总经理, Deputy GM) is not the GM: the whole post must be a GM title. */
export function isGeneralManagerPost(post: string | null | undefined): boolean {
  return managementPosts(post).some((p) => GM_POST_ALIASES.includes(p));
}

export function analyseBoard(rows: readonly BoardRow[]): BoardAnalysis {
  const overlapping = rows.filter((r) => managementPosts(r.managementPost?.value).length > 0);
  const chairsAsGm = rows.filter(
    (r) => r.boardRole.value === "chair" && isGeneralManagerPost(r.managementPost?.value)
  );
  const cells: CellRef[] = [];
  for (const r of rows)
    for (const s of [r.name, r.boardRole, r.managementPost]) if (s?.at) cells.push(s.at);
  return { directors: rows.length, overlapping, chairsAsGm, cells };
}

/** r = overlapping ÷ directors as an exact pair; compare with `ratioAtMost`, never by dividing. */
export function overlapRatio(board: BoardAnalysis): { numerator: Decimal; denominator: Decimal } {
  return {
    numerator: new Decimal(board.overlapping.length),
    denominator: new Decimal(board.directors),
  };
}
