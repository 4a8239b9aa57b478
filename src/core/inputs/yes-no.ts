import { normaliseLabel } from "./schema";

/**
 * The words that mean "yes" in a yes/no cell, in normal form (`normaliseLabel`). The input reader
 * and the model-sheet reader accept them; the model sheet lists them for the scorecard formulas,
 * whose MATCH compares case-insensitively, so "YES" and "Yes" count there as here.
 */
export const YES_WORDS: readonly string[] = ["yes", "y", "true", "1", "是", "有"];

/** The words that mean "no" in a yes/no cell, in normal form. */
export const NO_WORDS: readonly string[] = ["no", "n", "false", "0", "否", "无"];

const ANSWERS = new Map<string, boolean>([
  ...YES_WORDS.map((word): [string, boolean] => [word, true]),
  ...NO_WORDS.map((word): [string, boolean] => [word, false]),
]);

/**
 * A yes/no word read as a boolean after `normaliseLabel` (trimmed, NFKC, any case); null when the
 * text is neither a yes word nor a no word (blank included).
 * @example parseYesNo(" 是 ") // true; parseYesNo("FALSE") // false; parseYesNo("maybe") // null
 */
export function parseYesNo(text: string): boolean | null {
  return ANSWERS.get(text) ?? ANSWERS.get(normaliseLabel(text)) ?? null;
}
