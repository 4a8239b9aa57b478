import { formatMessage, msg, type Language, type MessageArg, type MessageKey } from "../core";
import type { CliIo } from "./io";

/** Lines in the run's language, to stdout or stderr. */
export interface Printer {
  readonly language: Language;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, MessageArg>>) => string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export function printer(io: CliIo, language: Language): Printer {
  return {
    language,
    t: (key, params) => formatMessage(msg(key, params), language),
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
  };
}
