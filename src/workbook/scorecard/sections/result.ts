import { formatPercent, GRADES, msg, type Grade } from "../../../core";
import type { ScorecardContext } from "../context";
import { literal } from "../formula";
import type { SheetCells } from "../sheet-cells";
import { modelCellText } from "./header";

/**
 * Score, score grade, knock-out cap, model grade, final grade and data completeness: formulas
 * over the factor table, the knock-out table and the model sheet.
 * @example writeResult(ctx, cells) // B13 = ROUND(ROUND(SUM(D45:D50),10),…scoreDecimals…)
 */
export function writeResult(ctx: ScorecardContext, cells: SheetCells): void {
  const { t, result, model, rows } = ctx;
  const FIRST_FACTOR = `${ctx.fixed.firstFactor}`;
  const LAST_FACTOR = `${rows.lastFactor}`;
  cells.section(ctx.fixed.resultSection, t(msg("sc.section.result")));
  const label = (row: number, key: Parameters<typeof msg>[0]) =>
    cells.value(`A${row}`, t(msg(key)), "label");
  const noteAt = (row: number, key: Parameters<typeof msg>[0], args?: Parameters<typeof msg>[1]) =>
    cells.value(`E${row}`, t(msg(key, args)), "note");

  label(ctx.fixed.score, "sc.label.score");
  cells.formula(
    `B${ctx.fixed.score}`,
    `ROUND(ROUND(SUM(D${FIRST_FACTOR}:D${LAST_FACTOR}),10),${ctx.param("scoreDecimals")})`,
    result.score.toNumber(),
    "0.00",
    "emphasis"
  );
  noteAt(ctx.fixed.score, "sc.note.score", { range: `D${FIRST_FACTOR}:D${LAST_FACTOR}` });

  label(ctx.fixed.scoreGrade, "sc.label.scoreGrade");
  const score = `B${ctx.fixed.score}`;
  const gradeFor = (i: number): string => {
    const grade = GRADES[i] as Grade;
    if (i === GRADES.length - 1) return literal(grade);
    return `IF(${score}>=${ctx.param(`gradeMinimums.${grade}`)},${literal(grade)},${gradeFor(i + 1)})`;
  };
  cells.formula(`B${ctx.fixed.scoreGrade}`, gradeFor(0), result.scoreGrade, undefined, "emphasis");
  noteAt(ctx.fixed.scoreGrade, "sc.note.scoreGrade");

  label(ctx.fixed.cap, "sc.label.cap");
  const applies = rows.knockoutIds.map((id) => `B${rows.knockoutRow(id)}`);
  const rank = (id: string) =>
    `IF(B${rows.knockoutRow(id)},MATCH(C${rows.knockoutRow(id)},${model.grades.grade},0),0)`;
  cells.formula(
    `B${ctx.fixed.cap}`,
    applies.length === 0
      ? `""`
      : `IF(OR(${applies.join(",")}),INDEX(${model.grades.grade},MAX(${rows.knockoutIds.map(rank).join(",")})),"")`,
    result.cap ?? ""
  );
  noteAt(ctx.fixed.cap, "sc.note.cap", {
    range: `B${rows.firstKnockout}:C${rows.lastKnockout}`,
  });

  label(ctx.fixed.modelGrade, "sc.label.modelGrade");
  const g = model.grades.grade;
  cells.formula(
    `B${ctx.fixed.modelGrade}`,
    `IF(B${ctx.fixed.cap}="",B${ctx.fixed.scoreGrade},INDEX(${g},MAX(MATCH(B${ctx.fixed.scoreGrade},${g},0),MATCH(B${ctx.fixed.cap},${g},0))))`,
    result.modelGrade,
    undefined,
    "emphasis"
  );
  noteAt(ctx.fixed.modelGrade, "sc.note.modelGrade");

  label(ctx.fixed.finalGrade, "sc.label.finalGrade");
  cells.formula(
    `B${ctx.fixed.finalGrade}`,
    `B${ctx.fixed.overrideFinalGrade}`,
    result.finalGrade,
    undefined,
    "emphasis"
  );
  noteAt(
    ctx.fixed.finalGrade,
    result.override === null ? "sc.note.notOverridden" : "sc.note.overridden"
  );

  label(ctx.fixed.completeness, "sc.label.completeness");
  const scored = rows.factorIds
    .filter((id) => result.factors.find((f) => f.id === id)?.status === "scored")
    .map((id) => `C${rows.factorRow(id)}`);
  const weights = `SUM(C${FIRST_FACTOR}:C${LAST_FACTOR})`;
  cells.formula(
    `B${ctx.fixed.completeness}`,
    `IF(${weights}=0,0,(${scored.length === 0 ? "0" : scored.join("+")})/${weights})`,
    result.completeness.toNumber(),
    "0.00%"
  );
  if (ctx.fixed.outcome === undefined) noteAt(ctx.fixed.completeness, "sc.note.completeness");
  else
    noteAt(ctx.fixed.completeness, "sc.note.completenessProvisional", {
      threshold: formatPercent(ctx.params.completeness.provisionalBelow),
      cell: modelCellText(ctx.param("completeness.provisionalBelow")),
    });
}
