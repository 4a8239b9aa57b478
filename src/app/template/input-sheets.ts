import {
  BOARD_TABLE,
  formatMessage,
  PROFILE_ITEMS,
  PROFILE_TABLE,
  SHAREHOLDERS_TABLE,
  type Language,
  type TableSpec,
} from "../../core";
import { columnLetters } from "../../workbook/model-sheet";
import type { DataValidationPlan, PlannedCell, SheetPlan } from "../../workbook/plan";
import { aliasIn, choicesOf, expectedOf, numberFormatOf } from "./labels";

/** Blank rows of each register: Excel grows a table as the user types below it. */
export const REGISTER_ROWS = { shareholders: 30, board: 15 } as const;

/** The Excel table names the template creates (the reader accepts them in either language). */
export const TEMPLATE_TABLES = {
  shareholders: "Shareholders",
  board: "Board",
  profile: "Profile",
} as const;

/** A register sheet: one header row and blank rows, as an Excel table with drop-downs. */
function registerSheet(spec: TableSpec, rows: number, language: Language): SheetPlan {
  const last = rows + 1;
  const cells: PlannedCell[] = [];
  const validations: DataValidationPlan[] = [];
  spec.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    cells.push({ ref: `${letter}1`, value: aliasIn(column, language), style: "header" });
    const format = numberFormatOf(column.value);
    if (format !== undefined)
      for (let row = 2; row <= last; row++)
        cells.push({ ref: `${letter}${row}`, value: null, numberFormat: format, style: "input" });
    const choices = choicesOf(column.value, language);
    if (choices !== null) validations.push({ range: `${letter}2:${letter}${last}`, list: choices });
  });
  const end = columnLetters(spec.columns.length);
  return {
    name: spec.defaultName[language],
    role: "input",
    cells,
    columnWidths: spec.columns.map((c) => (c.key === "name" ? 32 : 18)),
    validations,
    tables: [{ name: TEMPLATE_TABLES[spec.id], range: `A1:${end}${last}` }],
    freeze: { rows: 1, columns: 0 },
  };
}

/** The profile: item and value as an Excel table, what each value should be beside it (column C). */
function profileSheet(language: Language): SheetPlan {
  const [itemColumn, valueColumn] = PROFILE_TABLE.columns;
  const cells: PlannedCell[] = [
    {
      ref: "A1",
      value: itemColumn === undefined ? "" : aliasIn(itemColumn, language),
      style: "header",
    },
    {
      ref: "B1",
      value: valueColumn === undefined ? "" : aliasIn(valueColumn, language),
      style: "header",
    },
  ];
  const validations: DataValidationPlan[] = [];
  PROFILE_ITEMS.forEach((item, i) => {
    const row = i + 2;
    const label = aliasIn(item, language);
    cells.push({ ref: `A${row}`, value: label, style: "label" });
    const format = numberFormatOf(item.value);
    cells.push({
      ref: `B${row}`,
      value: item.key === "currency" ? "CNY" : null,
      style: "input",
      ...(format === undefined ? {} : { numberFormat: format }),
    });
    const expected = expectedOf(item.value, label);
    if (expected !== null)
      cells.push({ ref: `C${row}`, value: formatMessage(expected, language), style: "note" });
    const choices = choicesOf(item.value, language);
    if (choices !== null) validations.push({ range: `B${row}`, list: choices });
  });
  return {
    name: PROFILE_TABLE.defaultName[language],
    role: "input",
    cells,
    columnWidths: [44, 36, 60],
    validations,
    tables: [{ name: TEMPLATE_TABLES.profile, range: `A1:B${PROFILE_ITEMS.length + 1}` }],
    freeze: { rows: 1, columns: 0 },
  };
}

/** The three input sheets of a blank client workbook. */
export function inputSheets(language: Language): SheetPlan[] {
  return [
    registerSheet(SHAREHOLDERS_TABLE, REGISTER_ROWS.shareholders, language),
    registerSheet(BOARD_TABLE, REGISTER_ROWS.board, language),
    profileSheet(language),
  ];
}
