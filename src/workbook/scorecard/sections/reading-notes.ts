import { msg } from "../../../core";
import type { ScorecardContext } from "../context";
import type { ReadingNotes } from "../reading-notes";
import type { SheetCells } from "../sheet-cells";

/** The notes as written: rows, or that the scoring recorded none. */
export type WrittenReadingNotes = Exclude<ReadingNotes, { kind: "asWritten" }>;

/**
 * The reading notes (layout 4 on), after the gaps at the foot of the scorecard: a section title,
 * a header, then one row per note (sheet and cell in A, the note in B:E, wrapped), or one row
 * saying there are none or that the scoring recorded none. Texts are values (never formulas).
 * Returns the last row written and the notes as written.
 * @example writeReadingNotes(ctx, cells, 136).lastRow // 139 with two notes
 */
export function writeReadingNotes(
  ctx: ScorecardContext,
  cells: SheetCells,
  firstRow: number
): { readonly lastRow: number; readonly notes: WrittenReadingNotes } {
  const { t } = ctx;
  cells.section(firstRow, t(msg("sc.section.readingNotes")));
  const headerRow = firstRow + 1;
  cells.value(`A${headerRow}`, t(msg("sc.header.readingNoteAt")), "header");
  cells.value(`B${headerRow}`, t(msg("sc.header.readingNote")), "header");
  cells.merge(`B${headerRow}:E${headerRow}`);
  const first = headerRow + 1;
  const given = ctx.readingNotes ?? { kind: "rows", rows: [] };
  const notes: WrittenReadingNotes =
    given.kind === "asWritten" ? { kind: "rows", rows: given.read(first) } : given;
  if (notes.kind === "notRecorded") {
    cells.wide(first, t(msg("sc.readingNotes.notRecorded")), "value");
    return { lastRow: first, notes };
  }
  if (notes.rows.length === 0) {
    cells.wide(first, t(msg("sc.readingNotes.none")), "muted");
    return { lastRow: first, notes };
  }
  notes.rows.forEach((note, i) => {
    cells.value(`A${first + i}`, note.where, "label");
    cells.wide(first + i, note.text, "value");
  });
  return { lastRow: first + notes.rows.length - 1, notes };
}
