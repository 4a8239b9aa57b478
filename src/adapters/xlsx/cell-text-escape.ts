import ExcelJS from "exceljs";

import { escapeXlsxText } from "./xlsx-text";

export { escapeXlsxText } from "./xlsx-text";

type RichText = { readonly richText: readonly ExcelJS.RichText[] };
type Hyperlink = { readonly text: unknown; readonly hyperlink: string };

function escapedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | undefined {
  if (typeof value === "string") {
    const text = escapeXlsxText(value);
    return text === value ? undefined : text;
  }
  if (value === null || typeof value !== "object") return undefined;
  if ("richText" in value && Array.isArray((value as RichText).richText)) {
    const runs = (value as RichText).richText;
    const escaped = runs.map((run) => ({ ...run, text: escapeXlsxText(run.text) }));
    return escaped.every((run, i) => run.text === runs[i]?.text)
      ? undefined
      : { richText: escaped };
  }
  if ("hyperlink" in value && typeof (value as Hyperlink).text === "string") {
    const link = value as Hyperlink;
    const text = escapeXlsxText(link.text as string);
    return text === link.text ? undefined : ({ ...link, text } as ExcelJS.CellValue);
  }
  return undefined;
}

/**
 * Escape the text of every cell as Excel writes it, for one save, and return what puts the
 * workbook's values back as they were (so saving twice never escapes twice). exceljs would
 * otherwise drop a control character (a holder name holding U+000B, written by Excel as
 * `_x000B_`) and turn a literal `_x0041_` into "A" on the next read: the scored copy would no
 * longer hold the inputs it was scored on.
 * @example const restore = escapeCellTexts(workbook); await save(); restore();
 */
export function escapeCellTexts(workbook: ExcelJS.Workbook): () => void {
  const changed: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  for (const worksheet of workbook.worksheets)
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const escaped = escapedValue(cell.value);
        if (escaped === undefined) return;
        changed.push({ cell, value: cell.value });
        cell.value = escaped;
      })
    );
  return () => {
    for (const { cell, value } of changed) cell.value = value;
  };
}
