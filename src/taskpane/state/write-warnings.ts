import { msg } from "../../core/i18n/format-message";
import type { ReadNotice } from "../../workbook/read";
import type { ApplyReport } from "../../workbook/port";

/**
 * What the read-back after a write found, as notices the pane lists with a button to the cell: a
 * formula Excel calculated differently from the engine, a text that did not stay text, a feature
 * this Excel could not apply.
 * @example writeWarningNotices({ sheets: {}, requests: 2, warnings: [] }) // []
 */
export function writeWarningNotices(report: ApplyReport): ReadNotice[] {
  return (report.warnings ?? []).map((w) => {
    const message = msg(`tp.write.${w.kind}`, { expected: w.expected ?? "", found: w.found ?? "" });
    return w.cell === undefined
      ? { code: `write.${w.kind}`, message }
      : { code: `write.${w.kind}`, message, at: { sheet: w.sheet, cell: w.cell } };
  });
}
