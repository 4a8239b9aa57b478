#!/usr/bin/env node
import { formatMessage, msg } from "../core";
import { fallbackLanguage } from "./args";
import { approveCommand } from "./commands/approve";
import { groupCommand } from "./commands/group";
import { modelsCommand } from "./commands/models";
import { overrideCommand } from "./commands/override";
import { registerCommand } from "./commands/register";
import { scoreCommand } from "./commands/score";
import { templateCommand } from "./commands/template";
import { verifyCommand } from "./commands/verify";
import { processIo, type CliIo } from "./io";
import { UsageError } from "./usage-error";
import { safeMessage, visible, visibleIo } from "./visible";

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number>>> =
  {
    template: templateCommand,
    score: scoreCommand,
    override: overrideCommand,
    approve: approveCommand,
    verify: verifyCommand,
    models: modelsCommand,
    group: groupCommand,
    register: registerCommand,
  };

const HELP = new Set(["help", "--help", "-h"]);

/**
 * The govscore command line: returns the exit code (0 done, 1 a workbook failed or was refused,
 * 2 usage error). Only this layer prints.
 * @example await main(["score", "clients/", "--lang", "zh"], processIo())
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Everything printed goes through here: control and escape characters made visible.
  const io = visibleIo(rawIo);
  const [command, ...args] = argv;
  const language = fallbackLanguage(argv, io.env);
  const usage = formatMessage(msg("cli.usage"), language);
  if (
    command !== undefined &&
    (HELP.has(command) || args.some((a) => a === "--help" || a === "-h"))
  ) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  try {
    if (command === undefined) throw new UsageError(msg("cli.usage.noCommand"));
    const run = COMMANDS[command];
    if (run === undefined) throw new UsageError(msg("cli.usage.unknownCommand", { command }));
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${formatMessage(safeMessage(error.reason), language)}\n\n${usage}\n`);
    return 2;
  }
}

/** Entry of bin/govscore.js. */
export function run(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${visible(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`
      );
      process.exitCode = 1;
    }
  );
}

if (require.main === module) run();
