import { msg } from "../../../core";
import type { ScorecardContext } from "../context";
import { ROWS } from "../layout";
import type { SheetCells } from "../sheet-cells";

/**
 * Model grade, final grade, reason, officer, approver, time. Without an override the final grade
 * is a formula (= the model grade) and the other fields are blank; with one, the officer's grade
 * and texts are plain values (never formulas, whatever they contain).
 * @example writeOverride(ctx, cells) // B22 = B16 when there is no override
 */
export function writeOverride(ctx: ScorecardContext, cells: SheetCells): void {
  const { t, result } = ctx;
  const o = result.override;
  cells.section(ROWS.overrideSection, t(msg("sc.section.override")));
  const label = (row: number, key: Parameters<typeof msg>[0]) =>
    cells.value(`A${row}`, t(msg(key)), "label");
  label(ROWS.overrideModelGrade, "sc.label.modelGrade");
  cells.formula(`B${ROWS.overrideModelGrade}`, `B${ROWS.modelGrade}`, result.modelGrade);
  label(ROWS.overrideFinalGrade, "sc.label.finalGrade");
  if (o === null) {
    cells.formula(
      `B${ROWS.overrideFinalGrade}`,
      `B${ROWS.modelGrade}`,
      result.finalGrade,
      undefined,
      "emphasis"
    );
    cells.value(`E${ROWS.overrideFinalGrade}`, t(msg("sc.note.notOverridden")), "note");
  } else {
    cells.value(`B${ROWS.overrideFinalGrade}`, o.finalGrade, "warning");
    cells.value(`E${ROWS.overrideFinalGrade}`, t(msg("sc.note.overridden")), "note");
  }
  const fields = [
    [ROWS.overrideReason, "sc.label.overrideReason", o?.reason ?? null],
    [ROWS.overrideOfficer, "sc.label.overrideOfficer", o?.officer ?? null],
    [ROWS.overrideApprover, "sc.label.overrideApprover", o?.approver ?? null],
    [ROWS.overrideAt, "sc.label.overrideAt", o?.at ?? null],
  ] as const;
  for (const [row, key, value] of fields) {
    label(row, key);
    cells.wide(row, value, "value");
  }
}
