import { localIsoTime } from "../../app";
import { msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { parseCommand, text } from "../args";
import { isScoredFile } from "../files";
import { failedLines, headLines, noticeLines, scoredLine } from "../format";
import { enteredBy } from "../identity";
import { approvedModelsFile } from "../approved-models";
import type { CliIo } from "../io";
import { printer } from "../output";
import { UsageError } from "../usage-error";
import { recordWritten, registerOption } from "../register";

const OPTIONS = {
  approver: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  models: { type: "string" },
  db: { type: "string" },
} as const;

/** govscore approve <scored.xlsx> --approver NAME [--out FILE] [--lang zh|en] */
export async function approveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("approve", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "approve", argument: "<scored.xlsx>" })
    );
  const approver = text(parsed, "approver");
  if (approver === undefined)
    throw new UsageError(
      msg("cli.usage.missingOption", { command: "approve", option: "--approver" })
    );
  const out = text(parsed, "out");
  if (out === undefined && !isScoredFile(input))
    throw new UsageError(msg("cli.usage.overrideOut", { file: input }));
  const p = printer(io, parsed.language);
  const models = await approvedModelsFile(text(parsed, "models"), io.env, p);
  if (models === null) return 1;
  const db = text(parsed, "db");
  const register = await registerOption(db, p);
  if (register === null) return 1;
  const response = await runJobInWorker({
    ...(models === undefined ? {} : { approvedModels: models }),
    kind: "approve",
    input,
    output: out ?? input,
    replaceInput: out === undefined,
    file: input,
    language: p.language,
    now: localIsoTime(io.now()),
    approver,
    enteredBy: enteredBy(io.env),
  });
  if (response.status === "written") {
    const s = response.summary;
    if (s.override?.approval === "approved")
      p.out(p.t("cli.approve.done", { final: s.finalGrade ?? "", file: s.output ?? "" }));
    if (s.modelChange?.approval === "approved")
      p.out(p.t("cli.approve.modelDone", { officer: s.modelChange.officer, file: s.output ?? "" }));
    p.out(scoredLine(s, p.language));
    for (const line of headLines(s, p)) p.out(line);
    for (const line of noticeLines(response.notices, p.language)) p.out(line);
    if (register === undefined || db === undefined) return 0;
    const recorded = await recordWritten(register, db, [out ?? input], p, {
      now: localIsoTime(io.now()),
      cores: 1,
      ...(models === undefined ? {} : { approvedModels: models }),
    });
    return recorded ? 0 : 1;
  }
  await register?.close();
  p.err(p.t("cli.approve.refused"));
  const issues = response.status === "issues" ? response.issues : [];
  for (const line of failedLines(input, issues, p.language).slice(1)) p.err(line);
  return 1;
}
