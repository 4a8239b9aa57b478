import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  failedSummary,
  portfolioCsvRows,
  portfolioPlan,
  toCsv,
  type WorkbookSummary,
} from "../../app";
import { formatMessage, msg } from "../../core";
import { withFileLock } from "../../adapters/xlsx/file-lock";
import { fileIdentity, replaceFile } from "../../adapters/xlsx/safe-write";
import { writeRefusal } from "../../adapters/xlsx/write-errors";
import type { JobResponse } from "../../adapters/xlsx/job-protocol";
import { JobPool } from "../../adapters/xlsx/job-pool";
import { flag, parseCommand, text } from "../args";
import { localIsoTime } from "../../app";
import { failedLines, headLines, noticeLines, scoredLine } from "../format";
import { approvedModelsFile } from "../approved-models";
import { enteredBy, loginName } from "../identity";
import { pathKind, scoredPath, workbooksIn } from "../files";
import type { CliIo } from "../io";
import { printer, type Printer } from "../output";
import { progressBar } from "../progress";
import { UsageError } from "../usage-error";

const OPTIONS = {
  out: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  user: { type: "string" },
  jobs: { type: "string" },
  "new-chain": { type: "string" },
  models: { type: "string" },
  "use-workbook-model": { type: "boolean" },
} as const;

async function writePortfolio(
  folder: string,
  summaries: readonly WorkbookSummary[],
  p: Printer,
  generatedAt: string
): Promise<boolean> {
  const paths = {
    xlsx: join(folder, "portfolio.xlsx"),
    csv: join(folder, "portfolio.csv"),
    json: join(folder, "portfolio.json"),
  };
  try {
    // exceljs takes a third of a second to load: only the commands that write a file pay for it.
    const { writePlanToNewFile } = await import("../../adapters/xlsx/write-workbook");
    // Each file replaced in one step, and only if nobody changed it while the folder was scored.
    await withFileLock(paths.xlsx, () =>
      writePlanToNewFile(
        portfolioPlan(summaries, { language: p.language, generatedAt }),
        paths.xlsx
      )
    );
    const text = (path: string, content: string) =>
      withFileLock(path, async () =>
        replaceFile(path, Buffer.from(content, "utf8"), await fileIdentity(path))
      );
    await text(paths.csv, toCsv(portfolioCsvRows(summaries, p.language)));
    await text(paths.json, `${JSON.stringify(summaries, null, 2)}\n`);
  } catch (error) {
    const refusal = writeRefusal(paths.xlsx, error);
    const detail =
      refusal.code === "job.writeFailed"
        ? error instanceof Error
          ? error.message
          : String(error)
        : formatMessage(refusal.message, p.language);
    p.err(p.t("cli.portfolioFailed", { detail }));
    return false;
  }
  const failed = summaries.filter((s) => s.errors.length > 0).length;
  p.err(p.t("cli.portfolio", { scored: summaries.length - failed, failed, ...paths }));
  return true;
}

function summaryOf(response: JobResponse, file: string, p: Printer): WorkbookSummary {
  if (response.status === "written") return response.summary;
  const issues = response.status === "issues" ? response.issues : [];
  return failedSummary(file, issues, p.language);
}

/** --out DIR: an existing folder, or one it can create. */
async function usableFolder(path: string, p: Printer): Promise<boolean> {
  const kind = await pathKind(path);
  if (kind === "folder") return true;
  if (kind === "file") {
    p.err(p.t("cli.outNotFolder", { path }));
    return false;
  }
  try {
    await mkdir(path, { recursive: true });
    return true;
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    p.err(p.t("cli.outUnusable", { path, detail }));
    return false;
  }
}

/** --jobs N: how many workbooks at once (default: one per core). */
function jobsOf(option: string | undefined, cores: number): number {
  if (option === undefined) return cores;
  const n = /^\d+$/.test(option.trim()) ? Number.parseInt(option, 10) : 0;
  if (n < 1) throw new UsageError(msg("cli.usage.badJobs", { value: option }));
  return n;
}

/** Print each workbook's line (and its notices or problems), in file order. */
function report(
  responses: readonly JobResponse[],
  summaries: readonly WorkbookSummary[],
  p: Printer,
  json: boolean
): void {
  responses.forEach((response, i) => {
    const summary = summaries[i];
    if (summary === undefined) return;
    if (response.status === "written") {
      // Notes go under their client's line; with --json stdout holds the JSON alone.
      const notes = noticeLines(response.notices, p.language);
      if (json) for (const line of notes) p.err(`${summary.file}: ${line.trim()}`);
      else
        for (const line of [scoredLine(summary, p.language), ...headLines(summary, p), ...notes])
          p.out(line);
    } else if (response.status === "issues") {
      for (const line of failedLines(summary.file, response.issues, p.language)) p.err(line);
    }
  });
}

/**
 * govscore score <file.xlsx | folder> [--out DIR] [--lang zh|en] [--json] [--user NAME]
 * [--new-chain REASON] [--models FILE] [--use-workbook-model]
 */
export async function scoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("score", args, OPTIONS, 1, io.env);
  const target = parsed.positionals[0];
  if (target === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "score", argument: "<file.xlsx | folder>" })
    );
  const p = printer(io, parsed.language);
  const json = flag(parsed, "json");
  const jobs = jobsOf(text(parsed, "jobs"), io.cores);
  const kind = await pathKind(target);
  const models = await approvedModelsFile(text(parsed, "models"), io.env, p);
  if (models === null) return 1;
  const useWorkbookModel = flag(parsed, "use-workbook-model");
  const outDir = text(parsed, "out");
  if (outDir !== undefined && !(await usableFolder(outDir, p))) return 1;
  const files = kind === "folder" ? await workbooksIn(target) : [target];
  if (files.length === 0) {
    p.err(p.t("cli.noWorkbooks", { folder: target }));
    if (json) p.out("[]");
    return 1;
  }
  const now = localIsoTime(io.now());
  const user = text(parsed, "user") ?? loginName(io.env);
  const newChain = text(parsed, "new-chain");
  const display = (file: string) => (kind === "folder" ? basename(file) : file);
  const progress = progressBar(io, kind === "folder" ? files.length : 0);
  const pool = new JobPool(Math.min(jobs, files.length));
  const responses = await Promise.all(
    files.map(async (file) => {
      const response = await pool.run({
        kind: "score",
        input: file,
        output: scoredPath(file, outDir),
        file: display(file),
        language: p.language,
        now,
        user,
        enteredBy: enteredBy(io.env),
        ...(newChain === undefined ? {} : { newChain }),
        ...(models === undefined ? {} : { approvedModels: models }),
        ...(useWorkbookModel ? { useWorkbookModel } : {}),
      });
      progress.tick(file);
      return response;
    })
  );
  await pool.close();
  progress.stop();
  const summaries = responses.map((r, i) => summaryOf(r, display(files[i] ?? ""), p));
  report(responses, summaries, p, json);
  let ok = summaries.every((s) => s.errors.length === 0);
  if (kind === "folder") ok = (await writePortfolio(outDir ?? target, summaries, p, now)) && ok;
  if (json) p.out(JSON.stringify(summaries, null, 2));
  return ok ? 0 : 1;
}
