import { parseArgs, type ParseArgsConfig } from "node:util";
import { msg, type Language } from "../core";
import { languageOf } from "./language";
import { UsageError } from "./usage-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly language: Language;
}

/** The option named in one of Node's parseArgs errors ("Unknown option '--x'"). */
function optionIn(message: string): string {
  return /'(-[^' ]*)/.exec(message)?.[1] ?? message;
}

/**
 * A command's arguments, strictly: unknown options, missing option values and extra arguments
 * are usage errors, as is a --lang other than zh or en.
 * @example parseCommand("verify", ["a.xlsx", "--lang", "zh"], { lang: { type: "string" } }, 1, env)
 */
export function parseCommand(
  command: string,
  args: readonly string[],
  options: Options,
  maxPositionals: number,
  env: Readonly<Record<string, string | undefined>>
): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(msg("cli.usage.optionValue", { option: optionIn(text) }));
    throw new UsageError(msg("cli.usage.unknownOption", { option: optionIn(text), command }));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = values.lang;
  const language = languageOf(typeof lang === "string" ? lang : undefined, env);
  if (language === undefined)
    throw new UsageError(msg("cli.usage.badLanguage", { value: String(lang) }));
  const extra = parsed.positionals[maxPositionals];
  if (extra !== undefined)
    throw new UsageError(msg("cli.usage.extraArgument", { argument: extra, command }));
  return { positionals: parsed.positionals, values, language };
}

/** A string option's value (undefined when absent). */
export function text(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** The language a usage error is reported in, before the arguments could be read. */
export function fallbackLanguage(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>
): Language {
  const at = args.indexOf("--lang");
  const inline = args.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  const option = inline ?? (at >= 0 ? args[at + 1] : undefined);
  return languageOf(option, env) ?? languageOf(undefined, env) ?? "en-US";
}
