import {
  applyOverride,
  approveOverride,
  formatMessage,
  LANGUAGES,
  msg,
  scoreGovernance,
  type GovernanceInputs,
  type Issue,
  type Language,
  type MessageRef,
  type ModelParameters,
  type ScoreResult,
} from "../core";
import {
  auditHead,
  chainClient,
  readAuditLog,
  verifyAuditChain,
  type AuditHead,
  type AuditRow,
} from "../workbook/audit";
import { columnNumber, parseCell } from "../workbook/model-sheet";
import { readInputs, readOptionsFor } from "../workbook/read";
import { scorecardIndex, scoredWorkbookPlan, type ScorecardInput } from "../workbook/scorecard";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/snapshot";
import { KNOWN_LAYOUT_VERSIONS } from "../workbook/versions";
import { ROWS } from "../workbook/scorecard/layout";
import { workbookParameters } from "./parameters";
import type { ScoringModel } from "./types";
import { productSheets } from "./product-sheets";
import {
  cellHasFormula,
  cellText,
  cellValue,
  recordedScorecard,
  type RecordedScorecard,
} from "./recorded-scorecard";
import { scoredSummary, type WorkbookSummary } from "./summary";
import { sameValue, valueText } from "./verify-cells";

export type MismatchKind =
  | "notScored"
  | "layoutVersion"
  | "modelSheetMissing"
  | "unreadable"
  | "modelFingerprint"
  | "inputFingerprint"
  | "override"
  | "formulaReplaced"
  | "cell"
  | "auditLogMissing"
  | "auditRow"
  | "auditHead"
  | "auditAnchor"
  | "auditStale";

/** The first thing that does not check out. */
export interface Mismatch {
  readonly kind: MismatchKind;
  readonly sheet?: string;
  readonly cell?: string;
  /** What the engine computes (or the scorecard should record), as text. */
  readonly expected?: string;
  /** What the workbook holds, as text ("" for a blank cell). */
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
      /** Formula cells of the scorecard compared. */
      readonly checkedCells: number;
      readonly auditRows: number;
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

/** The score with the override the scorecard records, checked again by the core's rules. */
function withRecordedOverride(
  result: ScoreResult,
  recorded: RecordedScorecard,
  inputs: GovernanceInputs,
  params: ModelParameters,
  sheet: string
): { readonly result: ScoreResult } | { readonly mismatch: Mismatch } {
  const o = recorded.override;
  if (o === null) return { result };
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
  if (o.approver === "") return { result: applied.value };
  const approved = approveOverride(
    applied.value,
    { approver: o.approver, at: o.approvedAt },
    inputs.profile,
    params
  );
  return approved.ok
    ? { result: approved.value }
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

/** What the scorecard on file should have been built from. */
type Expected = ScorecardInput;

/** The first scorecard formula cell whose value is not the engine's, and how many were compared. */
function cellMismatch(
  expected: Expected,
  scorecard: SheetSnapshot
): { readonly mismatch: Mismatch | null; readonly checked: number } {
  const plan = scoredWorkbookPlan({ ...expected, auditRows: [] });
  const cells = [...scorecardIndex(plan).formulaCells].sort((a, b) => rowMajor(a.ref, b.ref));
  for (const { ref, value } of cells) {
    const found = cellValue(scorecard, ref);
    const at = { sheet: scorecard.name, cell: ref };
    if (cellHasFormula(scorecard, ref) === false && found !== null)
      return {
        mismatch: {
          kind: "formulaReplaced",
          ...at,
          expected: valueText(value),
          found: valueText(found),
          message: msg("app.verify.formulaReplaced", { found: valueText(found) }),
        },
        checked: cells.length,
      };
    if (!sameValue(value, found))
      return {
        mismatch: {
          kind: "cell",
          ...at,
          expected: valueText(value),
          found: valueText(found),
          message: msg("app.verify.cell", {
            expected: shown(valueText(value)),
            found: shown(valueText(found)),
          }),
        },
        checked: cells.length,
      };
  }
  return { mismatch: null, checked: cells.length };
}

function shown(text: string): MessageRef {
  return text === "" ? msg("app.blank") : msg("app.text", { text });
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
  scorecard: string,
  clientId: string
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
  const since = rows.slice(rows.map((r) => r.event).lastIndexOf("scored") + 1);
  const o = recorded.override;
  const missing =
    (o !== null && !since.some((r) => r.event === "overridden")) ||
    (o !== null &&
      o.approver !== "" &&
      !since.some((r) => r.event === "approved" && r.user === o.approver));
  if (missing)
    return {
      kind: "auditStale",
      sheet,
      cell: `A${rows.length + 1}`,
      message: msg("app.verify.overrideNotLogged"),
    };
  return null;
}

/**
 * Check a scored workbook against the engine: read the inputs again, score them with the model
 * parameters stored in the workbook and the override recorded on the scorecard, rebuild the
 * expected scorecard and compare. In order: the model and input fingerprints on the scorecard,
 * the override's validity, every formula cell's value (numbers within 1e-9, text exactly), then
 * the audit log (hash chain intact, last event about this scorecard). Reports the first mismatch,
 * with its sheet and cell. Works on values Excel calculated (the add-in) and on the cached
 * values of a saved file (the CLI) alike.
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
  if (sheets.model === undefined)
    return fail({ kind: "modelSheetMissing", message: msg("app.verify.modelSheetMissing") });
  const unreadable = (issues: readonly Issue[]) =>
    fail({ kind: "unreadable", message: msg("app.verify.unreadable"), issues });
  const loaded = workbookParameters(sheets, options.model?.definition);
  if (!loaded.ok) return unreadable(loaded.issues);
  const params = loaded.value;
  const read = readInputs(snapshot, readOptionsFor(params));
  if (!read.ok) return unreadable(read.issues);
  const scored = scoreGovernance(read.inputs, params);
  if (!scored.ok) return unreadable(scored.issues);

  const recorded = recordedScorecard(scorecard);
  const fingerprints = fingerprintMismatch(scored.value, recorded, scorecard.name);
  if (fingerprints !== null) return fail(fingerprints);
  const overridden = withRecordedOverride(
    scored.value,
    recorded,
    read.inputs,
    params,
    scorecard.name
  );
  if ("mismatch" in overridden) return fail(overridden.mismatch);
  const result = overridden.result;
  const cells = cellMismatch(
    {
      result,
      inputs: read.inputs,
      layout: read.layout,
      params,
      language: scorecardLanguage(scorecard, options.language),
      generatedAt: recorded.generatedAt,
      layoutVersion,
      ...(options.model?.twins === undefined ? {} : { twins: options.model.twins }),
    },
    scorecard
  );
  if (cells.mismatch !== null) return fail(cells.mismatch);
  if (sheets.auditLog === undefined)
    return fail({ kind: "auditLogMissing", message: msg("app.verify.auditLogMissing") });
  const rows = readAuditLog(sheets.auditLog);
  const audit = auditMismatch(
    rows,
    sheets.auditLog.name,
    recorded,
    scorecard.name,
    result.clientId ?? ""
  );
  if (audit !== null) return fail(audit);
  if (options.anchors !== undefined) {
    const anchored = anchorMismatch(rows, options.anchors, sheets.auditLog.name);
    if (anchored !== null) return fail(anchored);
  }
  return {
    ok: true,
    result,
    summary: scoredSummary(result, "", auditHead(rows)),
    checkedCells: cells.checked,
    auditRows: rows.length,
  };
}
