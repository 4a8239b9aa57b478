/**
 * What the ribbon's ExecuteFunction buttons do. commands.ts registers these with
 * Office.actions.associate and always completes the Office event itself (try/finally), so a
 * handler only does its work and may throw.
 *
 * A ribbon command has no window of its own, so it answers through the selection: scoring selects
 * the scorecard's grade cell; a refusal selects the first cell it is about (a blank required cell,
 * an error value, the sheet a template would overwrite). The details go to the console; the task
 * pane shows them in full.
 */
import { deployedModels } from "../adapters/office/approved-models";
import {
  createOfficeWorkbookPort,
  OfficeAdapterError,
  type OfficeWorkbookPort,
} from "../adapters/office";
import {
  issueLine,
  localIsoTime,
  localizeIssue,
  scoreWorkbook as scoreUseCase,
  templateWorkbook,
} from "../app";
import { formatMessage, languageOfLocale, msg, type Issue, type Language } from "../core";
import { SCORECARD_CELLS } from "../workbook/scorecard";
import type { WorkbookSnapshot } from "../workbook/snapshot";

/** What a command needs from its surroundings; tests give their own. */
export interface CommandEnvironment {
  /** The workbook; created when a command runs (it throws on a host without ExcelApi 1.7). */
  readonly port: () => OfficeWorkbookPort;
  readonly language: () => Language;
  /** ISO 8601 local time with its offset, as the audit log records it. */
  readonly now: () => string;
  /** Who scores, for the audit log. */
  readonly user: (language: Language) => string;
  readonly log: (message: string) => void;
}

/** Where a command left the user: what it selected, and why. */
export type CommandResult =
  | {
      readonly kind: "scored";
      readonly grade: string | null;
      readonly sheet: string;
      readonly cell: string;
    }
  | { readonly kind: "templateCreated"; readonly sheet: string; readonly cell: string }
  | {
      readonly kind: "refused";
      readonly issues: readonly Issue[];
      readonly selected?: { readonly sheet: string; readonly cell: string };
    };

/** Office's UI language as the product's: Chinese for any "zh" locale, else English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return languageOfLocale(displayLanguage);
}

/** The ribbon's environment: Office's language, the clock, the console. */
export function ribbonEnvironment(): CommandEnvironment {
  return {
    port: () => createOfficeWorkbookPort(),
    language: () => languageOf(Office.context.displayLanguage),
    now: () => localIsoTime(new Date()),
    // Office.js tells an add-in nothing about who is signed in without single sign-on.
    user: (language) => formatMessage(msg("office.ribbonUser"), language),
    log: (message) => console.warn(message),
  };
}

/** Selects a cell to show the user; a failure to select must not hide the real outcome. */
async function show(port: OfficeWorkbookPort, sheet: string, cell: string): Promise<boolean> {
  try {
    await port.select(sheet, cell);
    return true;
  } catch {
    return false;
  }
}

function logIssues(env: CommandEnvironment, language: Language, issues: readonly Issue[]): void {
  for (const issue of issues) env.log(issueLine(localizeIssue(issue), language));
}

/** Where an issue is: its cell, or for a table that exists already, that table's range. */
function locate(
  issue: Issue,
  snapshot: WorkbookSnapshot
): { sheet: string; cell: string } | undefined {
  if (issue.at !== undefined) return issue.at;
  const name = issue.message.params?.table;
  if (issue.code !== "template.tableExists" || typeof name !== "string") return undefined;
  for (const sheet of snapshot.sheets)
    for (const table of sheet.tables)
      if (table.name.toLowerCase() === name.toLowerCase())
        return { sheet: sheet.name, cell: table.range };
  return undefined;
}

async function refuse(
  env: CommandEnvironment,
  port: OfficeWorkbookPort,
  language: Language,
  issues: readonly Issue[],
  snapshot: WorkbookSnapshot
): Promise<CommandResult> {
  logIssues(env, language, issues);
  const at = issues.map((issue) => locate(issue, snapshot)).find((a) => a !== undefined);
  if (at !== undefined && (await show(port, at.sheet, at.cell)))
    return { kind: "refused", issues, selected: at };
  return { kind: "refused", issues };
}

/** Writes a plan; an adapter refusal that names a sheet selects it before it is rethrown. */
async function write(
  port: OfficeWorkbookPort,
  plan: Parameters<OfficeWorkbookPort["applyPlan"]>[0]
) {
  try {
    return await port.applyPlan(plan);
  } catch (error) {
    if (error instanceof OfficeAdapterError && error.sheet !== undefined)
      await show(port, error.sheet, error.cell ?? "A1");
    throw error;
  }
}

/**
 * Scores the open workbook and writes the scorecard, the model sheet and the audit log in the UI
 * language, then selects the grade. Refused inputs select the first offending cell.
 */
export async function runScore(env: CommandEnvironment): Promise<CommandResult> {
  const port = env.port();
  const language = env.language();
  const snapshot = await port.readSnapshot();
  const models = deployedModels();
  if (!models.ok) return refuse(env, port, language, models.issues, snapshot);
  const outcome = scoreUseCase(snapshot, {
    language,
    now: env.now(),
    user: env.user(language),
    approvedModels: models.value,
  });
  if (!outcome.ok) return refuse(env, port, language, outcome.issues, snapshot);
  const report = await write(port, outcome.plan);
  const sheet = report.sheets.scorecard ?? outcome.plan.sheets[0]?.name ?? "";
  const [text] = report.textMismatches;
  if (text !== undefined) {
    await show(port, text.sheet, text.cell);
    throw new Error(
      `Text written to ${text.sheet}!${text.cell} did not stay text: ${JSON.stringify(text.actual)}`
    );
  }
  for (const m of report.formulaMismatches)
    env.log(
      `${m.sheet}!${m.cell}: Excel calculated ${JSON.stringify(m.actual)}, the model ${JSON.stringify(m.expected)}`
    );
  for (const skipped of report.skipped) env.log(`Not written on this version of Excel: ${skipped}`);
  const cell = SCORECARD_CELLS.finalGrade;
  await show(port, sheet, cell);
  return { kind: "scored", grade: outcome.summary.finalGrade, sheet, cell };
}

/**
 * Adds the input sheets (instructions, register, board, profile) to the open workbook, refused
 * when any of their sheets or tables exists already; selects the first input cell written.
 */
export async function runTemplate(env: CommandEnvironment): Promise<CommandResult> {
  const port = env.port();
  const language = env.language();
  const snapshot = await port.readSnapshot();
  const template = templateWorkbook(language, snapshot);
  if (!template.ok) return refuse(env, port, language, template.issues, snapshot);
  const report = await write(port, template.value);
  for (const skipped of report.skipped) env.log(`Not written on this version of Excel: ${skipped}`);
  const first = template.value.sheets.find((s) => s.role === "input") ?? template.value.sheets[0];
  const sheet = first?.name ?? "";
  const cell = first?.role === "input" ? "A2" : "A1";
  await show(port, sheet, cell);
  return { kind: "templateCreated", sheet, cell };
}

/** Ribbon "Score": score the governance inputs of the open workbook. */
export async function scoreWorkbook(): Promise<void> {
  await runScore(ribbonEnvironment());
}

/** Ribbon "Create input template": add the governance input sheets and tables. */
export async function createTemplate(): Promise<void> {
  await runTemplate(ribbonEnvironment());
}
