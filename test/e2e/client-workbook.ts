import { readFileSync } from "fs";
import * as path from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/read-xlsx";
import {
  BOARD_TABLE,
  defaultParameters,
  normaliseLabel,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  scoreGovernance,
  SHAREHOLDERS_TABLE,
  type ColumnSpec,
  type GovernanceInputs,
  type Language,
  type ScoreResult,
  type TableSpec,
  type ValueKind,
} from "../../src/core";
import { readInputs } from "../../src/workbook/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { columnLetters } from "../../src/workbook/a1";
import { enumChoices, yesNoChoices } from "../../src/workbook/template";

const EXAMPLES = path.resolve(__dirname, "..", "..", "examples");

/** The hand-computed figures of examples/expected/<name>.json (decimal strings). */
export interface ExpectedFigures {
  readonly client: string;
  readonly result: {
    readonly score: string;
    readonly modelGrade: string;
    readonly adjustment: { readonly recommendedLimit: string };
  };
}

/** An example client: its workbook as read from the file, the engine's result and the hand figures. */
export interface ClientExample {
  readonly snapshot: WorkbookSnapshot;
  readonly inputs: GovernanceInputs;
  readonly engine: ScoreResult;
  readonly expected: ExpectedFigures;
}

/** Reads examples/<file> and scores it with the default parameters, as the CLI would. */
export async function loadClientExample(file: string): Promise<ClientExample> {
  const read = await readWorkbookFile(path.join(EXAMPLES, file));
  if (!read.ok) throw new Error(`${file} cannot be read: ${JSON.stringify(read.issues)}`);
  const outcome = readInputs(read.value);
  if (!outcome.ok) throw new Error(`${file} is refused: ${JSON.stringify(outcome.issues)}`);
  const scored = scoreGovernance(outcome.inputs, defaultParameters());
  if (!scored.ok) throw new Error(`${file} is not scored: ${JSON.stringify(scored.issues)}`);
  const expectedFile = path.join(EXAMPLES, "expected", file.replace(/\.xlsx$/, ".json"));
  return {
    snapshot: read.value,
    inputs: outcome.inputs,
    engine: scored.value,
    expected: JSON.parse(readFileSync(expectedFile, "utf8")) as ExpectedFigures,
  };
}

/** One value to type into the template, where a user would type it. */
export interface TypedCell {
  readonly sheet: string;
  readonly ref: string;
  readonly value: string | number | boolean;
}

function sheetOf(snapshot: WorkbookSnapshot, spec: TableSpec): SheetSnapshot {
  const names = new Set(spec.names.map(normaliseLabel));
  const sheet = snapshot.sheets.find((s) => names.has(normaliseLabel(s.name)));
  if (sheet === undefined) throw new Error(`the example has no ${spec.id} sheet`);
  return sheet;
}

function specFor<Key extends string>(
  specs: readonly ColumnSpec<Key>[],
  label: unknown
): ColumnSpec<Key> {
  const key = typeof label === "string" ? normaliseLabel(label) : "";
  const spec = specs.find((s) => s.aliases.some((alias) => normaliseLabel(alias) === key));
  if (spec === undefined) throw new Error(`no template column or item for "${String(label)}"`);
  return spec;
}

/**
 * A Chinese drop-down value as the template's drop-down offers it in `language` (what a user picks
 * there); any other value as the file holds it.
 */
function asPicked(value: string | number | boolean, kind: ValueKind, language: Language) {
  const lists =
    kind.kind === "enum"
      ? [enumChoices(kind.enumName, "zh-CN"), enumChoices(kind.enumName, language)]
      : kind.kind === "yesNo"
        ? [yesNoChoices("zh-CN"), yesNoChoices(language)]
        : null;
  if (lists === null || typeof value !== "string") return value;
  const index = lists[0]?.indexOf(value) ?? -1;
  return index < 0 ? value : (lists[1]?.[index] ?? value);
}

function typed(
  sheet: string,
  ref: string,
  value: SheetSnapshot["values"][number][number] | undefined,
  kind: ValueKind,
  language: Language
): TypedCell[] {
  if (value === null || value === undefined || value === "") return [];
  if (typeof value === "object") throw new Error(`the example has ${value.error} at ${ref}`);
  return [{ sheet, ref, value: asPicked(value, kind, language) }];
}

/**
 * The example's inputs as a user fills the input template of `language`: each list table's rows
 * under the template's headers (columns matched by their aliases), each profile value in column B
 * beside its item; drop-down values as that language's drop-down offers them.
 */
export function templateEntries(snapshot: WorkbookSnapshot, language: Language): TypedCell[] {
  const cells: TypedCell[] = [];
  for (const spec of [SHAREHOLDERS_TABLE, BOARD_TABLE] as TableSpec[]) {
    const [header = [], ...rows] = sheetOf(snapshot, spec).values;
    const target = spec.defaultName[language];
    header.forEach((label, c) => {
      const column = specFor(spec.columns, label);
      const letter = columnLetters(spec.columns.indexOf(column) + 1);
      rows.forEach((row, r) =>
        cells.push(...typed(target, `${letter}${r + 2}`, row[c], column.value, language))
      );
    });
  }
  const [, ...items] = sheetOf(snapshot, PROFILE_TABLE).values;
  for (const [label, value] of items) {
    const item = specFor(PROFILE_ITEMS, label);
    const ref = `B${PROFILE_ITEMS.indexOf(item) + 2}`;
    cells.push(...typed(PROFILE_TABLE.defaultName[language], ref, value, item.value, language));
  }
  return cells;
}
