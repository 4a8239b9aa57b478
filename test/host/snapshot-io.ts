import type { CellValue, DefinedNameSnapshot } from "../../src/workbook/snapshot";
import { addressOf, cellAddress, parseAddress, quoteSheetName, type CellRange } from "./a1";
import type { HostCellFormat, HostValue, HostValueType, HostWorkbook } from "./workbook-model";

/**
 * A workbook to start from: a WorkbookSnapshot (as readWorkbookFile gives one) plus, optionally,
 * protection. Strings are text (as the file held them), formulas are entered and calculated.
 */
export interface HostWorkbookInit {
  readonly sheets: readonly {
    readonly name: string;
    readonly values: readonly (readonly CellValue[])[];
    readonly numberFormats?: readonly (readonly string[])[];
    readonly formulas?: readonly (readonly string[])[];
    readonly tables?: readonly { readonly name: string; readonly range: string }[];
    readonly protected?: boolean;
    /** As the file adapter gives them: the tab's state, hidden rows (0-based) and column spans. */
    readonly visibility?: "visible" | "hidden" | "veryHidden";
    readonly hiddenRows?: readonly number[];
    readonly hiddenColumns?: readonly { readonly first: number; readonly last: number }[];
  }[];
  readonly names?: readonly DefinedNameSnapshot[];
  readonly structureProtected?: boolean;
}

/** Fills an empty host workbook. */
export function loadWorkbook(book: HostWorkbook, init: HostWorkbookInit): void {
  book.suspendCalculation();
  try {
    for (const sheetInit of init.sheets) book.addSheet(sheetInit.name);
    init.sheets.forEach((sheetInit) => {
      const sheet = book.sheetByKey(sheetInit.name);
      if (sheet === null) return;
      sheetInit.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const format = sheetInit.numberFormats?.[r]?.[c];
          if (format !== undefined && format !== "General")
            book.setNumberFormat(sheet, r, c, format);
          const formula = sheetInit.formulas?.[r]?.[c];
          if (formula !== undefined && formula !== "") {
            try {
              book.setCell(sheet, r, c, `=${formula}`, true);
              return;
            } catch {
              // A formula the calculation engine cannot take: keep the value the file cached.
            }
          }
          if (value === null) return;
          if (typeof value === "object") {
            book.setCell(sheet, r, c, `=${errorFormula(value.error)}`, true);
            return;
          }
          if (typeof value === "string") {
            // Text stays text whatever it looks like, as the file held it.
            const saved = book.numberFormat(sheet, r, c);
            book.setNumberFormat(sheet, r, c, "@");
            book.setCell(sheet, r, c, value, false);
            book.setNumberFormat(sheet, r, c, saved);
            return;
          }
          book.setCell(sheet, r, c, value, false);
        })
      );
      for (const table of sheetInit.tables ?? []) {
        const parsed = parseAddress(table.range);
        if (parsed === null) continue;
        const added = book.addTable(sheet, parsed.range, true);
        book.renameTable(added, table.name);
      }
    });
    for (const name of init.names ?? []) {
      const sheet = book.sheetByKey(name.sheet);
      const parsed = parseAddress(name.range);
      if (sheet !== null && parsed !== null) book.addName(name.name, sheet, parsed.range);
    }
    init.sheets.forEach((sheetInit) => {
      const sheet = book.sheetByKey(sheetInit.name);
      if (sheet === null) return;
      if (sheetInit.protected === true) sheet.protected = true;
      if (sheetInit.visibility === "hidden") sheet.visibility = "Hidden";
      if (sheetInit.visibility === "veryHidden") sheet.visibility = "VeryHidden";
      for (const row of sheetInit.hiddenRows ?? []) sheet.hiddenRows.add(row);
      for (const span of sheetInit.hiddenColumns ?? [])
        for (let column = span.first; column <= Math.min(span.last, 16_383); column++)
          sheet.hiddenColumns.add(column);
    });
    book.structureProtected = init.structureProtected === true;
  } finally {
    book.resumeCalculation();
  }
}

/** An error value entered as a formula that gives it. */
function errorFormula(error: string): string {
  switch (error) {
    case "#DIV/0!":
      return "1/0";
    case "#VALUE!":
      return '1+"a"';
    case "#REF!":
      return "#REF!";
    case "#NAME?":
      return "NO.SUCH.FUNCTION()";
    default:
      return "NA()";
  }
}

export interface DumpedCell {
  readonly value: HostValue;
  readonly type: HostValueType;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly format?: HostCellFormat;
}

export interface DumpedSheet {
  readonly name: string;
  readonly id: string;
  readonly protected: boolean;
  readonly cells: Readonly<Record<string, DumpedCell>>;
  readonly merges: readonly string[];
  readonly validations: readonly {
    readonly range: string;
    readonly rule: unknown;
    readonly errorAlert: unknown;
  }[];
  readonly tables: readonly {
    readonly name: string;
    readonly range: string;
    readonly style: string;
  }[];
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly pageLayout: unknown;
}

export interface WorkbookDump {
  readonly sheets: readonly DumpedSheet[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly activeSheet: string | null;
  readonly selection: string | null;
}

function cellKeys(book: HostWorkbook, sheetIndex: number): { row: number; column: number }[] {
  const sheet = book.sheets[sheetIndex];
  if (sheet === undefined) return [];
  const keys = new Set<string>();
  const cells: { row: number; column: number }[] = [];
  const add = (row: number, column: number) => {
    const k = `${row},${column}`;
    if (!keys.has(k)) {
      keys.add(k);
      cells.push({ row, column });
    }
  };
  for (const [row, columns] of sheet.content) for (const column of columns) add(row, column);
  for (const k of [...sheet.numberFormats.keys(), ...sheet.formats.keys()])
    add(Math.floor(k / 16_384), k % 16_384);
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

function rangeText(range: CellRange): string {
  return addressOf(range);
}

/** The whole state, as plain data, for assertions (and for the end-to-end test to inspect). */
export function dumpWorkbook(book: HostWorkbook): WorkbookDump {
  return {
    sheets: book.sheets.map((sheet, index) => {
      const cells: Record<string, DumpedCell> = {};
      for (const { row, column } of cellKeys(book, index)) {
        const { value, type } = book.value(sheet, row, column);
        const formula = book.formula(sheet, row, column);
        const numberFormat = book.numberFormat(sheet, row, column);
        const format = book.format(sheet, row, column);
        cells[cellAddress(row, column)] = {
          value,
          type,
          ...(typeof formula === "string" && formula.startsWith("=") && formula !== value
            ? { formula }
            : {}),
          ...(numberFormat === "General" ? {} : { numberFormat }),
          ...(format === undefined ? {} : { format }),
        };
      }
      return {
        name: sheet.name,
        id: sheet.id,
        protected: sheet.protected,
        cells,
        merges: sheet.merges.map(rangeText),
        validations: sheet.validations.map((v) => ({
          range: rangeText(v.range),
          rule: v.rule,
          errorAlert: v.errorAlert,
        })),
        tables: book.tables
          .filter((t) => t.sheet === sheet)
          .map((t) => ({ name: t.name, range: rangeText(t.range), style: t.style })),
        columnWidths: Object.fromEntries(
          [...sheet.columnWidths].map(([c, w]) => [
            addressOf({ top: 0, bottom: 0, left: c, right: c }).replace(/\d+/, ""),
            w,
          ])
        ),
        freeze: sheet.freeze,
        pageLayout: sheet.pageLayout,
      };
    }),
    names: book.names.map((n) => ({ name: n.name, formula: book.nameFormula(n) })),
    activeSheet: book.activeSheet?.name ?? null,
    selection:
      book.selection === null
        ? null
        : `${quoteSheetName(book.selection.sheet.name)}!${addressOf(book.selection.range)}`,
  };
}
