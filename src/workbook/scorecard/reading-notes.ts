import {
  canonicalJson,
  formatMessage,
  msg,
  sha256Hex,
  type Language,
  type MessageRef,
} from "../../core";
import { displayRef } from "../a1";
import type { ReadNotice } from "../read/types";

/**
 * The reading notes (读取说明 / Reading notes), layout 4 on: what the reader reported when the
 * workbook was scored (an input table on a hidden sheet, hidden rows or columns inside an input
 * table, input cells that hold formulas, near-duplicate names, skipped rows, ignored columns …),
 * one row each at the foot of the scorecard: where (sheet and cell) and the note, as text in the
 * scorecard's language.
 *
 * They are a record of the scoring, not something `verify` works out again: hidden rows may be
 * shown since, and the add-in and the command line word a formula note differently. So the
 * scoring records them twice: on the scorecard, and by their digest in the `scored` audit row's
 * reason (`readingNotesReason`), which the hash chain covers. `verify` copies the rows from the
 * scorecard, as it copies the date, and refuses them unless their digest is the one the log
 * records: an edited, added or removed note is named. An override or approval carries the rows
 * forward as they are (they belong to the scoring, which the log's `scored` row records).
 */
export interface ReadingNoteRow {
  /** Sheet and cell ("股东名册!A3"), "—" for a note about no cell, "…(+N)" for the rest. */
  readonly where: string;
  readonly text: string;
}

/** What the scorecard's reading-notes section shows. */
export type ReadingNotes =
  /** Rows already rendered (a scoring, or rows carried forward by an override or approval). */
  | { readonly kind: "rows"; readonly rows: readonly ReadingNoteRow[] }
  /** The scoring recorded none: a workbook scored before layout 4, overridden since. */
  | { readonly kind: "notRecorded" }
  /**
   * The rows as the workbook holds them at the first note row the plan decides (`verify`): the
   * plan asks for them once it knows where they are.
   */
  | { readonly kind: "asWritten"; readonly read: (firstRow: number) => readonly ReadingNoteRow[] };

/** At most this many notes are listed on the scorecard; one more row counts the rest. */
export const MAX_READING_NOTES = 30;
/** A note longer than this is cut (a holder name may be long). */
const MAX_TEXT = 1000;
/** Where the count of notes not listed is written. */
const MORE = /^…\(\+(\d+)\)$/;

/**
 * The scorecard rows of the reader's notices, in a language: at most `MAX_READING_NOTES`, then one
 * row counting the rest. Texts are trimmed (a cell is read back trimmed) and cut at 1,000
 * characters.
 * @example readingNoteRows([{ code: "rows.hidden", message, at: { sheet: "股东名册", cell: "A3" } }], "zh-CN")
 * // [{ where: "股东名册!A3", text: "股东名册表所在工作表“股东名册”的第 3 行已隐藏；已读取并计分" }]
 */
export function readingNoteRows(
  notices: readonly ReadNotice[],
  language: Language
): ReadingNoteRow[] {
  const text = (ref: MessageRef) => {
    const full = formatMessage(ref, language).trim();
    return full.length > MAX_TEXT ? `${full.slice(0, MAX_TEXT - 1)}…` : full;
  };
  const listed = notices.length > MAX_READING_NOTES ? MAX_READING_NOTES - 1 : notices.length;
  const rows: ReadingNoteRow[] = notices.slice(0, listed).map((n) => ({
    where: n.at === undefined ? "—" : displayRef(n.at.sheet, n.at.cell),
    text: text(n.message),
  }));
  const rest = notices.length - listed;
  if (rest > 0)
    rows.push({ where: `…(+${rest})`, text: text(msg("sc.readingNotes.more", { count: rest })) });
  return rows;
}

/**
 * How many notices the rows stand for (the listed ones and the counted rest).
 * @example readingNoteCount([{ where: "A!A1", text: "…" }, { where: "…(+5)", text: "…" }]) // 6
 */
export function readingNoteCount(rows: readonly ReadingNoteRow[]): number {
  return rows.reduce((count, row) => {
    const more = MORE.exec(row.where);
    return count + (more === null ? 1 : Number(more[1]));
  }, 0);
}

/**
 * SHA-256 of the rows exactly as written (where and text of each, in order).
 * @example readingNotesDigest([]) // "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
 */
export function readingNotesDigest(rows: readonly ReadingNoteRow[]): string {
  return sha256Hex(canonicalJson(rows.map((r) => [r.where, r.text])));
}

/**
 * The reason of the `scored` audit row that records the notes: their count and digest.
 * @example readingNotesReason([], "en-US") // "reading notes 0 · SHA-256 4f53…"
 */
export function readingNotesReason(rows: readonly ReadingNoteRow[], language: Language): string {
  return formatMessage(
    msg("audit.readingNotes", {
      count: readingNoteCount(rows),
      digest: readingNotesDigest(rows),
    }),
    language
  );
}

/**
 * The digest a `scored` row's reason records, in either language; null when it records none (a
 * row written before layout 4).
 * @example loggedReadingNotesDigest("读取说明 2 条 · SHA-256 9f2c…") // "9f2c…"
 */
export function loggedReadingNotesDigest(reason: string): string | null {
  return /SHA-256 ([0-9a-f]{64})\s*$/.exec(reason)?.[1] ?? null;
}

/** The count of notes: what the summary says, or null when the scoring recorded none. */
export function readingNotesTotal(notes: ReadingNotes | undefined): number | null {
  if (notes === undefined) return 0;
  if (notes.kind === "notRecorded") return null;
  if (notes.kind === "rows") return readingNoteCount(notes.rows);
  return null;
}
