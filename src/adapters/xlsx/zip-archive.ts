import { crc32 } from "node:zlib";
import type { Readable } from "node:stream";
import yauzl from "yauzl";

export type ZipEntry = yauzl.Entry;

export interface StreamedEntry {
  /** Bytes actually inflated (stops just past `maxBytes`). */
  readonly bytes: number;
  /** CRC-32 of the inflated bytes, meaningful only when the whole entry was read. */
  readonly crc32: number;
  readonly complete: boolean;
}

/** Entry names as exceljs matches them: it ignores one leading slash. */
export function partName(entry: ZipEntry): string {
  return entry.fileName.startsWith("/") ? entry.fileName.slice(1) : entry.fileName;
}

export function isDirectory(entry: ZipEntry): boolean {
  return entry.fileName.endsWith("/");
}

/** A zip held in memory, read through its central directory only (yauzl). */
export class ZipArchive {
  private constructor(private readonly zip: yauzl.ZipFile) {}

  /** Rejects when the bytes have no readable end-of-central-directory record. */
  static async fromBytes(bytes: Buffer): Promise<ZipArchive> {
    const zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      // Sizes are checked by us against our own budget, with a clearer error.
      validateEntrySizes: false,
    });
    return new ZipArchive(zip);
  }

  /** Declared in the end-of-central-directory record, known before any entry is read. */
  get entryCount(): number {
    return this.zip.entryCount;
  }

  /** Reads the central directory; call once. `visit` may stop the listing by returning false. */
  async listEntries(visit: (entry: ZipEntry) => boolean = () => true): Promise<ZipEntry[]> {
    const entries: ZipEntry[] = [];
    for await (const entry of this.zip.eachEntry()) {
      entries.push(entry);
      if (!visit(entry)) break;
    }
    return entries;
  }

  /**
   * Inflates an entry chunk by chunk, producing at most `maxBytes + 1` bytes whatever the entry
   * declares; `onChunk` may stop early by returning false.
   */
  async streamEntry(
    entry: ZipEntry,
    maxBytes: number,
    onChunk: (chunk: Buffer) => boolean = () => true
  ): Promise<StreamedEntry> {
    const stream = await this.zip.openReadStreamPromise(entry);
    let bytes = 0;
    let crc = 0;
    try {
      for await (const data of stream) {
        const chunk = data as Buffer;
        bytes += chunk.length;
        if (bytes > maxBytes) return { bytes, crc32: crc, complete: false };
        crc = crc32(chunk, crc);
        if (!onChunk(chunk)) return { bytes, crc32: crc, complete: false };
      }
      return { bytes, crc32: crc, complete: true };
    } finally {
      stream.destroy();
    }
  }

  /** The inflated bytes of an entry as a stream (the caller bounds what it reads). */
  openStream(entry: ZipEntry): Promise<Readable> {
    return this.zip.openReadStreamPromise(entry);
  }

  /** The whole entry as UTF-8 text, or undefined when it inflates beyond `maxBytes`. */
  async readText(entry: ZipEntry, maxBytes: number): Promise<string | undefined> {
    const chunks: Buffer[] = [];
    const result = await this.streamEntry(entry, maxBytes, (chunk) => {
      chunks.push(chunk);
      return true;
    });
    return result.complete ? Buffer.concat(chunks).toString("utf8") : undefined;
  }

  close(): void {
    this.zip.close();
  }
}
