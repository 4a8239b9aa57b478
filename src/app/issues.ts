import type { Issue } from "../core";
// Not through src/core: the task pane's first load has `localize` without the whole catalogue.
import {
  formatLocated,
  formatMessage,
  msg,
  type Language,
  type MessageRef,
} from "../core/i18n/format-message";
import type { LocalizedIssue, LocalizedText } from "./types";

/**
 * A catalogue message in both languages.
 * @example localize(msg("grade.A")) // { "zh-CN": "优", "en-US": "strong" }
 */
export function localize(message: MessageRef): LocalizedText {
  return { "zh-CN": formatMessage(message, "zh-CN"), "en-US": formatMessage(message, "en-US") };
}

/**
 * An issue of the model or the workbook layer as plain data in both languages.
 * @example localizeIssue(issue) // { code: "value.percent", sheet: "股东名册", cell: "C5", message: { "zh-CN": …, "en-US": … } }
 */
export function localizeIssue(issue: Issue): LocalizedIssue {
  return {
    code: issue.code,
    ...(issue.at === undefined ? {} : { sheet: issue.at.sheet, cell: issue.at.cell }),
    message: localize(issue.message),
  };
}

/**
 * An issue as a user reads it: "股东名册!C5: …" (the sheet quoted when it needs it).
 * @example issueLine(issue, "en-US") // "Shareholders!C5: The stake is not a percentage"
 */
export function issueLine(issue: LocalizedIssue, language: Language): string {
  const text = msg("app.text", { text: issue.message[language] });
  if (issue.sheet === undefined) return formatMessage(text, language);
  if (issue.cell === undefined)
    return formatMessage(msg("app.atSheet", { sheet: issue.sheet, text }), language);
  return formatLocated(text, { sheet: issue.sheet, cell: issue.cell }, language);
}
