import {
  Decimal,
  formatMessage,
  LANGUAGES,
  msg,
  type AmountUnit,
  type MessageKey,
  type MessageRef,
} from "../../core";
import { WORDING_LAYOUT } from "../versions";
import { sheetPrefix } from "../a1";
import type { AuditRow } from "../audit/row";
import { AMOUNT_FORMAT } from "../cell-styles";
import type { CellStyle, PlannedCell, PlannedValue, SheetPlan } from "../plan";
import { scorecardContext, type ScorecardInput } from "../scorecard/context";
import { literal } from "../scorecard/formula";
import { readingNotesTotal } from "../scorecard/reading-notes";
import { READING_NOTES_LAYOUT } from "../versions";
import { timeText } from "../scorecard/sections/header";

/**
 * The committee summary (评审摘要 / Committee summary), layout 3 on: the one page a risk committee
 * reads first, and the sheet the scored workbook opens on. Client, date and officer; outcome
 * first; score, model and final grade with its meaning; completeness with the provisional mark;
 * model status; knock-outs and caps; the first red flags; requested → recommended rating, limit
 * and tenor; override, approval and the audit head; a sign-off block (经办 / 审查 / 审批).
 *
 * The figures are formulas that refer to the scorecard's cells (cached with the scorecard's
 * values), so an auditor lands on the scorecard's own formula; texts the scorecard holds in notes
 * (knock-outs, flags, the override) are values. Four columns, printed on one A4 page, portrait,
 * at 100% with every font at least 10 pt.
 * @example summaryPlan(input, scorecard, rows).cells.find((c) => c.ref === "B9")?.formula // "'治理评分卡'!$B$13"
 */
export function summaryPlan(
  input: ScorecardInput,
  scorecard: SheetPlan,
  auditRows: readonly AuditRow[]
): SheetPlan {
  const ctx = scorecardContext(input);
  const { t, result, fixed } = ctx;
  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const heights: { row: number; height: number }[] = [];
  const planned = new Map(scorecard.cells.map((c) => [c.ref, c]));
  const prefix = sheetPrefix(scorecard.name);
  let row = 0;

  const put = (ref: string, value: PlannedValue, style: CellStyle, numberFormat?: string) =>
    cells.push({ ref, value, style, ...(numberFormat === undefined ? {} : { numberFormat }) });
  const text = (ref: MessageRef) => t(ref);
  /** A scorecard cell by reference: blank stays blank (a bare reference would show 0). */
  const linked = (
    ref: string,
    scorecardRef: string,
    style: CellStyle,
    numberFormat?: string
  ): void => {
    const source = planned.get(scorecardRef);
    const value = source?.value ?? "";
    const at = `${prefix}$${scorecardRef.replace(/(\d+)$/, "$$$1")}`;
    cells.push({
      ref,
      value: value === null ? "" : value,
      formula: `IF(${at}="","",${at})`,
      style,
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
  };
  /** An amount of the scorecard in 万: the same reference divided by 10,000, blank kept blank. */
  const linkedTenThousand = (
    ref: string,
    scorecardRef: string,
    style: CellStyle,
    numberFormat?: string
  ): void => {
    const source = planned.get(scorecardRef)?.value ?? "";
    const at = `${prefix}$${scorecardRef.replace(/(\d+)$/, "$$$1")}`;
    cells.push({
      ref,
      value:
        typeof source === "number" ? new Decimal(source).div(10_000).toNumber() : (source ?? ""),
      formula: `IF(ISNUMBER(${at}),${at}/10000,${at})`,
      style,
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
  };
  const section = (key: MessageRef) => {
    row += 1;
    put(`A${row}`, text(key), "subtitle");
    merges.push(`A${row}:D${row}`);
  };
  const label = (column: "A" | "C", key: MessageKey, params?: Parameters<typeof msg>[1]) =>
    put(`${column}${row}`, text(msg(key, params)), "label");
  const wide = (value: PlannedValue, style: CellStyle) => {
    put(`B${row}`, value, style);
    merges.push(`B${row}:D${row}`);
  };

  // Title and client
  row = 1;
  const client = result.clientName ?? result.clientId ?? "";
  put("A1", text(msg("sum.title")), "title");
  merges.push("A1:D1");
  row = 2;
  put("A2", text(msg("sum.subtitle", { client, scorecard: scorecard.name })), "label");
  merges.push("A2:D2");
  section(msg("sum.section.client"));
  row += 1;
  label("A", "sum.label.client");
  linked(`B${row}`, `B${fixed.clientName}`, "value");
  label("C", "sum.label.clientId");
  linked(`D${row}`, `B${fixed.clientId}`, "value");
  row += 1;
  label("A", "sum.label.date");
  linked(`B${row}`, `B${fixed.date}`, "value");
  label("C", "sum.label.officer");
  put(`D${row}`, lastScoredBy(auditRows), "value");

  // Conclusion: the outcome first
  section(msg("sum.section.result"));
  const kind = result.outcome.kind;
  row += 1;
  label("A", "sum.label.outcome");
  const outcomeRow = fixed.outcome;
  if (outcomeRow !== undefined) {
    const style: CellStyle = kind === "decline" ? "bad" : kind === "refer" ? "warning" : "good";
    linked(`B${row}`, `B${outcomeRow}`, style);
    merges.push(`B${row}:D${row}`);
    row += 1;
    label("A", "sum.label.outcomeBasis");
    wide((planned.get(`E${outcomeRow}`)?.value as string | undefined) ?? "", "value");
  }
  row += 1;
  label("A", "sum.label.score");
  linked(`B${row}`, `B${fixed.score}`, "emphasis", "0.00");
  label("C", "sum.label.modelGrade");
  linked(`D${row}`, `B${fixed.modelGrade}`, "emphasis");
  row += 1;
  label("A", "sum.label.finalGrade");
  linked(`B${row}`, `B${fixed.finalGrade}`, "emphasis");
  label("C", "sum.label.meaning");
  linked(`D${row}`, `B${fixed.meaning}`, "value");
  row += 1;
  label("A", "sum.label.completeness");
  linked(`B${row}`, `B${fixed.completeness}`, "value", "0.00%");
  label("C", "sum.label.gradeStatus");
  const mark = `${prefix}$C$${fixed.completeness}`;
  const [provisional, final] = [text(msg("sum.gradeProvisional")), text(msg("sum.gradeFinal"))];
  cells.push({
    ref: `D${row}`,
    value: result.provisional ? provisional : final,
    formula: `IF(${mark}="",${literal(final)},${literal(provisional)})`,
    style: result.provisional ? "bad" : "value",
  });
  if (fixed.modelStatus !== undefined) {
    row += 1;
    label("A", "sum.label.modelStatus");
    const status = planned.get(`B${fixed.modelStatus}`)?.value ?? "";
    wide(status, ctx.standing?.status.status === "nonStandard" ? "bad" : "value");
  }
  if (ctx.layoutVersion >= READING_NOTES_LAYOUT) {
    // Layout 4: how many reading notes the scorecard lists (hidden rows, formula inputs …).
    row += 1;
    label("A", "sum.label.readingNotes");
    const total = readingNotesTotal(input.readingNotes);
    wide(
      total === null
        ? text(msg("sum.readingNotesNotRecorded"))
        : total === 0
          ? text(msg("sum.readingNotesNone"))
          : text(msg("sum.readingNotes", { count: total })),
      total === null || total === 0 ? "value" : "warning"
    );
  }

  // Knock-outs and caps
  section(msg("sum.section.knockouts"));
  if (result.knockouts.length === 0) {
    row += 1;
    put(`A${row}`, text(msg("sum.noKnockouts")), "value");
    merges.push(`A${row}:D${row}`);
  }
  for (const k of result.knockouts) {
    row += 1;
    put(
      `A${row}`,
      text(
        msg("sum.knockout", {
          name: msg(`sc.knockout.${k.id}` as MessageKey),
          cap: k.cap,
          policy: msg(`policy.${k.outcome}`),
        })
      ),
      k.outcome === "cap" ? "value" : "bad"
    );
    merges.push(`A${row}:D${row}`);
  }

  // The first red flags, in factor order
  const flags = result.flags;
  const shown = flags.slice(0, MAX_FLAGS);
  section(msg("sum.section.flags", { shown: shown.length, total: flags.length }));
  if (flags.length === 0) {
    row += 1;
    put(`A${row}`, text(msg("sum.noFlags")), "value");
    merges.push(`A${row}:D${row}`);
  }
  for (const flag of shown) {
    row += 1;
    put(
      `A${row}`,
      text(msg("sum.flag", { title: flag.title, factor: flag.factor ?? "—" })),
      "value"
    );
    merges.push(`A${row}:D${row}`);
  }
  if (flags.length > shown.length) {
    row += 1;
    put(`A${row}`, text(msg("sum.moreFlags", { count: flags.length - shown.length })), "label");
    merges.push(`A${row}:D${row}`);
  }

  // Credit: requested → recommended
  section(msg("sum.section.credit"));
  row += 1;
  put(`A${row}`, text(msg("sum.header.item")), "header");
  put(`B${row}`, text(msg("sum.header.requested")), "header");
  put(`C${row}`, text(msg("sum.header.recommended")), "header");
  merges.push(`C${row}:D${row}`);
  // Layout 4 on: limits in 元 or, when asked, in 万元 (the scorecard's figure / 10,000).
  const unit = ctx.layoutVersion >= WORDING_LAYOUT ? (input.amountUnit ?? "unit") : null;
  const wan = unit === "tenThousand";
  const credit: [MessageRef, number, number, string | undefined, boolean][] = [
    [msg("sum.label.rating"), fixed.baseRating, fixed.adjustedRating, undefined, false],
    [
      unit === null
        ? msg("sum.label.limit", { currency: result.adjustment.currency })
        : limitLabel(result.adjustment.currency, unit),
      fixed.requestedLimit,
      fixed.recommendedLimit,
      wan ? TEN_THOUSAND_FORMAT : AMOUNT_FORMAT,
      wan,
    ],
    [msg("sum.label.tenor"), fixed.requestedTenor, fixed.recommendedTenor, "0", false],
  ];
  for (const [name, requested, recommended, format, scaled] of credit) {
    row += 1;
    put(`A${row}`, text(name), "label");
    (scaled ? linkedTenThousand : linked)(`B${row}`, `B${requested}`, "value", format);
    (scaled ? linkedTenThousand : linked)(`C${row}`, `B${recommended}`, "emphasis", format);
    merges.push(`C${row}:D${row}`);
  }

  // Override, approval, audit head
  section(msg("sum.section.approval"));
  const o = result.override;
  row += 1;
  label("A", "sum.label.override");
  wide(
    o === null
      ? text(msg("sum.noOverride"))
      : text(
          msg("sum.override", {
            model: o.modelGrade,
            final: o.finalGrade,
            officer: o.officer,
            reason: o.reason,
          })
        ),
    "value"
  );
  row += 1;
  label("A", "sum.label.approval");
  const approval =
    fixed.approvalStatus === undefined ? "" : planned.get(`B${fixed.approvalStatus}`)?.value;
  wide(
    approval === null || approval === undefined || approval === ""
      ? text(msg("sum.approvalNone"))
      : approval,
    o?.approval.status === "pending" ? "bad" : "value"
  );
  row += 1;
  label("A", "sum.label.auditHead");
  const head = input.auditHead ?? null;
  wide(
    head === null ? "" : text(msg("sum.auditHead", { rows: head.rows, hash: head.hash })),
    "value"
  );

  // Sign-off
  section(msg("sum.section.signOff"));
  row += 1;
  (
    ["sum.header.role", "sum.header.name", "sum.header.signDate", "sum.header.signature"] as const
  ).forEach((key, i) => put(`${"ABCD"[i]}${row}`, text(msg(key)), "header"));
  for (const role of ["sum.role.officer", "sum.role.reviewer", "sum.role.approver"] as const) {
    row += 1;
    put(`A${row}`, text(msg(role)), "label");
    for (const column of ["B", "C", "D"]) put(`${column}${row}`, null, "signature");
    heights.push({ row, height: SIGNATURE_HEIGHT });
  }

  return {
    name: t(msg("sheet.summary")),
    role: "summary",
    cells,
    merges,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: heights,
    active: true,
    print: {
      area: `A1:D${row}`,
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      onePage: true,
      narrowMargins: true,
      header: t(
        msg("sc.print.header", { client, fingerprint: result.modelFingerprint.slice(0, 12) })
      ),
      footer: t(msg("sum.print.footer", { time: timeText(ctx, ctx.generatedAt) })),
    },
  };
}

/** At most this many red flags are listed; the scorecard lists them all with their actions. */
const MAX_FLAGS = 5;
/** A signature line: room to sign by hand. */
const SIGNATURE_HEIGHT = 36;
/** Four columns, 90 characters: A4 portrait at 100% with narrow margins. */
const COLUMN_WIDTHS: readonly number[] = [18, 30, 16, 26];

/** Who scored: the user of the log's last `scored` event (declared, as the log records it). */
function lastScoredBy(rows: readonly AuditRow[]): string {
  return [...rows].reverse().find((r) => r.event === "scored")?.user ?? "";
}

/** 万元 with up to two decimals (a limit rounded to 100 元 shows exactly). */
const TEN_THOUSAND_FORMAT = "#,##0.00";

/** The summary's limit label, which also records the unit it is in (layout 4 on). */
function limitLabel(currency: string, unit: AmountUnit): MessageRef {
  const cny = currency === "CNY";
  if (unit === "unit")
    return cny ? msg("sum.label.limit.cny") : msg("sum.label.limit", { currency });
  return cny
    ? msg("sum.label.limit.cny.tenThousand")
    : msg("sum.label.limit.tenThousand", { currency });
}

/**
 * The unit a written summary shows its limits in, told by its limit label (column A) in either
 * language: 万 when the label is the 万 one for the currency, else 元.
 * @example summaryAmountUnit(["额度（万元）"], "CNY") // "tenThousand"
 */
export function summaryAmountUnit(labels: readonly unknown[], currency: string): AmountUnit {
  const wan = new Set(LANGUAGES.map((l) => formatMessage(limitLabel(currency, "tenThousand"), l)));
  return labels.some((label) => typeof label === "string" && wan.has(label.trim()))
    ? "tenThousand"
    : "unit";
}
