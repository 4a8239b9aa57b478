import { ADAPTER_MESSAGES } from "./adapter-messages";
import { APP_MESSAGES } from "./app-messages";
import { ENUM_MESSAGES } from "./enum-messages";
import { GOVERNANCE_MESSAGES } from "./governance-messages";
import { GROUP_MESSAGES } from "./group-messages";
import { GROUP_PANE_MESSAGES } from "./group-pane-messages";
import { MODEL_MESSAGES } from "./model-messages";
import { OUTCOME_MESSAGES } from "./outcome-messages";
import { PANE_CARD_MESSAGES } from "./pane-card-messages";
import { SCORECARD_MESSAGES } from "./scorecard-messages";
import { TASKPANE_MESSAGES } from "./taskpane-messages";
import { VALIDATION_MESSAGES } from "./validation-messages";
import { WORKBOOK_MESSAGES } from "./workbook-messages";

/** The one message catalogue: every user-facing text, in zh-CN and en-US. */
export const MESSAGES = {
  ...MODEL_MESSAGES,
  ...ENUM_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...SCORECARD_MESSAGES,
  ...APP_MESSAGES,
  ...GOVERNANCE_MESSAGES,
  ...TASKPANE_MESSAGES,
  ...PANE_CARD_MESSAGES,
  ...ADAPTER_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...GROUP_MESSAGES,
  ...GROUP_PANE_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;
export type Language = "zh-CN" | "en-US";
export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/** A parameter of a message: plain text or another message (an enum label, say). */
export type MessageArg = string | number | MessageRef;

/** A message to be rendered later, in whichever language the reader uses. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageArg>>;
}

/** @example msg("grade.A") // { key: "grade.A" } */
export function msg(key: MessageKey, params?: Readonly<Record<string, MessageArg>>): MessageRef {
  return params === undefined ? { key } : { key, params };
}

/** A message's text in both languages. */
export interface MessageTexts {
  readonly zh: string;
  readonly en: string;
}

const extensions = new Map<string, MessageTexts>();

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(",");
}

/**
 * Add the messages of a model's extra factors (a bank's, or a test's) to the catalogue: their
 * names, rules, items and parameter descriptions. A key of the product's catalogue, a key added
 * before with other texts, or texts whose placeholders differ between the languages are refused
 * (a programming mistake). Returns the keys, typed as message keys.
 * @example registerMessages({ "factor.F7.name": { zh: "关联担保", en: "Related-party guarantees" } })
 */
export function registerMessages<K extends string>(
  entries: Readonly<Record<K, MessageTexts>>
): Readonly<Record<K, MessageKey>> {
  const keys = {} as Record<K, MessageKey>;
  for (const [key, texts] of Object.entries(entries) as [K, MessageTexts][]) {
    const known = Object.prototype.hasOwnProperty.call(MESSAGES, key)
      ? (MESSAGES as Readonly<Record<string, MessageTexts>>)[key]
      : extensions.get(key);
    if (known !== undefined && (known.zh !== texts.zh || known.en !== texts.en))
      throw new Error(`message ${key} exists with other texts`);
    if (placeholders(texts.zh) !== placeholders(texts.en))
      throw new Error(`message ${key} has different placeholders in zh and en`);
    extensions.set(key, texts);
    keys[key] = key as unknown as MessageKey;
  }
  return keys;
}

/**
 * The texts of a catalogue key, the product's or a registered extension's; undefined for none.
 * @example messageTexts("enum.condition.poor") // { zh: "较差", en: "Poor" }
 */
export function messageTexts(key: string): MessageTexts | undefined {
  return textsOf(key);
}

function textsOf(key: string): MessageTexts | undefined {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key)
    ? (MESSAGES as Readonly<Record<string, MessageTexts>>)[key]
    : extensions.get(key);
}

/**
 * A placeholder `{name}`, or a plural choice `{name|one|other}`: the word for a count, so English
 * reads "1 problem", "2 problems" (never "problem(s)"): "{count} {count|problem|problems}".
 */
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Whether a count is exactly one ("1", 1); anything else takes the plural. */
function isOne(arg: MessageArg): boolean {
  return typeof arg !== "object" && String(arg).trim() === "1";
}

/**
 * Render a message in a language. Unknown placeholders stay visible so a missing parameter is
 * noticed rather than silently dropped.
 * @example formatMessage(msg("gap.itemBlank", { item: msg("item.auditOpinion") }), "en-US")
 * // "Audit opinion is blank"
 * @example formatMessage(msg("cli.failed", { file: "a.xlsx", count: 1 }), "en-US")
 * // "a.xlsx: not scored (1 problem):"
 */
export function formatMessage(
  ref: MessageRef,
  language: Language,
  /** Texts that replace the catalogue's for some keys (a sheet as an older release wrote it). */
  overlay?: Readonly<Record<string, MessageTexts>>
): string {
  const entry =
    overlay !== undefined && Object.prototype.hasOwnProperty.call(overlay, ref.key)
      ? overlay[ref.key]
      : textsOf(ref.key);
  if (entry === undefined) return ref.key;
  const template: string = language === "zh-CN" ? entry.zh : entry.en;
  return template.replace(
    PLACEHOLDER,
    (placeholder, name: string, one: string | undefined, other: string | undefined) => {
      const arg = ref.params?.[name];
      if (arg === undefined) return placeholder;
      if (one !== undefined && other !== undefined) return isOne(arg) ? one : other;
      return typeof arg === "object" ? formatMessage(arg, language, overlay) : String(arg);
    }
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return textsOf(key) !== undefined;
}

/**
 * A location as messages and the task pane show it: the sheet quoted unless it is a plain ASCII
 * name, so it reads the same whatever the sheet is called.
 * @example locationText({ sheet: "Profile", cell: "B4" }) // "Profile!B4"
 * @example locationText({ sheet: "股东名册", cell: "C5" }) // "'股东名册'!C5"
 */
export function locationText(at: { readonly sheet: string; readonly cell: string }): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(at.sheet)
    ? at.sheet
    : `'${at.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${at.cell}`;
}

/** "'股东名册'!C5: …": an issue with its location, as a user reads it. */
export function formatLocated(
  message: MessageRef,
  at: { readonly sheet: string; readonly cell: string } | undefined,
  language: Language
): string {
  const text = formatMessage(message, language);
  return at === undefined ? text : `${locationText(at)}: ${text}`;
}

/**
 * The product's language for a locale or display language: Chinese for any zh* (zh-CN, zh-TW,
 * zh_CN.UTF-8…), English otherwise.
 * @example languageOfLocale("zh-HK") // "zh-CN"; languageOfLocale(undefined) // "en-US"
 */
export function languageOfLocale(locale: string | undefined): Language {
  return (locale ?? "").trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
