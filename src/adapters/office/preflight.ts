import { markerName, type SheetPlan, type WorkbookPlan } from "../../workbook/plan";
import {
  invalidPlanError,
  sheetNameTakenError,
  sheetProtectedError,
  workbookProtectedError,
} from "./errors";
import { hasName, markedSheet, sheetKey, type SheetInfo, type WorkbookView } from "./workbook-view";

/** Excel's limits: sheet names, an inline drop-down list, header and footer text. */
const MAX_SHEET_NAME = 31;
const MAX_LIST_SOURCE = 255;
const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

/** One planned sheet: written under `temporary`, then renamed to its plan name. */
export interface SheetTarget {
  readonly plan: SheetPlan;
  readonly temporary: string;
  /** The product sheet of the same role that it replaces (deleted in the same batch). */
  readonly replaces?: SheetInfo;
  /** Where it goes in the tab order: the replaced sheet's place, or the end. */
  readonly position?: number;
}

/** What the write batch does, decided before anything is queued. */
export interface WriteDecision {
  readonly targets: readonly SheetTarget[];
  /** Marker names to delete before the new ones are added (also broken ones). */
  readonly staleMarkers: readonly string[];
  /** Plan names that no sheet being deleted holds: each must still be free when the batch runs. */
  readonly mustBeFree: readonly string[];
  /**
   * The tab position the committee summary is moved to once every sheet is in place, so that it
   * sits right before the scorecard (undefined: no summary, or already there).
   */
  readonly summaryPosition?: number;
}

function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > MAX_SHEET_NAME ||
    FORBIDDEN_IN_SHEET_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  )
    throw invalidPlanError(`"${name}" cannot be a sheet name`, name);
}

function checkValidations(sheet: SheetPlan): void {
  for (const validation of sheet.validations ?? []) {
    const source = validation.list.join(",");
    if (source.length > MAX_LIST_SOURCE || validation.list.some((item) => item.includes(",")))
      throw invalidPlanError(
        `the drop-down list of ${sheet.name}!${validation.range} is too long`,
        sheet.name
      );
  }
}

/** Unique temporary names: none of the workbook's names, valid, short. */
function temporaryNames(count: number, view: WorkbookView, tag: string): string[] {
  const taken = new Set(view.sheets.map((s) => sheetKey(s.name)));
  const names: string[] = [];
  for (let i = 1; names.length < count; i++) {
    const name = `GS~${tag}~${i}`.slice(0, MAX_SHEET_NAME);
    if (!taken.has(sheetKey(name))) {
      taken.add(sheetKey(name));
      names.push(name);
    }
  }
  return names;
}

/**
 * Checks a plan against the workbook as last read and decides the batch, or throws the typed
 * refusal: a protected workbook structure, a protected product sheet that would be replaced, a
 * plan sheet whose name a sheet without the product's marker holds (the pure layer names its
 * sheets around the user's; the adapter never touches such a sheet), an impossible name or list.
 */
export function decideWrite(plan: WorkbookPlan, view: WorkbookView, tag: string): WriteDecision {
  if (view.structureProtected) throw workbookProtectedError();
  const seen = new Set<string>();
  const replaced = new Map<string, SheetInfo>();
  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    checkValidations(sheet);
    if (seen.has(sheetKey(sheet.name)))
      throw invalidPlanError(`two sheets are named "${sheet.name}"`);
    seen.add(sheetKey(sheet.name));
    if (sheet.role === "input") continue;
    const old = markedSheet(view, sheet.role);
    if (old === undefined) continue;
    if (old.protected) throw sheetProtectedError(old.name);
    replaced.set(sheet.role, old);
  }
  const freed = new Set([...replaced.values()].map((s) => sheetKey(s.name)));
  for (const sheet of plan.sheets) {
    const holder = view.sheets.find((s) => sheetKey(s.name) === sheetKey(sheet.name));
    if (holder !== undefined && !freed.has(sheetKey(holder.name)))
      throw sheetNameTakenError(holder.name);
  }
  const temporary = temporaryNames(plan.sheets.length, view, tag);
  const targets = plan.sheets.map((sheet, i): SheetTarget => {
    const replaces = sheet.role === "input" ? undefined : replaced.get(sheet.role);
    const position = replaces === undefined ? -1 : view.sheets.indexOf(replaces);
    return {
      plan: sheet,
      temporary: temporary[i] ?? `GS~${tag}~${i + 1}`,
      ...(replaces === undefined ? {} : { replaces }),
      ...(position < 0 ? {} : { position }),
    };
  });
  const staleMarkers = plan.sheets
    .flatMap((sheet) => (sheet.role === "input" ? [] : [markerName(sheet.role)]))
    .filter((marker) => hasName(view, marker));
  const summaryPosition = summaryBeforeScorecard(targets, view.sheets.length);
  return {
    targets,
    staleMarkers,
    mustBeFree: plan.sheets.map((s) => s.name).filter((name) => !freed.has(sheetKey(name))),
    ...(summaryPosition === undefined ? {} : { summaryPosition }),
  };
}

/**
 * Where the summary must be moved to sit right before the scorecard. After the batch, a sheet
 * that replaces one is at the replaced sheet's place, and the new ones follow the workbook's
 * sheets (`sheets` before the batch), in plan order.
 * @example summaryBeforeScorecard(targets, 3) // 3: a first scoring puts the summary at 3, the scorecard at 4
 */
export function summaryBeforeScorecard(
  targets: readonly SheetTarget[],
  sheets: number
): number | undefined {
  const finalIndex = new Map<SheetTarget, number>();
  let next = sheets;
  for (const target of targets)
    finalIndex.set(target, target.position !== undefined ? target.position : next++);
  const summary = targets.find((t) => t.plan.role === "summary");
  const scorecard = targets.find((t) => t.plan.role === "scorecard");
  if (summary === undefined || scorecard === undefined) return undefined;
  const at = finalIndex.get(summary) ?? 0;
  const before = finalIndex.get(scorecard) ?? 0;
  if (at === before - 1) return undefined;
  // Moved from after the scorecard, it takes the scorecard's place; from before, the one before.
  return at > before ? before : before - 1;
}
