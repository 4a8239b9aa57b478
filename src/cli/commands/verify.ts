import { issueLine } from "../../app";
import { msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { parseCommand } from "../args";
import { failedLines } from "../format";
import type { CliIo } from "../io";
import { printer } from "../output";
import { UsageError } from "../usage-error";

const OPTIONS = { lang: { type: "string" } } as const;

/** govscore verify <scored.xlsx> [--lang zh|en] */
export async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("verify", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "verify", argument: "<scored.xlsx>" })
    );
  const p = printer(io, parsed.language);
  const response = await runJobInWorker({
    kind: "verify",
    input,
    file: input,
    language: p.language,
  });
  switch (response.status) {
    case "verified": {
      const s = response.summary;
      p.out(
        p.t("app.verify.ok", {
          cells: response.checkedCells,
          rows: response.auditRows,
          score: s.score ?? "",
          model: s.modelGrade ?? "",
          final: s.finalGrade ?? "",
        })
      );
      return 0;
    }
    case "mismatch": {
      const m = response.mismatch;
      p.out(p.t("app.verify.failed"));
      const where =
        m.sheet === undefined
          ? {}
          : { sheet: m.sheet, ...(m.cell === undefined ? {} : { cell: m.cell }) };
      p.out(`  ${issueLine({ code: m.kind, ...where, message: m.message }, p.language)}`);
      if (m.expected !== undefined && m.found !== undefined)
        p.out(
          p.t("cli.verify.expectedFound", {
            expected: m.expected || p.t("app.blank"),
            found: m.found || p.t("app.blank"),
          })
        );
      for (const issue of m.issues) p.out(`    ${issueLine(issue, p.language)}`);
      return 1;
    }
    case "issues":
      for (const line of failedLines(input, response.issues, p.language)) p.err(line);
      return 1;
    default:
      return 1;
  }
}
