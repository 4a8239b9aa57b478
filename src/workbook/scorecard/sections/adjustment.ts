import { msg } from "../../../core";
import type { ScorecardContext } from "../context";
import { numberItem } from "../factors/common";
import type { Quantity } from "../quantity";
import { writeQuantity, type SheetCells } from "../sheet-cells";
import { profileRef } from "../context";
import { literal, unlessBlank } from "../formula";
import { outcomeLabel } from "./outcome";
import { modelNote } from "./header";
import { displayRef } from "../../model-sheet";
import { AMOUNT_FORMAT } from "../../cell-styles";

/**
 * The credit adjustment, all from the final-grade cell: notches, multiplier and tenor cap looked
 * up in the model's grade table; the adjusted rating moved down the rating scale (never past its
 * end); the limit rounded down to the currency's unit; the tenor capped.
 * @example
 * writeAdjustment(ctx, cells)
 * // B37 = IF(ISNUMBER(B34),ROUNDDOWN(ROUND(B34*B35/B36,10),0)*B36,"")
 */
export function writeAdjustment(ctx: ScorecardContext, cells: SheetCells): void {
  const { t, result, model } = ctx;
  const a = result.adjustment;
  const g = model.grades;
  const final = `$B$${ctx.fixed.overrideFinalGrade}`;
  const lookup = (column: string) => `INDEX(${column},MATCH(${final},${g.grade},0))`;
  const gradeTable = modelNote(ctx, g.grade.split(":")[0] ?? g.grade);
  const b = (row: number) => `B${row}`;
  cells.section(ctx.fixed.adjustmentSection, t(msg("sc.section.adjustment")));

  const rows: [number, Quantity][] = [
    [
      ctx.fixed.meaning,
      {
        id: "meaning",
        label: t(msg("sc.label.meaning")),
        value: t(a.meaning),
        formula: () => lookup(g.meaning),
        note: gradeTable,
      },
    ],
    [ctx.fixed.baseRating, baseRating(ctx)],
    [
      ctx.fixed.notches,
      {
        id: "notches",
        label: t(msg("sc.label.notches")),
        value: a.notches.toNumber(),
        formula: () => lookup(g.notches),
        note: gradeTable,
      },
    ],
    [
      ctx.fixed.adjustedRating,
      {
        id: "adjustedRating",
        label: t(msg("sc.label.adjustedRating")),
        value: a.adjustedRating ?? "",
        formula: () =>
          `IF(${b(ctx.fixed.baseRating)}="","",INDEX(${model.ratingScale},MIN(COUNTA(${model.ratingScale}),MATCH(${b(ctx.fixed.baseRating)},${model.ratingScale},0)+${b(ctx.fixed.notches)})))`,
        note: modelNote(ctx, model.ratingScale.split(":")[0] ?? model.ratingScale),
      },
    ],
    [
      ctx.fixed.currency,
      {
        id: "currency",
        label: t(msg("sc.label.currency")),
        value: a.currency,
        note:
          (ctx.inputs.profile.currency?.value ?? null) === null
            ? modelNote(ctx, ctx.param("defaultCurrency"))
            : t(msg("sc.note.engine", { source: sourceOf(ctx, "currency") })),
      },
    ],
    [
      ctx.fixed.requestedLimit,
      numberItem(
        ctx,
        "requestedLimit",
        "requestedLimit",
        t(msg("sc.label.requestedLimit")),
        AMOUNT_FORMAT
      ),
    ],
    [
      ctx.fixed.multiplier,
      {
        id: "multiplier",
        label: t(msg("sc.label.multiplier")),
        value: a.limitMultiplier.toNumber(),
        formula: () => lookup(g.multiplier),
        numberFormat: "0%",
        note: gradeTable,
      },
    ],
    [ctx.fixed.roundingUnit, roundingUnit(ctx)],
    [
      ctx.fixed.recommendedLimit,
      {
        id: "recommendedLimit",
        label: t(msg("sc.label.recommendedLimit")),
        value: a.recommendedLimit?.toNumber() ?? "",
        formula: () => {
          const [req, mult, unit] = [
            b(ctx.fixed.requestedLimit),
            b(ctx.fixed.multiplier),
            b(ctx.fixed.roundingUnit),
          ];
          const limit = `IF(ISNUMBER(${req}),ROUNDDOWN(ROUND(${req}*${mult}/${unit},10),0)*${unit},"")`;
          // Layout 3 on: a declined credit's recommended limit is 0.
          const outcome = ctx.fixed.outcome;
          return outcome === undefined
            ? limit
            : `IF(B${outcome}=${literal(outcomeLabel(ctx, "decline"))},0,${limit})`;
        },
        numberFormat: AMOUNT_FORMAT,
        note: a.declined
          ? t(msg("outcome.declinedLimit"))
          : t(msg("sc.note.recommendedLimit", { currency: a.currency })),
      },
    ],
    [
      ctx.fixed.requestedTenor,
      numberItem(ctx, "requestedTenor", "requestedTenorMonths", t(msg("sc.label.requestedTenor"))),
    ],
    [
      ctx.fixed.tenorCap,
      {
        id: "tenorCap",
        label: t(msg("sc.label.tenorCap")),
        value: a.tenorCapMonths?.toNumber() ?? "",
        formula: () => lookup(g.tenorCap),
        note: a.tenorCapMonths === null ? t(msg("adjustment.noTenorCap")) : gradeTable,
      },
    ],
    [
      ctx.fixed.recommendedTenor,
      {
        id: "recommendedTenor",
        label: t(msg("sc.label.recommendedTenor")),
        value: a.recommendedTenorMonths?.toNumber() ?? "",
        formula: () => {
          const [req, cap] = [b(ctx.fixed.requestedTenor), b(ctx.fixed.tenorCap)];
          return `IF(ISNUMBER(${req}),IF(ISNUMBER(${cap}),MIN(${req},${cap}),${req}),"")`;
        },
        note: "",
      },
    ],
    [
      ctx.fixed.enhancedCovenants,
      {
        id: "enhancedCovenants",
        label: t(msg("sc.label.enhancedCovenants")),
        value: a.enhancedCovenants,
        formula: () => lookup(g.enhancedCovenants),
        note: a.enhancedCovenants ? t(msg("adjustment.enhancedCovenants")) : gradeTable,
      },
    ],
  ];
  // These formulas reference fixed cells only, never the factor figures.
  const noFigures = () => "";
  for (const [row, quantity] of rows) writeQuantity(cells, row, quantity, noFigures);
}

function sourceOf(ctx: ScorecardContext, key: "currency" | "baseRating"): string {
  const at = ctx.inputs.profile[key]?.at;
  return at === undefined ? "" : displayRef(at.sheet, at.cell);
}

/** The base rating as written (exact scale entries only reach a formula), "" when blank. */
function baseRating(ctx: ScorecardContext): Quantity {
  const value = ctx.result.adjustment.baseRating;
  const label = ctx.t(msg("sc.label.baseRating"));
  const ref = profileRef(ctx, "baseRating");
  if (ref.kind === "absent")
    return { id: "baseRating", label, value: null, note: ctx.t(msg("sc.note.notInProfile")) };
  if (ref.kind === "engine")
    return {
      id: "baseRating",
      label,
      value,
      note: ctx.t(msg("sc.note.engineNotSafe", { source: sourceOf(ctx, "baseRating") })),
    };
  return {
    id: "baseRating",
    label,
    value: value ?? "",
    formula: () => unlessBlank(ref.ref, `TRIM(${ref.ref})`),
    note: sourceOf(ctx, "baseRating"),
  };
}

/** The rounding unit of the limit's currency (its own row on the model sheet, else the default). */
function roundingUnit(ctx: ScorecardContext): Quantity {
  const a = ctx.result.adjustment;
  const own = ctx.model.parameters[`limitRounding.unitByCurrency.${a.currency}`];
  const cell = own ?? ctx.param("limitRounding.defaultUnit");
  return {
    id: "roundingUnit",
    label: ctx.t(msg("sc.label.roundingUnit")),
    value: a.roundingUnit.toNumber(),
    formula: () => cell,
    numberFormat: AMOUNT_FORMAT,
    note: modelNote(ctx, cell),
  };
}
