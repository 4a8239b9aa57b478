import { ModelInvariantError, msg, shortFingerprint } from "../../core";
import { auditLogPlan } from "../audit/plan";
import { auditHead } from "../audit/chain";
import type { AuditRow } from "../audit/row";
import { modelSheetPlan } from "../model-sheet";
import type { SheetPlan, WorkbookPlan } from "../plan";
import { scorecardContext, type ScorecardInput } from "./context";
import { factorFormulas } from "./factors";
import { COLUMN_WIDTHS, LAST_COLUMN } from "./layout";
import { writeAdjustment } from "./sections/adjustment";
import { layoutDetails, writeDetails, writeFlags, writeGaps } from "./sections/details";
import { writeFactorTable, writeKnockoutTable } from "./sections/factors";
import { timeText, writeHeader } from "./sections/header";
import { writeAuditHead } from "./sections/audit-head";
import { writeModelStatus } from "./sections/model-status";
import { writeOverride } from "./sections/override";
import { writeResult } from "./sections/result";
import { writeOutcome } from "./sections/outcome";
import { writeReadingNotes, type WrittenReadingNotes } from "./sections/reading-notes";
import { GROUP_BLOCK, writeGroupInputs } from "./sections/group-inputs";
import { SheetCells } from "./sheet-cells";
import { summaryPlan } from "../summary/plan";
import {
  READING_NOTES_LAYOUT,
  SUMMARY_LAYOUT,
  WORDING_LAYOUT,
  WORKBOOK_LAYOUT_VERSION,
} from "../versions";
import { yesNoNumberFormat } from "../yes-no";

/**
 * The governance scorecard (治理评分卡 / Governance scorecard) for a risk committee: client and
 * model, result, override, credit adjustment, factor table, knock-outs, each factor's figures and
 * rule, red flags with their actions, gaps. Every figure a formula can express is a live formula
 * whose precedents are the input cells and the model sheet (cached with the engine's value);
 * the rest are the engine's values with a note naming their source. Printable on A4, portrait.
 * @example
 * const sheet = scorecardPlan({ result, inputs, layout, params, language: "zh-CN", generatedAt });
 * sheet.cells.find((c) => c.ref === "B13")
 * // { formula: "ROUND(ROUND(SUM(D45:D50),10),…)", value: 25.5 }
 */
export function scorecardPlan(input: ScorecardInput): SheetPlan {
  return buildScorecard(input).sheet;
}

/** The scorecard and the reading notes it shows (layout 4 on; null before). */
function buildScorecard(input: ScorecardInput): {
  readonly sheet: SheetPlan;
  readonly notes: WrittenReadingNotes | null;
} {
  const ctx = scorecardContext(input);
  const cells = new SheetCells(
    ctx.layoutVersion >= WORDING_LAYOUT ? yesNoNumberFormat(ctx.t) : undefined
  );
  const factors = ctx.result.factors.map((factor) => ({
    factor,
    formulas: factorFormulas(ctx, factor),
  }));
  // Layout 4, scored with the group workbook: the group-derived inputs block comes first.
  const detailsFirstRow =
    ctx.rows.detailsFirstRow + (ctx.groupBlock === null ? 0 : GROUP_BLOCK.height);
  const details = layoutDetails(detailsFirstRow, factors);
  const resolve = (id: string) => {
    const row = details.rows.get(id);
    if (row === undefined) throw new ModelInvariantError(`scorecard figure ${id} has no row`);
    return `B${row}`;
  };
  const has = (id: string) => details.rows.has(id);

  writeHeader(ctx, cells);
  writeResult(ctx, cells);
  writeOutcome(ctx, cells);
  writeModelStatus(ctx, cells);
  writeOverride(ctx, cells);
  writeAuditHead(ctx, cells);
  writeAdjustment(ctx, cells);
  writeFactorTable(ctx, cells, new Map(factors.map((f) => [f.factor.id, f.formulas])), resolve);
  writeKnockoutTable(ctx, cells, has, resolve);
  writeGroupInputs(ctx, cells);
  writeDetails(ctx, cells, details, resolve);
  const gapsRow = writeFlags(ctx, cells, details.nextRow);
  const gapsEnd = writeGaps(ctx, cells, gapsRow);
  // Layout 4: the reading notes at the foot, after the gaps, so no earlier cell moves.
  const notes =
    ctx.layoutVersion >= READING_NOTES_LAYOUT ? writeReadingNotes(ctx, cells, gapsEnd + 2) : null;
  const lastRow = notes?.lastRow ?? gapsEnd;

  const client = ctx.result.clientName ?? ctx.result.clientId ?? "";
  const sheet: SheetPlan = {
    name: ctx.t(msg("sheet.scorecard")),
    role: "scorecard",
    cells: cells.cells,
    columnWidths: COLUMN_WIDTHS,
    merges: cells.merges,
    print: {
      area: `A1:${LAST_COLUMN}${lastRow}`,
      // Landscape at 100%: the five columns fit, so body text prints at 11 pt and notes at 9 pt
      // (portrait fitted to width printed them at about 7 and 5.6 pt); the title on every page.
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: "1:2",
      narrowMargins: true,
      header: ctx.t(
        msg("sc.print.header", {
          client,
          fingerprint: shortFingerprint(ctx.result.modelFingerprint),
        })
      ),
      footer: ctx.t(msg("sc.print.footer", { time: timeText(ctx, ctx.generatedAt) })),
    },
  };
  return { sheet, notes: notes?.notes ?? null };
}

/**
 * The sheets a scored workbook gets, in this order: scorecard, model parameters, audit log and
 * (layout 3 on) the committee summary.
 * `auditRows` are all rows of the log (the existing ones, read back, and the new ones).
 * @example
 * const plan = scoredWorkbookPlan({ ...input, auditRows: appendAuditEvent(rows, event) });
 * plan.sheets.map((s) => s.role)
 * // ["scorecard", "model", "auditLog"]
 */
export function scoredWorkbookPlan(
  input: ScorecardInput & { readonly auditRows: readonly AuditRow[] }
): WorkbookPlan {
  const head = { ...input, auditHead: auditHead(input.auditRows) };
  const built = buildScorecard(head);
  const scorecard = built.sheet;
  // The summary counts the notes as the scorecard shows them (read from it, when verifying).
  const withHead = built.notes === null ? head : { ...head, readingNotes: built.notes };
  const layoutVersion = input.layoutVersion ?? WORKBOOK_LAYOUT_VERSION;
  return {
    sheets: [
      scorecard,
      modelSheetPlan(input.params, input.language, input.layoutVersion),
      auditLogPlan(input.auditRows, input.language, input.layoutVersion),
      // Layout 3 on: the committee summary, the sheet the workbook opens on. It is planned last
      // (the scorecard stays the plan's first sheet); the file adapter puts its tab before the
      // scorecard's.
      ...(layoutVersion >= SUMMARY_LAYOUT
        ? [summaryPlan(withHead, scorecard, input.auditRows)]
        : []),
    ],
  };
}
