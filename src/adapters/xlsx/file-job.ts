import ExcelJS from "exceljs";
import {
  localize,
  localizeIssue,
  approveWorkbook,
  overrideWorkbook,
  scoreWorkbook,
  verifyWorkbook,
  type LocalizedIssue,
  type UpdateOutcome,
} from "../../app";
import { msg } from "../../core";
import { applyPlan } from "./apply-plan";
import { inspectXlsxFile } from "./inspect-zip";
import type { FileJob, JobResponse } from "./job-protocol";
import type { ReadLimits } from "./limits";
import { loadInspectedWorkbook, type LoadedWorkbook } from "./load-workbook";
import { OutputIsInputError, writeWorkbookFile } from "./write-workbook";

const issues = (list: readonly LocalizedIssue[]): JobResponse => ({
  status: "issues",
  issues: list,
});

/** Inspect, then parse: the same checks as readWorkbookFile, keeping the exceljs workbook. */
async function load(path: string, limits: ReadLimits): Promise<LoadedWorkbook> {
  const inspected = await inspectXlsxFile(path, limits);
  if (!inspected.ok) return { ok: false, issues: [inspected.issue] };
  return loadInspectedWorkbook(inspected.bytes, limits.maxUsedRangeCells);
}

async function write(
  job: Extract<FileJob, { kind: "score" | "override" | "approve" }>,
  workbook: ExcelJS.Workbook,
  outcome: UpdateOutcome
): Promise<JobResponse> {
  if (!outcome.ok) return issues(outcome.issues.map(localizeIssue));
  applyPlan(workbook, outcome.plan);
  try {
    await writeWorkbookFile(workbook, job.output, {
      input: job.input,
      replaceInput: job.kind !== "score" && job.replaceInput,
    });
  } catch (error) {
    const code = error instanceof OutputIsInputError ? "job.outputIsInput" : "job.writeFailed";
    return issues([
      {
        code,
        message: localize(
          msg(code === "job.outputIsInput" ? "app.job.outputIsInput" : "app.job.writeFailed", {
            file: job.output,
            detail: describe(error),
          })
        ),
      },
    ]);
  }
  return {
    status: "written",
    summary: { ...outcome.summary, output: job.output },
    notices: outcome.notices.map((n) => localizeIssue(n)),
    renames: outcome.renames,
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}

/**
 * One file's whole job: inspect and parse the workbook, run the use case, apply its plan to the
 * same parsed workbook (user sheets go back as exceljs read them) and write the output. Meant to
 * run inside the capped job worker; returns issues rather than throwing for anything the file
 * does (a programming mistake still throws, and the worker reports it).
 */
export async function runFileJob(job: FileJob, limits: ReadLimits): Promise<JobResponse> {
  const loaded = await load(job.input, limits);
  if (!loaded.ok) return issues(loaded.issues);
  const { workbook, snapshot } = loaded;
  switch (job.kind) {
    case "read":
      return { status: "read", snapshot };
    case "score":
      return write(
        job,
        workbook,
        scoreWorkbook(snapshot, {
          language: job.language,
          now: job.now,
          user: job.user,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
          ...(job.newChain === undefined ? {} : { newChain: { reason: job.newChain } }),
        })
      );
    case "override":
      return write(
        job,
        workbook,
        overrideWorkbook(snapshot, {
          finalGrade: job.finalGrade,
          reason: job.reason,
          officer: job.officer,
          now: job.now,
          language: job.language,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
        })
      );
    case "approve":
      return write(
        job,
        workbook,
        approveWorkbook(snapshot, {
          approver: job.approver,
          now: job.now,
          language: job.language,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
        })
      );
    case "verify": {
      const outcome = verifyWorkbook(snapshot, {
        language: job.language,
        ...(job.anchors === undefined ? {} : { anchors: job.anchors }),
      });
      if (outcome.ok)
        return {
          status: "verified",
          summary: { ...outcome.summary, file: job.file },
          checkedCells: outcome.checkedCells,
          auditRows: outcome.auditRows,
        };
      const { message, issues: found, ...where } = outcome.mismatch;
      return {
        status: "mismatch",
        mismatch: {
          ...where,
          message: localize(message),
          issues: (found ?? []).map(localizeIssue),
        },
      };
    }
  }
}
