import { dec, normaliseLabel, type Decimal } from "../../core";

/** Zero-width characters that text pasted from web pages or PDFs often carries invisibly. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u3000]+/g;
/**
 * Text already in normal form (printable ASCII and CJK unified ideographs, which NFKC leaves
 * alone, single spaces between words): the common case, spared the cost of normalising.
 */
const NORMAL_TEXT = /^[\x21-\x7e\u4e00-\u9fff]*(?: [\x21-\x7e\u4e00-\u9fff]+)*$/;

/**
 * A text cell as the model stores it: NFKC (full-width letters, digits and punctuation become
 * ASCII), zero-width characters removed, runs of spaces (NBSP, ideographic) collapsed, trimmed.
 * @example normaliseCellText("\u3000ＡＢＣ\u00a0\u00a0有限公司 ") // "ABC 有限公司"
 */
export function normaliseCellText(text: string): string {
  if (NORMAL_TEXT.test(text)) return text;
  return text.normalize("NFKC").replace(ZERO_WIDTH, "").replace(SPACES, " ").trim();
}

/**
 * A label for matching: normaliseCellText plus case folding (the core's `normaliseLabel`).
 * @example matchKey("ＳＴＡＫＥ ") // "stake"
 */
export function matchKey(text: string): string {
  if (NORMAL_TEXT.test(text)) return text.toLowerCase();
  return normaliseLabel(text.replace(ZERO_WIDTH, ""));
}

/**
 * A table or sheet name for matching: Excel table names cannot hold spaces, so "_" stands for one.
 * @example nameKey("Shareholder_register") // "shareholder register"
 */
export function nameKey(name: string): string {
  return matchKey(name.replace(/_/g, " "));
}

/** Plain decimal notation, with optional thousands separators: 10,000,000 or -0.5 or .35. */
const NUMERIC = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

/**
 * A number written as text (already normalised), or null. U+2212 (the typographic minus) counts
 * as a minus sign; exponents, spaces inside the number and other separators are not accepted.
 * @example parseNumericText("10,000,000")?.toString() // "10000000"
 */
export function parseNumericText(text: string): Decimal | null {
  const candidate = text.replace(/\u2212/g, "-");
  if (!NUMERIC.test(candidate)) return null;
  return dec(candidate.replace(/,/g, ""));
}

/**
 * An engine number as a decimal. Excel keeps 15 significant digits, so binary noise beyond them
 * (0.1 + 0.2 = 0.30000000000000004) is dropped, as Excel itself shows it. Null for NaN/Infinity,
 * which no spreadsheet holds but a snapshot might.
 * @example decimalFromNumber(0.30000000000000004)?.toString() // "0.3"
 */
export function decimalFromNumber(value: number): Decimal | null {
  if (!Number.isFinite(value)) return null;
  const number = dec(value);
  return number.sd() > 15 ? number.toSignificantDigits(15) : number;
}
