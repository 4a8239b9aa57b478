import { formatMessage, msg, type Language } from "../../core";
import { columnLetters } from "../a1";
import type { PlannedCell, SheetPlan } from "../plan";
import { VERSIONED_LAYOUT, WORKBOOK_LAYOUT_VERSION } from "../versions";
import { AUDIT_COLUMNS, LEGACY_AUDIT_COLUMNS, type AuditRow } from "./row";

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
  const columns = layoutVersion >= VERSIONED_LAYOUT ? AUDIT_COLUMNS : LEGACY_AUDIT_COLUMNS;
  const cells: PlannedCell[] = columns.map((column, i) => ({
    ref: `${columnLetters(i + 1)}1`,
    value: formatMessage(msg(`audit.header.${column}`), language),
    style: "header",
  }));
  rows.forEach((row, r) => {
    columns.forEach((column, i) => {
      const value = row[column];
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
    columnWidths: [8, 24, 14, 14, 20, 20, 34, 40, 20, 20, 10, 28].slice(0, columns.length),
    freeze: { rows: 1, columns: 0 },
    // Landscape, one page wide (no page of a stray column), the header on every page.
    print: {
      area: `A1:${columnLetters(columns.length)}${rows.length + 1}`,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: "1:1",
      narrowMargins: true,
      header: auditLogSheetName(language),
    },
  };
}
