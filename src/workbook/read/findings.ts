import {
  isMessageKey,
  messageTexts,
  msg,
  type CellRef,
  type Issue,
  type MessageArg,
  type MessageRef,
} from "../../core";
import type { ReadNotice } from "./types";

/**
 * Everything the reader found wrong (issues) or did on the user's behalf (notices), in order.
 * @example findings.error("cell.error", msg("read.cell.error", params), { sheet, cell: "C5" })
 */
export class Findings {
  readonly issues: Issue[] = [];
  readonly notices: ReadNotice[] = [];

  error(code: string, message: MessageRef, at?: CellRef): void {
    this.issues.push(at === undefined ? { code, message } : { code, message, at });
  }

  notice(code: string, message: MessageRef, at?: CellRef): void {
    this.notices.push(at === undefined ? { code, message } : { code, message, at });
  }
}

/**
 * A list rendered with the reader's separators ("a, b, c" or "a、b、c"); items may be messages.
 * @example formatMessage(listOf([msg("enum.condition.good"), msg("enum.condition.poor")]), "zh-CN")
 * // "良好、较差"
 */
export function listOf(items: readonly MessageArg[]): MessageArg {
  let list: MessageArg | undefined;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] ?? "";
    list = list === undefined ? item : msg("read.list", { first: item, rest: list });
  }
  return list ?? "";
}

/**
 * A catalogue message by a computed key ("column.board.name"); the key itself as plain text if the
 * catalogue lacks it, so a label can never make the reader throw.
 * @example catalogueRef("item.baseRating") // { key: "item.baseRating" }
 */
export function catalogueRef(key: string): MessageRef {
  return isMessageKey(key) ? msg(key) : msg("read.text", { text: key });
}

/**
 * The zh-CN and en-US texts of a catalogue label, so input written with either is recognised;
 * none when the catalogue lacks the key.
 * @example catalogueTexts("enum.condition.poor") // ["较差", "Poor"]
 */
export function catalogueTexts(key: string): string[] {
  const entry = messageTexts(key);
  return entry === undefined ? [] : [entry.zh, entry.en];
}
