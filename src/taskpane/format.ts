/**
 * How the task pane shows the engine's figures: pure functions from model values to catalogue
 * messages, so each text is rendered in the UI language (and as text only).
 */
import {
  dec,
  formatAmount,
  formatPercent,
  isMessageKey,
  locationText,
  msg,
  type CellRef,
  type Decimal,
  type Grade,
  type MeasureValue,
  type MessageRef,
} from "../core";
import { boundingRange, parseRange, rangeAddress, type CellRange } from "../workbook/a1";
import type { ParameterRow } from "../workbook/model-sheet";

/** Plain text (a name from the workbook, a number) as a message. */
export function plain(text: string): MessageRef {
  return msg("app.text", { text });
}

/**
 * A fraction as a percentage without needless decimals.
 * @example percentText(dec("0.85")) // "85%"; percentText(dec("0.3333")) // "33.33%"
 */
export function percentText(fraction: Decimal): string {
  return formatPercent(fraction).replace(/\.00%$/, "%");
}

/** @example gradeText("D") // "D · very weak" */
export function gradeText(grade: Grade): MessageRef {
  return msg("tp.grade", { grade, meaning: msg(`grade.${grade}`) });
}

const yesNo = (value: boolean): MessageRef => msg(value ? "value.yes" : "value.no");

/** A measured input as the Trace section lists it. */
export function measureText(value: MeasureValue): MessageRef {
  switch (value.kind) {
    case "percent":
      return plain(percentText(value.value));
    case "ratio":
      return plain(`${value.numerator.toString()}/${value.denominator.toString()}`);
    case "count":
      return plain(value.value.toString());
    case "yesNo":
      return yesNo(value.value);
    case "text":
      return plain(value.value);
    case "label":
      return value.value;
    case "blank":
      return msg("value.blank");
  }
}

/** A model parameter's value as the model sheet means it (shares as %, ratios as a/b). */
export function parameterText(row: ParameterRow): MessageRef {
  const v = row.value;
  if (v === null) return msg("adjustment.noTenorCap");
  if (typeof v === "boolean") return yesNo(v);
  if (typeof v === "string") {
    const policy = `policy.${v}`;
    return row.kind === "policy" && isMessageKey(policy) ? msg(policy) : plain(v);
  }
  if ("numerator" in v) return plain(`${v.numerator.toString()}/${v.denominator.toString()}`);
  if (row.kind === "share") return plain(percentText(v));
  if (row.kind === "amount") return plain(formatAmount(v));
  return plain(v.toString());
}

/** "'股东名册'!C5": a location as the pane shows it (the catalogue's `locationText`). */
export function cellAddress(at: CellRef): string {
  return locationText(at);
}

/**
 * The cells a figure was read from, one range per sheet: the smallest rectangle holding them all
 * (Excel selects one rectangle at a time), sheets in the order they first appear.
 * @example sourceRanges([{ sheet: "S", cell: "A2" }, { sheet: "S", cell: "C6" }]) // [{ sheet: "S", cell: "A2:C6" }]
 */
export function sourceRanges(sources: readonly CellRef[]): CellRef[] {
  const bySheet = new Map<string, CellRange>();
  for (const source of sources) {
    const b = parseRange(source.cell);
    if (b === null) continue;
    const seen = bySheet.get(source.sheet);
    bySheet.set(source.sheet, seen === undefined ? b : boundingRange(seen, b));
  }
  return [...bySheet].map(([sheet, b]) => ({ sheet, cell: rangeAddress(b) }));
}

/**
 * A figure the verifier reports as text, grouped when it is a plain number.
 * @example figureText("50000000") // "50,000,000"; figureText("D") // "D"
 */
export function figureText(text: string): string {
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return text;
  return formatAmount(dec(text), match[2]?.length ?? 0);
}

/**
 * An ISO 8601 time as people read it: date, hours and minutes, with its UTC offset.
 * @example timeText("2026-11-29T09:31:06+08:00") // "2026-11-29 09:31 (UTC+08:00)"
 */
export function timeText(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    iso
  );
  if (match === null) return iso;
  const offset = match[3] === undefined ? "" : ` (UTC${match[3] === "Z" ? "+00:00" : match[3]})`;
  return `${match[1]} ${match[2]}${offset}`;
}
