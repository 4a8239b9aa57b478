/** A CSV field: text or a number; null is an empty field. */
export type CsvValue = string | number | null;

/** What a spreadsheet could take for the start of a formula, ASCII or full-width. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One field: a field that a spreadsheet could read as a formula gets a leading apostrophe, and
 * a field with a comma, quote or line break is quoted (quotes doubled).
 * @example csvField("=HYPERLINK(\"http://x\")") // "\"'=HYPERLINK(\"\"http://x\"\")\""
 * @example csvField("＝1+1") // "'＝1+1"
 */
export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const raw = String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly),
 * CRLF line ends, every field through `csvField`.
 * @example toCsv([["客户", "等级"], ["某公司", "C"]]) // "\uFEFF客户,等级\r\n某公司,C\r\n"
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}
