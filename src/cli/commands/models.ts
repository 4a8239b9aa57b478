import { approvedModelEntry, localizeIssue } from "../../app";
import { APPROVED_MODELS_FORMAT, msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { approvedModelsFile } from "../approved-models";
import { parseCommand, text } from "../args";
import { failedLines } from "../format";
import type { CliIo } from "../io";
import { printer } from "../output";
import { UsageError } from "../usage-error";

const OPTIONS = {
  version: { type: "string" },
  effective: { type: "string" },
  models: { type: "string" },
  lang: { type: "string" },
} as const;

/**
 * govscore models <workbook.xlsx> --version LABEL --effective YYYY-MM-DD [--models FILE]
 * Print an approved-models file: the sets of --models (if given) and the parameters of the
 * workbook's model sheet as a new set with that label and effective date, its fingerprint
 * computed. The model team's tool: nothing is approved until the bank distributes the file.
 */
export async function modelsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("models", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "models", argument: "<workbook.xlsx>" })
    );
  const version = text(parsed, "version");
  const effective = text(parsed, "effective");
  for (const [value, option] of [
    [version, "--version"],
    [effective, "--effective"],
  ] as const)
    if (value === undefined)
      throw new UsageError(msg("cli.usage.missingOption", { command: "models", option }));
  const p = printer(io, parsed.language);
  const existing = await approvedModelsFile(text(parsed, "models"), {}, p);
  if (existing === null) return 1;
  const response = await runJobInWorker({
    kind: "read",
    input,
    file: input,
    language: p.language,
  });
  if (response.status !== "read") {
    if (response.status === "issues")
      for (const line of failedLines(input, response.issues, p.language)) p.err(line);
    return 1;
  }
  const entry = approvedModelEntry(response.snapshot, {
    version: version ?? "",
    effectiveFrom: effective ?? "",
  });
  if (!entry.ok) {
    for (const line of failedLines(input, entry.issues.map(localizeIssue), p.language)) p.err(line);
    return 1;
  }
  const earlier =
    existing === undefined ? [] : ((existing.data as { models?: unknown[] }).models ?? []);
  const file = {
    format: APPROVED_MODELS_FORMAT,
    formatVersion: 1,
    models: [...earlier, entry.value],
  };
  p.out(JSON.stringify(file, null, 2));
  p.err(
    p.t("cli.models.entry", { version: entry.value.version, fingerprint: entry.value.fingerprint })
  );
  return 0;
}
