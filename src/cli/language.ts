import { languageOfLocale, type Language } from "../core";

/**
 * The language of the run: --lang (zh, en, zh-CN, en-US), else LC_ALL, then LANG (a value
 * starting with "zh" gives Chinese), else English. Undefined for a --lang it does not know.
 * @example languageOf(undefined, { LANG: "zh_CN.UTF-8" }) // "zh-CN"
 */
export function languageOf(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>
): Language | undefined {
  if (option !== undefined) {
    const value = option.trim().toLowerCase();
    if (value === "zh" || value === "zh-cn") return "zh-CN";
    if (value === "en" || value === "en-us") return "en-US";
    return undefined;
  }
  return languageOfLocale([env.LC_ALL, env.LANG].find((v) => v !== undefined && v !== ""));
}
