import { parseCell, columnNumber } from "../workbook/a1";
import { fixedRows, ROWS } from "../workbook/scorecard/layout";
import { KNOWN_LAYOUT_VERSIONS, WORDING_LAYOUT } from "../workbook/versions";
import { isCellError, type CellValue, type SheetSnapshot } from "../workbook/snapshot";

/**
 * A cell's value in a sheet snapshot (null when outside the used range).
 * @example cellValue(scorecard, "B13") // 25.5
 */
export function cellValue(sheet: SheetSnapshot, ref: string): CellValue {
  const cell = parseCell(ref);
  if (cell === null) return null;
  return sheet.values[cell.row - 1]?.[columnNumber(cell.column) - 1] ?? null;
}

/**
 * A cell's formula without the leading "=" ("" for a constant, a blank cell, or a snapshot that
 * carries no formulas: then the sheet holds none).
 * @example cellFormula(scorecard, "B13") // "ROUND(ROUND(SUM(D49:D54),10),'评分模型'!$C$86)"
 */
export function cellFormula(sheet: SheetSnapshot, ref: string): string {
  const cell = parseCell(ref);
  if (cell === null) return "";
  return sheet.formulas?.[cell.row - 1]?.[columnNumber(cell.column) - 1] ?? "";
}

/**
 * A cell value as trimmed text ("" for a blank cell).
 * @example cellText(true) // "TRUE"
 */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** An override as the scorecard records it. */
export interface RecordedOverride {
  /** The grade the officer set. */
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
  readonly at: string;
  /** "" while none approved (or none was needed). */
  readonly approver: string;
  readonly approvedAt: string;
  /** Where each field sits in this scorecard's layout. */
  readonly cells: {
    readonly finalGrade: string;
    readonly reason: string;
    readonly officer: string;
    readonly at: string;
    readonly approver: string;
    readonly approvedAt: string;
  };
}

/** The audit log's head as the scorecard records it (layouts from 2 on). */
export interface RecordedAuditHead {
  readonly rows: string;
  readonly hash: string;
  readonly cells: { readonly rows: string; readonly hash: string };
}

/** What a saved scorecard says about how it was made. */
export interface RecordedScorecard {
  /**
   * The workbook layout it was written in: 1 when it records none (written before versions
   * were recorded); NaN when the cell holds something that is not a version.
   */
  readonly layoutVersion: number;
  readonly modelFingerprint: string;
  readonly inputFingerprint: string;
  readonly generatedAt: string;
  /** null: the scorecard records no override (no reason, no officer). */
  readonly override: RecordedOverride | null;
  /** null for a layout that records no head. */
  readonly auditHead: RecordedAuditHead | null;
  readonly cells: {
    readonly modelFingerprint: string;
    readonly inputFingerprint: string;
    readonly date: string;
  };
}

/**
 * Read the fixed cells of a saved scorecard, in the layout it records: fingerprints, date, the
 * override block and the audit head.
 * @example recordedScorecard(sheets.scorecard).inputFingerprint // "9f2c…"
 */
export function recordedScorecard(sheet: SheetSnapshot): RecordedScorecard {
  const text = (ref: string) => cellText(cellValue(sheet, ref));
  const recordedLayout = text(`B${ROWS.versions}`);
  const layoutVersion =
    recordedLayout === ""
      ? 1
      : /^[1-9]\d{0,5}$/.test(recordedLayout)
        ? Number(recordedLayout)
        : Number.NaN;
  const rows = fixedRows(KNOWN_LAYOUT_VERSIONS.includes(layoutVersion) ? layoutVersion : 1);
  const at = (row: number | undefined) => (row === undefined ? "" : `B${row}`);
  // Layout 4 shows a time in B and records its ISO text in E.
  const timeAt = (row: number | undefined) =>
    row === undefined ? "" : `${layoutVersion >= WORDING_LAYOUT ? "E" : "B"}${row}`;
  const reason = text(at(rows.overrideReason));
  const officer = text(at(rows.overrideOfficer));
  const cells = {
    modelFingerprint: `B${rows.modelFingerprint}`,
    inputFingerprint: `B${rows.inputFingerprint}`,
    date: timeAt(rows.date),
  };
  // Layout 1 had no row for the officer's grade: the final grade was it.
  const gradeCell = at(rows.overrideRequested ?? rows.overrideFinalGrade);
  const approverCell = at(rows.overrideApprover);
  const override: RecordedOverride | null =
    reason === "" && officer === ""
      ? null
      : {
          finalGrade: text(gradeCell),
          reason,
          officer,
          at: text(timeAt(rows.overrideAt)),
          approver: text(approverCell),
          approvedAt: text(timeAt(rows.approvedAt ?? rows.overrideAt)),
          cells: {
            finalGrade: gradeCell,
            reason: at(rows.overrideReason),
            officer: at(rows.overrideOfficer),
            at: timeAt(rows.overrideAt),
            approver: approverCell,
            approvedAt: timeAt(rows.approvedAt ?? rows.overrideAt),
          },
        };
  const head = rows.auditHead;
  return {
    layoutVersion,
    modelFingerprint: text(cells.modelFingerprint),
    inputFingerprint: text(cells.inputFingerprint),
    generatedAt: text(cells.date),
    override,
    auditHead:
      head === undefined
        ? null
        : {
            rows: text(`B${head}`),
            hash: text(`C${head}`),
            cells: { rows: `B${head}`, hash: `C${head}` },
          },
    cells,
  };
}
