import { readFile } from "node:fs/promises";
import { issueLine, parseAnchors } from "../../app";
import { oneLine } from "../visible";
import type { AuditHead } from "../../workbook/audit";
import { msg } from "../../core";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { parseCommand, text } from "../args";
import { failedLines } from "../format";
import { approvedModelsFile } from "../approved-models";
import type { CliIo } from "../io";
import { printer, type Printer } from "../output";
import { anchoredInRegister, openRegisterOrSay } from "../register";
import type { Register } from "../../app/register";
import type { ApprovedModelsFile } from "../../adapters/xlsx/job-protocol";
import { UsageError } from "../usage-error";

const OPTIONS = {
  lang: { type: "string" },
  anchor: { type: "string" },
  models: { type: "string" },
  db: { type: "string" },
} as const;

/** govscore verify <scored.xlsx> [--anchor FILE] [--db FILE | postgres://…] [--lang zh|en] */
export async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("verify", args, OPTIONS, 1, io.env);
  const input = parsed.positionals[0];
  if (input === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "verify", argument: "<scored.xlsx>" })
    );
  const p = printer(io, parsed.language);
  const models = await approvedModelsFile(text(parsed, "models"), io.env, p);
  if (models === null) return 1;
  const anchorFile = text(parsed, "anchor");
  let anchors: AuditHead[] | undefined;
  if (anchorFile !== undefined) {
    let content: string | null = null;
    let detail = "";
    try {
      content = await readFile(anchorFile, "utf8");
    } catch (error) {
      detail = (error as NodeJS.ErrnoException).code ?? String(error);
    }
    const parsedAnchors = content === null ? null : parseAnchors(content);
    if (parsedAnchors === null) {
      p.err(p.t("cli.anchorUnreadable", { file: anchorFile, detail: detail || "format" }));
      return 1;
    }
    anchors = parsedAnchors;
  }
  const db = text(parsed, "db");
  const register = db === undefined ? undefined : await openRegisterOrSay(db, p);
  if (register === null) return 1;
  try {
    return await verifyWith(input, p, models, anchors, db, register);
  } finally {
    await register?.close();
  }
}

async function verifyWith(
  input: string,
  p: Printer,
  models: ApprovedModelsFile | undefined,
  anchors: AuditHead[] | undefined,
  db: string | undefined,
  register: Register | undefined
): Promise<number> {
  const response = await runJobInWorker({
    ...(models === undefined ? {} : { approvedModels: models }),
    kind: "verify",
    input,
    file: input,
    language: p.language,
    ...(anchors === undefined ? {} : { anchors }),
  });
  switch (response.status) {
    case "verified": {
      const s = response.summary;
      const ok = p.t("app.verify.ok", {
        cells: response.checkedCells,
        rows: response.auditRows,
        score: s.score ?? "",
        model: s.modelGrade ?? "",
        final: s.finalGrade ?? "",
      });
      // The committee summary's cells are among those checked: the line names the sheet.
      const summary =
        response.summarySheet === undefined
          ? ""
          : p.t("app.verify.summaryChecked", { sheet: response.summarySheet });
      const gap = p.language === "zh-CN" ? "" : " ";
      p.out(summary === "" ? ok : `${ok}${gap}${summary}`);
      if (s.modelStatus === "nonStandard")
        p.out(
          p.t("app.verify.nonStandard", {
            count: s.modelDifferences.length,
            version: s.modelVersion ?? "",
          })
        );
      if (register !== undefined && db !== undefined)
        return (await anchoredInRegister(register, db, response.auditLog, s, p)) ? 0 : 1;
      return 0;
    }
    case "mismatch": {
      const m = response.mismatch;
      p.out(p.t("app.verify.failed"));
      const where =
        m.sheet === undefined
          ? {}
          : { sheet: m.sheet, ...(m.cell === undefined ? {} : { cell: m.cell }) };
      p.out(`  ${oneLine(issueLine({ code: m.kind, ...where, message: m.message }, p.language))}`);
      if (m.expected !== undefined && m.found !== undefined)
        p.out(
          p.t("cli.verify.expectedFound", {
            expected: m.expected || p.t("app.blank"),
            found: m.found || p.t("app.blank"),
          })
        );
      for (const issue of m.issues) p.out(`    ${oneLine(issueLine(issue, p.language))}`);
      return 1;
    }
    case "issues":
      for (const line of failedLines(input, response.issues, p.language)) p.err(line);
      return 1;
    default:
      return 1;
  }
}
