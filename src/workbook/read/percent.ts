import { HUNDRED, msg, type Decimal, type MessageRef } from "../../core";
import { describeValue } from "./grid";
import { decimalFromNumber, normaliseCellText, parseNumericText } from "./text";
import type { Parsed, PresentValue } from "./values";

/**
 * How a percentage cell was written. `formatted`: an engine number under a % format, so 0.35 is
 * 35%. `plain`: a number without % format, or numeric text; whether 35 means 35% or 3500% depends
 * on the rest of its column. `text`: "35%", "35 %", "３５％": always 35%.
 */
export type PercentCell =
  | { readonly kind: "formatted"; readonly number: Decimal }
  | { readonly kind: "plain"; readonly number: Decimal; readonly engineNumber: boolean }
  | { readonly kind: "text"; readonly points: Decimal };

export type PercentForm = "fraction" | "points";

/**
 * Classify one non-blank percentage cell; text that is no number is `cell.notPercent`.
 * @example classifyPercent("３５％", "General", label) // { ok: true, value: { kind: "text", points: 35 } }
 */
export function classifyPercent(
  value: PresentValue,
  percentFormatted: boolean,
  label: MessageRef
): Parsed<PercentCell> {
  if (typeof value === "number") {
    const number = decimalFromNumber(value);
    if (number !== null) {
      const cell: PercentCell = percentFormatted
        ? { kind: "formatted", number }
        : { kind: "plain", number, engineNumber: true };
      return { ok: true, value: cell, formulaSafe: true };
    }
  } else if (typeof value === "string") {
    const text = normaliseCellText(value);
    const percentText = /^(.*?) ?%$/.exec(text);
    const number = parseNumericText(percentText === null ? text : (percentText[1] ?? ""));
    if (number !== null) {
      const cell: PercentCell =
        percentText === null
          ? { kind: "plain", number, engineNumber: false }
          : { kind: "text", points: number };
      return { ok: true, value: cell, formulaSafe: false };
    }
  }
  return {
    ok: false,
    code: "cell.notPercent",
    message: msg("read.cell.notPercent", {
      column: label,
      found: describeValue(value),
      expected: msg("read.expected.percent"),
    }),
  };
}

/** A plain number above 1 makes its column one of percentage points. */
function isPoints(cell: PercentCell | null): boolean {
  return cell !== null && cell.kind === "plain" && cell.number.gt(1);
}

/**
 * The form of a column's plain numbers: points when any exceeds 1, else fractions. A profile item
 * is a column of one cell, so a lone 1 there is 100%: the reading the rule gives, and the prudent
 * one for the only percentage item (related-party receivables, where more is worse).
 * @example percentForm([{ kind: "plain", number: dec(35), engineNumber: true }]) // "points"
 */
export function percentForm(cells: readonly (PercentCell | null)[]): PercentForm {
  return cells.some(isPoints) ? "points" : "fraction";
}

/**
 * The first cells that make a column ambiguous: a %-formatted fraction and a plain number above 1
 * cannot both be read as written. Null when the column is consistent.
 * @example mixedForms([formatted(0.35), plain(40)]) // { formatted: 0, points: 1 }
 */
export function mixedForms(
  cells: readonly (PercentCell | null)[]
): { readonly formatted: number; readonly points: number } | null {
  const formatted = cells.findIndex((c) => c !== null && c.kind === "formatted");
  const points = cells.findIndex(isPoints);
  return formatted >= 0 && points >= 0 ? { formatted, points } : null;
}

/**
 * The fraction a cell means, in a column of the given form.
 * @example percentFraction({ kind: "text", points: dec(35) }, "fraction").toString() // "0.35"
 */
export function percentFraction(cell: PercentCell, form: PercentForm): Decimal {
  if (cell.kind === "formatted") return cell.number;
  if (cell.kind === "text") return cell.points.div(HUNDRED);
  return form === "points" ? cell.number.div(HUNDRED) : cell.number;
}

/**
 * Whether every non-blank cell is an engine number a formula can use as it is.
 * @example percentFormulaSafe([{ kind: "text", points: dec(35) }]) // false
 */
export function percentFormulaSafe(cells: readonly (PercentCell | null)[]): boolean {
  return cells.every(
    (c) => c === null || c.kind === "formatted" || (c.kind === "plain" && c.engineNumber)
  );
}
