import { defaultParameters, type Issue } from "../../core";
import { productSheets } from "../../app";
import { loadModelSheet } from "../../workbook/model-sheet";
import { readInputs, type ReadNotice, type TableId, type TableLayout } from "../../workbook/read";
import type { WorkbookSnapshot } from "../../workbook/snapshot";

export const INPUT_TABLE_IDS: readonly TableId[] = ["shareholders", "board", "profile"];

/** One input table as the Inputs section lists it. */
export interface InputTableReport {
  readonly id: TableId;
  /**
   * found: read from `layout`; absent: the reader looked for it and found no such sheet or table;
   * unreadable: it is there but could not be located exactly (ambiguous, no header row…).
   */
  readonly status: "found" | "absent" | "unreadable";
  readonly layout: TableLayout | null;
}

/** What reading the workbook found: the three tables, notices, and every error with its cell. */
export interface InputsReport {
  readonly tables: readonly InputTableReport[];
  readonly notices: readonly ReadNotice[];
  readonly issues: readonly Issue[];
}

const ABSENCE_CODES = new Set(["table.missing", "table.absent"]);

/** The reader reports an absent table with the table's own label as the `table` parameter. */
function reportsAbsence(finding: Issue | ReadNotice, id: TableId): boolean {
  const table = finding.message.params?.["table"];
  return (
    ABSENCE_CODES.has(finding.code) && typeof table === "object" && table.key === `table.${id}`
  );
}

/**
 * Read the workbook's input tables the way scoring will: with the rating scale of the workbook's
 * own model sheet (whose errors are listed too, since scoring refuses them), else model v1's.
 * @example inputsReport(snapshot).tables.map((t) => t.status) // ["found", "absent", "found"]
 */
export function inputsReport(snapshot: WorkbookSnapshot): InputsReport {
  const modelSheet = productSheets(snapshot).model;
  const model = modelSheet === undefined ? null : loadModelSheet(modelSheet);
  const ratingScale =
    model !== null && model.ok ? model.value.ratingScale : defaultParameters().ratingScale;
  const read = readInputs(snapshot, { ratingScale });
  const findings = [...read.notices, ...(read.ok ? [] : read.issues)];
  const tables = INPUT_TABLE_IDS.map((id): InputTableReport => {
    const layout = read.layout[id];
    if (layout !== null) return { id, status: "found", layout };
    const absent = findings.some((f) => reportsAbsence(f, id));
    return { id, status: absent ? "absent" : "unreadable", layout: null };
  });
  return {
    tables,
    notices: read.notices,
    issues: [...(model !== null && !model.ok ? model.issues : []), ...(read.ok ? [] : read.issues)],
  };
}
