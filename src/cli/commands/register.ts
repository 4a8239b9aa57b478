import { basename } from "node:path";
import { localIsoTime } from "../../app";
import { msg } from "../../core";
import { parseCommand, text } from "../args";
import { approvedModelsFile } from "../approved-models";
import type { CliIo } from "../io";
import { printer } from "../output";
import { openRegisterOrSay, recordWorkbooks, scoredWorkbooks } from "../register";
import { UsageError } from "../usage-error";

const OPTIONS = {
  db: { type: "string" },
  lang: { type: "string" },
  models: { type: "string" },
  jobs: { type: "string" },
} as const;

/**
 * govscore register import <folder | scored.xlsx> --db <file.sqlite | postgres://…>: verifies
 * every scored workbook and records its clients, scorings and audit events in the register
 * (idempotent: an event already held, known by its hash, is not added again).
 */
export async function registerCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand !== "import")
    throw new UsageError(
      subcommand === undefined
        ? msg("cli.usage.missingArgument", { command: "register", argument: "import" })
        : msg("cli.usage.registerSubcommand", { subcommand })
    );
  const parsed = parseCommand("register import", rest, OPTIONS, 1, io.env);
  const target = parsed.positionals[0];
  if (target === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "register import", argument: "<folder>" })
    );
  const db = text(parsed, "db");
  if (db === undefined)
    throw new UsageError(
      msg("cli.usage.missingOption", { command: "register import", option: "--db" })
    );
  const jobsText = text(parsed, "jobs");
  const jobs = jobsText === undefined ? io.cores : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(msg("cli.usage.optionValue", { option: "--jobs" }));
  const p = printer(io, parsed.language);
  const models = await approvedModelsFile(text(parsed, "models"), io.env, p);
  if (models === null) return 1;
  const files = await scoredWorkbooks(target);
  if (files === null || files.length === 0) {
    p.err(p.t("cli.register.noScored", { folder: target }));
    return 1;
  }
  const register = await openRegisterOrSay(db, p);
  if (register === null) return 1;
  try {
    const totals = await recordWorkbooks(
      register,
      files.map((path) => ({ path, display: files.length > 1 ? basename(path) : path })),
      {
        p,
        line: p.out,
        db,
        recordedAt: localIsoTime(io.now()),
        jobs: Math.min(jobs, io.cores),
        ...(models === undefined ? {} : { approvedModels: models }),
      }
    );
    return totals.refused > 0 ? 1 : 0;
  } finally {
    await register.close();
  }
}
