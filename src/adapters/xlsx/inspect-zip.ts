import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parsedAsWorksheet } from "./exceljs-internals";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { readSheetParts, WORKBOOK_PART, type PartIndex } from "./package-parts";
import { readIssues, type ReadIssue, type SheetLabel } from "./read-issue";
import { SheetXmlScanner } from "./sheet-xml-scanner";
import { isDirectory, partName, ZipArchive, type ZipEntry } from "./zip-archive";

export type InspectResult =
  { readonly ok: true } | { readonly ok: false; readonly issue: ReadIssue };
export type InspectedFile =
  { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly issue: ReadIssue };

const ZIP_SIGNATURE = Buffer.from("PK\x03\x04", "latin1");
const EMPTY_ZIP_SIGNATURE = Buffer.from("PK\x05\x06", "latin1");
/** OLE compound file: a legacy .xls, or any Office file saved with a password. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const REQUIRED_PARTS = ["[Content_Types].xml", WORKBOOK_PART];
const STORED = 0;
const DEFLATED = 8;

const refuse = (issue: ReadIssue): { ok: false; issue: ReadIssue } => ({ ok: false, issue });

/** Reads a file of at most `limits.maxFileBytes` and inspects it; no parsing happens here. */
export async function inspectXlsxFile(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<InspectedFile> {
  const read = await readBoundedFile(path, limits.maxFileBytes);
  if (!read.ok) return read;
  const inspected = await inspectXlsxBytes(read.bytes, limits);
  return inspected.ok ? read : inspected;
}

async function readBoundedFile(path: string, maxBytes: number): Promise<InspectedFile> {
  const name = basename(path);
  try {
    // stat before open: opening a FIFO or device for reading could block forever.
    const info = await stat(path);
    if (!info.isFile()) return refuse(readIssues.fileNotFound(name));
    if (info.size > maxBytes) return refuse(readIssues.fileTooLarge(info.size, maxBytes));
    const handle = await open(path, "r");
    try {
      const bytes = Buffer.alloc(info.size);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return { ok: true, bytes: bytes.subarray(0, filled) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return refuse(
      code === "ENOENT" || code === "ENOTDIR"
        ? readIssues.fileNotFound(name)
        : readIssues.fileUnreadable(name, code)
    );
  }
}

/** Checks an .xlsx held in memory against the limits: zip structure, sizes, ratios, sheet ranges. */
export async function inspectXlsxBytes(
  bytes: Buffer,
  limits: ReadLimits = DEFAULT_READ_LIMITS
): Promise<InspectResult> {
  if (bytes.length === 0) return refuse(readIssues.fileEmpty());
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    return refuse(readIssues.encryptedOrLegacy());
  }
  const head = bytes.subarray(0, 4);
  if (head.equals(EMPTY_ZIP_SIGNATURE))
    return refuse(readIssues.zipWithoutWorkbook(REQUIRED_PARTS));
  if (!head.equals(ZIP_SIGNATURE)) return refuse(readIssues.fileNotZip(guessContent(bytes)));

  let archive: ZipArchive;
  try {
    archive = await ZipArchive.fromBytes(bytes);
  } catch (error) {
    const message = errorMessage(error);
    return refuse(
      /end of central directory record signature not found/i.test(message)
        ? readIssues.truncated()
        : readIssues.zipCorrupt(message)
    );
  }
  try {
    return await inspectArchive(archive, bytes.length, limits);
  } catch (error) {
    return refuse(readIssues.zipCorrupt(errorMessage(error)));
  } finally {
    archive.close();
  }
}

async function inspectArchive(
  archive: ZipArchive,
  fileBytes: number,
  limits: ReadLimits
): Promise<InspectResult> {
  if (archive.entryCount > limits.maxEntries) {
    return refuse(readIssues.tooManyEntries(archive.entryCount, limits.maxEntries));
  }
  const listed = await listWithinBudget(archive, fileBytes, limits);
  if (!listed.ok) return listed;
  const { parts } = listed;

  const missing = REQUIRED_PARTS.filter((part) => !parts.has(part));
  if (missing.length > 0) return refuse(readIssues.zipWithoutWorkbook(missing));

  const sheetNames = new Map<string, string>();
  for (const sheet of await readSheetParts(archive, parts)) sheetNames.set(sheet.part, sheet.name);

  for (const entry of listed.entries) {
    const name = partName(entry);
    const isSheet = sheetNames.has(name) || parsedAsWorksheet(name);
    const sheetName = sheetNames.get(name);
    const label: SheetLabel =
      sheetName === undefined ? { part: name } : { name: sheetName, part: name };
    const verified = await verifyEntry(archive, entry, isSheet ? label : undefined, limits);
    if (!verified.ok) return verified;
  }
  return { ok: true };
}

type Listing =
  | { readonly ok: true; readonly entries: ZipEntry[]; readonly parts: PartIndex }
  | { readonly ok: false; readonly issue: ReadIssue };

/** Central directory only: declared sizes and ratios, before inflating anything. */
async function listWithinBudget(
  archive: ZipArchive,
  fileBytes: number,
  limits: ReadLimits
): Promise<Listing> {
  let issue: ReadIssue | undefined;
  let totalUncompressed = 0;
  const overFloorAndRatio = (uncompressed: number, compressed: number): number | undefined => {
    const ratio = uncompressed / Math.max(compressed, 1);
    return uncompressed > limits.compressionRatioFloorBytes && ratio > limits.maxCompressionRatio
      ? ratio
      : undefined;
  };
  const all = await archive.listEntries((entry) => {
    if (isDirectory(entry)) return true;
    const name = partName(entry);
    const { compressionMethod: method } = entry;
    if (entry.isEncrypted() || (method !== STORED && method !== DEFLATED)) {
      issue = readIssues.unsupportedEntry(name, method, entry.isEncrypted());
      return false;
    }
    const ratio = overFloorAndRatio(entry.uncompressedSize, entry.compressedSize);
    totalUncompressed += entry.uncompressedSize;
    if (ratio !== undefined) {
      issue = readIssues.compressionRatio(name, ratio, limits.maxCompressionRatio);
    } else if (totalUncompressed > limits.maxTotalUncompressedBytes) {
      issue = readIssues.tooLargeUncompressed(totalUncompressed, limits.maxTotalUncompressedBytes);
    }
    return issue === undefined;
  });
  if (issue !== undefined) return refuse(issue);
  // Against the file size, not the sum of compressed sizes: entries that share (overlap) their
  // compressed bytes would otherwise each look modest.
  const overall = overFloorAndRatio(totalUncompressed, fileBytes);
  if (overall !== undefined) {
    return refuse(readIssues.compressionRatio(undefined, overall, limits.maxCompressionRatio));
  }
  const entries = all.filter((entry) => !isDirectory(entry));
  return { ok: true, entries, parts: new Map(entries.map((entry) => [partName(entry), entry])) };
}

/**
 * Inflates one entry, never past its declared size (already within budget), checks that size and
 * the CRC, and scans worksheet parts for absurd dimension or merged ranges on the way.
 */
async function verifyEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  sheet: SheetLabel | undefined,
  limits: ReadLimits
): Promise<InspectResult> {
  const name = partName(entry);
  const scanner = sheet === undefined ? undefined : new SheetXmlScanner(sheet, limits);
  let found: ReadIssue | undefined;
  const streamed = await archive.streamEntry(entry, entry.uncompressedSize, (chunk) => {
    found = scanner?.push(chunk.toString("latin1"));
    return found === undefined;
  });
  if (found !== undefined) return refuse(found);
  if (streamed.bytes !== entry.uncompressedSize) {
    return refuse(readIssues.sizeMismatch(name, entry.uncompressedSize, streamed.bytes));
  }
  if (streamed.crc32 !== entry.crc32) {
    return refuse(readIssues.zipCorrupt(`CRC-32 mismatch in ${name}`));
  }
  return { ok: true };
}

function guessContent(bytes: Buffer): "pdf" | "text" | "unknown" {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "pdf";
  const sample = bytes.subarray(0, 4096);
  const binary = sample.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b));
  return binary ? "unknown" : "text";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
