import {
  BOARD_TABLE,
  ENUMS,
  formatMessage,
  msg,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  ModelInvariantError,
  type ColumnSpec,
  type EnumName,
  type Language,
  type MessageKey,
  type TableSpec,
  type ValueKind,
} from "../../core";
import { columnLetters } from "../a1";
import { AMOUNT_FORMAT } from "../cell-styles";
import { dropDownLabel } from "../model-sheet";
import type { DataValidationPlan, PlannedCell, SheetPlan } from "../plan";

/** Blank data rows inside each list table; the table grows as the user types below it. */
export const TEMPLATE_DATA_ROWS = 20;
/** Drop-downs and formats reach this row, so rows added past the table keep them. */
export const TEMPLATE_LAST_ROW = 1000;

export const PERCENT_FORMAT = "0.00%";

/**
 * The labels a drop-down offers for an enum, in the template's language.
 * @example enumChoices("condition", "zh-CN") // ["良好", "一般", "较差"]
 */
export function enumChoices(enumName: EnumName, language: Language): string[] {
  return ENUMS[enumName].map((value) =>
    dropDownLabel(formatMessage(msg(`enum.${enumName}.${value}` as MessageKey), language))
  );
}

/**
 * The yes/no drop-down in a language.
 * @example yesNoChoices("zh-CN") // ["是", "否"]
 */
export function yesNoChoices(language: Language): string[] {
  return [formatMessage(msg("value.yes"), language), formatMessage(msg("value.no"), language)];
}

/** The drop-down for a value kind, or null when the kind has none. */
function choices(
  kind: ValueKind,
  language: Language,
  ratingScale: readonly string[]
): string[] | null {
  switch (kind.kind) {
    case "enum":
      return enumChoices(kind.enumName, language);
    case "yesNo":
      return yesNoChoices(language);
    case "rating":
      return [...ratingScale];
    default:
      return null;
  }
}

function header(table: TableSpec, column: ColumnSpec, language: Language): string {
  return formatMessage(msg(`column.${table.id}.${column.key}` as MessageKey), language);
}

/**
 * A list table (股东名册 / 董事会): canonical headers in row 1, blank rows below as an Excel
 * table, a drop-down on every enum and yes/no column and a percentage format on percentage columns.
 * @example
 * listSheetPlan(BOARD_TABLE, "Board", "en-US").tables
 * // [{ name: "Board", range: "A1:C21" }]
 */
export function listSheetPlan(table: TableSpec, tableName: string, language: Language): SheetPlan {
  const cells: PlannedCell[] = [];
  const validations: DataValidationPlan[] = [];
  const lastTableRow = 1 + TEMPLATE_DATA_ROWS;
  table.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    cells.push({ ref: `${letter}1`, value: header(table, column, language), style: "header" });
    const list = choices(column.value, language, []);
    if (list !== null)
      validations.push({ range: `${letter}2:${letter}${TEMPLATE_LAST_ROW}`, list });
    if (column.value.kind === "percent")
      for (let row = 2; row <= lastTableRow; row++)
        cells.push({
          ref: `${letter}${row}`,
          value: null,
          numberFormat: PERCENT_FORMAT,
          style: "input",
        });
  });
  const lastColumn = columnLetters(table.columns.length);
  return {
    name: table.defaultName[language],
    role: "input",
    cells,
    columnWidths: table.columns.map((c) => (c.value.kind === "text" ? 28 : 18)),
    validations,
    tables: [{ name: tableName, range: `A1:${lastColumn}${lastTableRow}` }],
    freeze: { rows: 1, columns: 0 },
  };
}

/**
 * The template's value cell of a profile item: items are listed from row 2 in the model's order.
 * @example profileValueCell("clientName") // "B2"
 */
export function profileValueCell(
  key: string,
  items: readonly ColumnSpec[] = PROFILE_ITEMS
): string {
  const index = items.findIndex((i) => i.key === key);
  if (index < 0) throw new ModelInvariantError(`the template has no profile item ${key}`);
  return `B${index + 2}`;
}

/**
 * The profile table (治理概况): item / value headers, every item's label in column A, blank
 * values with a drop-down or format per item.
 * @example profileSheetPlan("zh-CN", scale).cells[2] // { ref: "A2", value: "客户名称", … }
 */
export function profileSheetPlan(
  language: Language,
  ratingScale: readonly string[],
  items: readonly ColumnSpec[] = PROFILE_ITEMS
): SheetPlan {
  const t = (key: MessageKey) => formatMessage(msg(key), language);
  const cells: PlannedCell[] = [
    { ref: "A1", value: t("column.profile.item"), style: "header" },
    { ref: "B1", value: t("column.profile.value"), style: "header" },
  ];
  const validations: DataValidationPlan[] = [];
  items.forEach((item, i) => {
    const row = i + 2;
    cells.push({ ref: `A${row}`, value: t(`item.${item.key}` as MessageKey), style: "label" });
    const kind = item.value.kind;
    const numberFormat =
      kind === "percent" ? PERCENT_FORMAT : kind === "amount" ? AMOUNT_FORMAT : undefined;
    cells.push({
      ref: `B${row}`,
      value: null,
      style: "input",
      ...(numberFormat === undefined ? {} : { numberFormat }),
    });
    const list = choices(item.value, language, ratingScale);
    if (list !== null) validations.push({ range: `B${row}`, list });
  });
  return {
    name: PROFILE_TABLE.defaultName[language],
    role: "input",
    cells,
    columnWidths: [44, 40],
    validations,
    tables: [{ name: "Profile", range: `A1:B${items.length + 1}` }],
    freeze: { rows: 1, columns: 1 },
  };
}

export const LIST_TABLES = [
  { spec: SHAREHOLDERS_TABLE, tableName: "Shareholders" },
  { spec: BOARD_TABLE, tableName: "Board" },
] as const;
