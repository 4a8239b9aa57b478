/**
 * How the task pane shows the engine's figures: pure functions from model values to catalogue
 * messages, so each text is rendered in the UI language (and as text only).
 */
import {
  dec,
  formatAmount,
  formatPercent,
  isMessageKey,
  msg,
  type CellRef,
  type Decimal,
  type Grade,
  type Language,
  type MeasureValue,
  type MessageRef,
} from "../core";
import { boundingRange, parseRange, rangeAddress, type CellRange } from "../workbook/a1";
import type { ParameterRow } from "../workbook/model-sheet";
import { shownTime } from "../workbook/shown-time";

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

// In its own module: the first view's failure notices need it without this module's decimal.js.
export { cellAddress } from "./cell-address";

/** Above this many blocks on a sheet, its cells are selected as one rectangle holding them. */
const MAX_BLOCKS_PER_SHEET = 6;
/** A range larger than this is kept as it is, not taken apart cell by cell. */
const MAX_EXPANDED_CELLS = 20_000;

/**
 * The cells a figure was read from, as exact rectangles: each sheet's cells grouped into runs of
 * rows per column, and runs of neighbouring columns over the same rows joined (names, roles and
 * posts of B2:B8 become A2:C8), so a button never selects a cell the figure did not read; a
 * sheet whose cells fall into more than six blocks gets one rectangle holding them all. Sheets
 * in the order they first appear.
 * @example sourceRanges([{ sheet: "S", cell: "A2" }, { sheet: "S", cell: "C6" }]) // [{ sheet: "S", cell: "A2" }, { sheet: "S", cell: "C6" }]
 */
export function sourceRanges(sources: readonly CellRef[]): CellRef[] {
  const bySheet = new Map<string, CellRange[]>();
  for (const source of sources) {
    const b = parseRange(source.cell);
    if (b === null) continue;
    bySheet.set(source.sheet, [...(bySheet.get(source.sheet) ?? []), b]);
  }
  return [...bySheet].flatMap(([sheet, ranges]) =>
    exactBlocks(ranges).map((b) => ({ sheet, cell: rangeAddress(b) }))
  );
}

function exactBlocks(ranges: readonly CellRange[]): CellRange[] {
  const size = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
  const big = ranges.filter((r) => size(r) > MAX_EXPANDED_CELLS);
  const rows = new Map<number, Set<number>>(); // column → rows
  for (const r of ranges.filter((x) => size(x) <= MAX_EXPANDED_CELLS))
    for (let c = r.left; c <= r.right; c++)
      for (let row = r.top; row <= r.bottom; row++) {
        const set = rows.get(c) ?? new Set<number>();
        set.add(row);
        rows.set(c, set);
      }
  // Runs of rows in each column, then neighbouring columns with the same run joined.
  const runs: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const column of [...rows.keys()].sort((a, b) => a - b)) {
    const sorted = [...(rows.get(column) ?? [])].sort((a, b) => a - b);
    let start = sorted[0] ?? 0;
    sorted.forEach((row, i) => {
      const next = sorted[i + 1];
      if (next === row + 1) return;
      const joined = runs.find(
        (r) => r.right === column - 1 && r.top === start && r.bottom === row
      );
      if (joined !== undefined) joined.right = column;
      else runs.push({ top: start, bottom: row, left: column, right: column });
      if (next !== undefined) start = next;
    });
  }
  const blocks = [...runs, ...big];
  if (blocks.length <= MAX_BLOCKS_PER_SHEET) return blocks;
  return [blocks.reduce((a, b) => boundingRange(a, b))];
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
 * An ISO 8601 time as people read it: date, hours and minutes, with its UTC offset; in a language,
 * as the sheets of layout 4 show it, its zone named ("2026-11-29 09:31（北京时间）").
 * @example timeText("2026-11-29T09:31:06+08:00") // "2026-11-29 09:31 (UTC+08:00)"
 * @example timeText("2026-11-29T09:31:06+08:00", "zh-CN") // "2026-11-29 09:31（北京时间）"
 */
export function timeText(iso: string, language?: Language): string {
  if (language !== undefined) return shownTime(iso, language);
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    iso
  );
  if (match === null) return iso;
  const offset = match[3] === undefined ? "" : ` (UTC${match[3] === "Z" ? "+00:00" : match[3]})`;
  return `${match[1]} ${match[2]}${offset}`;
}
