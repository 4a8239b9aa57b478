import {
  DEFAULT_MODEL,
  failure,
  formatMessage,
  LANGUAGES,
  loadParameters,
  msg,
  normaliseLabel,
  parseYesNo,
  success,
  type Issue,
  type ModelDefinition,
  type ModelParameters,
  type Outcome,
  type ParameterSource,
  type ParameterValue,
} from "../../core";
import { isCellError, type CellValue, type SheetSnapshot } from "../snapshot";
import { columnNumber } from "../a1";
import { PARAM_COLUMNS, SCHEMA_VERSION_KEY, SCHEMA_VERSION_ROW } from "./layout";
import { parameterKind, RATING_SCALE_PATH } from "./parameter-rows";

const TEXT_KINDS = new Set<ReturnType<typeof parameterKind>>(["text", "grade", "policy", "rating"]);

const col = (letter: string) => columnNumber(letter) - 1;
const PATH = col(PARAM_COLUMNS.path);
const VALUE = col(PARAM_COLUMNS.value);
const DENOMINATOR = col(PARAM_COLUMNS.denominator);

interface ReadState {
  readonly sheet: string;
  readonly definition: ModelDefinition;
  /** The schema the sheet was written in (1 when it records none: written before versions). */
  schemaVersion: number;
  readonly issues: Issue[];
  /** Parameter path → its 1-based row, to locate the loader's issues later. */
  readonly rows: Map<string, number>;
  readonly ratingRows: number[];
}

function cellAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function labels(key: Parameters<typeof msg>[0]): Set<string> {
  return new Set(LANGUAGES.map((language) => normaliseLabel(formatMessage(msg(key), language))));
}

function textOf(value: CellValue): string {
  return typeof value === "string" ? value.trim() : String(value);
}

/**
 * Read the parameters back from a model sheet (a user may have edited values): every row of the
 * parameter block becomes its path in a plain `ParameterSource`; ratios written as numerator and
 * denominator become "1/3"; the rating-scale rows become the scale in row order. Unreadable cells
 * (error values, blanks where a value is needed, duplicate paths) are issues naming the cell.
 * `loadParameters` then validates the values themselves.
 * @example
 * const source = readModelSheet(snapshot.sheets.find((s) => s.name === "评分模型")!);
 * if (source.ok) loadParameters(source.value);
 */
export function readModelSheet(
  sheet: SheetSnapshot,
  definition: ModelDefinition = DEFAULT_MODEL
): Outcome<ParameterSource> {
  return readWithRows(sheet, definition).outcome;
}

/**
 * The model schema version a model sheet records above its header (1 when it records none), or
 * an issue at the cell when the record is not a whole number from 1 up.
 * @example modelSheetSchemaVersion(sheet, headerIndex, issues) // 1
 */
function schemaVersionOf(sheet: SheetSnapshot, headerIndex: number, state: ReadState): void {
  for (let r = 0; r < headerIndex; r++) {
    const key = cellAt(sheet, r, PATH);
    if (typeof key !== "string" || key.trim() !== SCHEMA_VERSION_KEY) continue;
    const value = cellAt(sheet, r, VALUE);
    const text = typeof value === "number" ? String(value) : textOf(value);
    if (/^\s*[1-9]\d{0,5}\s*$/.test(text)) {
      state.schemaVersion = Number.parseInt(text, 10);
      return;
    }
    state.issues.push({
      code: "modelSheet.schemaVersion",
      message: msg("ms.read.schemaVersion", { found: isCellError(value) ? value.error : text }),
      at: { sheet: sheet.name, cell: `${PARAM_COLUMNS.value}${r + 1}` },
    });
    return;
  }
}

function readWithRows(
  sheet: SheetSnapshot,
  definition: ModelDefinition
): {
  outcome: Outcome<ParameterSource>;
  state: ReadState;
} {
  const state: ReadState = {
    sheet: sheet.name,
    definition,
    schemaVersion: 1,
    issues: [],
    rows: new Map(),
    ratingRows: [],
  };
  const header = labels("ms.header.path");
  const lookupTitle = labels("ms.lookups.title");
  const headerIndex = sheet.values.findIndex((row) => {
    const a = row[PATH] ?? null;
    return typeof a === "string" && header.has(normaliseLabel(a));
  });
  if (headerIndex < 0) {
    state.issues.push({
      code: "modelSheet.noHeader",
      message: msg("ms.read.noHeader"),
      at: { sheet: sheet.name, cell: "A1" },
    });
    return { outcome: failure(state.issues), state };
  }
  schemaVersionOf(sheet, headerIndex, state);

  const root: Record<string, ParameterValue> = {};
  const ratings: ParameterValue[] = [];
  for (let r = headerIndex + 1; r < sheet.values.length; r++) {
    const pathCell = cellAt(sheet, r, PATH);
    if (typeof pathCell === "string" && lookupTitle.has(normaliseLabel(pathCell))) break;
    if (isBlank(pathCell)) continue;
    const path = textOf(pathCell);
    const row = r + 1;
    const value = readValue(sheet, r, path, state);
    if (value === undefined) continue;
    if (path === RATING_SCALE_PATH) {
      ratings.push(typeof value === "number" ? String(value) : value);
      state.ratingRows.push(row);
      continue;
    }
    if (state.rows.has(path)) {
      state.issues.push({
        code: "modelSheet.duplicate",
        message: msg("ms.read.duplicate", { parameter: path, row: state.rows.get(path) ?? 0 }),
        at: { sheet: sheet.name, cell: `${PARAM_COLUMNS.path}${row}` },
        parameter: path,
      });
      continue;
    }
    state.rows.set(path, row);
    if (!place(root, path, value)) {
      state.issues.push({
        code: "modelSheet.pathConflict",
        message: msg("ms.read.pathConflict", { parameter: path }),
        at: { sheet: sheet.name, cell: `${PARAM_COLUMNS.path}${row}` },
        parameter: path,
      });
    }
  }
  if (state.ratingRows.length > 0) root[RATING_SCALE_PATH] = ratings;
  const outcome =
    state.issues.length === 0
      ? success<ParameterSource>(root)
      : failure<ParameterSource>(state.issues);
  return { outcome, state };
}

/** The parameter value of one row; undefined after reporting an unreadable cell. */
function readValue(
  sheet: SheetSnapshot,
  r: number,
  path: string,
  state: ReadState
): ParameterValue | undefined {
  const kind = parameterKind(path, state.definition);
  const value = cellAt(sheet, r, VALUE);
  const denominator = cellAt(sheet, r, DENOMINATOR);
  const at = (column: string) => ({ sheet: state.sheet, cell: `${column}${r + 1}` });
  const unreadable = (column: string, found: CellValue) => {
    state.issues.push({
      code: "modelSheet.unreadable",
      message: msg("ms.read.unreadable", {
        parameter: path,
        found: isCellError(found) ? found.error : textOf(found),
      }),
      at: at(column),
      parameter: path,
    });
    return undefined;
  };
  if (isCellError(value)) return unreadable(PARAM_COLUMNS.value, value);
  if (kind === "fraction" && !isBlank(denominator)) {
    const top = numeric(value);
    const bottom = numeric(denominator);
    if (top === null) return unreadable(PARAM_COLUMNS.value, value);
    if (bottom === null) return unreadable(PARAM_COLUMNS.denominator, denominator);
    return `${top}/${bottom}`;
  }
  if (isBlank(value)) {
    if (kind === "optionalMonths") return null;
    state.issues.push({
      code: "modelSheet.blank",
      message: msg("ms.read.blank", { parameter: path }),
      at: at(PARAM_COLUMNS.value),
      parameter: path,
    });
    return undefined;
  }
  if (kind === "boolean") {
    if (typeof value === "boolean") return value;
    const answer = parseYesNo(textOf(value));
    if (answer !== null) return answer;
    return unreadable(PARAM_COLUMNS.value, value);
  }
  if (typeof value === "string") return value.trim();
  // Texts a user retyped as numbers ("1" for the version, say) stay texts.
  if (typeof value === "number" && TEXT_KINDS.has(kind)) return String(value);
  return value as number | boolean;
}

/** A number cell, or numeric text, as decimal text (the loader parses it exactly). */
function numeric(value: CellValue): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value))
    return value.trim();
  return null;
}

/** Put a value at a dotted path; false when the path collides with another one. */
function place(root: Record<string, ParameterValue>, path: string, value: ParameterValue): boolean {
  const parts = path.split(".");
  let node: Record<string, ParameterValue> = root;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === undefined) {
      const created: Record<string, ParameterValue> = {};
      node[part] = created;
      node = created;
    } else if (next !== null && typeof next === "object" && !Array.isArray(next)) {
      node = next as Record<string, ParameterValue>;
    } else {
      return false;
    }
  }
  const last = parts[parts.length - 1] ?? path;
  if (node[last] !== undefined) return false;
  node[last] = value;
  return true;
}

/**
 * Read and validate a model sheet in one step: `readModelSheet`, then `loadParameters`, with each
 * of the loader's issues located at the row of its parameter.
 * @example loadModelSheet(sheet) // { ok: true, value: ModelParameters } or located issues
 */
export function loadModelSheet(
  sheet: SheetSnapshot,
  definition: ModelDefinition = DEFAULT_MODEL
): Outcome<ModelParameters> {
  const { outcome, state } = readWithRows(sheet, definition);
  if (!outcome.ok) return failure(outcome.issues);
  const loaded = loadParameters(outcome.value, { definition, schemaVersion: state.schemaVersion });
  if (loaded.ok) return loaded;
  return failure(
    loaded.issues.map((issue) => {
      const row = issue.parameter === undefined ? undefined : rowOf(issue.parameter, state);
      if (issue.parameter === "schemaVersion")
        return {
          ...issue,
          at: { sheet: state.sheet, cell: `${PARAM_COLUMNS.value}${SCHEMA_VERSION_ROW}` },
        };
      return row === undefined || issue.at !== undefined
        ? issue
        : { ...issue, at: { sheet: state.sheet, cell: `${PARAM_COLUMNS.value}${row}` } };
    })
  );
}

function rowOf(parameter: string, state: ReadState): number | undefined {
  const exact = state.rows.get(parameter);
  if (exact !== undefined) return exact;
  const rating = /^ratingScale\.(\d+)$/.exec(parameter);
  if (rating?.[1] !== undefined) return state.ratingRows[Number.parseInt(rating[1], 10)];
  if (parameter === RATING_SCALE_PATH) return state.ratingRows[0];
  // A group parameter ("weights", "f6"): its first row.
  for (const [path, row] of state.rows) if (path.startsWith(`${parameter}.`)) return row;
  return undefined;
}
