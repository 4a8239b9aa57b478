/**
 * A small zip writer for the package writer: entries of the input copied as they are stored
 * (their compressed bytes, CRC and sizes taken over unchanged, so a user's part is byte for byte
 * what it was and costs no inflating or deflating), and new entries deflated here. No zip64: the
 * reader refuses files beyond 50 MB and 300 MB inflated (limits.ts), far below 4 GB.
 */
import { crc32, deflateRawSync } from "node:zlib";
import type { ZipEntry } from "../zip-archive";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
/** Bit 3: sizes and CRC in a data descriptor after the data; we always write them up front. */
const DATA_DESCRIPTOR = 0x0008;
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** Thrown for an archive this writer cannot write (beyond 4 GB, or more than 65,535 entries). */
export class ZipWriteError extends Error {
  constructor(what: string) {
    super(`Cannot write the zip: ${what}`);
    this.name = "ZipWriteError";
  }
}

interface Written {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly externalAttributes: number;
}

/** Now as an MS-DOS time and date (what every zip entry records). */
function dosNow(): { time: number; date: number } {
  const now = new Date();
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/**
 * Writes entries in the order they are added; `finish()` returns the whole archive.
 * @example
 * const zip = new ZipWriter();
 * zip.copy(input, entry);                       // a user's part, as stored
 * zip.add("xl/worksheets/sheet9.xml", xml);     // the product's, deflated
 * const bytes = zip.finish();
 */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly stamp = dosNow();

  /** Copies an entry of `source` (the archive `entry` was listed from) without inflating it. */
  copy(source: Buffer, entry: ZipEntry): void {
    const at = entry.relativeOffsetOfLocalHeader;
    if (source.readUInt32LE(at) !== LOCAL_HEADER)
      throw new ZipWriteError(`no local header for ${entry.fileName}`);
    const start = at + 30 + source.readUInt16LE(at + 26) + source.readUInt16LE(at + 28);
    const data = source.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize)
      throw new ZipWriteError(`${entry.fileName} ends past the file`);
    this.write({
      name: Buffer.from(entry.fileNameRaw),
      flags: entry.generalPurposeBitFlag & ~DATA_DESCRIPTOR & 0xffff,
      method: entry.compressionMethod,
      time: entry.lastModFileTime,
      date: entry.lastModFileDate,
      crc: entry.crc32,
      size: entry.uncompressedSize,
      externalAttributes: entry.externalFileAttributes,
      data,
    });
  }

  /** Adds a new entry, deflated. */
  add(name: string, content: Buffer | string): void {
    const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    this.addCompressed(name, deflateRawSync(raw), raw.length, crc32(raw));
  }

  /** Adds an entry already deflated (raw deflate), with the size and CRC of its inflated bytes. */
  addCompressed(name: string, deflated: Buffer, size: number, crc: number): void {
    this.write({
      name: Buffer.from(name, "utf8"),
      flags: UTF8_NAMES,
      method: 8,
      ...this.stamp,
      crc,
      size,
      externalAttributes: 0,
      data: deflated,
    });
  }

  private write(entry: Omit<Written, "offset" | "compressedSize"> & { data: Buffer }): void {
    const { data, ...rest } = entry;
    if (this.offset > MAX_32 || data.length >= MAX_32 || entry.size >= MAX_32)
      throw new ZipWriteError("it would exceed 4 GB");
    if (this.written.length >= MAX_ENTRIES) throw new ZipWriteError("too many entries");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.time, 10);
    local.writeUInt16LE(entry.date, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    this.written.push({ ...rest, compressedSize: data.length, offset: this.offset });
    this.chunks.push(local, entry.name, data);
    this.offset += local.length + entry.name.length + data.length;
  }

  /** The archive: the entries, then the central directory and its end record. */
  finish(): Buffer {
    const directoryStart = this.offset;
    for (const e of this.written) {
      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL_HEADER, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(e.flags, 8);
      central.writeUInt16LE(e.method, 10);
      central.writeUInt16LE(e.time, 12);
      central.writeUInt16LE(e.date, 14);
      central.writeUInt32LE(e.crc >>> 0, 16);
      central.writeUInt32LE(e.compressedSize, 20);
      central.writeUInt32LE(e.size, 24);
      central.writeUInt16LE(e.name.length, 28);
      central.writeUInt32LE(e.externalAttributes >>> 0, 38);
      central.writeUInt32LE(e.offset, 42);
      this.chunks.push(central, e.name);
      this.offset += central.length + e.name.length;
    }
    if (this.offset > MAX_32) throw new ZipWriteError("it would exceed 4 GB");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_DIRECTORY, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    this.chunks.push(end);
    return Buffer.concat(this.chunks);
  }
}
