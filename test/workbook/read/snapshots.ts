import {
  formatMessage,
  MESSAGES,
  type Issue,
  type Language,
  type MessageRef,
} from "../../../src/core";
import type { ReadNotice, ReadOutcome } from "../../../src/workbook/read";
import type {
  CellValue,
  DefinedNameSnapshot,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../../src/workbook/snapshot";

/** A test cell: a value, or a value with a number format or a formula. */
export type Cell =
  CellValue | { readonly v: CellValue; readonly fmt?: string; readonly formula?: string };

/** A cell under a percentage number format, as Excel stores 35% typed into it: 0.35. */
export const pct = (v: number, fmt = "0.00%"): Cell => ({ v, fmt });

const isDecorated = (
  c: Cell
): c is { readonly v: CellValue; readonly fmt?: string; readonly formula?: string } =>
  typeof c === "object" && c !== null && "v" in c;

/** A sheet from rows of test cells, starting at A1. */
export function sheet(
  name: string,
  rows: readonly (readonly Cell[])[],
  tables: readonly TableSnapshot[] = []
): SheetSnapshot {
  const values = rows.map((r) => r.map((c) => (isDecorated(c) ? c.v : c)));
  const numberFormats = rows.map((r) =>
    r.map((c) => (isDecorated(c) && c.fmt !== undefined ? c.fmt : "General"))
  );
  const formulas = rows.map((r) =>
    r.map((c) => (isDecorated(c) && c.formula !== undefined ? c.formula : ""))
  );
  return { name, values, numberFormats, formulas, tables };
}

export function workbook(
  sheets: readonly SheetSnapshot[],
  names?: readonly DefinedNameSnapshot[]
): WorkbookSnapshot {
  return names === undefined ? { sheets } : { sheets, names };
}

/** Rows with their first `count` columns reordered: `order[i]` is the source column of column i. */
export function reorderColumns(
  rows: readonly (readonly Cell[])[],
  order: readonly number[]
): Cell[][] {
  return rows.map((r) => order.map((i) => r[i] ?? null));
}

export const en = (issue: Issue | ReadNotice) => formatMessage(issue.message, "en-US");
export const zh = (issue: Issue | ReadNotice) => formatMessage(issue.message, "zh-CN");

/** The issues of a refused read ([] when it succeeded). */
export function issuesOf(outcome: ReadOutcome): readonly Issue[] {
  return outcome.ok ? [] : outcome.issues;
}

/** code @ sheet!cell, the way tests compare issues and notices. */
export function located(found: readonly (Issue | ReadNotice)[]): string[] {
  return found.map((i) => `${i.code} @ ${i.at === undefined ? "-" : `${i.at.sheet}!${i.at.cell}`}`);
}

/** Insist that a read succeeded, showing the issues if not. */
export function inputsOf(outcome: ReadOutcome) {
  if (!outcome.ok)
    throw new Error(
      `refused: ${outcome.issues.map((i) => `${i.at?.cell ?? "-"} ${en(i)}`).join("\n")}`
    );
  return outcome.inputs;
}

/**
 * Placeholders of a message (and of the messages in its parameters) left without a value. Checked
 * on the structure, not the rendered text, which may quote a cell holding "{0}".
 */
export function unfilledPlaceholders(ref: MessageRef): string[] {
  const entry = MESSAGES[ref.key];
  const names = [...`${entry.en} ${entry.zh}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const missing = names.filter((name) => ref.params?.[name] === undefined);
  for (const arg of Object.values(ref.params ?? {}))
    if (typeof arg === "object") missing.push(...unfilledPlaceholders(arg));
  return missing;
}

/** A message in one language, insisting that every placeholder was filled. */
export function rendered(issue: Issue | ReadNotice, language: Language): string {
  const missing = unfilledPlaceholders(issue.message);
  if (missing.length > 0) throw new Error(`unfilled {${missing.join("}, {")}} in ${issue.code}`);
  return formatMessage(issue.message, language);
}
