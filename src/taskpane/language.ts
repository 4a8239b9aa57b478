import { languageOfLocale, type Language } from "../core/i18n/format-message";

/**
 * The UI language for an Office display language: Chinese for any zh* (zh-CN, zh-TW, zh-HK…),
 * English otherwise.
 * @example uiLanguageOf("zh-CN") // "zh-CN"; uiLanguageOf("de-DE") // "en-US"
 */
export function uiLanguageOf(displayLanguage: string): Language {
  return languageOfLocale(displayLanguage);
}

/** Office's display language; outside Office (a plain browser, tests) the browser's language. */
export function hostDisplayLanguage(): string {
  try {
    const fromOffice = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (fromOffice) return fromOffice;
  } catch {
    // Outside a host, Office.context may be missing or throw: fall through.
  }
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "en-US";
}
