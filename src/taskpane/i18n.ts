import { createContext, useContext } from "react";
import {
  formatMessage,
  msg,
  type Language,
  type MessageArg,
  type MessageKey,
  type MessageRef,
} from "../core";

/** The UI language and its renderers; every visible text goes through the one catalogue. */
export interface Translation {
  readonly language: Language;
  /** A message as text in the UI language. */
  readonly t: (message: MessageRef) => string;
  /** A catalogue key with its parameters, as text in the UI language. */
  readonly tk: (key: MessageKey, params?: Readonly<Record<string, MessageArg>>) => string;
}

export function translation(language: Language): Translation {
  return {
    language,
    t: (message) => formatMessage(message, language),
    tk: (key, params) => formatMessage(msg(key, params), language),
  };
}

export const TranslationContext = createContext<Translation>(translation("en-US"));

export function useTranslation(): Translation {
  return useContext(TranslationContext);
}
