import { msg, type OverrideRecord } from "../../../core";
import type { ScorecardContext } from "../context";
import type { SheetCells } from "../sheet-cells";
import { WORDING_LAYOUT } from "../../versions";
import { timeText } from "./header";

/**
 * The override block. Without an override, or while an upgrade waits for its approval, the final
 * grade in effect is a formula (= the model grade); otherwise it is the officer's grade. The
 * officer's grade, reason, name and time, and the approval (status, approver, time) are plain
 * values (never formulas, whatever they contain). Layout 1 (before approvals were separate acts)
 * had no requested-grade and approval rows.
 * @example writeOverride(ctx, cells) // B22 = B16 when there is no override
 */
export function writeOverride(ctx: ScorecardContext, cells: SheetCells): void {
  const { t, result } = ctx;
  const rows = ctx.fixed;
  const o = result.override;
  cells.section(rows.overrideSection, t(msg("sc.section.override")));
  const label = (row: number, key: Parameters<typeof msg>[0]) =>
    cells.value(`A${row}`, t(msg(key)), "label");
  label(rows.overrideModelGrade, "sc.label.modelGrade");
  cells.formula(`B${rows.overrideModelGrade}`, `B${rows.modelGrade}`, result.modelGrade);
  label(rows.overrideFinalGrade, "sc.label.finalGrade");
  const pending = o?.approval.status === "pending";
  if (o === null || pending) {
    cells.formula(
      `B${rows.overrideFinalGrade}`,
      `B${rows.modelGrade}`,
      result.finalGrade,
      undefined,
      "emphasis"
    );
  } else {
    cells.value(`B${rows.overrideFinalGrade}`, o.finalGrade, "warning");
  }
  cells.value(
    `E${rows.overrideFinalGrade}`,
    t(
      o === null
        ? msg("sc.note.notOverridden")
        : pending
          ? msg("sc.note.pendingApproval", { grade: o.finalGrade })
          : msg("sc.note.overridden")
    ),
    pending ? "warning" : "note"
  );
  const approved = o?.approval.status === "approved" ? o.approval : null;
  const fields: [number | undefined, Parameters<typeof msg>[0], string | null][] = [
    [rows.overrideRequested, "sc.label.overrideRequested", o?.finalGrade ?? null],
    [rows.overrideReason, "sc.label.overrideReason", o?.reason ?? null],
    [rows.overrideOfficer, "sc.label.overrideOfficer", o?.officer ?? null],
    [rows.overrideAt, "sc.label.overrideAt", o?.at ?? null],
    [rows.overrideApprover, "sc.label.overrideApprover", approved?.approver ?? null],
    [rows.approvedAt, "sc.label.approvedAt", approved?.at ?? null],
  ];
  const times = [rows.overrideAt, rows.approvedAt];
  for (const [row, key, value] of fields) {
    if (row === undefined) continue;
    label(row, key);
    if (ctx.layoutVersion >= WORDING_LAYOUT && times.includes(row))
      cells.time(row, value, value === null ? null : timeText(ctx, value), "value");
    else cells.wide(row, value, "value");
  }
  const statusRow = rows.approvalStatus;
  if (statusRow !== undefined) {
    label(statusRow, "sc.label.approvalStatus");
    cells.value(`B${statusRow}`, o === null ? null : t(approvalText(o)), pending ? "bad" : "value");
    if (o !== null && o.approval.status !== "notRequired")
      cells.value(`E${statusRow}`, t(msg("sc.note.identityDeclared")), "note");
  }
}

function approvalText(o: OverrideRecord) {
  switch (o.approval.status) {
    case "notRequired":
      return msg("sc.approval.notRequired");
    case "pending":
      return msg("sc.approval.pending");
    case "approved":
      return msg("sc.approval.approved");
  }
}
