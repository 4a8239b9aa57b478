import { issueLine, type LocalizedIssue, type WorkbookSummary } from "../app";
import type { Printer } from "./output";
import { safeMessage } from "./visible";
import {
  Decimal,
  formatAmount,
  formatMessage,
  isMessageKey,
  msg,
  type Language,
  type MessageArg,
} from "../core";

/** "25000000" → "25,000,000": decimal text grouped by the core's `formatAmount`, decimals kept. */
export function groupThousands(amount: string): string {
  return formatAmount(new Decimal(amount), amount.split(".")[1]?.length ?? 0);
}

/** The one-line summary of a scored client, as the score command prints it. */
export function scoredLine(summary: WorkbookSummary, language: Language): string {
  const t = (key: Parameters<typeof msg>[0], params?: Record<string, MessageArg>) =>
    formatMessage(safeMessage(msg(key, params)), language);
  const none = t("cli.none");
  const shownGrade =
    summary.finalGrade !== null && summary.finalGrade !== summary.modelGrade
      ? t("cli.gradeOverridden", { final: summary.finalGrade, model: summary.modelGrade ?? "" })
      : (summary.finalGrade ?? none);
  const provisionalGrade =
    summary.provisional === true ? t("cli.gradeProvisional", { grade: shownGrade }) : shownGrade;
  const grade =
    summary.modelStatus === "nonStandard"
      ? t("cli.gradeNotFinal", { grade: provisionalGrade })
      : provisionalGrade;
  const clientName = summary.clientName ?? summary.clientId ?? t("cli.noClientName");
  const outcome = summary.outcome;
  // The outcome comes first when it is not "proceed": a referral or a decline before any grade.
  const client =
    outcome === null || outcome.kind === "proceed"
      ? clientName
      : t("cli.clientOutcome", {
          client: clientName,
          outcome: msg(`outcome.${outcome.kind}`),
          knockouts: outcome.knockouts.map((id) => knockoutName(id, language)).join(", "),
        });
  const limit =
    summary.recommendedLimit === null
      ? none
      : `${groupThousands(summary.recommendedLimit)} ${summary.currency ?? ""}`.trim();
  return t("cli.scored", {
    file: summary.file,
    client,
    grade,
    score: summary.score ?? none,
    completeness:
      summary.completeness === null
        ? none
        : `${new Decimal(summary.completeness).times(100).toFixed(2)}%`,
    rating: summary.adjustedRating ?? none,
    limit,
    tenor:
      summary.recommendedTenorMonths === null
        ? none
        : t("cli.months", { months: summary.recommendedTenorMonths }),
    flags: summary.flags.length,
    output: summary.output ?? none,
  });
}

function knockoutName(id: string, language: Language): string {
  const key = `sc.knockout.${id}`;
  return isMessageKey(key) ? formatMessage(msg(key), language) : id;
}

/** The audit head of a written workbook, to keep outside it (none when nothing was written). */
export function headLines(summary: WorkbookSummary, p: { t: Printer["t"] }): string[] {
  const head = summary.auditHead;
  return head === null
    ? []
    : [p.t("cli.auditHead", { chain: head.chain.slice(0, 12), rows: head.rows, hash: head.hash })];
}

/** A failed workbook: a heading line, then each located problem indented. */
export function failedLines(
  file: string,
  issues: readonly LocalizedIssue[],
  language: Language
): string[] {
  return [
    formatMessage(safeMessage(msg("cli.failed", { file, count: issues.length })), language),
    ...issues.map((issue) =>
      formatMessage(safeMessage(msg("cli.issue", { text: issueLine(issue, language) })), language)
    ),
  ];
}

export function noticeLines(notices: readonly LocalizedIssue[], language: Language): string[] {
  return notices.map((n) =>
    formatMessage(safeMessage(msg("cli.notice", { text: issueLine(n, language) })), language)
  );
}
