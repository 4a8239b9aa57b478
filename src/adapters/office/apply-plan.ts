import type { ApplyReport, WriteWarning } from "../../workbook/port";
import { markerName, type PlannedValue, type ProductSheetRole } from "../../workbook/plan";
import type { CellValue } from "../../workbook/snapshot";
import { snapshotValue } from "./cell-values";
import { writeFailedError } from "./errors";
import { decideWrite, type SheetTarget, type WriteDecision } from "./preflight";
import type { HostFeatures } from "./requirements";
import type { WorkbookView } from "./workbook-view";
import { cellText, isRiskyText, isTextCell, renameReferences } from "./write-cells";
import { queueSheet, type NotApplied } from "./write-sheet";

/** A cell whose value in Excel after the write is not what the plan wrote or expected. */
export interface CellMismatch {
  readonly sheet: string;
  readonly cell: string;
  readonly expected: PlannedValue;
  readonly actual: CellValue;
}

export interface OfficeApplyReport extends ApplyReport {
  /** Formula cells whose calculated value differs from the engine's. */
  readonly formulaMismatches: readonly CellMismatch[];
  /** Text cells holding a formula-like string that did not stay that exact text. */
  readonly textMismatches: readonly CellMismatch[];
  /** What the host's requirement sets did not allow ("Sheet: page layout (ExcelApi 1.9)"). */
  readonly skipped: readonly string[];
}

interface Written {
  readonly target: SheetTarget;
  readonly worksheet: Excel.Worksheet;
}

/**
 * Queues the whole write as one batch: the new sheets under temporary names with all their
 * content (references between them point at the temporary names, and follow the renames), then
 * guards that the workbook is still as read (adding and deleting a sheet of each plan name fails
 * if a sheet took it; loading a replaced sheet or an old marker fails if it is gone), and only
 * then the destructive part: old markers and old product sheets deleted, the new sheets renamed
 * into place, markers added.
 */
function queueWrite(
  context: Excel.RequestContext,
  decision: WriteDecision,
  features: HostFeatures
): { written: Written[]; skipped: NotApplied[] } {
  const workbook = context.workbook;
  context.application.suspendApiCalculationUntilNextSync();
  if (features.screenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const temporary = new Map(decision.targets.map((t) => [t.plan.name, t.temporary]));
  const formulaText = (formula: string) => renameReferences(formula, temporary);
  const written = decision.targets.map((target) => ({
    target,
    worksheet: workbook.worksheets.add(target.temporary),
  }));
  const skipped = written.flatMap(({ target, worksheet }) =>
    queueSheet(worksheet, target.plan, features, formulaText)
  );
  // Guards: each fails the batch, before anything is deleted, if the workbook changed since the
  // read (a plan name taken, a replaced sheet or a marker gone).
  for (const name of decision.mustBeFree) workbook.worksheets.add(name).delete();
  for (const { target } of written)
    if (target.replaces !== undefined) workbook.worksheets.getItem(target.replaces.id).load("name");
  for (const marker of decision.staleMarkers) workbook.names.getItem(marker).load("name");
  for (const marker of decision.staleMarkers) workbook.names.getItem(marker).delete();
  for (const { target } of written)
    if (target.replaces !== undefined) workbook.worksheets.getItem(target.replaces.id).delete();
  for (const { target, worksheet } of written) worksheet.name = target.plan.name;
  const placed = written
    .filter((w) => w.target.position !== undefined)
    .sort((a, b) => (a.target.position ?? 0) - (b.target.position ?? 0));
  for (const { target, worksheet } of placed) worksheet.position = target.position ?? 0;
  // The committee summary's tab right before the scorecard's (as the file adapter places it).
  const summary = written.find(({ target }) => target.plan.role === "summary");
  if (summary !== undefined && decision.summaryPosition !== undefined)
    summary.worksheet.position = decision.summaryPosition;
  for (const { target, worksheet } of written)
    if (target.plan.role !== "input")
      workbook.names.add(markerName(target.plan.role), worksheet.getRange("A1"));
  // The workbook shows the plan's active sheet (the committee summary) when the write is done.
  written.find(({ target }) => target.plan.active === true)?.worksheet.activate();
  return { written, skipped };
}

/**
 * After a failed batch: deletes whatever temporary sheets exist (two requests: find, delete), and
 * says whether the workbook is as before. The batch adds every temporary sheet first and deletes
 * old markers before anything else it destroys, so it got no further than its guards exactly when
 * every temporary sheet is still there under its temporary name and every old marker still exists.
 */
async function cleanUp(
  context: Excel.RequestContext,
  decision: WriteDecision,
  count: { requests: number }
): Promise<boolean> {
  const temporaries = decision.targets.map((t) =>
    context.workbook.worksheets.getItemOrNullObject(t.temporary)
  );
  const markers = decision.staleMarkers.map((m) => context.workbook.names.getItemOrNullObject(m));
  for (const sheet of temporaries) sheet.load("name");
  for (const marker of markers) marker.load("name");
  count.requests++;
  await context.sync();
  const untouched =
    temporaries.every((sheet) => !sheet.isNullObject) && markers.every((m) => !m.isNullObject);
  for (const sheet of temporaries) if (!sheet.isNullObject) sheet.delete();
  count.requests++;
  await context.sync();
  return untouched;
}

function same(expected: PlannedValue, actual: CellValue): boolean {
  if (typeof expected === "number")
    return (
      typeof actual === "number" &&
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
    );
  if (expected === null || expected === "") return actual === null || actual === "";
  return actual === expected;
}

interface Check {
  readonly sheet: string;
  readonly cell: string;
  readonly expected: PlannedValue;
  readonly kind: "formula" | "text";
  readonly range: Excel.Range;
}

/** One request: the values Excel calculated for formula cells and holds for risky text cells. */
async function readBack(
  context: Excel.RequestContext,
  written: readonly Written[],
  count: { requests: number }
): Promise<{ formulaMismatches: CellMismatch[]; textMismatches: CellMismatch[] }> {
  const checks: Check[] = [];
  for (const { target, worksheet } of written)
    for (const cell of target.plan.cells) {
      const kind =
        cell.formula !== undefined
          ? "formula"
          : isTextCell(cell) && typeof cell.value === "string" && isRiskyText(cell.value)
            ? "text"
            : null;
      if (kind === null) continue;
      const range = worksheet.getRange(cell.ref);
      range.load("values, valueTypes");
      const expected =
        kind === "text" && typeof cell.value === "string" ? cellText(cell.value) : cell.value;
      checks.push({ sheet: target.plan.name, cell: cell.ref, expected, kind, range });
    }
  const formulaMismatches: CellMismatch[] = [];
  const textMismatches: CellMismatch[] = [];
  if (checks.length === 0) return { formulaMismatches, textMismatches };
  count.requests++;
  await context.sync();
  for (const check of checks) {
    const actual = snapshotValue(
      check.range.values[0]?.[0],
      check.range.valueTypes[0]?.[0],
      "General"
    );
    if (check.kind === "text" ? actual === check.expected : same(check.expected, actual)) continue;
    const mismatch = { sheet: check.sheet, cell: check.cell, expected: check.expected, actual };
    (check.kind === "text" ? textMismatches : formulaMismatches).push(mismatch);
  }
  return { formulaMismatches, textMismatches };
}

/**
 * Writes a plan in one request and reads it back in one more. Refusals (protection, a name held
 * by a sheet that is not the product's) come before anything is sent; if Excel fails the batch,
 * the temporary sheets are deleted and the typed error says whether the workbook is unchanged.
 */
export async function applyPlanToWorkbook(
  context: Excel.RequestContext,
  plan: Parameters<typeof decideWrite>[0],
  view: WorkbookView,
  features: HostFeatures,
  options: { readonly tag: string; readonly requests: number }
): Promise<OfficeApplyReport> {
  const decision = decideWrite(plan, view, options.tag);
  const count = { requests: options.requests };
  const { written, skipped } = queueWrite(context, decision, features);
  count.requests++;
  try {
    await context.sync();
  } catch (error) {
    let restored = false;
    try {
      restored = await cleanUp(context, decision, count);
    } catch {
      restored = false;
    }
    throw writeFailedError(error, restored);
  }
  const mismatches = await readBack(context, written, count);
  const sheets: Partial<Record<ProductSheetRole, string>> = {};
  for (const { target } of written)
    if (target.plan.role !== "input") sheets[target.plan.role] = target.plan.name;
  const requirement = {
    dropDowns: "drop-down lists (ExcelApi 1.8)",
    pageLayout: "page layout (ExcelApi 1.9)",
  };
  const shown = (value: PlannedValue | CellValue) =>
    typeof value === "object" && value !== null ? value.error : String(value ?? "");
  const warnings: WriteWarning[] = [
    ...mismatches.formulaMismatches.map((m) => ({
      kind: "formulaMismatch" as const,
      sheet: m.sheet,
      cell: m.cell,
      expected: shown(m.expected),
      found: shown(m.actual),
    })),
    ...mismatches.textMismatches.map((m) => ({
      kind: "textChanged" as const,
      sheet: m.sheet,
      cell: m.cell,
      expected: shown(m.expected),
      found: shown(m.actual),
    })),
    ...skipped.map((n) => ({
      kind:
        n.feature === "dropDowns"
          ? ("dropDownsNotApplied" as const)
          : ("pageLayoutNotApplied" as const),
      sheet: n.sheet,
    })),
  ];
  return {
    sheets,
    requests: count.requests,
    skipped: skipped.map((n) => `${n.sheet}: ${requirement[n.feature]}`),
    ...mismatches,
    warnings,
  };
}
