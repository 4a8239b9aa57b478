import {
  ENUMS,
  formatMessage,
  GRADES,
  groupsOf,
  MISSING_DATA_POLICIES,
  msg,
  specOfSchema,
  YES_WORDS,
  type EnumName,
  type GroupSpec,
  type Language,
  type MessageKey,
  type ModelParameters,
} from "../../core";
import { parameterRows, type ParameterRow } from "./parameter-rows";

/**
 * Where everything sits on the model sheet. The plan, the address map and the reader all derive
 * from this one layout, so a formula's reference and the cell it points to cannot drift apart.
 *
 * Parameter block (from the header row down): A path | B description | C value | D denominator
 * (ratios such as 1/3 only) | E note. Below it, after a title row, the derived lookup tables.
 */
export const PARAM_COLUMNS = {
  path: "A",
  description: "B",
  value: "C",
  denominator: "D",
  note: "E",
} as const;

/** The row above the parameter header that records the sheet's model schema version. */
export const SCHEMA_VERSION_ROW = 4;
/** Its key in the path column (language-neutral, like the parameter paths). */
export const SCHEMA_VERSION_KEY = "schemaVersion";

/** Enum tables: A key | B 中文 | C English | D English as in the template's drop-down | E points. */
export const ENUM_COLUMNS = { key: "A", zh: "B", en: "C", dropDown: "D", points: "E" } as const;

/** Grade table: A grade | B minimum | C notches | D multiplier | E tenor cap | F covenants | G/H meaning. */
export const GRADE_COLUMNS = {
  grade: "A",
  minimum: "B",
  notches: "C",
  multiplier: "D",
  tenorCap: "E",
  enhancedCovenants: "F",
  meaningZh: "G",
  meaningEn: "H",
} as const;

/** The enums with a lookup table, plus the missing-data policy (its points are per policy). */
export type LookupName = EnumName | "missingDataPolicy";

export const LOOKUP_NAMES: readonly LookupName[] = [
  "shareholderType",
  "boardRole",
  "gmAppointment",
  "groupPosition",
  "condition",
  "auditOpinion",
  "missingDataPolicy",
];

/** Words that mean "yes" in a yes/no cell (booleans and the number 1 are handled by the formula). */
export { YES_WORDS };

export interface LookupRow {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /** The parameter whose value the points column shows, or null (no points for this value). */
  readonly pointsPath: string | null;
}

export interface LookupTableLayout {
  readonly name: LookupName;
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rows: readonly LookupRow[];
}

export interface ModelSheetLayout {
  readonly sheet: string;
  readonly language: Language;
  readonly headerRow: number;
  readonly parameters: readonly { readonly row: number; readonly spec: ParameterRow }[];
  readonly lookupTitleRow: number;
  readonly lookups: Readonly<Record<LookupName, LookupTableLayout>>;
  readonly grades: {
    readonly titleRow: number;
    readonly headerRow: number;
    readonly firstRow: number;
  };
  readonly yesWords: { readonly titleRow: number; readonly firstRow: number };
  readonly lastRow: number;
}

/**
 * The model sheet's name in a language (评分模型 / Model).
 * @example modelSheetName("en-US") // "Model"
 */
export function modelSheetName(language: Language): string {
  return formatMessage(msg("sheet.model"), language);
}

/**
 * A label as a data-validation list item: Excel splits an inline list at ASCII commas, so a
 * label's own commas become full-width ones (which NFKC maps back when the reader matches it).
 * @example dropDownLabel("Recommended by the authority, appointed by the board")
 * // "Recommended by the authority， appointed by the board"
 */
export function dropDownLabel(label: string): string {
  return label.replace(/,/g, "，");
}

/**
 * The parameter whose value a lookup row's points column shows: the child for `key` of the group
 * the specification marks as points of that enum (`pointsOf`), or null.
 */
function pointsPath(spec: GroupSpec, name: LookupName, key: string): string | null {
  for (const { path, group } of groupsOf(spec)) {
    if (group.pointsOf !== name) continue;
    for (const child of [key, `${key}Points`])
      if (Object.prototype.hasOwnProperty.call(group.children, child)) return `${path}.${child}`;
  }
  return null;
}

function lookupRows(spec: GroupSpec, name: LookupName): LookupRow[] {
  const keys: readonly string[] =
    name === "missingDataPolicy" ? MISSING_DATA_POLICIES : ENUMS[name];
  return keys.map((key) => {
    const label = msg(
      (name === "missingDataPolicy" ? `policy.${key}` : `enum.${name}.${key}`) as MessageKey
    );
    return {
      key,
      zh: formatMessage(label, "zh-CN"),
      en: formatMessage(label, "en-US"),
      pointsPath: pointsPath(spec, name, key),
    };
  });
}

/**
 * Rows of the model sheet for a parameter set, in a language.
 * @example modelSheetLayout(defaultParameters(), "zh-CN").headerRow // 5
 */
export function modelSheetLayout(params: ModelParameters, language: Language): ModelSheetLayout {
  const headerRow = 5;
  const specs = parameterRows(params);
  const spec = specOfSchema(params.definition.spec, params.schemaVersion);
  const parameters = specs.map((spec, i) => ({ row: headerRow + 1 + i, spec }));
  const lookupTitleRow = headerRow + specs.length + 2;
  let row = lookupTitleRow + 2;
  const lookups = {} as Record<LookupName, LookupTableLayout>;
  for (const name of LOOKUP_NAMES) {
    const rows = lookupRows(spec, name);
    lookups[name] = { name, titleRow: row, headerRow: row + 1, firstRow: row + 2, rows };
    row += rows.length + 3;
  }
  const grades = { titleRow: row, headerRow: row + 1, firstRow: row + 2 };
  row += GRADES.length + 3;
  const yesWords = { titleRow: row, firstRow: row + 1 };
  return {
    sheet: modelSheetName(language),
    language,
    headerRow,
    parameters,
    lookupTitleRow,
    lookups,
    grades,
    yesWords,
    lastRow: yesWords.firstRow + YES_WORDS.length - 1,
  };
}
