import { templateWorkbook } from "../../app";
import { formatMessage, msg } from "../../core";
import { groupTemplatePlan } from "../../workbook/template";
import { withFileLock } from "../../adapters/xlsx/file-lock";
import { fileIdentity } from "../../adapters/xlsx/safe-write";
import { writeRefusal } from "../../adapters/xlsx/write-errors";
import { flag, parseCommand } from "../args";
import { pathKind } from "../files";
import type { CliIo } from "../io";
import { printer } from "../output";
import { UsageError } from "../usage-error";

const OPTIONS = {
  lang: { type: "string" },
  force: { type: "boolean" },
  group: { type: "boolean" },
} as const;

/** govscore template <out.xlsx> [--lang zh|en] [--force] [--group] */
export async function templateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("template", args, OPTIONS, 1, io.env);
  const out = parsed.positionals[0];
  if (out === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "template", argument: "<out.xlsx>" })
    );
  const p = printer(io, parsed.language);
  const existing = await pathKind(out);
  if (existing !== "missing" && !flag(parsed, "force")) {
    p.err(p.t("cli.template.exists", { file: out }));
    return 1;
  }
  // --group: the blank group workbook (集团成员 / 担保关系 / 集团概况) instead of a client's.
  const plan = flag(parsed, "group")
    ? { ok: true as const, value: groupTemplatePlan(p.language) }
    : templateWorkbook(p.language);
  if (!plan.ok) return 1;
  try {
    // exceljs takes a third of a second to load: only the commands that write a file pay for it.
    const { writePlanToNewFile } = await import("../../adapters/xlsx/write-workbook");
    await withFileLock(out, async () => {
      // Without --force no file may be there when it is written; with it, the one seen now.
      const expected = existing === "missing" ? null : await fileIdentity(out);
      await writePlanToNewFile(plan.value, out, { expected });
    });
  } catch (error) {
    const refusal = writeRefusal(out, error);
    if (refusal.code !== "job.writeFailed") p.err(formatMessage(refusal.message, p.language));
    else {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      p.err(p.t("cli.template.failed", { file: out, detail }));
    }
    return 1;
  }
  p.out(p.t("cli.template.written", { file: out }));
  return 0;
}
