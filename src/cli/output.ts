import { formatMessage, msg, type Language, type MessageArg, type MessageKey } from "../core";
import type { CliIo } from "./io";
import { safeMessage } from "./visible";

/**
 * Lines in the run's language, to stdout or stderr. A message's parameters (names, files, cells)
 * are made safe on one line (`safeMessage`); the streams make every line visible (`visibleIo`).
 */
export interface Printer {
  readonly language: Language;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, MessageArg>>) => string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function printer(io: CliIo, language: Language): Printer {
  return {
    language,
    t: (key, params) => formatMessage(safeMessage(msg(key, params)), language),
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
  };
}
