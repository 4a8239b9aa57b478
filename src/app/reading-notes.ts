import { formatMessage, LANGUAGES, msg, type MessageKey } from "../core";
import type { AuditRow } from "../workbook/audit";
import {
  loggedReadingNotesDigest,
  type ReadingNoteRow,
  type ReadingNotes,
} from "../workbook/scorecard/reading-notes";
import type { SheetSnapshot } from "../workbook/snapshot";
import { cellText, cellValue } from "./recorded-scorecard";

/** A text of the catalogue in every language. */
function inEveryLanguage(key: MessageKey): string[] {
  return LANGUAGES.map((language) => formatMessage(msg(key), language));
}

/** A cell's text as written (not trimmed: the plan wrote it trimmed, so a change shows). */
function textAt(sheet: SheetSnapshot, ref: string): string {
  const value = cellValue(sheet, ref);
  return typeof value === "string" ? value : cellText(value);
}

/**
 * The reading notes a scorecard holds from `firstRow` on (sheet and cell in A, the note in B),
 * down to the first row with neither: the row saying there are none reads as no notes. Anything
 * typed in place of a note, or below the last, is read as a note, so that the digest names it.
 * @example recordedReadingNoteRows(scorecard, 138) // [{ where: "股东名册!A3", text: "…" }]
 */
export function recordedReadingNoteRows(sheet: SheetSnapshot, firstRow: number): ReadingNoteRow[] {
  const rows: ReadingNoteRow[] = [];
  for (let row = firstRow; row <= sheet.values.length; row++) {
    const where = textAt(sheet, `A${row}`);
    const text = textAt(sheet, `B${row}`);
    if (where === "" && text === "") break;
    rows.push({ where, text });
  }
  const none = inEveryLanguage("sc.readingNotes.none");
  const [only] = rows;
  if (rows.length === 1 && only !== undefined && only.where === "" && none.includes(only.text))
    return [];
  return rows;
}

/** The log's last `scored` row (the scoring the scorecard's notes belong to). */
export function lastScoredRow(rows: readonly AuditRow[]): AuditRow | undefined {
  return [...rows].reverse().find((r) => r.event === "scored");
}

/**
 * The digest of the reading notes the last scoring recorded in the log; null when it recorded
 * none (scored before layout 4).
 */
export function loggedNotesDigest(rows: readonly AuditRow[]): string | null {
  const scored = lastScoredRow(rows);
  return scored === undefined ? null : loggedReadingNotesDigest(scored.reason);
}

/**
 * The reading notes an override or an approval writes again: the scoring's, as the scorecard
 * holds them (found by the section's title in column A, in either language), or "not recorded"
 * when the last scoring recorded none. They are not read again from the input sheets: they
 * belong to the scoring, whose `scored` row records their digest (a note edited before the
 * override is still named by `verify`).
 * @example carriedReadingNotes(sheets.scorecard, auditRows) // { kind: "rows", rows: [...] }
 */
export function carriedReadingNotes(
  scorecard: SheetSnapshot,
  auditRows: readonly AuditRow[]
): ReadingNotes {
  if (loggedNotesDigest(auditRows) === null) return { kind: "notRecorded" };
  const titles = inEveryLanguage("sc.section.readingNotes");
  for (let row = scorecard.values.length; row >= 1; row--)
    if (titles.includes(cellText(cellValue(scorecard, `A${row}`))))
      return { kind: "rows", rows: recordedReadingNoteRows(scorecard, row + 2) };
  return { kind: "rows", rows: [] };
}
