import type {
  GroupSource,
  LocalizedIssue,
  LocalizedText,
  SheetRename,
  WorkbookSummary,
} from "../../app";
import type { AuditHead, AuditRow } from "../../workbook/audit";
import type { Language } from "../../core";
import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { ReadLimits } from "./limits";

interface JobBase {
  /** The workbook to read (never parsed outside the worker). */
  readonly input: string;
  /** The name the summary reports (the path as the user gave it, say). */
  readonly file: string;
  readonly language: Language;
  /** The bank's approved-models file, as parsed JSON (validated again in the worker). */
  readonly approvedModels?: ApprovedModelsFile;
}

/** An approved-models file: where it came from, and its JSON. */
export interface ApprovedModelsFile {
  readonly source: string;
  readonly data: unknown;
}

/** One file's whole job, run in a worker: inspect, parse, use case, apply the plan, write. */
export type FileJob =
  | (JobBase & {
      readonly kind: "score";
      readonly output: string;
      readonly now: string;
      readonly user: string;
      readonly enteredBy?: string;
      /** Start a new audit chain with this reason (over a missing, broken or foreign log). */
      readonly newChain?: string;
      /** Score with the workbook's own model sheet, as non-standard parameters. */
      readonly useWorkbookModel?: boolean;
      /** The committee summary's limits in 元 or 万元 (default: as the workbook shows them). */
      readonly amountUnit?: "unit" | "tenThousand";
      /** The output is the input: a scored workbook the product wrote, updated in place. */
      readonly replaceInput?: boolean;
      /** The member's group workbook, read and analysed once by the command (`score --group`). */
      readonly group?: GroupSource;
    })
  | (JobBase & {
      readonly kind: "override";
      readonly output: string;
      /** The output may be the input (an override written back into a scored file). */
      readonly replaceInput: boolean;
      readonly now: string;
      readonly finalGrade: string;
      readonly reason: string;
      readonly officer: string;
      readonly enteredBy?: string;
    })
  | (JobBase & {
      readonly kind: "approve";
      readonly output: string;
      readonly replaceInput: boolean;
      readonly now: string;
      readonly approver: string;
      readonly enteredBy?: string;
    })
  | (JobBase & { readonly kind: "verify"; readonly anchors?: readonly AuditHead[] })
  /** Read only: the snapshot, with defined names and every cached formula result. */
  | (JobBase & { readonly kind: "read" });

export interface LocalizedMismatch {
  readonly kind: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly expected?: string;
  readonly found?: string;
  readonly message: LocalizedText;
  readonly issues: readonly LocalizedIssue[];
}

/** What a job posts back: plain data, every message in both languages. */
export type JobResponse =
  /** score / override: the file was written. */
  | {
      readonly status: "written";
      readonly summary: WorkbookSummary;
      readonly notices: readonly LocalizedIssue[];
      readonly renames: readonly SheetRename[];
    }
  /** verify: every check passed. */
  | {
      readonly status: "verified";
      readonly summary: WorkbookSummary;
      readonly checkedCells: number;
      readonly auditRows: number;
      /** The verified audit log, as it is (for the register: `register import`, `verify --db`). */
      readonly auditLog: { readonly sheet: string; readonly rows: readonly AuditRow[] };
      /** The committee summary sheet checked with them (none before layout 3). */
      readonly summarySheet?: string;
    }
  /** verify: the first thing that does not check out. */
  | { readonly status: "mismatch"; readonly mismatch: LocalizedMismatch }
  /** read: the workbook as plain data. */
  | { readonly status: "read"; readonly snapshot: WorkbookSnapshot }
  /** The file could not be read or used, or the request was refused; nothing was written. */
  | { readonly status: "issues"; readonly issues: readonly LocalizedIssue[] };

/** What a job worker receives as `workerData` (the jobs themselves come as messages). */
export interface JobWorkerData {
  readonly limits: ReadLimits;
  /** Set only when running from TypeScript sources: the .ts entry the bootstrap loads. */
  readonly sourceEntry?: string;
}
