import type { MessageArg, MessageRef } from "./i18n/messages";

/**
 * Untrusted text made visible, for every place it is shown: the command line's terminal and logs,
 * and the task pane. Pure (no Node, no DOM), shared by both front ends.
 *
 * Characters of untrusted text (client, holder and sheet names, file names, messages) that must
 * not reach a terminal, a log or the pane as they are: C0 and C1 controls (ESC starts the escape sequences
 * that recolour, hide or rewrite what is shown; CR returns to the line's start), DEL, and the
 * invisible or reordering format characters (bidirectional overrides and isolates, zero-width
 * characters, line and paragraph separators, the byte-order mark, interlinear annotation).
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const UNSAFE_IN_LINE =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  const hex = code.toString(16).padStart(code < 0x100 ? 2 : 4, "0");
  return code < 0x100 ? `\\x${hex}` : `\\u${hex}`;
}

/**
 * Text made safe for a terminal or a log: every control or invisible format character written as
 * its escape (ESC → `\x1b`, U+202E → `\u202e`); line breaks kept (the product's own multi-line
 * output), tabs kept.
 * @example visible("grade A \x1b[8m: grade D") // "grade A \\x1b[8m: grade D"
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * One value made safe inside a line: as `visible`, and line breaks and tabs escaped too, so a name
 * cannot start a line of its own.
 * @example oneLine("a\nb") // "a\\x0ab"
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escaped);
}

function safeArg(arg: MessageArg): MessageArg {
  if (typeof arg === "string") return oneLine(arg);
  if (typeof arg === "number") return arg;
  return safeMessage(arg);
}

/**
 * A message whose parameters (names, files, cells, nested messages' parameters) are made safe
 * with `oneLine`; the catalogue's texts are the product's and are kept.
 * @example safeMessage(msg("cli.failed", { file: "a\x1b.xlsx", count: 1 }))
 */
export function safeMessage(ref: MessageRef): MessageRef {
  if (ref.params === undefined) return ref;
  const params: Record<string, MessageArg> = {};
  for (const [key, value] of Object.entries(ref.params)) params[key] = safeArg(value);
  return { key: ref.key, params };
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls; this escapes the rest of what `visible`
 * would (C1 controls, format characters) as \u escapes, so the JSON stays valid and the same data.
 * @example jsonText({ name: "a\u009b" }) // '{"name":"a\\u009b"}'
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
