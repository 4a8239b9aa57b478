import {
  Decimal,
  formatMessage,
  GRADES,
  isMessageKey,
  leafAt,
  MISSING_DATA_POLICIES,
  msg,
  parameterFingerprint,
  type Fraction,
  type Language,
  type MessageRef,
  type ModelParameters,
} from "../../core";
import { columnLetters } from "../a1";
import type { DataValidationPlan, PlannedCell, SheetPlan } from "../plan";
import { decimalCellValue } from "./cell-values";
import {
  dropDownLabel,
  ENUM_COLUMNS,
  GRADE_COLUMNS,
  LOOKUP_NAMES,
  modelSheetLayout,
  PARAM_COLUMNS,
  SCHEMA_VERSION_KEY,
  SCHEMA_VERSION_ROW,
  YES_WORDS,
  type ModelSheetLayout,
} from "./layout";
import { VERSIONED_LAYOUT, WORKBOOK_LAYOUT_VERSION } from "../versions";
import { sheetTexts } from "../sheet-texts";
import type { ParameterCellValue, ParameterKind, ParameterRow } from "./parameter-rows";

const NUMBER_FORMATS: Partial<Record<ParameterKind, string>> = {
  share: "0.00%",
  whole: "0",
  optionalMonths: "0",
};

/**
 * The model-parameter sheet (评分模型 / Model): every parameter on its own row (path, description
 * in the user's language, value), then the lookup tables the scorecard's formulas read (each
 * enum's key, Chinese and English labels and points; the grade table; the yes-words list). The
 * lookup tables' points are formulas on the parameter cells, so editing a parameter is enough.
 * @example modelSheetPlan(defaultParameters(), "zh-CN").name // "评分模型"
 */
export function modelSheetPlan(
  params: ModelParameters,
  language: Language,
  layoutVersion: number = WORKBOOK_LAYOUT_VERSION
): SheetPlan {
  const layout = modelSheetLayout(params, language);
  const t = (ref: MessageRef) => formatMessage(ref, language, sheetTexts(layoutVersion));
  const cells: PlannedCell[] = [
    { ref: "A1", value: t(msg("ms.title")), style: "title" },
    { ref: "A2", value: t(msg("ms.intro")), style: "note" },
    {
      ref: "A3",
      value: t(msg("ms.fingerprint", { fingerprint: parameterFingerprint(params) })),
      style: "muted",
    },
  ];
  if (layoutVersion >= VERSIONED_LAYOUT) {
    const row = SCHEMA_VERSION_ROW;
    cells.push(
      { ref: `${PARAM_COLUMNS.path}${row}`, value: SCHEMA_VERSION_KEY, style: "muted" },
      {
        ref: `${PARAM_COLUMNS.description}${row}`,
        value: t(msg("ms.schemaVersion")),
        style: "muted",
      },
      {
        ref: `${PARAM_COLUMNS.value}${row}`,
        value: params.schemaVersion,
        style: "muted",
        numberFormat: "0",
      }
    );
  }
  const header = layout.headerRow;
  const headers = [
    [PARAM_COLUMNS.path, "ms.header.path"],
    [PARAM_COLUMNS.description, "ms.header.description"],
    [PARAM_COLUMNS.value, "ms.header.value"],
    [PARAM_COLUMNS.denominator, "ms.header.denominator"],
    [PARAM_COLUMNS.note, "ms.header.note"],
  ] as const;
  for (const [column, key] of headers)
    cells.push({ ref: `${column}${header}`, value: t(msg(key)), style: "header" });

  const validations: DataValidationPlan[] = [];
  const paramRow: Record<string, number> = {};
  for (const { row, spec } of layout.parameters) {
    paramRow[spec.path] = row;
    cells.push(...parameterCells(spec, row, t));
    if (spec.kind === "grade")
      validations.push({ range: `${PARAM_COLUMNS.value}${row}`, list: GRADES });
    if (spec.kind === "policy")
      validations.push({
        range: `${PARAM_COLUMNS.value}${row}`,
        list: leafAt(params.definition.spec, spec.path)?.choices ?? MISSING_DATA_POLICIES,
      });
  }

  cells.push({
    ref: `A${layout.lookupTitleRow}`,
    value: t(msg("ms.lookups.title")),
    style: "subtitle",
  });
  cells.push(...lookupCells(layout, params, paramRow, t));
  return {
    name: layout.sheet,
    role: "model",
    cells,
    columnWidths: MODEL_SHEET_WIDTHS,
    freeze: { rows: header, columns: 1 },
    validations,
    // Landscape, one page wide (no page of a stray column), the parameter header on every page.
    print: {
      area: `A1:${columnLetters(MODEL_SHEET_WIDTHS.length)}${lastRowOf(cells)}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: `${header}:${header}`,
      narrowMargins: true,
      header: layout.sheet,
    },
  };
}

const MODEL_SHEET_WIDTHS: readonly number[] = [36, 70, 16, 12, 30, 12, 14, 30];

function lastRowOf(cells: readonly PlannedCell[]): number {
  return cells.reduce((last, c) => Math.max(last, Number(/\d+$/.exec(c.ref)?.[0] ?? 1)), 1);
}

function parameterCells(
  spec: ParameterRow,
  row: number,
  t: (ref: MessageRef) => string
): PlannedCell[] {
  const cells: PlannedCell[] = [
    { ref: `${PARAM_COLUMNS.path}${row}`, value: spec.path, style: "label" },
    { ref: `${PARAM_COLUMNS.description}${row}`, value: t(spec.description) },
  ];
  const valueRef = `${PARAM_COLUMNS.value}${row}`;
  const value = spec.value;
  if (spec.kind === "fraction" && isFraction(value)) {
    const denominatorRef = `${PARAM_COLUMNS.denominator}${row}`;
    cells.push(
      { ref: valueRef, value: decimalCellValue(value.numerator), style: "input" },
      { ref: denominatorRef, value: decimalCellValue(value.denominator), style: "input" },
      {
        ref: `${PARAM_COLUMNS.note}${row}`,
        value: `${value.numerator.toString()}/${value.denominator.toString()}`,
        formula: `${valueRef}&"/"&${denominatorRef}`,
        style: "note",
      }
    );
    return cells;
  }
  const numberFormat = NUMBER_FORMATS[spec.kind];
  cells.push({
    ref: valueRef,
    value: plainValue(value),
    style: "input",
    ...(numberFormat === undefined ? {} : { numberFormat }),
  });
  if (spec.kind === "optionalMonths" && value === null)
    cells.push({
      ref: `${PARAM_COLUMNS.note}${row}`,
      value: t(msg("ms.note.noCap")),
      style: "note",
    });
  if (spec.kind === "policy" && typeof value === "string")
    cells.push({ ref: `${PARAM_COLUMNS.note}${row}`, value: t(policyLabel(value)), style: "note" });
  return cells;
}

/**
 * How a policy parameter's value reads in the user's language: a missing-data policy, a
 * knock-out's outcome or the F2 setting (policy.*), or a capital base (capitalBase.*).
 */
function policyLabel(value: string): MessageRef {
  for (const key of [`policy.${value}`, `capitalBase.${value}`])
    if (isMessageKey(key)) return msg(key);
  return msg("policy.conservative");
}

function isFraction(value: ParameterCellValue): value is Fraction {
  return value !== null && typeof value === "object" && "numerator" in value;
}

function plainValue(value: ParameterCellValue): string | number | boolean | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (Decimal.isDecimal(value)) return decimalCellValue(value as Decimal);
  return null;
}

/** The value a parameter cell holds, for a formula's cached result. */
function parameterValue(params: ModelParameters, path: string): number | string | boolean | null {
  let node: unknown = params;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string, unknown>)[part];
  }
  if (node === undefined || node === null) return null;
  if (Decimal.isDecimal(node)) return (node as Decimal).toNumber();
  if (typeof node === "string" || typeof node === "boolean" || typeof node === "number")
    return node;
  return null;
}

function lookupCells(
  layout: ModelSheetLayout,
  params: ModelParameters,
  paramRow: Readonly<Record<string, number>>,
  t: (ref: MessageRef) => string
): PlannedCell[] {
  const cells: PlannedCell[] = [];
  const refTo = (path: string) => `$${PARAM_COLUMNS.value}$${paramRow[path] ?? 0}`;
  for (const name of LOOKUP_NAMES) {
    const table = layout.lookups[name];
    cells.push({
      ref: `A${table.titleRow}`,
      value: t(msg(`ms.lookup.${name}`)),
      style: "subtitle",
    });
    const headers = [
      [ENUM_COLUMNS.key, "ms.lookup.header.key"],
      [ENUM_COLUMNS.zh, "ms.lookup.header.zh"],
      [ENUM_COLUMNS.en, "ms.lookup.header.en"],
      [ENUM_COLUMNS.dropDown, "ms.lookup.header.dropDown"],
      [ENUM_COLUMNS.points, "ms.lookup.header.points"],
    ] as const;
    for (const [column, key] of headers)
      cells.push({ ref: `${column}${table.headerRow}`, value: t(msg(key)), style: "header" });
    table.rows.forEach((r, i) => {
      const row = table.firstRow + i;
      cells.push(
        { ref: `${ENUM_COLUMNS.key}${row}`, value: r.key },
        { ref: `${ENUM_COLUMNS.zh}${row}`, value: r.zh },
        { ref: `${ENUM_COLUMNS.en}${row}`, value: r.en },
        { ref: `${ENUM_COLUMNS.dropDown}${row}`, value: dropDownLabel(r.en) }
      );
      if (r.pointsPath !== null)
        cells.push({
          ref: `${ENUM_COLUMNS.points}${row}`,
          value: parameterValue(params, r.pointsPath),
          formula: refTo(r.pointsPath),
        });
    });
  }

  const g = layout.grades;
  cells.push({ ref: `A${g.titleRow}`, value: t(msg("ms.grades.title")), style: "subtitle" });
  for (const [key, column] of Object.entries(GRADE_COLUMNS))
    cells.push({
      ref: `${column}${g.headerRow}`,
      value: t(msg(`ms.grades.header.${key as keyof typeof GRADE_COLUMNS}`)),
      style: "header",
    });
  GRADES.forEach((grade, i) => {
    const row = g.firstRow + i;
    const a = params.adjustments[grade];
    const cap = refTo(`adjustments.${grade}.tenorCapMonths`);
    const meaning = msg(`grade.${grade}`);
    cells.push(
      { ref: `${GRADE_COLUMNS.grade}${row}`, value: grade, style: "label" },
      {
        ref: `${GRADE_COLUMNS.minimum}${row}`,
        value: params.gradeMinimums[grade].toNumber(),
        formula: refTo(`gradeMinimums.${grade}`),
      },
      {
        ref: `${GRADE_COLUMNS.notches}${row}`,
        value: a.notches.toNumber(),
        formula: refTo(`adjustments.${grade}.notches`),
      },
      {
        ref: `${GRADE_COLUMNS.multiplier}${row}`,
        value: a.limitMultiplier.toNumber(),
        formula: refTo(`adjustments.${grade}.limitMultiplier`),
        numberFormat: "0%",
      },
      {
        ref: `${GRADE_COLUMNS.tenorCap}${row}`,
        value: a.tenorCapMonths === null ? "" : a.tenorCapMonths.toNumber(),
        // A blank cap means "no cap"; a plain reference would turn it into 0 months.
        formula: `IF(ISBLANK(${cap}),"",${cap})`,
      },
      {
        ref: `${GRADE_COLUMNS.enhancedCovenants}${row}`,
        value: a.enhancedCovenants,
        formula: refTo(`adjustments.${grade}.enhancedCovenants`),
      },
      { ref: `${GRADE_COLUMNS.meaningZh}${row}`, value: formatMessage(meaning, "zh-CN") },
      { ref: `${GRADE_COLUMNS.meaningEn}${row}`, value: formatMessage(meaning, "en-US") }
    );
  });

  const y = layout.yesWords;
  cells.push({ ref: `A${y.titleRow}`, value: t(msg("ms.yesWords.title")), style: "subtitle" });
  YES_WORDS.forEach((word, i) => cells.push({ ref: `A${y.firstRow + i}`, value: word }));
  return cells;
}
