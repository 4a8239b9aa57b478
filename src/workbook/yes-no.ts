import { msg, type MessageRef } from "../core";
import { literal } from "./scorecard/formula";

/**
 * The number format that shows 1 (and any other non-zero number) as the sheet's yes-word and 0 as
 * its no-word, so a yes/no figure prints as 是/否 (Yes/No) while formulas still read it as a truth
 * value.
 * @example yesNoNumberFormat(t) // '"是";"是";"否"' in Chinese
 */
export function yesNoNumberFormat(t: (ref: MessageRef) => string): string {
  const yes = literal(t(msg("word.yes")));
  return `${yes};${yes};${literal(t(msg("word.no")))}`;
}
