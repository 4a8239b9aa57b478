import { posix } from "node:path";
import type { TableSnapshot } from "../../workbook/snapshot";
import { attributeByLocalName, elementsNamed } from "./xml-attributes";
import type { ZipArchive, ZipEntry } from "./zip-archive";

/** Zip entries by part name (no leading slash). */
export type PartIndex = ReadonlyMap<string, ZipEntry>;

export interface SheetPart {
  readonly name: string;
  /** Zip part name of the worksheet XML, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
}

export const WORKBOOK_PART = "xl/workbook.xml";
/** workbook.xml, relationship and table parts are a few KB; anything far bigger is not read. */
const MAX_PACKAGE_PART_BYTES = 8 * 1024 * 1024;

async function readPart(archive: ZipArchive, parts: PartIndex, name: string): Promise<string> {
  const entry = parts.get(name);
  if (entry === undefined) return "";
  return (await archive.readText(entry, MAX_PACKAGE_PART_BYTES)) ?? "";
}

function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(sourcePart), target));
}

function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** Relationship targets of `sourcePart` whose type ends with `/${typeSuffix}`, by id. */
async function relationshipTargets(
  archive: ZipArchive,
  parts: PartIndex,
  sourcePart: string,
  typeSuffix: string
): Promise<Map<string, string>> {
  const xml = await readPart(archive, parts, relsPartOf(sourcePart));
  const targets = new Map<string, string>();
  for (const rel of elementsNamed(xml, "Relationship")) {
    const id = rel.get("Id");
    const target = rel.get("Target");
    const internal = rel.get("TargetMode") !== "External";
    if (id && target && internal && rel.get("Type")?.endsWith(`/${typeSuffix}`)) {
      targets.set(id, resolveTarget(sourcePart, target));
    }
  }
  return targets;
}

/** Worksheets in workbook order (chart sheets and dialog sheets are not worksheets). */
export async function readSheetParts(archive: ZipArchive, parts: PartIndex): Promise<SheetPart[]> {
  const workbookXml = await readPart(archive, parts, WORKBOOK_PART);
  const targets = await relationshipTargets(archive, parts, WORKBOOK_PART, "worksheet");
  const sheets: SheetPart[] = [];
  for (const sheet of elementsNamed(workbookXml, "sheet")) {
    const name = sheet.get("name");
    const id = attributeByLocalName(sheet, "id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) sheets.push({ name, part });
  }
  return sheets;
}

/**
 * Excel tables (ListObjects) by sheet name, read from the table parts linked to each sheet.
 * exceljs 4.4 loads table parts only when named tableN.xml, and its Table API does not expose the
 * range of a loaded table.
 */
export async function readTablesBySheet(
  archive: ZipArchive,
  parts: PartIndex,
  sheets: readonly SheetPart[]
): Promise<Map<string, TableSnapshot[]>> {
  const tablesBySheet = new Map<string, TableSnapshot[]>();
  for (const sheet of sheets) {
    const tables: TableSnapshot[] = [];
    const targets = await relationshipTargets(archive, parts, sheet.part, "table");
    for (const tablePart of targets.values()) {
      const table = elementsNamed(await readPart(archive, parts, tablePart), "table")[0];
      const name = table?.get("displayName") ?? table?.get("name");
      const range = table?.get("ref");
      if (name !== undefined && range !== undefined) tables.push({ name, range });
    }
    tablesBySheet.set(sheet.name, tables);
  }
  return tablesBySheet;
}
