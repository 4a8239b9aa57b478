import {
  localize,
  localizeIssue,
  approveWorkbook,
  overrideWorkbook,
  productSheets,
  scoreWorkbook,
  verifyWorkbook,
  type LocalizedIssue,
  type UpdateOutcome,
} from "../../app";
import { msg, parseApprovedModels, success, type ApprovedModel, type Outcome } from "../../core";
import { inspectXlsxFile } from "./inspect-zip";
import { readAuditLog, type AuditRow } from "../../workbook/audit";
import type { WorkbookPlan } from "../../workbook/plan";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { FileJob, JobResponse } from "./job-protocol";
import type { ReadLimits } from "./limits";
import { PackageLayoutError, writePackage } from "./package/write-package";
import { ZipWriteError } from "./package/zip-writer";
import { fileIdentity, identityOfBytes, type FileIdentity } from "./safe-write";
import type { ReadIssue } from "./read-issue";
import { readXlsxSnapshot } from "./stream-workbook";
import { isSameFile, writeBytesFile } from "./write-bytes";
import { writeRefusal } from "./write-errors";

const issues = (list: readonly LocalizedIssue[]): JobResponse => ({
  status: "issues",
  issues: list,
});

type ReadSnapshot =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

type Loaded =
  | {
      readonly ok: true;
      readonly bytes: Buffer;
      readonly snapshot: WorkbookSnapshot;
      /** What a file written back must still be when it is replaced: the bytes read. */
      readonly identity: NonNullable<FileIdentity>;
    }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

/** The streaming reader's snapshot of inspected bytes (as load-workbook.ts, without exceljs). */
async function snapshotOf(bytes: Buffer, limits: ReadLimits): Promise<ReadSnapshot> {
  return readXlsxSnapshot(bytes, {
    maxUsedRangeCells: limits.maxUsedRangeCells,
    maxPartBytes: limits.maxTotalUncompressedBytes,
  });
}

/** Inspect, then read: the same checks as readWorkbookFile, keeping the bytes read. */
async function load(path: string, limits: ReadLimits): Promise<Loaded> {
  const inspected = await inspectXlsxFile(path, limits);
  if (!inspected.ok) return { ok: false, issues: [inspected.issue] };
  const read = await snapshotOf(inspected.bytes, limits);
  if (!read.ok) return read;
  return {
    ok: true,
    bytes: inspected.bytes,
    snapshot: read.snapshot,
    identity: identityOfBytes(inspected.bytes),
  };
}

/** Read and verify need only the snapshot. */
async function readOnly(path: string, limits: ReadLimits): Promise<ReadSnapshot> {
  const inspected = await inspectXlsxFile(path, limits);
  if (!inspected.ok) return { ok: false, issues: [inspected.issue] };
  return snapshotOf(inspected.bytes, limits);
}

/**
 * The scored copy's bytes: the input package with the product's parts added or replaced
 * (package/write-package.ts), every user part byte for byte. A package that writer does not
 * handle (Strict OOXML, say) is written by exceljs as before (`rebuilt` when even exceljs could
 * not load it as the reader read it); exceljs is loaded only then.
 */
async function scoredBytes(
  loaded: Extract<Loaded, { ok: true }>,
  plan: WorkbookPlan,
  limits: ReadLimits
): Promise<{ bytes: Uint8Array; rebuilt: boolean }> {
  try {
    return {
      bytes: (await writePackage(loaded.bytes, plan, loaded.snapshot)).bytes,
      rebuilt: false,
    };
  } catch (error) {
    if (!(error instanceof PackageLayoutError || error instanceof ZipWriteError)) throw error;
  }
  const { loadInspectedWorkbook } = await import("./load-workbook");
  const { applyPlan } = await import("./apply-plan");
  const { workbookBytes } = await import("./write-workbook");
  const workbook = await loadInspectedWorkbook(loaded.bytes, limits);
  if (!workbook.ok) throw new Error(workbook.issues.map((i) => i.code).join(", "));
  // The adapter replaces only the sheets its own read of this workbook shows to be the product's.
  applyPlan(workbook.workbook, plan, workbook.snapshot);
  return { bytes: await workbookBytes(workbook.workbook), rebuilt: workbook.rebuilt };
}

type WriteJob = Extract<FileJob, { kind: "score" | "override" | "approve" }>;

/**
 * What the output must still be when it is replaced: the bytes read, when the job writes back
 * into its input; otherwise the output as it was before the input was read (none, or the scored
 * copy this run means to replace).
 */
async function expectedOutput(job: WriteJob): Promise<FileIdentity | "input"> {
  if (job.replaceInput === true && (await isSameFile(job.output, job.input))) return "input";
  return fileIdentity(job.output);
}

function writeIssue(job: WriteJob, error: unknown): JobResponse {
  const refusal = writeRefusal(job.output, error);
  return issues([{ code: refusal.code, message: localize(refusal.message) }]);
}

async function write(
  job: WriteJob,
  loaded: Extract<Loaded, { ok: true }>,
  expected: FileIdentity | "input",
  outcome: UpdateOutcome,
  limits: ReadLimits
): Promise<JobResponse> {
  if (!outcome.ok) return issues(outcome.issues.map(localizeIssue));
  const scored = await scoredBytes(loaded, outcome.plan, limits);
  try {
    await writeBytesFile(scored.bytes, job.output, {
      input: job.input,
      replaceInput: job.replaceInput === true,
      expected: expected === "input" ? loaded.identity : expected,
    });
  } catch (error) {
    return writeIssue(job, error);
  }
  return {
    status: "written",
    summary: { ...outcome.summary, output: job.output },
    notices: [
      ...outcome.notices.map((n) => localizeIssue(n)),
      ...(scored.rebuilt
        ? [{ code: "xlsx.rebuilt", message: localize(msg("xlsx.write.rebuilt")) }]
        : []),
    ],
    renames: outcome.renames,
  };
}

/**
 * One file's whole job: inspect and parse the workbook, run the use case, apply its plan to the
 * same parsed workbook (user sheets go back as exceljs read them) and write the output by
 * compare-and-swap: refused, and nothing written, if the output is no longer what it was when
 * the job began (a file written back: the bytes it read). Meant to run inside the capped job
 * worker, with the output's lock held by the caller (job-pool.ts); returns issues rather than
 * throwing for anything the file does (a programming mistake still throws, and the worker
 * reports it).
 */
/** The approved models a job names, validated (undefined: the built-in model alone). */
function approvedModelsOf(job: FileJob): Outcome<readonly ApprovedModel[] | undefined> {
  if (job.approvedModels === undefined) return success(undefined);
  return parseApprovedModels(job.approvedModels.data, job.approvedModels.source);
}

export async function runFileJob(job: FileJob, limits: ReadLimits): Promise<JobResponse> {
  let expected: FileIdentity | "input" = null;
  if (job.kind === "score" || job.kind === "override" || job.kind === "approve") {
    try {
      expected = await expectedOutput(job);
    } catch (error) {
      return writeIssue(job, error);
    }
  }
  const models = approvedModelsOf(job);
  if (!models.ok) return { status: "issues", issues: models.issues.map(localizeIssue) };
  const approvedModels = models.value === undefined ? {} : { approvedModels: models.value };
  if (job.kind === "read" || job.kind === "verify") {
    const read = await readOnly(job.input, limits);
    if (!read.ok) return issues(read.issues);
    if (job.kind === "read") return { status: "read", snapshot: read.snapshot };
    return verify(job, read.snapshot, approvedModels);
  }
  const loaded = await load(job.input, limits);
  if (!loaded.ok) return issues(loaded.issues);
  const { snapshot } = loaded;
  switch (job.kind) {
    case "score":
      return write(
        job,
        loaded,
        expected,
        scoreWorkbook(snapshot, {
          language: job.language,
          now: job.now,
          user: job.user,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
          ...(job.newChain === undefined ? {} : { newChain: { reason: job.newChain } }),
          ...(job.useWorkbookModel === true ? { useWorkbookModel: true } : {}),
          ...(job.amountUnit === undefined ? {} : { amountUnit: job.amountUnit }),
          ...(job.group === undefined ? {} : { group: job.group }),
          ...approvedModels,
        }),
        limits
      );
    case "override":
      return write(
        job,
        loaded,
        expected,
        overrideWorkbook(snapshot, {
          finalGrade: job.finalGrade,
          reason: job.reason,
          officer: job.officer,
          now: job.now,
          language: job.language,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
          ...approvedModels,
        }),
        limits
      );
    case "approve":
      return write(
        job,
        loaded,
        expected,
        approveWorkbook(snapshot, {
          approver: job.approver,
          now: job.now,
          language: job.language,
          file: job.file,
          ...(job.enteredBy === undefined ? {} : { enteredBy: job.enteredBy }),
          ...approvedModels,
        }),
        limits
      );
  }
}

/** The audit log of a verified workbook: its sheet and rows. */
function verifiedLog(snapshot: WorkbookSnapshot): {
  readonly sheet: string;
  readonly rows: readonly AuditRow[];
} {
  const log = productSheets(snapshot).auditLog;
  return { sheet: log?.name ?? "", rows: log === undefined ? [] : readAuditLog(log) };
}

function verify(
  job: Extract<FileJob, { kind: "verify" }>,
  snapshot: WorkbookSnapshot,
  approvedModels: { approvedModels?: readonly ApprovedModel[] }
): JobResponse {
  const outcome = verifyWorkbook(snapshot, {
    language: job.language,
    ...(job.anchors === undefined ? {} : { anchors: job.anchors }),
    ...approvedModels,
  });
  if (outcome.ok)
    return {
      status: "verified",
      summary: { ...outcome.summary, file: job.file },
      checkedCells: outcome.checkedCells,
      auditRows: outcome.auditRows,
      auditLog: verifiedLog(snapshot),
      ...(outcome.summarySheet === undefined ? {} : { summarySheet: outcome.summarySheet }),
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
