import { createContext, useContext } from "react";
import {
  formatMessage,
  msg,
  type Language,
  type MessageArg,
  type MessageKey,
  type MessageRef,
} from "../core/i18n/format-message";
import { safeMessage } from "../core/visible-text";
import { addPaneMessages } from "./pane-messages";

/**
 * The UI language and its renderers; every visible text goes through the one catalogue. Parameters
 * (names, sheets, cells and texts from the workbook) have control and bidirectional characters
 * made visible (`\x1b`, `\u202e`), as the command line prints them; the catalogue's own texts stay.
 */
export interface Translation {
  readonly language: Language;
  /** A message as text in the UI language. */
  readonly t: (message: MessageRef) => string;
  /** A catalogue key with its parameters, as text in the UI language. */
  readonly tk: (key: MessageKey, params?: Readonly<Record<string, MessageArg>>) => string;
}

export function translation(language: Language): Translation {
  addPaneMessages();
  return {
    language,
    t: (message) => formatMessage(safeMessage(message), language),
    tk: (key, params) => formatMessage(safeMessage(msg(key, params)), language),
  };
}

export const TranslationContext = createContext<Translation>(translation("en-US"));

export function useTranslation(): Translation {
  return useContext(TranslationContext);
}
