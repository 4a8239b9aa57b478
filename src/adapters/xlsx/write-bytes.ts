/**
 * Writing a workbook's bytes to a file: the checks every write makes (never the input unless
 * asked, compare-and-swap). No spreadsheet library here: the job worker's fast path loads none.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { fileIdentity, OutputIsInputError, replaceFile, type FileIdentity } from "./safe-write";

async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/** Same path, or (through a link or a case-insensitive file system) the same file. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ia, ib] = await Promise.all([identity(a), identity(b)]);
  return ia !== null && ia === ib;
}

export interface WriteOptions {
  /** The file the workbook was read from. */
  readonly input?: string;
  /** Whether `path` may be `input` (an override written back into the scored file). */
  readonly replaceInput?: boolean;
  /**
   * What `path` must still be when it is replaced: the identity of the bytes read (a file written
   * back), null for "no file may be there", or what was there when the command started. Absent:
   * what is there when this call starts.
   */
  readonly expected?: FileIdentity;
  /** Parts added to the written package (the portfolio's charts, which exceljs cannot write). */
  readonly addParts?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

export async function refuseInputAsOutput(path: string, options: WriteOptions): Promise<void> {
  if (options.input !== undefined && options.replaceInput !== true)
    if (await isSameFile(path, options.input)) throw new OutputIsInputError(path);
}

/**
 * Save the bytes of a workbook (the package writer's) to `path`, with the checks and the
 * compare-and-swap of writeWorkbookFile.
 * @example await writeBytesFile(bytes, "c1.scored.xlsx", { input: "c1.xlsx", expected: null })
 */
export async function writeBytesFile(
  bytes: Uint8Array,
  path: string,
  options: WriteOptions = {}
): Promise<void> {
  await refuseInputAsOutput(path, options);
  const expected = options.expected !== undefined ? options.expected : await fileIdentity(path);
  await replaceFile(path, bytes, expected);
}
