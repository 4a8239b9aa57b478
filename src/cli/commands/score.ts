import { basename, dirname, resolve } from "node:path";
import {
  failedSummary,
  groupSource,
  localizeIssue,
  type GroupSource,
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
import { recordWritten, registerOption } from "../register";
import { runJobInWorker } from "../../adapters/xlsx/run-file-job";
import { DEFAULT_READ_LIMITS } from "../../adapters/xlsx/limits";
import { flag, parseCommand, text } from "../args";
import { localIsoTime } from "../../app";
import { failedLines, headLines, noticeLines, scoredLine } from "../format";
import { approvedModelsFile } from "../approved-models";
import { enteredBy, loginName } from "../identity";
import { pathKind, scoredPath, workbooksIn } from "../files";
import {
  isProductPortfolioXlsx,
  planPortfolio,
  planScoredOutputs,
  writableFolder,
  type PlannedOutput,
  type PortfolioPaths,
} from "../outputs";
import type { CliIo } from "../io";
import { printer, type Printer } from "../output";
import { progressBar } from "../progress";
import { UsageError } from "../usage-error";
import { jsonText } from "../visible";

const OPTIONS = {
  out: { type: "string" },
  lang: { type: "string" },
  json: { type: "boolean" },
  user: { type: "string" },
  jobs: { type: "string" },
  db: { type: "string" },
  "new-chain": { type: "string" },
  models: { type: "string" },
  "use-workbook-model": { type: "boolean" },
  force: { type: "boolean" },
  "memory-mb": { type: "string" },
  "amount-unit": { type: "string" },
  group: { type: "string" },
} as const;

/** --amount-unit yuan|wan: the committee summary's limits in 元 or 万元 (absent: as written). */
function amountUnitOf(value: string | undefined): "unit" | "tenThousand" | undefined {
  if (value === undefined) return undefined;
  if (value === "yuan") return "unit";
  if (value === "wan") return "tenThousand";
  throw new UsageError(msg("cli.usage.badAmountUnit", { value }));
}

/**
 * --group FILE: the group workbook, read (in a capped worker, as any workbook) and analysed once;
 * null after printing its located errors.
 */
async function groupOf(file: string, p: Printer): Promise<GroupSource | null> {
  const read = await runJobInWorker({ kind: "read", input: file, file, language: p.language });
  if (read.status !== "read") {
    if (read.status === "issues")
      for (const line of failedLines(file, read.issues, p.language)) p.err(line);
    return null;
  }
  const source = groupSource(read.snapshot, basename(file));
  if (!source.ok) {
    for (const line of failedLines(file, source.issues.map(localizeIssue), p.language)) p.err(line);
    return null;
  }
  return source.source;
}

async function writePortfolio(
  planned: PortfolioPaths,
  summaries: readonly WorkbookSummary[],
  p: Printer,
  generatedAt: string
): Promise<boolean> {
  const paths = { xlsx: planned.xlsx, csv: planned.csv, json: planned.json };
  if (planned.renamedFrom !== undefined)
    p.err(p.t("cli.portfolioNotOurs", { wanted: planned.renamedFrom, ...paths }));
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

/** --out DIR: an existing folder, or one it can create, and can write into; said at once if not. */
async function usableFolder(path: string, p: Printer): Promise<boolean> {
  const kind = await pathKind(path);
  if (kind === "file") {
    p.err(p.t("cli.outNotFolder", { path }));
    return false;
  }
  const problem = await writableFolder(path);
  if (problem === null) return true;
  p.err(
    p.t(kind === "folder" ? "cli.outNotWritable" : "cli.outUnusable", { path, detail: problem })
  );
  return false;
}

/**
 * --jobs N: how many workbooks at once: one per core by default, and never more than the cores
 * (each worker may hold a large register in memory; more workers than cores only add memory).
 */
/** What a folder run may use in all, in MB, unless --memory-mb says otherwise. */
const DEFAULT_MEMORY_MB = 2_048;
/** The least heap a job gets: a worker with less would refuse ordinary registers. */
const MIN_JOB_MB = 512;

/**
 * The jobs a run may start within its memory budget, and each job worker's heap cap: the budget
 * shared out, at least MIN_JOB_MB each, never more than the reader's own cap. One file gets the
 * whole cap (up to the budget); a folder of worst-case files stays within the budget in all.
 * @example memoryPlan(4, undefined, p) // { jobs: 4, heapMb: 512 }
 */
function memoryPlan(
  jobs: number,
  option: string | undefined,
  p: Printer
): { readonly jobs: number; readonly heapMb: number } {
  const budget =
    option === undefined
      ? DEFAULT_MEMORY_MB
      : /^\d+$/.test(option.trim())
        ? Number.parseInt(option, 10)
        : 0;
  if (budget < MIN_JOB_MB)
    throw new UsageError(msg("cli.usage.badMemory", { value: option ?? "", least: MIN_JOB_MB }));
  const fit = Math.max(1, Math.floor(budget / MIN_JOB_MB));
  if (jobs > fit) p.err(p.t("cli.jobsMemory", { jobs, fit, budget, least: MIN_JOB_MB }));
  const n = Math.min(jobs, fit);
  return { jobs: n, heapMb: Math.min(DEFAULT_READ_LIMITS.workerHeapMb, Math.floor(budget / n)) };
}

function jobsOf(option: string | undefined, cores: number, p: Printer): number {
  const most = Math.max(1, cores);
  if (option === undefined) return most;
  const n = /^\d+$/.test(option.trim()) ? Number.parseInt(option, 10) : 0;
  if (n < 1) throw new UsageError(msg("cli.usage.badJobs", { value: option }));
  if (n <= most) return n;
  p.err(p.t("cli.jobsClamped", { value: option.trim(), cores: most }));
  return most;
}

/** Say which outputs got another name than the usual one, and why. */
function reportRenames(
  planned: readonly PlannedOutput[],
  p: Printer,
  display: (f: string) => string
): void {
  for (const { input, output, renamed } of planned) {
    if (renamed === undefined) continue;
    const params = { file: display(input), wanted: renamed.wanted, output };
    p.err(
      renamed.reason.kind === "sameOutput"
        ? p.t("cli.outputTaken", { ...params, other: display(renamed.reason.other) })
        : p.t("cli.outputNotOurs", params)
    );
  }
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
 * [--new-chain REASON] [--models FILE] [--use-workbook-model] [--jobs N] [--force]
 * [--amount-unit yuan|wan] [--group FILE]
 */
export async function scoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand("score", args, OPTIONS, 1, io.env);
  const target = parsed.positionals[0];
  if (target === undefined)
    throw new UsageError(
      msg("cli.usage.missingArgument", { command: "score", argument: "<file.xlsx | folder>" })
    );
  const amountUnit = amountUnitOf(text(parsed, "amount-unit"));
  const p = printer(io, parsed.language);
  const json = flag(parsed, "json");
  const force = flag(parsed, "force");
  const jobs = jobsOf(text(parsed, "jobs"), io.cores, p);
  const kind = await pathKind(target);
  const models = await approvedModelsFile(text(parsed, "models"), io.env, p);
  if (models === null) return 1;
  const useWorkbookModel = flag(parsed, "use-workbook-model");
  const outDir = text(parsed, "out");
  if (outDir !== undefined && !(await usableFolder(outDir, p))) return 1;
  if (outDir === undefined && kind !== "missing") {
    // The scored copies go beside the inputs: a folder that cannot take them is said at once.
    const folder = kind === "folder" ? target : dirname(target);
    const problem = await writableFolder(folder);
    if (problem !== null) {
      p.err(p.t("cli.folderNotWritable", { path: folder, detail: problem }));
      return 1;
    }
  }
  const groupFile = text(parsed, "group");
  const group = groupFile === undefined ? undefined : await groupOf(groupFile, p);
  if (group === null) return 1;
  const files = (
    kind === "folder" ? await workbooksIn(target, isProductPortfolioXlsx) : [target]
  ).filter((file) => groupFile === undefined || resolve(file) !== resolve(groupFile));
  if (files.length === 0) {
    p.err(p.t("cli.noWorkbooks", { folder: target }));
    if (json) p.out("[]");
    return 1;
  }
  const now = localIsoTime(io.now());
  const user = text(parsed, "user") ?? loginName(io.env);
  const newChain = text(parsed, "new-chain");
  const display = (file: string) => (kind === "folder" ? basename(file) : file);
  const outputs = await planScoredOutputs(files, outDir, force);
  reportRenames(outputs, p, display);
  const portfolio =
    kind === "folder"
      ? await planPortfolio(outDir ?? target, [...files, ...outputs.map((o) => o.output)], force)
      : undefined;
  const db = text(parsed, "db");
  const register = await registerOption(db, p);
  if (register === null) return 1;
  const progress = progressBar(io, kind === "folder" ? files.length : 0);
  const memory = memoryPlan(Math.min(jobs, files.length), text(parsed, "memory-mb"), p);
  const pool = new JobPool(memory.jobs, { ...DEFAULT_READ_LIMITS, workerHeapMb: memory.heapMb });
  const responses = await Promise.all(
    files.map(async (file, i) => {
      const response = await pool.run({
        kind: "score",
        input: file,
        output: outputs[i]?.output ?? scoredPath(file, outDir),
        ...(outputs[i]?.inPlace === true ? { replaceInput: true } : {}),
        file: display(file),
        language: p.language,
        now,
        user,
        enteredBy: enteredBy(io.env),
        ...(newChain === undefined ? {} : { newChain }),
        ...(models === undefined ? {} : { approvedModels: models }),
        ...(useWorkbookModel ? { useWorkbookModel } : {}),
        ...(amountUnit === undefined ? {} : { amountUnit }),
        ...(group === undefined ? {} : { group }),
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
  if (portfolio !== undefined) ok = (await writePortfolio(portfolio, summaries, p, now)) && ok;
  if (register !== undefined && db !== undefined) {
    const written = files.flatMap((file, i) =>
      responses[i]?.status === "written" ? [outputs[i]?.output ?? scoredPath(file, outDir)] : []
    );
    const recorded = await recordWritten(register, db, written, p, {
      now,
      cores: memory.jobs,
      ...(models === undefined ? {} : { approvedModels: models }),
    });
    ok = recorded && ok;
  }
  if (json) p.out(jsonText(summaries, 2));
  return ok ? 0 : 1;
}
