/**
 * Messages of the reading notes (读取说明 / Reading notes), layout 4 on: what the reader reported
 * when the workbook was scored, listed at the foot of the scorecard, counted on the committee
 * summary and recorded by their digest in the `scored` audit row. One term: 读取说明 / reading
 * notes (the pane and the command line call the same findings notices, 提示 / note).
 */
export const READING_NOTES_MESSAGES = {
  "sc.section.readingNotes": {
    en: "Reading notes (what the reader reported when the workbook was scored)",
    zh: "读取说明（评分时读取输入表所见情况）",
  },
  "sc.header.readingNoteAt": { en: "Sheet and cell", zh: "工作表及单元格" },
  "sc.header.readingNote": { en: "Reading note", zh: "读取说明" },
  "sc.readingNotes.none": {
    en: "No reading notes: every input table was visible and read as written",
    zh: "无读取说明：输入表均可见，按原样读取",
  },
  "sc.readingNotes.more": {
    en: "{count} more reading notes are not listed here; govscore's output and the task pane list them all",
    zh: "另有{count}条读取说明未在此列出，govscore 的输出及任务窗格列出全部",
  },
  "sc.readingNotes.notRecorded": {
    en: "Not recorded: this workbook was scored by an earlier release, which did not record reading notes; score it again to record them",
    zh: "未记录：本工作簿由较早版本评分，当时未记录读取说明；重新评分后即记录",
  },
  "audit.readingNotes": {
    en: "reading notes {count} · SHA-256 {digest}",
    zh: "读取说明 {count} 条 · SHA-256 {digest}",
  },
  "sum.label.readingNotes": { en: "Reading notes", zh: "读取说明" },
  "sum.readingNotes": {
    en: "{count}, listed at the foot of the scorecard",
    zh: "{count} 条，见评分卡末尾",
  },
  "sum.readingNotesNone": { en: "None", zh: "无" },
  "sum.readingNotesNotRecorded": {
    en: "Not recorded (scored by an earlier release)",
    zh: "未记录（由较早版本评分）",
  },
  "app.verify.readingNotes": {
    en: "the reading notes on the scorecard are not those recorded when it was scored (the audit log's last “scored” row records {expected}; the notes on the scorecard give {found})",
    zh: "评分卡上的读取说明与评分时记录的不符（审计日志最后一条评分记录为{expected}，评分卡上的读取说明为{found}）",
  },
} as const;
