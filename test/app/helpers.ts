import { scoreWorkbook } from "../../src/app";
import type { ScoreOptions, WorkbookUpdate } from "../../src/app";
import { clientWorkbook } from "../workbook/read/client";
import { markerName, type SheetPlan, type WorkbookPlan } from "../../src/workbook/plan";
import { markedSheets } from "../../src/workbook/product-sheets";
import { columnNumber, parseCell } from "../../src/workbook/a1";
import { modelSheetAddresses, parameterCell } from "../../src/workbook/model-sheet";
import type { Language, ModelParameters } from "../../src/core";
import type {
  CellValue,
  DefinedNameSnapshot,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../src/workbook/snapshot";

export const NOW = "2025-03-01T09:30:00+08:00";
export const LATER = "2025-03-02T10:00:00+08:00";

/** A sheet snapshot of a planned sheet, as a saved file holds it (formulas with cached values). */
export function sheetOfPlan(plan: SheetPlan): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  for (const cell of plan.cells) {
    const at = parseCell(cell.ref);
    if (at === null) throw new Error(`bad ref ${cell.ref}`);
    const r = at.row - 1;
    const c = columnNumber(at.column) - 1;
    for (const grid of [values, formulas, numberFormats]) while (grid.length <= r) grid.push([]);
    const row = values[r]!;
    while (row.length <= c) row.push(null);
    while (formulas[r]!.length <= c) formulas[r]!.push("");
    while (numberFormats[r]!.length <= c) numberFormats[r]!.push("General");
    row[c] = cell.value === "" && cell.formula !== undefined ? null : cell.value;
    formulas[r]![c] = cell.formula ?? "";
    numberFormats[r]![c] = cell.numberFormat ?? "General";
  }
  return {
    name: plan.name,
    values,
    numberFormats,
    formulas,
    tables: (plan.tables ?? []).map((t) => ({ name: t.name, range: t.range })),
  };
}

/**
 * What an adapter does, on plain data: the product's sheets of the plan replace those the marker
 * names point at when the read trusts them (src/workbook/product-sheets.ts), or are added; user
 * sheets (also one an untrusted marker points at) stay as they are, the markers follow.
 */
export function applyPlanToSnapshot(
  snapshot: WorkbookSnapshot,
  plan: WorkbookPlan
): WorkbookSnapshot {
  const names = snapshot.names ?? [];
  const trusted = markedSheets(snapshot).sheets;
  const replacedRoles = new Set(plan.sheets.map((s) => s.role));
  const replacedSheets = new Set(
    plan.sheets.flatMap((s) => {
      const sheet = s.role === "input" ? undefined : trusted[s.role];
      return sheet === undefined ? [] : [sheet.name];
    })
  );
  const keptNames: DefinedNameSnapshot[] = names.filter(
    (n) =>
      ![...replacedRoles].some(
        (role) => role !== "input" && n.name.toLowerCase() === markerName(role).toLowerCase()
      )
  );
  const sheets = snapshot.sheets.filter((s) => !replacedSheets.has(s.name));
  for (const sheet of plan.sheets) {
    if (sheets.some((s) => s.name.toLowerCase() === sheet.name.toLowerCase()))
      throw new Error(`plan would overwrite ${sheet.name}`);
    sheets.push(sheetOfPlan(sheet));
    if (sheet.role !== "input")
      keptNames.push({ name: markerName(sheet.role), sheet: sheet.name, range: "A1" });
  }
  return { sheets, names: keptNames };
}

/** The snapshot with one cell of one sheet set to a value (keeping or dropping its formula). */
export function withCell(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  ref: string,
  value: CellValue,
  keepFormula = true
): WorkbookSnapshot {
  const at = parseCell(ref)!;
  const r = at.row - 1;
  const c = columnNumber(at.column) - 1;
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const values = sheet.values.map((row) => [...row]);
      while (values.length <= r) values.push([]);
      while (values[r]!.length <= c) values[r]!.push(null);
      values[r]![c] = value;
      const formulas = sheet.formulas?.map((row) => [...row]);
      if (!keepFormula && formulas?.[r] !== undefined) formulas[r]![c] = "";
      return { ...sheet, values, ...(formulas === undefined ? {} : { formulas }) };
    }),
  };
}

/** The snapshot with one cell of one sheet holding a formula (without "=") and its cached value. */
export function withFormula(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  ref: string,
  formula: string,
  value: CellValue
): WorkbookSnapshot {
  const at = parseCell(ref)!;
  const r = at.row - 1;
  const c = columnNumber(at.column) - 1;
  const edited = withCell(snapshot, sheetName, ref, value);
  return {
    ...edited,
    sheets: edited.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const formulas = (sheet.formulas ?? []).map((row) => [...row]);
      while (formulas.length <= r) formulas.push([]);
      while (formulas[r]!.length <= c) formulas[r]!.push("");
      formulas[r]![c] = formula;
      return { ...sheet, formulas };
    }),
  };
}

/** Every formula of a snapshot's sheets rewritten by `rewrite` (values kept). */
export function withFormulasRewritten(
  snapshot: WorkbookSnapshot,
  rewrite: (formula: string) => string
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) =>
      sheet.formulas === undefined
        ? sheet
        : {
            ...sheet,
            formulas: sheet.formulas.map((row) => row.map((f) => (f === "" ? f : rewrite(f)))),
          }
    ),
  };
}

export function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

export const SCORE: ScoreOptions = { language: "zh-CN", now: NOW, user: "王芳" };

/** Score a snapshot (failing the test on issues) and the workbook as the adapter would save it. */
export function scoreAndApply(
  snapshot: WorkbookSnapshot = clientWorkbook(),
  options: ScoreOptions = SCORE
): { readonly update: WorkbookUpdate; readonly workbook: WorkbookSnapshot } {
  const outcome = scoreWorkbook(snapshot, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return { update: outcome, workbook: applyPlanToSnapshot(snapshot, outcome.plan) };
}

/** The A1 cell of a model-sheet parameter ("C12"). */
export function parameterRef(params: ModelParameters, language: Language, path: string): string {
  const absolute = parameterCell(modelSheetAddresses(params, language), path);
  return absolute.replace(/^.*!/, "").replace(/\$/g, "");
}
