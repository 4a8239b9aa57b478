import {
  GRADES,
  ModelInvariantError,
  type Grade,
  type Language,
  type ModelParameters,
} from "../../core";
import { sheetCell, sheetRange } from "../a1";
import {
  dropDownLabel,
  ENUM_COLUMNS,
  GRADE_COLUMNS,
  LOOKUP_NAMES,
  modelSheetLayout,
  PARAM_COLUMNS,
  YES_WORDS,
  type LookupName,
  type ModelSheetLayout,
} from "./layout";
import { RATING_SCALE_PATH } from "./parameter-rows";

/** A lookup table's columns as absolute ranges, and each value's cells. */
export interface LookupAddresses {
  readonly keys: string;
  readonly zh: string;
  readonly en: string;
  readonly dropDown: string;
  /** The label column of the sheet's language. */
  readonly labels: string;
  /** null for tables without points (board role, audit opinion). */
  readonly points: string | null;
  /** Value key → the cell holding its label in the sheet's language. */
  readonly label: Readonly<Record<string, string>>;
  /** Value key → the cells (and texts) of every form it may be written in: key, zh, en, drop-down. */
  readonly forms: Readonly<
    Record<string, readonly { readonly ref: string; readonly text: string }[]>
  >;
}

export interface GradeTableAddresses {
  readonly grade: string;
  readonly minimum: string;
  readonly notches: string;
  readonly multiplier: string;
  readonly tenorCap: string;
  readonly enhancedCovenants: string;
  /** The meaning column in the sheet's language. */
  readonly meaning: string;
  /** Grade → the cell holding the grade letter. */
  readonly cell: Readonly<Record<Grade, string>>;
}

/** Absolute references (with the sheet) into the model sheet, for scorecard formulas. */
export interface ModelSheetAddresses {
  readonly sheet: string;
  /**
   * Parameter path → its value cell, e.g. "weights.F1" → "'评分模型'!$C$7". A ratio such as
   * f4.lowOverlapMax has "f4.lowOverlapMax.numerator" and "….denominator"; rating-scale entries are
   * "ratingScale.1", "ratingScale.2", ….
   */
  readonly parameters: Readonly<Record<string, string>>;
  /** The rating scale as one range, best grade first. */
  readonly ratingScale: string;
  readonly lookups: Readonly<Record<LookupName, LookupAddresses>>;
  readonly grades: GradeTableAddresses;
  readonly yesWords: string;
}

/**
 * Where each parameter and lookup table of `modelSheetPlan(params, language)` sits.
 * @example modelSheetAddresses(defaultParameters(), "zh-CN").parameters["weights.F1"]
 * // "'评分模型'!$C$7"
 */
export function modelSheetAddresses(
  params: ModelParameters,
  language: Language
): ModelSheetAddresses {
  return addressesOfLayout(modelSheetLayout(params, language));
}

/**
 * The addresses of an already computed layout.
 * @example addressesOfLayout(modelSheetLayout(params, "en-US")).yesWords // "'Model'!$A$…:$A$…"
 */
export function addressesOfLayout(layout: ModelSheetLayout): ModelSheetAddresses {
  const { sheet, language } = layout;
  const parameters: Record<string, string> = {};
  let ratingFirst = 0;
  let ratingLast = 0;
  let ratingIndex = 0;
  for (const { row, spec } of layout.parameters) {
    const value = sheetCell(sheet, PARAM_COLUMNS.value, row);
    if (spec.kind === "fraction") {
      parameters[`${spec.path}.numerator`] = value;
      parameters[`${spec.path}.denominator`] = sheetCell(sheet, PARAM_COLUMNS.denominator, row);
    } else if (spec.path === RATING_SCALE_PATH) {
      ratingIndex += 1;
      parameters[`${RATING_SCALE_PATH}.${ratingIndex}`] = value;
      if (ratingFirst === 0) ratingFirst = row;
      ratingLast = row;
    } else {
      parameters[spec.path] = value;
    }
  }
  const lookups = {} as Record<LookupName, LookupAddresses>;
  for (const name of LOOKUP_NAMES) {
    const table = layout.lookups[name];
    const last = table.firstRow + table.rows.length - 1;
    const column = (c: string) => sheetRange(sheet, c, table.firstRow, last);
    const labelColumn = language === "zh-CN" ? ENUM_COLUMNS.zh : ENUM_COLUMNS.en;
    const label: Record<string, string> = {};
    const forms: Record<string, { ref: string; text: string }[]> = {};
    table.rows.forEach((r, i) => {
      const row = table.firstRow + i;
      label[r.key] = sheetCell(sheet, labelColumn, row);
      const texts = [r.key, r.zh, r.en, dropDownLabel(r.en)];
      forms[r.key] = [
        ENUM_COLUMNS.key,
        ENUM_COLUMNS.zh,
        ENUM_COLUMNS.en,
        ENUM_COLUMNS.dropDown,
      ].map((c, k) => ({ ref: sheetCell(sheet, c, row), text: texts[k] ?? "" }));
    });
    lookups[name] = {
      keys: column(ENUM_COLUMNS.key),
      zh: column(ENUM_COLUMNS.zh),
      en: column(ENUM_COLUMNS.en),
      dropDown: column(ENUM_COLUMNS.dropDown),
      labels: column(labelColumn),
      points: table.rows.some((r) => r.pointsPath !== null) ? column(ENUM_COLUMNS.points) : null,
      label,
      forms,
    };
  }
  const g = layout.grades;
  const gradeLast = g.firstRow + GRADES.length - 1;
  const gradeColumn = (c: string) => sheetRange(sheet, c, g.firstRow, gradeLast);
  const cell = {} as Record<Grade, string>;
  GRADES.forEach(
    (grade, i) => (cell[grade] = sheetCell(sheet, GRADE_COLUMNS.grade, g.firstRow + i))
  );
  return {
    sheet,
    parameters,
    ratingScale: sheetRange(sheet, PARAM_COLUMNS.value, ratingFirst, ratingLast),
    lookups,
    grades: {
      grade: gradeColumn(GRADE_COLUMNS.grade),
      minimum: gradeColumn(GRADE_COLUMNS.minimum),
      notches: gradeColumn(GRADE_COLUMNS.notches),
      multiplier: gradeColumn(GRADE_COLUMNS.multiplier),
      tenorCap: gradeColumn(GRADE_COLUMNS.tenorCap),
      enhancedCovenants: gradeColumn(GRADE_COLUMNS.enhancedCovenants),
      meaning: gradeColumn(
        language === "zh-CN" ? GRADE_COLUMNS.meaningZh : GRADE_COLUMNS.meaningEn
      ),
      cell,
    },
    yesWords: sheetRange(
      sheet,
      "A",
      layout.yesWords.firstRow,
      layout.yesWords.firstRow + YES_WORDS.length - 1
    ),
  };
}

/**
 * The cell of a parameter; a path the layout does not have is a programming mistake.
 * @example parameterCell(addresses, "f2.concentratedAbove") // "'评分模型'!$C$23"
 */
export function parameterCell(addresses: ModelSheetAddresses, path: string): string {
  const ref = addresses.parameters[path];
  if (ref === undefined) throw new ModelInvariantError(`no model-sheet cell for ${path}`);
  return ref;
}
