import {
  applyOverride,
  approveOverride,
  formatMessage,
  LANGUAGES,
  msg,
  scoreGovernance,
  type ApprovedModel,
  type GovernanceInputs,
  type Issue,
  type Language,
  type MessageRef,
  type ModelParameters,
  type ScoreResult,
} from "../core";
import { cellAddress, columnNumber, parseCell } from "../workbook/a1";
import {
  auditCell,
  auditColumnsOf,
  auditHead,
  auditResultText,
  chainClient,
  readAuditLog,
  verifyAuditChain,
  type AuditEventKind,
  type AuditHead,
  type AuditRow,
} from "../workbook/audit";
import { readInputs, readOptionsFor } from "../workbook/read";
import { scoredWorkbookPlan, SCORECARD_CELLS } from "../workbook/scorecard";
import { recordedAmountUnit } from "./workbook-update";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { KNOWN_LAYOUT_VERSIONS, READING_NOTES_LAYOUT } from "../workbook/versions";
import {
  readingNotesDigest,
  readingNotesReason,
  type ReadingNoteRow,
  type ReadingNotes,
} from "../workbook/scorecard/reading-notes";
import { lastScoredRow, loggedNotesDigest, recordedReadingNoteRows } from "./reading-notes";
import { ROWS } from "../workbook/scorecard/layout";
import { approvedModelsOr, modelStanding } from "./model-governance";
import { groupAuditReason, recordedGroup, withRecordedGroup } from "./group-member";
import { workbookParameters } from "./parameters";
import type { ScoringModel } from "./types";
import { productSheets, type ProductSheets } from "./product-sheets";
import {
  cellFormula,
  cellText,
  cellValue,
  recordedScorecard,
  type RecordedScorecard,
} from "./recorded-scorecard";
import { namedAsWritten } from "./sheet-placement";
import { scoredSummary, type WorkbookSummary } from "./summary";
import { compareCell, type CellDifference, type CellDifferenceKind } from "./verify-cells";

export type MismatchKind =
  | "notScored"
  | "layoutVersion"
  | "modelSheetMissing"
  | "unreadable"
  | "modelFingerprint"
  | "inputFingerprint"
  | "override"
  | "auditLogMissing"
  | "summaryMissing"
  | "auditRow"
  | "auditStale"
  | "auditHead"
  | "auditAnchor"
  | "notLogged"
  | "readingNotes"
  | "groupInputs"
  | CellDifferenceKind;

/** The first thing that does not check out. */
export interface Mismatch {
  readonly kind: MismatchKind;
  readonly sheet?: string;
  readonly cell?: string;
  /**
   * What the engine computes, the product wrote or the audit log records, as text: a formula as
   * "=…", "" for a blank cell.
   */
  readonly expected?: string;
  /** What the workbook holds, in the same form. */
  readonly found?: string;
  readonly message: MessageRef;
  /** For "unreadable": every problem that kept the workbook from being scored again. */
  readonly issues?: readonly Issue[];
}

export type VerifyOutcome =
  | {
      readonly ok: true;
      readonly result: ScoreResult;
      readonly summary: WorkbookSummary;
      /** Cells of the scorecard, model sheet and audit log compared. */
      readonly checkedCells: number;
      readonly auditRows: number;
      /** The committee summary sheet whose cells were among them (none before layout 3). */
      readonly summarySheet?: string;
    }
  | { readonly ok: false; readonly mismatch: Mismatch };

const fail = (mismatch: Mismatch): VerifyOutcome => ({ ok: false, mismatch });

/** The scorecard's formula texts are in the language it was written in; its title tells which. */
function scorecardLanguage(sheet: SheetSnapshot, fallback: Language): Language {
  const title = cellText(cellValue(sheet, "A1"));
  return LANGUAGES.find((l) => formatMessage(msg("sc.title"), l) === title) ?? fallback;
}

function fingerprintMismatch(
  result: ScoreResult,
  recorded: RecordedScorecard,
  sheet: string
): Mismatch | null {
  const checks = [
    ["modelFingerprint", result.modelFingerprint, "app.verify.modelFingerprint"],
    ["inputFingerprint", result.inputFingerprint, "app.verify.inputFingerprint"],
  ] as const;
  for (const [kind, expected, key] of checks) {
    const found = recorded[kind];
    if (found !== expected)
      return {
        kind,
        sheet,
        cell: recorded.cells[kind],
        expected,
        found,
        message: msg(key, { expected, found }),
      };
  }
  return null;
}

/**
 * The score with the override the scorecard records, checked again by the core's rules: as the
 * officer recorded it (`recorded`: pending, for an upgrade) and, with an approver, approved.
 */
function withRecordedOverride(
  result: ScoreResult,
  recorded: RecordedScorecard,
  inputs: GovernanceInputs,
  params: ModelParameters,
  sheet: string
):
  | { readonly result: ScoreResult; readonly recorded: ScoreResult }
  | { readonly mismatch: Mismatch } {
  const o = recorded.override;
  if (o === null) return { result, recorded: result };
  const refused = (issues: readonly Issue[], cell: string, found: string) => ({
    mismatch: {
      kind: "override" as const,
      sheet,
      cell,
      found,
      message: msg("app.verify.override", { reasons: joinReasons(issues) }),
      issues,
    },
  });
  const applied = applyOverride(
    result,
    { finalGrade: o.finalGrade, reason: o.reason, officer: o.officer, at: o.at },
    inputs.profile,
    params
  );
  if (!applied.ok) return refused(applied.issues, o.cells.finalGrade, o.finalGrade);
  if (o.approver === "") return { result: applied.value, recorded: applied.value };
  const approved = approveOverride(
    applied.value,
    { approver: o.approver, at: o.approvedAt },
    inputs.profile,
    params
  );
  return approved.ok
    ? { result: approved.value, recorded: applied.value }
    : refused(approved.issues, o.cells.approver, o.approver);
}

function joinReasons(issues: readonly Issue[]): MessageRef {
  return issues
    .map((i) => i.message)
    .reduce((all, next) => msg("app.join", { first: all, rest: next }));
}

function rowMajor(a: string, b: string): number {
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca === null || cb === null) return 0;
  return ca.row - cb.row || columnNumber(ca.column) - columnNumber(cb.column);
}

function shown(text: string): MessageRef {
  return text === "" ? msg("app.blank") : msg("app.text", { text });
}

/** The message of a cell that is not what the product wrote. */
function differenceMessage(difference: CellDifference): MessageRef {
  const expected = shown(difference.expected);
  const found = shown(difference.found);
  switch (difference.kind) {
    case "formulaReplaced":
      return msg("app.verify.formulaReplaced", { found });
    case "formula":
      return msg("app.verify.formula", { expected, found });
    case "cell":
      return msg("app.verify.cell", { expected, found });
    case "value":
      return msg("app.verify.value", { expected, found });
    case "valueReplaced":
      return msg("app.verify.valueReplaced", { expected, found });
    case "unexpectedCell":
      return msg("app.verify.unexpectedCell", { found });
  }
}

/** Every cell address of a sheet snapshot that holds a value or a formula. */
function filledCells(sheet: SheetSnapshot): string[] {
  const refs: string[] = [];
  const rows = Math.max(sheet.values.length, sheet.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const values = sheet.values[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    const columns = Math.max(values.length, formulas.length);
    for (let c = 0; c < columns; c++) {
      const value = values[c] ?? null;
      if ((value !== null && value !== "") || (formulas[c] ?? "") !== "")
        refs.push(cellAddress(r, c));
    }
  }
  return refs;
}

/**
 * The first cell of a product sheet, in reading order, that is not what the product wrote:
 * every cell of the plan, and every other cell of the sheet as read (its whole used range), which
 * must be blank. Returns how many cells were compared.
 */
function sheetMismatch(
  planned: SheetPlan,
  sheet: SheetSnapshot
): { readonly mismatch: Mismatch | null; readonly checked: number } {
  const cells = new Map(planned.cells.map((cell) => [cell.ref, cell]));
  const refs = [...new Set([...cells.keys(), ...filledCells(sheet)])].sort(rowMajor);
  for (const ref of refs) {
    const difference = compareCell(cells.get(ref), {
      value: cellValue(sheet, ref),
      formula: cellFormula(sheet, ref),
    });
    if (difference !== null)
      return {
        mismatch: {
          kind: difference.kind,
          sheet: sheet.name,
          cell: ref,
          expected: difference.expected,
          found: difference.found,
          message: differenceMessage(difference),
        },
        checked: refs.length,
      };
  }
  return { mismatch: null, checked: refs.length };
}

/** The product sheets a verification compares with the plan, by role (the summary from layout 3). */
type ComparedSheets = Required<Pick<ProductSheets, "scorecard" | "model" | "auditLog">> &
  Pick<ProductSheets, "summary">;

/**
 * The first cell of the scorecard, the model sheet, the audit log or the summary (layout 3 on; in that order) that is not
 * what the product would write today, and how many cells were compared.
 */
function cellsMismatch(
  plan: WorkbookPlan,
  sheets: ComparedSheets
): { readonly mismatch: Mismatch | null; readonly checked: number } {
  let checked = 0;
  // The summary last: its figures come from the scorecard, whose cell is the cause to name.
  for (const role of ["scorecard", "model", "auditLog", "summary"] as const) {
    const planned = plan.sheets.find((s) => s.role === role);
    const sheet = sheets[role];
    if (planned === undefined) continue;
    if (sheet === undefined)
      return {
        mismatch: { kind: "summaryMissing", message: msg("app.verify.summaryMissing") },
        checked,
      };
    const compared = sheetMismatch(planned, sheet);
    checked += compared.checked;
    if (compared.mismatch !== null) return { mismatch: compared.mismatch, checked };
  }
  return { mismatch: null, checked };
}

const SCORED: AuditEventKind = "scored";
const OVERRIDDEN: AuditEventKind = "overridden";
const APPROVED: AuditEventKind = "approved";
const MODEL_APPROVED: AuditEventKind = "modelApproved";

/**
 * The scorecard's date and override must be the ones the audit log records: the date is the time
 * of the last `scored` (or, after it, `overridden`) event; the override's final grade is in that
 * `overridden` event's result line, its reason, officer and time are that event's, its approver
 * the user of the `approved` event after it.
 */
function loggedMismatch(
  rows: readonly AuditRow[],
  recorded: RecordedScorecard,
  atOverride: ScoreResult,
  sheet: string
): Mismatch | null {
  const lastScored = rows.map((r) => r.event).lastIndexOf(SCORED);
  const since = rows.slice(lastScored + 1);
  const overridden = [...since].reverse().find((r) => r.event === OVERRIDDEN);
  const o = recorded.override;
  const stale = (cell: string, message: MessageRef): Mismatch => ({
    kind: "auditStale",
    sheet,
    cell,
    message,
  });
  const gradeCell = o?.cells.finalGrade ?? SCORECARD_CELLS.override.finalGrade;
  if (o !== null && overridden === undefined)
    return stale(gradeCell, msg("app.verify.overrideNotLogged"));
  if (o === null && overridden !== undefined)
    return stale(gradeCell, msg("app.verify.overrideNotShown", { officer: overridden.user }));
  const approved =
    overridden === undefined
      ? undefined
      : since.slice(since.indexOf(overridden) + 1).find((r) => r.event === APPROVED);
  // The scorecard was written by the last act: scoring, the override, or an approval.
  const acts: readonly string[] = [OVERRIDDEN, APPROVED, MODEL_APPROVED];
  const reference = since.filter((r) => acts.includes(r.event)).at(-1) ?? rows[lastScored];
  const fields: [string, string, string | undefined][] = [
    [recorded.cells.date, recorded.generatedAt, reference?.time],
  ];
  if (o !== null && overridden !== undefined)
    fields.push(
      [o.cells.reason, o.reason, overridden.reason],
      [o.cells.officer, o.officer, overridden.user],
      [o.cells.approver, o.approver, approved?.user ?? ""],
      [o.cells.at, o.at, overridden.time]
    );
  if (o !== null && approved !== undefined && o.cells.approvedAt !== o.cells.at)
    fields.push([o.cells.approvedAt, o.approvedAt, approved.time]);
  const notLogged = (cell: string, expected: string, found: string): Mismatch => ({
    kind: "notLogged",
    sheet,
    cell,
    expected,
    found,
    message: msg("app.verify.notLogged", { expected: shown(expected), found: shown(found) }),
  });
  const [date, ...override] = fields;
  if (date !== undefined && date[2] !== undefined && date[2].trim() !== date[1])
    return notLogged(date[0], date[2].trim(), date[1]);
  // The final grade: the override event's result line, as it was written in either language.
  if (
    o !== null &&
    overridden !== undefined &&
    !LANGUAGES.some((language) => auditResultText(atOverride, language) === overridden.result)
  )
    return notLogged(o.cells.finalGrade, overridden.result, o.finalGrade);
  for (const [cell, found, logged] of override)
    if (logged !== undefined && logged.trim() !== found)
      return notLogged(cell, logged.trim(), found);
  return null;
}

/**
 * The log against the heads kept outside the workbook: each anchored head of this chain must be
 * in it (the row at that position with that hash), and one at least must be of this chain (a log
 * replaced wholesale is another chain).
 */
function anchorMismatch(
  rows: readonly AuditRow[],
  anchors: readonly AuditHead[],
  sheet: string
): Mismatch | null {
  const head = auditHead(rows);
  const mine = anchors.filter((a) => head !== null && a.chain === head.chain);
  if (head === null || mine.length === 0)
    return {
      kind: "auditAnchor",
      sheet,
      cell: "A2",
      found: head?.chain ?? "",
      message: msg("app.verify.anchorNone", { chain: head?.chain ?? "" }),
    };
  for (const anchor of mine) {
    const row = rows[anchor.rows - 1];
    if (row === undefined || row.hash !== anchor.hash)
      return {
        kind: "auditAnchor",
        sheet,
        cell: `A${Math.min(anchor.rows, rows.length) + 1}`,
        expected: anchor.hash,
        found: row?.hash ?? "",
        message: msg("app.verify.anchorMissing", { rows: anchor.rows, hash: anchor.hash }),
      };
  }
  return null;
}

/**
 * The log must be intact, as long as the scorecard says it was when written (rows removed at the
 * end are found), of this client, and its last events must be about this scorecard.
 */
function auditMismatch(
  rows: readonly AuditRow[],
  sheet: string,
  recorded: RecordedScorecard,
  atOverride: ScoreResult,
  scorecard: string
): Mismatch | null {
  const chain = verifyAuditChain(rows);
  if (!chain.ok)
    return {
      kind: "auditRow",
      sheet,
      cell: `A${chain.row + 1}`,
      message: chain.message,
    };
  const head = recorded.auditHead;
  const actual = auditHead(rows);
  if (
    head !== null &&
    (head.rows !== String(actual?.rows ?? 0) || head.hash !== (actual?.hash ?? ""))
  )
    return {
      kind: "auditHead",
      sheet: scorecard,
      cell: head.cells.hash,
      expected: `${head.rows} · ${head.hash}`,
      found: `${actual?.rows ?? 0} · ${actual?.hash ?? ""}`,
      message: msg("app.verify.auditHead", {
        rows: head.rows,
        hash: head.hash,
        foundRows: actual?.rows ?? 0,
        foundHash: actual?.hash ?? "",
      }),
    };
  const client = chainClient(rows);
  const clientId = atOverride.clientId ?? "";
  if (client !== null && client !== clientId)
    return {
      kind: "auditRow",
      sheet,
      cell: "G2",
      message: msg("app.issue.auditOtherClient", { chain: client, client: clientId }),
    };
  const last = rows[rows.length - 1];
  if (
    last === undefined ||
    last.modelFingerprint !== recorded.modelFingerprint ||
    last.inputFingerprint !== recorded.inputFingerprint
  )
    return {
      kind: "auditStale",
      sheet,
      cell: `A${rows.length + 1}`,
      message: msg("app.verify.auditStale"),
    };
  return loggedMismatch(rows, recorded, atOverride, scorecard);
}

/**
 * The reading notes on the scorecard against the digest the last `scored` row records (layout 4
 * on): an edited, added or removed note fails, at the first note's cell.
 */
function notesMismatch(
  logged: string | null,
  written: { readonly rows: readonly ReadingNoteRow[]; readonly first: number } | null,
  reason: string,
  language: Language
): Omit<Mismatch, "sheet"> | null {
  if (logged === null || written === null) return null;
  if (readingNotesDigest(written.rows) === logged) return null;
  const found = readingNotesReason(written.rows, language);
  return {
    kind: "readingNotes",
    cell: `B${written.first}`,
    expected: reason,
    found,
    message: msg("app.verify.readingNotes", { expected: reason, found }),
  };
}

/**
 * A member scored with its group: the last `scored` event must name the group workbook and the
 * fingerprint its scorecard records (in the language it was logged in).
 */
function groupLogMismatch(
  rows: readonly AuditRow[],
  inputs: GovernanceInputs,
  log: SheetSnapshot
): Mismatch | null {
  if (inputs.group === undefined) return null;
  const index = rows.map((r) => r.event).lastIndexOf(SCORED);
  const row = rows[index];
  const reasons = LANGUAGES.map((language) => groupAuditReason(inputs, language));
  // Layout 4 on, the reading notes' count and digest follow the group workbook (`scoredReason`).
  const logged = row?.reason.trim() ?? "";
  if (row !== undefined && reasons.some((r) => logged === r || logged.startsWith(`${r}; `)))
    return null;
  const expected = reasons[0] ?? "";
  const found = row?.reason ?? "";
  return {
    kind: "notLogged",
    sheet: log.name,
    cell: auditCell(auditColumnsOf(log.values[0] ?? []), "reason", index + 1),
    expected,
    found,
    message: msg("app.verify.notLogged", { expected: shown(expected), found: shown(found) }),
  };
}

/**
 * Check a scored workbook against the engine: read the inputs again, score them with the model
 * parameters stored in the workbook and the override recorded on the scorecard, rebuild the
 * product's sheets as this workbook's layout writes them and compare. In order: the model and
 * input fingerprints on the scorecard, the override's validity; the audit log (hash chain
 * intact, its last events about this scorecard: fingerprints, date and override); then every
 * cell of the scorecard, the model sheet and the audit log (`compareCell`: a formula's text and
 * value, a constant, a cell that must be blank), each sheet's whole used range. Reports the first
 * mismatch, with its sheet and cell. Works on values Excel calculated (the add-in) and on the
 * cached values of a saved file (the CLI) alike.
 * @example
 * const check = verifyWorkbook(snapshot, { language: "en-US" });
 * if (!check.ok) formatLocated(check.mismatch.message, { sheet: check.mismatch.sheet!, cell: check.mismatch.cell! }, "en-US");
 */
export function verifyWorkbook(
  snapshot: WorkbookSnapshot,
  options: {
    readonly language: Language;
    readonly model?: ScoringModel;
    /**
     * Audit heads kept outside the workbook (portfolio.json, the output of earlier runs): the
     * log must contain every one of its chain, and at least one must be of its chain.
     */
    readonly anchors?: readonly AuditHead[];
    /** The approved models the status line is judged by (default: the built-in alone). */
    readonly approvedModels?: readonly ApprovedModel[];
  }
): VerifyOutcome {
  const sheets = productSheets(snapshot);
  const scorecard = sheets.scorecard;
  if (scorecard === undefined)
    return fail({ kind: "notScored", message: msg("app.issue.notScored") });
  const layoutVersion = recordedScorecard(scorecard).layoutVersion;
  if (!KNOWN_LAYOUT_VERSIONS.includes(layoutVersion))
    return fail({
      kind: "layoutVersion",
      sheet: scorecard.name,
      cell: `B${ROWS.versions}`,
      found: cellText(cellValue(scorecard, `B${ROWS.versions}`)),
      message: msg("app.verify.layoutVersion", {
        found: cellText(cellValue(scorecard, `B${ROWS.versions}`)),
        known: KNOWN_LAYOUT_VERSIONS.join(", "),
      }),
    });
  const model = sheets.model;
  if (model === undefined)
    return fail({ kind: "modelSheetMissing", message: msg("app.verify.modelSheetMissing") });
  const unreadable = (issues: readonly Issue[]) =>
    fail({ kind: "unreadable", message: msg("app.verify.unreadable"), issues });
  const loaded = workbookParameters(sheets, options.model?.definition);
  if (!loaded.ok) return unreadable(loaded.issues);
  const params = loaded.value;
  const read = readInputs(snapshot, readOptionsFor(params));
  if (!read.ok) return unreadable(read.issues);
  // A member scored with its group: the group values its scorecard records, applied again.
  const group = recordedGroup(scorecard, params, layoutVersion);
  if (group.kind === "unreadable")
    return fail({
      kind: "groupInputs",
      sheet: scorecard.name,
      cell: group.cell,
      found: group.found,
      message: msg("app.verify.groupBlock", { detail: msg("app.text", { text: group.found }) }),
    });
  const inputs = group.kind === "recorded" ? withRecordedGroup(read.inputs, group) : read.inputs;
  const scored = scoreGovernance(inputs, params);
  if (!scored.ok) return unreadable(scored.issues);

  const recorded = recordedScorecard(scorecard);
  const fingerprints = fingerprintMismatch(scored.value, recorded, scorecard.name);
  if (fingerprints !== null) return fail(fingerprints);
  const overridden = withRecordedOverride(scored.value, recorded, inputs, params, scorecard.name);
  if ("mismatch" in overridden) return fail(overridden.mismatch);
  const result = overridden.result;

  const auditLog = sheets.auditLog;
  if (auditLog === undefined)
    return fail({ kind: "auditLogMissing", message: msg("app.verify.auditLogMissing") });
  const rows = readAuditLog(auditLog);
  const audit = auditMismatch(rows, auditLog.name, recorded, overridden.recorded, scorecard.name);
  if (audit !== null) return fail(audit);
  const groupLogged = groupLogMismatch(rows, inputs, auditLog);
  if (groupLogged !== null) return fail(groupLogged);
  if (options.anchors !== undefined) {
    const anchored = anchorMismatch(rows, options.anchors, auditLog.name);
    if (anchored !== null) return fail(anchored);
  }

  const models = approvedModelsOr(options.approvedModels, params.definition);
  const standing = modelStanding(
    params,
    models,
    recorded.generatedAt,
    rows,
    result.modelFingerprint
  );
  // Layout 4: the reading notes are copied from the scorecard (like its date), at the rows the
  // plan gives them, and must be the ones whose digest the last `scored` row records.
  const logged = layoutVersion >= READING_NOTES_LAYOUT ? loggedNotesDigest(rows) : null;
  let written: { readonly rows: readonly ReadingNoteRow[]; readonly first: number } | null = null;
  const readingNotes: ReadingNotes | undefined =
    layoutVersion < READING_NOTES_LAYOUT
      ? undefined
      : logged === null
        ? { kind: "notRecorded" }
        : {
            kind: "asWritten",
            read: (first) => {
              const notes = recordedReadingNoteRows(scorecard, first);
              written = { rows: notes, first };
              return notes;
            },
          };
  const language = scorecardLanguage(scorecard, options.language);
  const plan = namedAsWritten(
    scoredWorkbookPlan({
      result,
      inputs,
      layout: read.layout,
      params,
      language,
      generatedAt: recorded.generatedAt,
      layoutVersion,
      auditRows: rows,
      ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
      standing,
      ...(readingNotes === undefined ? {} : { readingNotes }),
      amountUnit: recordedAmountUnit(sheets, result),
    }),
    {
      scorecard: scorecard.name,
      model: model.name,
      auditLog: auditLog.name,
      ...(sheets.summary === undefined ? {} : { summary: sheets.summary.name }),
    }
  );
  const notes = notesMismatch(logged, written, lastScoredRow(rows)?.reason ?? "", language);
  if (notes !== null) return fail({ ...notes, sheet: scorecard.name });
  const cells = cellsMismatch(plan, {
    scorecard,
    model,
    auditLog,
    ...(sheets.summary === undefined ? {} : { summary: sheets.summary }),
  });
  if (cells.mismatch !== null) return fail(cells.mismatch);
  return {
    ok: true,
    result,
    summary: scoredSummary(result, "", auditHead(rows), standing, rows),
    checkedCells: cells.checked,
    auditRows: rows.length,
    ...(sheets.summary === undefined ? {} : { summarySheet: sheets.summary.name }),
  };
}
