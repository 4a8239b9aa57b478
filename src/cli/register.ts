import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { formatMessage, type Language } from "../core";
import { issueLine } from "../app";
import {
  recordClientId,
  registerConflict,
  type RecordOutcome,
  type Register,
  type WorkbookRecord,
} from "../app/register";
import type { WorkbookSummary } from "../app";
import type { AuditRow } from "../workbook/audit";
import { openRegister } from "../adapters/db/open";
import { NewerSchemaError, REGISTER_SCHEMA_VERSION } from "../adapters/db/migrations";
import { JobPool } from "../adapters/xlsx/job-pool";
import type { ApprovedModelsFile, JobResponse } from "../adapters/xlsx/job-protocol";
import { isScoredFile, pathKind } from "./files";
import type { Printer } from "./output";
import { oneLine } from "./visible";

/** The register `--db` names, opened and migrated; null (said on stderr) when it cannot be. */
export async function openRegisterOrSay(db: string, p: Printer): Promise<Register | null> {
  try {
    return await openRegister(db);
  } catch (error) {
    const detail =
      error instanceof NewerSchemaError
        ? p.t("cli.register.newerSchema", { found: error.found, known: REGISTER_SCHEMA_VERSION })
        : error instanceof Error
          ? ((error as NodeJS.ErrnoException).code ?? error.message)
          : String(error);
    p.err(p.t("cli.register.unavailable", { db: shownTarget(db), detail }));
    return null;
  }
}

/** A PostgreSQL URL without its password, for messages. */
export function shownTarget(db: string): string {
  return db.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}

/** The scored workbooks a path names: the file itself, or a folder's *.scored.xlsx. */
export async function scoredWorkbooks(path: string): Promise<string[] | null> {
  const kind = await pathKind(path);
  if (kind === "missing") return null;
  if (kind === "file") return [path];
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((e) => e.isFile() && isScoredFile(e.name) && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => join(path, name));
}

/** What a verify job says, as a record for the register, or the reason it is not one. */
function recordOf(
  response: JobResponse,
  file: string,
  recordedAt: string,
  language: Language
): { readonly record: WorkbookRecord } | { readonly refusal: string } {
  if (response.status === "verified")
    return {
      record: {
        file,
        rows: response.auditLog.rows,
        summary: response.summary,
        recordedAt,
      },
    };
  if (response.status === "mismatch") {
    const m = response.mismatch;
    const where =
      m.sheet === undefined
        ? {}
        : { sheet: m.sheet, ...(m.cell === undefined ? {} : { cell: m.cell }) };
    return { refusal: issueLine({ code: m.kind, ...where, message: m.message }, language) };
  }
  if (response.status === "issues") {
    const first = response.issues[0];
    return {
      refusal: first === undefined ? "" : issueLine(first, language),
    };
  }
  return { refusal: "" };
}

export interface RecordTotals {
  readonly workbooks: number;
  readonly added: number;
  readonly known: number;
  readonly refused: number;
}

/**
 * Verifies each workbook again (only a verified workbook is recorded: a tampered one is named and
 * left out) and records it in the register: one line per workbook on `line` (stdout for
 * `register import`, stderr for `--db` on the commands that write), then the totals.
 */
export async function recordWorkbooks(
  register: Register,
  files: readonly { readonly path: string; readonly display: string }[],
  options: {
    readonly p: Printer;
    readonly line: (text: string) => void;
    readonly db: string;
    readonly recordedAt: string;
    readonly jobs: number;
    readonly approvedModels?: ApprovedModelsFile;
  }
): Promise<RecordTotals> {
  const { p, line } = options;
  const pool = new JobPool(Math.max(1, Math.min(options.jobs, files.length)));
  let responses: JobResponse[];
  try {
    responses = await Promise.all(
      files.map((f) =>
        pool.run({
          kind: "verify",
          input: f.path,
          file: f.display,
          language: p.language,
          ...(options.approvedModels === undefined
            ? {}
            : { approvedModels: options.approvedModels }),
        })
      )
    );
  } finally {
    await pool.close();
  }
  let refused = 0;
  const records: { index: number; record: WorkbookRecord }[] = [];
  responses.forEach((response, index) => {
    const file = files[index]!.display;
    const r = recordOf(response, file, options.recordedAt, p.language);
    if ("record" in r) records.push({ index, record: r.record });
    else {
      refused++;
      line(
        response.status === "mismatch"
          ? p.t("cli.register.notVerified", { file, message: oneLine(r.refusal) })
          : p.t("cli.register.unreadable", { file })
      );
    }
  });
  const outcomes: RecordOutcome[] = await register.recordAll(records.map((r) => r.record));
  let added = 0;
  let known = 0;
  outcomes.forEach((outcome, i) => {
    const record = records[i]!.record;
    const file = record.file;
    if (!outcome.ok) {
      refused++;
      line(
        p.t("cli.register.conflict", {
          file,
          message: formatMessage(outcome.conflict.message, p.language),
        })
      );
      return;
    }
    added += outcome.added;
    known += outcome.known;
    if (outcome.behind > 0) line(p.t("cli.register.behind", { file, behind: outcome.behind }));
    else
      line(
        p.t("cli.register.recorded", {
          file,
          added: outcome.added,
          known: outcome.known,
          client: record.summary.clientId ?? "",
          chain: outcome.chain.slice(0, 12),
        })
      );
    if (outcome.restarted)
      line(p.t("cli.register.restarted", { client: record.summary.clientId ?? "" }));
  });
  const totals = { workbooks: files.length, added, known, refused };
  line(p.t("cli.register.totals", { db: shownTarget(options.db), ...totals }));
  return totals;
}

/**
 * `verify --db`: the workbook's audit chain must extend what the register holds for it (every
 * held event at its position, same hash; a chain the register does not know is not anchored).
 * Prints the outcome; false when it does not.
 */
export async function anchoredInRegister(
  register: Register,
  db: string,
  log: { readonly sheet: string; readonly rows: readonly AuditRow[] },
  summary: WorkbookSummary,
  p: Printer
): Promise<boolean> {
  const chain = log.rows[0]?.hash ?? "";
  const held = await register.chainEvents(chain);
  const clientId = recordClientId({ file: "", rows: log.rows, summary, recordedAt: "" });
  const chains = clientId === null ? [] : await register.clientChains(clientId);
  const conflict = registerConflict(log.rows, held, chains);
  if (conflict === null) {
    p.out(
      p.t("cli.register.verifyOk", {
        db: shownTarget(db),
        held: held.length,
        rows: log.rows.length,
      })
    );
    return true;
  }
  p.out(p.t("cli.register.anchorFailed", { db: shownTarget(db) }));
  p.out(
    p.t("cli.register.verifyFailed", {
      sheet: log.sheet,
      row: conflict.row ?? 1,
      message: formatMessage(conflict.message, p.language),
    })
  );
  return false;
}

/**
 * `--db` on a command that writes workbooks: the register, opened before any work so that an
 * unreachable one is said at once (null); undefined without `--db`.
 */
export async function registerOption(
  db: string | undefined,
  p: Printer
): Promise<Register | null | undefined> {
  return db === undefined ? undefined : openRegisterOrSay(db, p);
}

/**
 * After a command wrote workbooks: each is verified again and recorded in the register, one line
 * each on stderr (stdout stays the command's, `--json` included). Closes the register. False when
 * one was not recorded.
 */
export async function recordWritten(
  register: Register,
  db: string,
  paths: readonly string[],
  p: Printer,
  options: {
    readonly now: string;
    readonly cores: number;
    readonly approvedModels?: ApprovedModelsFile;
  }
): Promise<boolean> {
  try {
    if (paths.length === 0) return true;
    const totals = await recordWorkbooks(
      register,
      paths.map((path) => ({ path, display: path })),
      {
        p,
        line: p.err,
        db,
        recordedAt: options.now,
        jobs: options.cores,
        ...(options.approvedModels === undefined ? {} : { approvedModels: options.approvedModels }),
      }
    );
    return totals.refused === 0;
  } finally {
    await register.close();
  }
}
