import { GRADES, msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { parseCommand, text } from "../args";
import { localIsoTime } from "../../app";
import { failedLines, headLines, noticeLines, scoredLine } from "../format";
import { enteredBy } from "../identity";
import { isScoredFile } from "../files";
import { approvedModelsFile } from "../approved-models";
import type { CliIo } from "../io";
import { printer } from "../output";
import { UsageError } from "../usage-error";
import { recordWritten, registerOption } from "../register";

const OPTIONS = {
  grade: { type: "string" },
  reason: { type: "string" },
  officer: { type: "string" },
  approver: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  models: { type: "string" },
  db: { type: "string" },
} as const;

/**
 * govscore override <scored.xlsx> --grade X --reason TEXT --officer NAME [--out FILE]. An upgrade
 * waits for `govscore approve`; `--approver` is refused (an approval is the approver's own act).
 */
export async function overrideCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("override", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "override", argument: "<scored.xlsx>" })
    );
  const required = (name: string): string => {
    const value = text(parsed, name);
    if (value === undefined)
      throw new UsageError(
        msg("cli.usage.missingOption", { command: "override", option: `--${name}` })
      );
    return value;
  };
  const grade = required("grade");
  const reason = required("reason");
  const officer = required("officer");
  if (!GRADES.some((g) => g === grade.trim().toUpperCase()))
    throw new UsageError(msg("cli.usage.badGrade", { value: grade }));
  if (text(parsed, "approver") !== undefined)
    throw new UsageError(msg("cli.usage.approverIsAnAct"));
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
    kind: "override",
    input,
    output: out ?? input,
    replaceInput: out === undefined,
    file: input,
    language: p.language,
    now: localIsoTime(io.now()),
    finalGrade: grade,
    reason,
    officer,
    enteredBy: enteredBy(io.env),
  });
  if (response.status === "written") {
    const s = response.summary;
    p.out(
      p.t("cli.override.done", {
        model: s.modelGrade ?? "",
        final: s.finalGrade ?? "",
        file: s.output ?? "",
      })
    );
    p.out(scoredLine(s, p.language));
    for (const line of headLines(s, p)) p.out(line);
    if (s.override?.approval === "pending")
      p.out(p.t("cli.override.pending", { grade: s.override.grade, file: s.output ?? input }));
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
  p.err(p.t("cli.override.refused"));
  const issues = response.status === "issues" ? response.issues : [];
  for (const line of failedLines(input, issues, p.language).slice(1)) p.err(line);
  return 1;
}
