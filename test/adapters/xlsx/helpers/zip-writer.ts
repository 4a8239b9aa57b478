import { crc32, deflateRawSync } from "node:zlib";

/** One zip entry to write; the `declared*` fields let a test make the central directory lie. */
export interface ZipEntrySpec {
  readonly name: string;
  /** Raw content to store or deflate. */
  readonly data?: Buffer | string;
  /** Already-deflated content (for bombs built without holding the inflated bytes). */
  readonly deflated?: { readonly bytes: Buffer; readonly size: number; readonly crc32: number };
  readonly store?: boolean;
  readonly declaredUncompressedSize?: number;
  readonly declaredCrc32?: number;
  /** Written as the compression method without changing how the data is stored. */
  readonly declaredMethod?: number;
}

interface Prepared {
  readonly name: Buffer;
  readonly method: number;
  readonly payload: Buffer;
  readonly crc: number;
  readonly size: number;
}

function prepare(spec: ZipEntrySpec): Prepared {
  const name = Buffer.from(spec.name, "utf8");
  if (spec.deflated) {
    const { bytes, size, crc32: crc } = spec.deflated;
    return {
      name,
      method: spec.declaredMethod ?? 8,
      payload: bytes,
      crc: spec.declaredCrc32 ?? crc,
      size: spec.declaredUncompressedSize ?? size,
    };
  }
  const data = typeof spec.data === "string" ? Buffer.from(spec.data, "utf8") : spec.data;
  const raw = data ?? Buffer.alloc(0);
  return {
    name,
    method: spec.declaredMethod ?? (spec.store ? 0 : 8),
    payload: spec.store ? raw : deflateRawSync(raw),
    crc: spec.declaredCrc32 ?? crc32(raw),
    size: spec.declaredUncompressedSize ?? raw.length,
  };
}

/** A minimal (non-zip64) zip writer: local headers, data, central directory, end record. */
export function writeZip(specs: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of specs.map(prepare)) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.payload.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.payload.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.payload);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
