import { parseCell, columnNumber } from "../workbook/a1";
import { SCORECARD_CELLS } from "../workbook/scorecard";
import { ROWS } from "../workbook/scorecard/layout";
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
 * @example cellFormula(scorecard, "B13") // "ROUND(ROUND(SUM(D45:D50),10),'评分模型'!$C$86)"
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
  readonly finalGrade: string;
  readonly reason: string;
  readonly officer: string;
  readonly approver: string;
  readonly at: string;
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
  readonly cells: {
    readonly modelFingerprint: string;
    readonly inputFingerprint: string;
    readonly date: string;
  };
}

/**
 * Read the fixed cells of a saved scorecard: fingerprints, date and the override block.
 * @example recordedScorecard(sheets.scorecard).inputFingerprint // "9f2c…"
 */
export function recordedScorecard(sheet: SheetSnapshot): RecordedScorecard {
  const text = (ref: string) => cellText(cellValue(sheet, ref));
  const o = SCORECARD_CELLS.override;
  const reason = text(o.reason);
  const officer = text(o.officer);
  const cells = {
    modelFingerprint: `B${ROWS.modelFingerprint}`,
    inputFingerprint: `B${ROWS.inputFingerprint}`,
    date: `B${ROWS.date}`,
  };
  const layout = text(`B${ROWS.versions}`);
  return {
    layoutVersion: layout === "" ? 1 : /^[1-9]\d{0,5}$/.test(layout) ? Number(layout) : Number.NaN,
    modelFingerprint: text(cells.modelFingerprint),
    inputFingerprint: text(cells.inputFingerprint),
    generatedAt: text(cells.date),
    override:
      reason === "" && officer === ""
        ? null
        : {
            finalGrade: text(o.finalGrade),
            reason,
            officer,
            approver: text(o.approver),
            at: text(o.at),
          },
    cells,
  };
}
