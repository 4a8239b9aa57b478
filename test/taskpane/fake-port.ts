/**
 * An in-memory WorkbookPort: a workbook snapshot that plans are applied to as the Office.js
 * adapter applies them (product sheets replaced through their marker names, other sheets added),
 * with every call recorded.
 */
import type { ApplyReport, WorkbookPort } from "../../src/workbook/port";
import {
  markerName,
  type ProductSheetRole,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/workbook/plan";
import { columnNumber, parseCell } from "../../src/workbook/a1";
import { markedSheets } from "../../src/workbook/product-sheets";
import type {
  CellValue,
  DefinedNameSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/workbook/snapshot";

/** A planned sheet as Excel holds it after writing: formulas with their calculated values. */
function sheetOfPlan(plan: SheetPlan): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  for (const cell of plan.cells) {
    const at = parseCell(cell.ref);
    if (at === null) throw new Error(`bad ref ${cell.ref}`);
    const r = at.row - 1;
    const c = columnNumber(at.column) - 1;
    while (values.length <= r) values.push([]);
    while (formulas.length <= r) formulas.push([]);
    const row = values[r]!;
    const formulaRow = formulas[r]!;
    while (row.length <= c) row.push(null);
    while (formulaRow.length <= c) formulaRow.push("");
    row[c] = cell.value === "" && cell.formula !== undefined ? null : cell.value;
    formulaRow[c] = cell.formula ?? "";
  }
  return {
    name: plan.name,
    values,
    numberFormats: [],
    formulas,
    tables: (plan.tables ?? []).map((t) => ({ name: t.name, range: t.range })),
  };
}

const isProductRole = (role: SheetPlan["role"]): role is ProductSheetRole => role !== "input";

export class FakeWorkbookPort implements WorkbookPort {
  constructor(public snapshot: WorkbookSnapshot) {}

  readonly readSnapshot = jest.fn(async (): Promise<WorkbookSnapshot> => this.snapshot);

  readonly applyPlan = jest.fn(async (plan: WorkbookPlan): Promise<ApplyReport> => {
    const names: DefinedNameSnapshot[] = [...(this.snapshot.names ?? [])];
    // As the adapters do: a marker is followed only where the read trusts it.
    const trusted = markedSheets(this.snapshot).sheets;
    let sheets = [...this.snapshot.sheets];
    const written: Partial<Record<ProductSheetRole, string>> = {};
    for (const planned of plan.sheets) {
      if (isProductRole(planned.role)) {
        const marker = markerName(planned.role);
        const old = names.find((n) => n.name === marker);
        if (old !== undefined) {
          if (trusted[planned.role]?.name === old.sheet)
            sheets = sheets.filter((s) => s.name !== old.sheet);
          names.splice(names.indexOf(old), 1);
        }
        names.push({ name: marker, sheet: planned.name, range: "A1" });
        written[planned.role] = planned.name;
      }
      if (sheets.some((s) => s.name.toLowerCase() === planned.name.toLowerCase()))
        throw new Error(`the plan would overwrite the user's sheet ${planned.name}`);
      sheets.push(sheetOfPlan(planned));
    }
    this.snapshot = { sheets, names };
    return { sheets: written, requests: 1 };
  });

  readonly readValues = jest.fn(async (sheet: string, refs: readonly string[]) =>
    refs.map((ref) => this.cell(sheet, ref))
  );

  readonly select = jest.fn<Promise<void>, [sheet: string, range: string]>(async () => {});

  cell(sheetName: string, ref: string): CellValue {
    const at = parseCell(ref);
    const sheet = this.snapshot.sheets.find((s) => s.name === sheetName);
    if (at === null || sheet === undefined) return null;
    return sheet.values[at.row - 1]?.[columnNumber(at.column) - 1] ?? null;
  }

  /** A formula cell Excel calculated to another value than the engine's: the formula stays. */
  calculate(sheetName: string, ref: string, value: CellValue): void {
    const at = parseCell(ref);
    if (at === null) throw new Error(`bad ref ${ref}`);
    const r = at.row - 1;
    const c = columnNumber(at.column) - 1;
    this.snapshot = {
      ...this.snapshot,
      sheets: this.snapshot.sheets.map((sheet) => {
        if (sheet.name !== sheetName) return sheet;
        const values = sheet.values.map((row) => [...row]);
        while (values.length <= r) values.push([]);
        while (values[r]!.length <= c) values[r]!.push(null);
        values[r]![c] = value;
        return { ...sheet, values };
      }),
    };
  }

  sheetNames(): string[] {
    return this.snapshot.sheets.map((s) => s.name);
  }
}
