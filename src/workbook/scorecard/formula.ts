import type { LookupAddresses } from "../model-sheet";

/**
 * Pieces of Excel formulas, limited to functions Excel 2016 and LibreOffice both evaluate. Only
 * references, numbers and the model's own constants (keys, catalogue labels) ever go into a
 * formula; text from the user's workbook never does.
 */

/**
 * A string literal: quotes doubled. For the model's constants, never for input text.
 * @example literal('say "hi"') // '"say ""hi"""'
 */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Computed ratios and sums of stakes are rounded to 10 places before any comparison, so 0.5 + 0.2 +
 * 0.1 compares as exactly 0.8.
 * @example round10("B5+B6") // "ROUND(B5+B6,10)"
 */
export function round10(expression: string): string {
  return `ROUND(${expression},10)`;
}

/**
 * A percentage cell as a fraction: points (35) are divided by 100.
 * @example asFraction("C2", "points") // "ROUND(C2/100,10)"
 */
export function asFraction(ref: string, form: "fraction" | "points" | undefined): string {
  return form === "points" ? round10(`${ref}/100`) : ref;
}

/**
 * TRUE for TRUE, 1 and the yes-words (是, yes, y, …); FALSE for anything else, blank included.
 * @example isYes("F2", "M!$A$1:$A$6") // "OR(F2=TRUE,F2=1,ISNUMBER(MATCH(F2,M!$A$1:$A$6,0)))"
 */
export function isYes(ref: string, yesWords: string): string {
  return `OR(${ref}=TRUE,${ref}=1,ISNUMBER(MATCH(${ref},${yesWords},0)))`;
}

/**
 * The row of an enum value in its lookup table, found by key, Chinese, English or drop-down label.
 * @example
 * enumRow("TRIM(B2)", lookup)
 * // "IFERROR(MATCH(TRIM(B2),keys,0),IFERROR(MATCH(…,zh,0),…))"
 */
export function enumRow(value: string, lookup: LookupAddresses): string {
  const columns = [lookup.keys, lookup.zh, lookup.en, lookup.dropDown];
  const last = columns[columns.length - 1] ?? lookup.keys;
  return columns
    .slice(0, -1)
    .reduceRight(
      (fallback, column) => `IFERROR(MATCH(${value},${column},0),${fallback})`,
      `MATCH(${value},${last},0)`
    );
}

/**
 * An enum cell as its label in the scorecard's language.
 * @example enumLabel("'股东名册'!$B$2", lookup) // "INDEX(labels,IFERROR(MATCH(TRIM(…),keys,0),…))"
 */
export function enumLabel(ref: string, lookup: LookupAddresses): string {
  return `INDEX(${lookup.labels},${enumRow(`TRIM(${ref})`, lookup)})`;
}

/**
 * A label (in the scorecard's language) looked up in a column of the same table.
 * @example byLabel("B63", lookup, lookup.points) // "INDEX(points,MATCH(B63,labels,0))"
 */
export function byLabel(labelRef: string, lookup: LookupAddresses, column: string): string {
  return `INDEX(${column},MATCH(${labelRef},${lookup.labels},0))`;
}

/**
 * A value or "" when the input cell is blank (a plain reference would turn blank into 0).
 * @example unlessBlank("P!$B$12", "P!$B$12") // 'IF(ISBLANK(P!$B$12),"",P!$B$12)'
 */
export function unlessBlank(ref: string, expression: string): string {
  return `IF(ISBLANK(${ref}),"",${expression})`;
}

/**
 * A sum of percentage cells as a fraction, rounded so thresholds compare exactly.
 * @example sumAsFraction("SUM(C2:C9)", "points") // "ROUND((SUM(C2:C9))/100,10)"
 */
export function sumAsFraction(sum: string, form: "fraction" | "points" | undefined): string {
  return form === "points" ? round10(`(${sum})/100`) : round10(sum);
}
