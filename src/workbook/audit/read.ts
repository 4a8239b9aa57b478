import { isCellError, type CellValue, type SheetSnapshot } from "../snapshot";
import { AUDIT_COLUMNS, auditColumnsOf, type AuditRow } from "./row";

function text(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function sequence(value: CellValue): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return Number.NaN;
}

/**
 * The rows of an audit-log sheet (header in row 1, one event per row from row 2), as they are:
 * texts untouched, so `verifyAuditChain` sees any edit. Trailing empty rows are ignored; an empty
 * row inside the log is kept (and breaks the chain).
 * @example verifyAuditChain(readAuditLog(sheet))
 */
export function readAuditLog(sheet: SheetSnapshot): AuditRow[] {
  let last = sheet.values.length - 1;
  const empty = (row: readonly CellValue[] | undefined) =>
    row === undefined || row.every((v) => v === null || v === "");
  while (last >= 1 && empty(sheet.values[last])) last--;
  // Layout 4 puts the display columns first; the recorded fields are found by the header.
  const columns = auditColumnsOf(sheet.values[0] ?? []);
  const rows: AuditRow[] = [];
  for (let r = 1; r <= last; r++) {
    const cells = sheet.values[r] ?? [];
    const field = (i: number) => cells[i] ?? null;
    const row: Record<string, string | number> = {};
    for (const column of AUDIT_COLUMNS) {
      const i = columns.indexOf(column);
      row[column] = column === "sequence" ? sequence(field(i)) : text(field(i));
    }
    rows.push(row as unknown as AuditRow);
  }
  return rows;
}
