import { formatMessage, msg, type Language } from "../../core";
import { columnLetters } from "../a1";
import type { PlannedCell, SheetPlan } from "../plan";
import { shownTime } from "../shown-time";
import { VERSIONED_LAYOUT, WORDING_LAYOUT, WORKBOOK_LAYOUT_VERSION } from "../versions";
import {
  AUDIT_COLUMNS,
  AUDIT_EVENTS,
  LEGACY_AUDIT_COLUMNS,
  READABLE_AUDIT_COLUMNS,
  type AuditColumn,
  type AuditRow,
} from "./row";

/**
 * The audit log's sheet name in a language (审计日志 / Audit log).
 * @example auditLogSheetName("zh-CN") // "审计日志"
 */
export function auditLogSheetName(language: Language): string {
  return formatMessage(msg("sheet.auditLog"), language);
}

/**
 * The audit-log sheet with every row. The adapter replaces the product's own sheet with it, so
 * the rows read from the workbook are written back exactly as they were (texts as texts, never
 * parsed as formulas), followed by the new ones.
 * @example auditLogPlan(appendAuditEvent(readAuditLog(sheet), event), "zh-CN")
 */
export function auditLogPlan(
  rows: readonly AuditRow[],
  language: Language,
  layoutVersion: number = WORKBOOK_LAYOUT_VERSION
): SheetPlan {
  const readable = layoutVersion >= WORDING_LAYOUT;
  const columns: readonly AuditColumn[] = readable
    ? READABLE_AUDIT_COLUMNS
    : layoutVersion >= VERSIONED_LAYOUT
      ? AUDIT_COLUMNS
      : LEGACY_AUDIT_COLUMNS;
  const cells: PlannedCell[] = columns.map((column, i) => ({
    ref: `${columnLetters(i + 1)}1`,
    value: formatMessage(msg(headerKey(column, readable)), language),
    style: "header",
  }));
  rows.forEach((row, r) => {
    columns.forEach((column, i) => {
      const value = cellValue(row, column, language);
      cells.push({
        ref: `${columnLetters(i + 1)}${r + 2}`,
        value: typeof value === "number" && !Number.isFinite(value) ? null : value,
        ...(column === "sequence" ? { numberFormat: "0" } : {}),
      });
    });
  });
  return {
    name: auditLogSheetName(language),
    role: "auditLog",
    cells,
    columnWidths: readable
      ? [6, 22, 14, 10, 46, 40, 14, 26, 20, 20, 20, 20, 8, 28]
      : [8, 24, 14, 14, 20, 20, 34, 40, 20, 20, 10, 28].slice(0, columns.length),
    freeze: { rows: 1, columns: 0 },
    // Landscape, one page wide (no page of a stray column), the header on every page.
    print: {
      // Layout 4 prints what an officer reads (A:G, up to the event code) at about 10 pt; the
      // recorded fingerprints and hashes (H:N) stay on the sheet, where verify checks them.
      area: `A1:${columnLetters(readable ? 7 : columns.length)}${rows.length + 1}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: "1:1",
      narrowMargins: true,
      header: auditLogSheetName(language),
    },
  };
}

function headerKey(column: AuditColumn, readable: boolean) {
  if (column === "timeShown") return "audit.header.timeShown" as const;
  if (column === "eventName") return "audit.header.eventName" as const;
  if (column === "event" && readable) return "audit.header.eventCode" as const;
  return `audit.header.${column}` as const;
}

/**
 * A field of a row as its cell shows it: the display columns derived from the recorded fields (a
 * code this release does not know is shown as it is), the recorded fields as they are.
 */
function cellValue(row: AuditRow, column: AuditColumn, language: Language): string | number {
  if (column === "timeShown") return shownTime(row.time, language);
  if (column === "eventName")
    return (AUDIT_EVENTS as readonly string[]).includes(row.event)
      ? formatMessage(
          msg(`audit.eventName.${row.event as (typeof AUDIT_EVENTS)[number]}`),
          language
        )
      : row.event;
  return row[column];
}
