import type { WorkbookSnapshot } from "../../workbook/snapshot";
import type { ReadIssue } from "./read-issue";

/** What the parse worker receives as `workerData`. */
export interface ParseWorkerData {
  /** The inspected file; cloned into the worker, so the worker never re-reads the disk. */
  readonly bytes: Uint8Array;
  readonly maxUsedRangeCells: number;
  readonly maxTotalUncompressedBytes: number;
  /** Set only when running from TypeScript sources: the .ts entry the bootstrap loads. */
  readonly sourceEntry?: string;
}

/** The one message the parse worker posts back. */
export type ParseResponse =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: ReadIssue[] };
