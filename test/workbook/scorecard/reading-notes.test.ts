import { formatMessage, msg, type Language } from "../../../src/core";
import { appendAuditEvent, auditEventFor } from "../../../src/workbook/audit";
import { CELL_STYLES } from "../../../src/workbook/cell-styles";
import type { PlannedCell, SheetPlan } from "../../../src/workbook/plan";
import type { ReadNotice } from "../../../src/workbook/read";
import { scoredWorkbookPlan } from "../../../src/workbook/scorecard";
import {
  loggedReadingNotesDigest,
  MAX_READING_NOTES,
  readingNoteCount,
  readingNoteRows,
  readingNotesDigest,
  readingNotesReason,
  type ReadingNotes,
} from "../../../src/workbook/scorecard/reading-notes";
import { READING_NOTES_LAYOUT } from "../../../src/workbook/versions";
import { allCases, GENERATED_AT, type ScorecardCase } from "./cases";

/** The reader's notices of a register with a hidden row and a formula input cell. */
const NOTICES: readonly ReadNotice[] = [
  {
    code: "rows.hidden",
    message: msg("read.view.hiddenRows", {
      table: msg("table.shareholders"),
      sheet: "股东名册",
      rows: "3",
    }),
    at: { sheet: "股东名册", cell: "A3" },
  },
  {
    code: "formula.cached",
    message: msg("read.view.cachedFormulas", { sheet: "股东名册", cells: "C4" }),
    at: { sheet: "股东名册", cell: "C4" },
  },
  { code: "table.absent", message: msg("read.text", { text: "  a note about no cell  " }) },
];

function plans(c: ScorecardCase, readingNotes?: ReadingNotes, layoutVersion?: number) {
  const rows = appendAuditEvent(
    [],
    auditEventFor("scored", c.result, {
      time: GENERATED_AT,
      user: "王芳",
      language: c.language,
      enteredBy: "test",
    })
  );
  const plan = scoredWorkbookPlan({
    result: c.result,
    inputs: c.client.inputs,
    layout: c.client.layout,
    params: c.params,
    language: c.language,
    generatedAt: GENERATED_AT,
    auditRows: rows,
    ...(c.twins === undefined ? {} : { twins: c.twins }),
    ...(readingNotes === undefined ? {} : { readingNotes }),
    ...(layoutVersion === undefined ? {} : { layoutVersion }),
  });
  const role = (r: string) => plan.sheets.find((s) => s.role === r)!;
  return { scorecard: role("scorecard"), summary: role("summary") };
}

const at = (sheet: SheetPlan, ref: string): PlannedCell | undefined =>
  sheet.cells.find((c) => c.ref === ref);
const text = (language: Language, key: Parameters<typeof msg>[0]) =>
  formatMessage(msg(key), language);

/** The row of the section's title. */
function sectionRow(sheet: SheetPlan, language: Language): number {
  const title = text(language, "sc.section.readingNotes");
  const cell = sheet.cells.find((c) => c.ref.startsWith("A") && c.value === title);
  if (cell === undefined) throw new Error("no reading-notes section");
  return Number(cell.ref.slice(1));
}

const zh = allCases().find((c) => c.language === "zh-CN" && c.name === "seed")!;
const en = allCases().find((c) => c.language === "en-US" && c.name === "gradeA")!;

describe.each([
  ["zh-CN", zh],
  ["en-US", en],
] as const)("the scorecard's reading notes (%s)", (language, c) => {
  const rows = readingNoteRows(NOTICES, language);
  const { scorecard, summary } = plans(c, { kind: "rows", rows });

  it("lists one row per notice at the foot: sheet and cell in A, the note in B:E, as text", () => {
    const first = sectionRow(scorecard, language);
    expect(at(scorecard, `A${first + 1}`)?.value).toBe(text(language, "sc.header.readingNoteAt"));
    expect(at(scorecard, `A${first + 2}`)?.value).toBe("股东名册!A3");
    expect(at(scorecard, `B${first + 2}`)?.value).toBe(
      formatMessage(NOTICES[0]!.message, language)
    );
    expect(String(at(scorecard, `B${first + 2}`)?.value)).toContain(
      language === "zh-CN" ? "隐藏" : "hidden"
    );
    expect(at(scorecard, `A${first + 3}`)?.value).toBe("股东名册!C4");
    expect(at(scorecard, `A${first + 4}`)?.value).toBe("—");
    // Trimmed: a cell is read back trimmed.
    expect(at(scorecard, `B${first + 4}`)?.value).toBe("a note about no cell");
    expect(scorecard.merges).toContain(`B${first + 2}:E${first + 2}`);
    // The last rows of the sheet, inside the print area; no formula among them.
    const last = Math.max(...scorecard.cells.map((x) => Number(/\d+$/.exec(x.ref)![0])));
    expect(last).toBe(first + 4);
    expect(scorecard.print?.area).toBe(`A1:E${first + 4}`);
    const section = scorecard.cells.filter((x) => Number(/\d+$/.exec(x.ref)![0]) >= first);
    for (const cell of section) {
      expect(cell.formula).toBeUndefined();
      const size = cell.style === undefined ? 11 : (CELL_STYLES[cell.style].font?.size ?? 11);
      expect(size).toBeGreaterThanOrEqual(9);
    }
  });

  it("moves no cell of layout 3: every cell of the layout-3 scorecard is written at its place", () => {
    const three = plans(c, undefined, 3).scorecard;
    const four = new Map(scorecard.cells.map((x) => [x.ref, x]));
    // Layout 4 also words cells as an officer reads them (是/否, times): the places are the same.
    for (const cell of three.cells) expect(four.get(cell.ref)?.ref).toBe(cell.ref);
    expect(at(scorecard, "B11")?.value).toBe(READING_NOTES_LAYOUT);
    expect(sectionRow(scorecard, language)).toBeGreaterThan(
      Math.max(...three.cells.map((x) => Number(/\d+$/.exec(x.ref)![0])))
    );
    expect(three.cells.some((x) => x.value === text(language, "sc.section.readingNotes"))).toBe(
      false
    );
  });

  it("counts them on the committee summary, one page still", () => {
    const label = summary.cells.find((x) => x.value === text(language, "sum.label.readingNotes"))!;
    const row = label.ref.slice(1);
    expect(at(summary, `B${row}`)?.value).toBe(
      formatMessage(msg("sum.readingNotes", { count: 3 }), language)
    );
    expect(at(summary, `B${row}`)?.value).toBe(
      language === "zh-CN" ? "3 条，见评分卡末尾" : "3, listed at the foot of the scorecard"
    );
    expect(summary.print?.onePage).toBe(true);
  });

  it("says so in one row when there are none, and when the scoring recorded none", () => {
    const none = plans(c, { kind: "rows", rows: [] });
    const first = sectionRow(none.scorecard, language);
    expect(at(none.scorecard, `B${first + 2}`)?.value).toBe(text(language, "sc.readingNotes.none"));
    expect(at(none.scorecard, `A${first + 2}`)).toBeUndefined();
    expect(none.summary.cells.map((x) => x.value)).toContain(
      text(language, "sum.readingNotesNone")
    );
    const notRecorded = plans(c, { kind: "notRecorded" });
    expect(
      at(notRecorded.scorecard, `B${sectionRow(notRecorded.scorecard, language) + 2}`)?.value
    ).toBe(text(language, "sc.readingNotes.notRecorded"));
    expect(notRecorded.summary.cells.map((x) => x.value)).toContain(
      text(language, "sum.readingNotesNotRecorded")
    );
  });

  it("reads the rows as written when verifying, at the row the plan gives", () => {
    let asked = 0;
    const { scorecard: again, summary: counted } = plans(c, {
      kind: "asWritten",
      read: (first) => {
        asked = first;
        return rows;
      },
    });
    expect(asked).toBe(sectionRow(scorecard, language) + 2);
    expect(again.cells).toEqual(scorecard.cells);
    expect(counted.cells).toEqual(summary.cells);
  });
});

describe("the reading notes' rows, count and digest", () => {
  it("cuts a long list with a count, and counts what the rows stand for", () => {
    const many: ReadNotice[] = Array.from({ length: 100 }, (_, i) => ({
      code: "formula.recalculated",
      message: msg("read.text", { text: `note ${i}` }),
      at: { sheet: "Shareholders", cell: `C${i + 2}` },
    }));
    const rows = readingNoteRows(many, "en-US");
    expect(rows).toHaveLength(MAX_READING_NOTES);
    expect(rows.at(-1)).toEqual({
      where: `…(+${100 - MAX_READING_NOTES + 1})`,
      text: formatMessage(
        msg("sc.readingNotes.more", { count: 100 - MAX_READING_NOTES + 1 }),
        "en-US"
      ),
    });
    expect(readingNoteCount(rows)).toBe(100);
    expect(readingNoteRows(many.slice(0, MAX_READING_NOTES), "en-US")).toHaveLength(
      MAX_READING_NOTES
    );
    expect(readingNoteCount(readingNoteRows(many.slice(0, 5), "zh-CN"))).toBe(5);
  });

  it("quotes a sheet name a person would need quoted, and cuts a very long note", () => {
    const rows = readingNoteRows(
      [
        {
          code: "x",
          message: msg("read.text", { text: "x".repeat(5000) }),
          at: { sheet: "My sheet", cell: "B2" },
        },
      ],
      "en-US"
    );
    expect(rows[0]?.where).toBe("'My sheet'!B2");
    expect(rows[0]?.text.length).toBe(1000);
  });

  it("records count and digest in the scored row's reason, read back in either language", () => {
    const rows = readingNoteRows(NOTICES, "zh-CN");
    const digest = readingNotesDigest(rows);
    const zhReason = readingNotesReason(rows, "zh-CN");
    expect(zhReason).toBe(`读取说明 3 条 · SHA-256 ${digest}`);
    expect(loggedReadingNotesDigest(zhReason)).toBe(digest);
    expect(loggedReadingNotesDigest(readingNotesReason(rows, "en-US"))).toBe(digest);
    expect(loggedReadingNotesDigest("")).toBeNull();
    // Any change of a note, its place or its order changes the digest.
    const edited = rows.map((r, i) => (i === 1 ? { ...r, text: `${r.text}.` } : r));
    expect(readingNotesDigest(edited)).not.toBe(digest);
    expect(readingNotesDigest([...rows].reverse())).not.toBe(digest);
    expect(readingNotesDigest(rows.slice(1))).not.toBe(digest);
  });
});
