import { formatPercent, msg, type CellRef, type Decimal, type MessageRef } from "../../core";
import { isCellError, type SheetSnapshot } from "../snapshot";
import { cellAddress } from "../a1";
import type { Findings } from "./findings";
import {
  cellFormat,
  cellFormula,
  cellValue,
  describeValue,
  isBlankValue,
  isPercentFormat,
} from "./grid";
import {
  classifyPercent,
  mixedForms,
  percentForm,
  percentFormulaSafe,
  percentFraction,
  type PercentCell,
  type PercentForm,
} from "./percent";
import type { PresentValue, ValueReader } from "./values";

/** Where the reader is: the sheet and the list the problems go to. */
export interface ReadContext {
  readonly sheet: SheetSnapshot;
  readonly findings: Findings;
}

/** What a column (or a one-cell profile item) holds, row by row, and how it was written. */
export interface ColumnValues<T> {
  /** One entry per requested row: the value, or null (blank, "none", or refused with an issue). */
  readonly values: readonly (T | null)[];
  readonly formulaSafe: boolean;
  readonly form?: PercentForm;
}

/** The label of a column or item, and (for a required column) the table whose rows need it. */
export interface ColumnLabel {
  readonly label: MessageRef;
  readonly requiredIn?: MessageRef;
}

/**
 * A cell's value ready to parse, or "blank", or "refused" after an issue: an error value, a
 * formula with no calculated value, a blank required cell.
 * @example presentValue(ctx, 4, 2, { label: msg("column.shareholders.stake") }, expected) // 0.35
 */
export function presentValue(
  ctx: ReadContext,
  row: number,
  column: number,
  what: ColumnLabel,
  expected: (label: MessageRef) => MessageRef
): PresentValue | "blank" | "refused" {
  const value = cellValue(ctx.sheet, row, column);
  const at = (): CellRef => ({ sheet: ctx.sheet.name, cell: cellAddress(row, column) });
  if (value !== null && isCellError(value)) {
    ctx.findings.error(
      "cell.error",
      msg("read.cell.error", { error: describeValue(value), expected: expected(what.label) }),
      at()
    );
    return "refused";
  }
  if (isBlankValue(value)) {
    if (value === null && cellFormula(ctx.sheet, row, column) !== "") {
      ctx.findings.error(
        "cell.formulaNotCalculated",
        msg("read.cell.formulaNotCalculated", { expected: expected(what.label) }),
        at()
      );
      return "refused";
    }
    if (what.requiredIn !== undefined) {
      ctx.findings.error(
        "cell.requiredBlank",
        msg("read.cell.requiredBlank", { column: what.label, table: what.requiredIn }),
        at()
      );
      return "refused";
    }
    return "blank";
  }
  return value as PresentValue;
}

/**
 * Read one column of data rows with a value reader; every refused cell is reported.
 * @example readColumn(ctx, [1, 2, 3], 0, TEXT, { label: msg("column.board.name") }).values
 * // ["张一", "李二", "王三"]
 */
export function readColumn<T>(
  ctx: ReadContext,
  rows: readonly number[],
  column: number,
  reader: ValueReader<T>,
  what: ColumnLabel
): ColumnValues<T> {
  const values: (T | null)[] = [];
  let formulaSafe = true;
  for (const row of rows) {
    const value = presentValue(ctx, row, column, what, reader.expected);
    if (value === "blank" || value === "refused") {
      formulaSafe &&= value === "blank";
      values.push(null);
      continue;
    }
    const parsed = reader.read(value, what.label);
    if (parsed.ok) {
      formulaSafe &&= parsed.formulaSafe;
      values.push(parsed.value);
    } else {
      formulaSafe = false;
      values.push(null);
      const at = { sheet: ctx.sheet.name, cell: cellAddress(row, column) };
      ctx.findings.error(parsed.code, parsed.message, at);
    }
  }
  return { values, formulaSafe };
}

/** 135.00%, or its first characters for an absurdly long number. */
function shortPercent(fraction: Decimal): string {
  const text = formatPercent(fraction);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Read a column of percentages as fractions (35% → 0.35), deciding the column's form first: %-
 * formatted numbers are fractions, "35%" text is 35%, and plain numbers are points when any of
 * them exceeds 1. A column mixing %-formatted cells with plain points, and a value outside 0–100%,
 * are refused.
 * @example readPercentColumn(ctx, [1, 2], 2, { label: msg("column.shareholders.stake") }).form
 * // "points" when the cells hold 60 and 40
 */
export function readPercentColumn(
  ctx: ReadContext,
  rows: readonly number[],
  column: number,
  what: ColumnLabel
): ColumnValues<Decimal> {
  const cells: (PercentCell | null)[] = [];
  let refused = false;
  const expected = () => msg("read.expected.percent");
  for (const row of rows) {
    const value = presentValue(ctx, row, column, what, expected);
    if (value === "blank" || value === "refused") {
      refused ||= value === "refused";
      cells.push(null);
      continue;
    }
    const formatted =
      typeof value === "number" && isPercentFormat(cellFormat(ctx.sheet, row, column));
    const parsed = classifyPercent(value, formatted, what.label);
    if (parsed.ok) {
      cells.push(parsed.value);
    } else {
      refused = true;
      cells.push(null);
      ctx.findings.error(parsed.code, parsed.message, {
        sheet: ctx.sheet.name,
        cell: cellAddress(row, column),
      });
    }
  }

  const form = percentForm(cells);
  const mixed = mixedForms(cells);
  if (mixed !== null) {
    const address = (i: number) => cellAddress(rows[i] ?? 0, column);
    const conflicting = Math.max(mixed.formatted, mixed.points);
    ctx.findings.error(
      "cell.mixedPercentForms",
      msg("read.cell.mixedPercentForms", {
        column: what.label,
        formattedCell: address(mixed.formatted),
        pointsCell: address(mixed.points),
      }),
      { sheet: ctx.sheet.name, cell: address(conflicting) }
    );
    return { values: cells.map(() => null), formulaSafe: false, form };
  }

  const values = cells.map((cell, i) => {
    if (cell === null) return null;
    const fraction = percentFraction(cell, form);
    if (fraction.lt(0) || fraction.gt(1)) {
      refused = true;
      ctx.findings.error(
        "cell.outOfRange",
        msg("read.cell.percentOutOfRange", { column: what.label, value: shortPercent(fraction) }),
        { sheet: ctx.sheet.name, cell: cellAddress(rows[i] ?? 0, column) }
      );
      return null;
    }
    return fraction;
  });
  return { values, formulaSafe: !refused && percentFormulaSafe(cells), form };
}
