import {
  msg,
  NO_WORDS,
  YES_WORDS,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  type CellRef,
  type ColumnSpec,
  type Decimal,
  type ProfileInputs,
  type Sourced,
} from "../../core";
import { cellAddress, columnLetters } from "../a1";
import {
  presentValue,
  readColumn,
  readPercentColumn,
  type ColumnValues,
  type ReadContext,
} from "./columns";
import { catalogueRef, catalogueTexts } from "./findings";
import { cellValue, describeValue, isBlankValue } from "./grid";
import type { HeaderMatch } from "./headers";
import type { TableRegion } from "./region";
import type { RowPlan } from "./rows";
import { tableLayout, tableRange } from "./table-columns";
import { matchKey, normaliseCellText } from "./text";
import type { ColumnLayout, ProfileItemLayout, TableLayout } from "./types";
import {
  AMOUNT,
  CURRENCY,
  enumReader,
  ratingReader,
  TEXT,
  WHOLE_NUMBER,
  YES_NO,
  type ValueReader,
} from "./values";

/** Every way an item may be named: aliases, key, catalogue labels in both languages. */
function itemNames(item: ColumnSpec): string[] {
  return [...item.aliases, item.key, ...catalogueTexts(`item.${item.key}`)];
}

const lookups = new WeakMap<readonly ColumnSpec[], Map<string, ColumnSpec>>();

/** The item a name means among a model's profile items (looked up once per item list). */
function findItem(items: readonly ColumnSpec[], name: string): ColumnSpec | undefined {
  let lookup = lookups.get(items);
  if (lookup === undefined) {
    lookup = new Map();
    for (const item of items)
      for (const alias of itemNames(item))
        if (!lookup.has(matchKey(alias))) lookup.set(matchKey(alias), item);
    lookups.set(items, lookup);
  }
  return lookup.get(matchKey(name));
}

/** Read one value cell with the reader its item's kind calls for. */
function readItemValue(
  ctx: ReadContext,
  row: number,
  column: number,
  item: ColumnSpec,
  ratingScale: readonly string[]
): ColumnValues<unknown> {
  const what = { label: catalogueRef(`item.${item.key}`) };
  const read = <T>(reader: ValueReader<T>) => readColumn(ctx, [row], column, reader, what);
  const kind = item.value;
  switch (kind.kind) {
    case "percent":
      return readPercentColumn(ctx, [row], column, what);
    case "text":
      return read(TEXT);
    case "enum":
      return read(enumReader(kind.enumName));
    case "yesNo":
      return read(YES_NO);
    case "wholeNumber":
      return read(WHOLE_NUMBER);
    case "amount":
      return read(AMOUNT);
    case "rating":
      return read(ratingReader(ratingScale));
    case "currency":
      return read(CURRENCY);
  }
}

export interface ProfileRead {
  readonly profile: ProfileInputs;
  readonly at: CellRef;
  readonly layout: TableLayout;
  readonly items: Readonly<Record<string, ProfileItemLayout>>;
}

/**
 * The item a row names, or null after a notice (no name, an unknown name) or an issue (an error
 * value, an item named twice).
 */
function identifyItem(
  ctx: ReadContext,
  row: number,
  columns: { readonly item: number; readonly value: number },
  firstSeen: Map<string, CellRef>,
  known: readonly ColumnSpec[]
): ColumnSpec | null {
  const sheet = ctx.sheet.name;
  const itemAt = { sheet, cell: cellAddress(row, columns.item) };
  const label = { label: catalogueRef("column.profile.item") };
  const name = presentValue(ctx, row, columns.item, label, () => msg("read.expected.item"));
  if (name === "refused") return null;
  if (name === "blank") {
    ctx.findings.notice(
      "profile.valueWithoutItem",
      msg("read.profile.valueWithoutItem", { row: row + 1, table: msg("table.profile") }),
      { sheet, cell: cellAddress(row, columns.value) }
    );
    return null;
  }
  const text = typeof name === "string" ? name : describeValue(name);
  const item = findItem(known, text);
  if (item === undefined) {
    ctx.findings.notice(
      "profile.unknownItem",
      msg("read.profile.unknownItem", { item: describeValue(text) }),
      itemAt
    );
    return null;
  }
  const first = firstSeen.get(item.key);
  if (first !== undefined) {
    ctx.findings.error(
      "profile.duplicateItem",
      msg("read.profile.duplicateItem", {
        item: catalogueRef(`item.${item.key}`),
        first: first.cell,
      }),
      itemAt
    );
    return null;
  }
  firstSeen.set(item.key, itemAt);
  return item;
}

const YES_NO_WORDS = new Set([...YES_WORDS, ...NO_WORDS]);

/** Text that is a yes- or no-word as written, but for case (MATCH ignores case, not spaces). */
function isYesNoWord(text: string): boolean {
  return YES_NO_WORDS.has(text.toLowerCase()) && !/[*?~]/.test(text);
}

/**
 * Read the Profile table (治理概况): item names in one column, values in the other. Items are found
 * by alias, key or catalogue label in either language; an absent item is left out, a blank one is
 * `value: null` with its cell. Unknown items are ignored with a notice; an item given twice, and
 * more proposals rejected than submitted, are refused.
 * @example readProfile(ctx, region, match, rows, ["AAA", "AA"]).profile.baseRating?.value // "AA"
 */
export function readProfile(
  ctx: ReadContext,
  region: TableRegion,
  match: HeaderMatch,
  rows: RowPlan,
  ratingScale: readonly string[],
  known: readonly ColumnSpec[] = PROFILE_ITEMS
): ProfileRead {
  const sheet = ctx.sheet.name;
  const itemColumn = match.columns.get("item");
  const valueColumn = match.columns.get("value");
  const profile: Record<string, Sourced<unknown>> = {};
  const items: Record<string, ProfileItemLayout> = {};
  const firstSeen = new Map<string, CellRef>();
  let namesSafe = true;
  let valuesSafe = true;

  if (itemColumn !== undefined && valueColumn !== undefined) {
    const columns = { item: itemColumn.index, value: valueColumn.index };
    for (const row of rows.dataRows) {
      const name = cellValue(ctx.sheet, row, columns.item);
      namesSafe &&=
        isBlankValue(name) || (typeof name === "string" && normaliseCellText(name) === name);
      const item = identifyItem(ctx, row, columns, firstSeen, known);
      if (item === null) continue;
      const read = readItemValue(ctx, row, columns.value, item, ratingScale);
      const cell = cellAddress(row, columns.value);
      valuesSafe &&= read.formulaSafe;
      profile[item.key] = { value: read.values[0] ?? null, at: { sheet, cell } };
      const raw = cellValue(ctx.sheet, row, columns.value);
      items[item.key] = {
        key: item.key,
        cell,
        ...(read.form === undefined ? {} : { form: read.form }),
        formulaSafe: read.formulaSafe,
        ...(typeof read.values[0] === "boolean" && typeof raw === "string" && isYesNoWord(raw)
          ? { yesWord: true }
          : {}),
      };
    }
  }

  checkProposals(ctx, profile);
  const columns: ColumnLayout[] = [];
  for (const [column, formulaSafe] of [
    [itemColumn, namesSafe],
    [valueColumn, valuesSafe],
  ] as const) {
    if (column === undefined) continue;
    columns.push({
      key: column.spec.key,
      column: columnLetters(column.index + 1),
      header: column.header,
      formulaSafe,
    });
  }
  return {
    profile: profile as unknown as ProfileInputs,
    at: { sheet, cell: tableRange(region, rows) },
    items,
    layout: tableLayout(PROFILE_TABLE, region, match, rows, columns),
  };
}

/** Rejected proposals cannot exceed submitted ones; refused at the rejected cell. */
function checkProposals(
  ctx: ReadContext,
  profile: Readonly<Record<string, Sourced<unknown>>>
): void {
  const submitted = profile.proposalsSubmitted as Sourced<Decimal> | undefined;
  const rejected = profile.proposalsRejected as Sourced<Decimal> | undefined;
  const s = submitted?.value ?? null;
  const r = rejected?.value ?? null;
  if (s === null || r === null || !r.gt(s) || rejected?.at === undefined) return;
  ctx.findings.error(
    "profile.rejectedAboveSubmitted",
    msg("read.profile.rejectedAboveSubmitted", {
      rejected: r.toString(),
      submitted: s.toString(),
      submittedCell: submitted?.at?.cell ?? "",
    }),
    rejected.at
  );
}
