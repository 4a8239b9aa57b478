import { partName, ZipArchive } from "../../../../src/adapters/xlsx/zip-archive";
import { writeZip, type ZipEntrySpec } from "./zip-writer";

/** The entries of a zip as name -> content. */
export async function unzipAll(bytes: Buffer): Promise<Map<string, Buffer>> {
  const archive = await ZipArchive.fromBytes(bytes);
  try {
    const contents = new Map<string, Buffer>();
    for (const entry of await archive.listEntries()) {
      const chunks: Buffer[] = [];
      await archive.streamEntry(entry, entry.uncompressedSize, (chunk) => chunks.push(chunk) > 0);
      contents.set(partName(entry), Buffer.concat(chunks));
    }
    return contents;
  } finally {
    archive.close();
  }
}

/** Rewrites a zip, replacing (or adding) entries; `null` removes one. */
export async function rezip(
  bytes: Buffer,
  replace: Readonly<Record<string, Omit<ZipEntrySpec, "name"> | null>>
): Promise<Buffer> {
  const specs: ZipEntrySpec[] = [];
  for (const [name, data] of await unzipAll(bytes)) {
    const replacement = replace[name];
    if (replacement === null) continue;
    specs.push(replacement === undefined ? { name, data } : { name, ...replacement });
  }
  for (const [name, replacement] of Object.entries(replace)) {
    if (replacement && !specs.some((spec) => spec.name === name))
      specs.push({ name, ...replacement });
  }
  return writeZip(specs);
}
