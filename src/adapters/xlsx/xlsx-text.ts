/** Cell text as the .xlsx format stores it (no spreadsheet library needed). */

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
