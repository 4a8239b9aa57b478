import ExcelJS from "exceljs";

/**
 * Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; U+FFFE and
 * U+FFFF), plus DEL, which exceljs drops when it writes: Excel writes them as `_xHHHH_`.
 */
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]/g;
/** Text that reads as an escape: Excel writes its underscore as `_x005F_`. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/**
 * Cell text as Excel writes it into the file (ECMA-376 ST_Xstring): a literal `_xHHHH_` first gets
 * its underscore escaped (`_x005F_xHHHH_`), then every character XML cannot hold becomes `_xHHHH_`.
 * exceljs (and Excel, LibreOffice) read it back to the same text.
 * @example escapeXlsxText("a\u000bb_x0041_") // "a_x000B_b_x005F_x0041_"
 */
export function escapeXlsxText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(LOOKS_ESCAPED, "_x005F_$1")
    .replace(
      UNWRITABLE,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    );
}

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
