/**
 * The streaming .xlsx reader: a zip (yauzl) whose parts are read by SAX (saxes), one at a time,
 * into a WorkbookSnapshot. workbook.xml gives the sheets (in tab order, with their visibility),
 * the defined names and the date system; relationships (relative or absolute targets) lead to the
 * worksheets and their tables; sharedStrings (plain and rich text) and the styles' number formats
 * give the cells their values and formats. Nothing is sized from what a part declares: memory
 * follows the cells, strings and formats the file holds.
 */
import { posix } from "node:path";
import type {
  DefinedNameSnapshot,
  SheetSnapshot,
  SheetVisibility,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../workbook/snapshot";
import { builtInFormat, decodeOoxmlEscapes, isDateFormat } from "./cell-formats";
import { parseReference } from "./defined-names";
import { readIssues, type ReadIssue } from "./read-issue";
import { SheetStream, type CellStyles } from "./sheet-stream";
import { partName, ZipArchive, type ZipEntry } from "./zip-archive";
import {
  attribute,
  parseXmlEntry,
  xmlBoolean,
  type XmlAttributes,
  type XmlHandler,
} from "./xml-stream";

export type StreamReadResult =
  | { readonly ok: true; readonly snapshot: WorkbookSnapshot }
  | { readonly ok: false; readonly issues: readonly ReadIssue[] };

export interface StreamReadOptions {
  readonly maxUsedRangeCells: number;
  /** Most bytes any one part may inflate to (the zip inspection already bounds the total). */
  readonly maxPartBytes: number;
}

type PartIndex = ReadonlyMap<string, ZipEntry>;

class Refusal {
  constructor(readonly issue: ReadIssue) {}
}

const OFFICE_DOCUMENT = "/officeDocument";
const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

/** A relationship target resolved against its source part: "../x.xml", "x.xml" or "/xl/x.xml". */
export function resolveTarget(sourcePart: string, target: string): string {
  const clean = target.replace(/\\/g, "/");
  if (clean.startsWith("/")) return posix.normalize(clean).slice(1);
  return posix.normalize(posix.join(posix.dirname(sourcePart), clean)).replace(/^(\.\.\/)+/, "");
}

function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", `${posix.basename(part)}.rels`);
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** Collects elements by name (with their text), for small flat parts. */
class Collector implements XmlHandler {
  readonly found: { name: string; attributes: XmlAttributes; text: string }[] = [];
  private current: { name: string; attributes: XmlAttributes; text: string } | undefined;

  constructor(
    private readonly names: ReadonlySet<string>,
    private readonly withText: ReadonlySet<string> = new Set()
  ) {}

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (!this.names.has(name)) return;
    const element = { name, attributes, text: "" };
    this.found.push(element);
    if (!selfClosing && this.withText.has(name)) this.current = element;
  }

  text(text: string): void {
    if (this.current !== undefined) this.current.text += text;
  }

  close(name: string): void {
    if (this.current?.name === name) this.current = undefined;
  }
}

/** sharedStrings.xml: each `<si>`'s text, its runs joined, phonetic runs left out. */
class SharedStrings implements XmlHandler {
  readonly strings: string[] = [];
  private readonly path: string[] = [];
  private current: string | undefined;
  private inText = false;

  open(name: string): void {
    if (name === "si" && this.path.length === 1) this.current = "";
    this.path.push(name);
    const n = this.path.length;
    this.inText =
      this.current !== undefined &&
      name === "t" &&
      ((n === 3 && this.path[1] === "si") || (n === 4 && this.path[2] === "r"));
  }

  text(text: string): void {
    if (this.inText && this.current !== undefined) this.current += text;
  }

  close(name: string): void {
    this.path.pop();
    this.inText = false;
    if (name === "si" && this.path.length === 1 && this.current !== undefined) {
      this.strings.push(decodeOoxmlEscapes(this.current));
      this.current = undefined;
    }
  }
}

/** styles.xml: custom number formats and, in cellXfs order, each cell format's numFmtId. */
class Styles implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly xfFormatIds: number[] = [];
  private readonly path: string[] = [];

  open(name: string, attributes: XmlAttributes): void {
    const parent = this.path[this.path.length - 1];
    if (name === "numFmt" && parent === "numFmts") {
      const id = Number(attributes.numFmtId);
      const code = attributes.formatCode;
      if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
    } else if (name === "xf" && parent === "cellXfs") {
      const id = Number(attributes.numFmtId ?? "0");
      this.xfFormatIds.push(Number.isInteger(id) ? id : 0);
    }
    this.path.push(name);
  }

  close(): void {
    this.path.pop();
  }

  result(): CellStyles {
    const numberFormats = this.xfFormatIds.map(
      (id) => (id === 0 ? undefined : (this.custom.get(id) ?? builtInFormat(id))) ?? "General"
    );
    return { numberFormats, isDate: numberFormats.map(isDateFormat) };
  }
}

const NO_STYLES: CellStyles = { numberFormats: [], isDate: [] };

class PackageReader {
  constructor(
    private readonly archive: ZipArchive,
    private readonly parts: PartIndex,
    private readonly options: StreamReadOptions
  ) {}

  async parsePart(part: string, handler: XmlHandler, sheet?: string): Promise<boolean> {
    const entry = this.parts.get(part) ?? this.parts.get(part.toLowerCase());
    if (entry === undefined) return false;
    const outcome = await parseXmlEntry<ReadIssue>(
      this.archive,
      entry,
      this.options.maxPartBytes,
      handler
    );
    if (outcome.ok) return true;
    if ("stopped" in outcome) throw new Refusal(outcome.stopped);
    throw new Refusal(readIssues.partMalformed(part, outcome.malformed, sheet));
  }

  has(part: string): boolean {
    return this.parts.has(part) || this.parts.has(part.toLowerCase());
  }

  async relationships(sourcePart: string): Promise<Relationship[]> {
    const collector = new Collector(new Set(["Relationship"]));
    const sourceRels = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
    await this.parsePart(sourceRels, collector);
    const found: Relationship[] = [];
    for (const { attributes } of collector.found) {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
      if (id === undefined || type === undefined || target === undefined) continue;
      if (mode === "External") continue;
      found.push({ id, type, target: resolveTarget(sourcePart, target) });
    }
    return found;
  }

  async workbookPart(): Promise<string> {
    const rels = await this.relationships("");
    const office = rels.find((r) => r.type.endsWith(OFFICE_DOCUMENT) && this.has(r.target));
    return office?.target ?? DEFAULT_WORKBOOK_PART;
  }

  async sharedStrings(workbookPart: string, rels: Relationship[]): Promise<string[]> {
    const handler = new SharedStrings();
    const part =
      rels.find((r) => r.type.endsWith("/sharedStrings"))?.target ??
      posix.join(posix.dirname(workbookPart), "sharedStrings.xml");
    await this.parsePart(part, handler);
    return handler.strings;
  }

  async styles(workbookPart: string, rels: Relationship[]): Promise<CellStyles> {
    const handler = new Styles();
    const part =
      rels.find((r) => r.type.endsWith("/styles"))?.target ??
      posix.join(posix.dirname(workbookPart), "styles.xml");
    return (await this.parsePart(part, handler)) ? handler.result() : NO_STYLES;
  }

  async tables(sheetPart: string): Promise<TableSnapshot[]> {
    const tables: TableSnapshot[] = [];
    for (const rel of await this.relationships(sheetPart)) {
      if (!rel.type.endsWith("/table")) continue;
      const collector = new Collector(new Set(["table"]));
      if (!(await this.parsePart(rel.target, collector))) continue;
      const table = collector.found[0]?.attributes;
      const name = table?.displayName ?? table?.name;
      const range = table?.ref;
      if (name !== undefined && range !== undefined) tables.push({ name, range });
    }
    return tables;
  }
}

interface WorkbookPart {
  readonly sheets: { name: string; id: string; visibility: SheetVisibility }[];
  readonly names: { name: string; text: string; local: boolean }[];
  readonly date1904: boolean;
}

function workbookOf(collector: Collector): WorkbookPart {
  const sheets: WorkbookPart["sheets"] = [];
  const names: WorkbookPart["names"] = [];
  let date1904 = false;
  for (const { name, attributes, text } of collector.found) {
    if (name === "sheet") {
      const sheetName = attributes.name;
      const id = attribute(attributes, "id");
      const state = attributes.state;
      const visibility: SheetVisibility =
        state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible";
      if (sheetName !== undefined && id !== undefined)
        sheets.push({ name: sheetName, id, visibility });
    } else if (name === "definedName" && attributes.name !== undefined) {
      names.push({ name: attributes.name, text, local: attributes.localSheetId !== undefined });
    } else if (name === "workbookPr") {
      date1904 = xmlBoolean(attributes.date1904);
    }
  }
  return { sheets, names, date1904 };
}

function definedNames(part: WorkbookPart): DefinedNameSnapshot[] {
  const names: DefinedNameSnapshot[] = [];
  for (const { name, text, local } of part.names) {
    if (local) continue;
    const reference = parseReference(text.trim());
    if (reference !== null) names.push({ name, ...reference });
  }
  return names;
}

async function readPackage(
  archive: ZipArchive,
  parts: PartIndex,
  options: StreamReadOptions
): Promise<WorkbookSnapshot> {
  const reader = new PackageReader(archive, parts, options);
  const workbookPart = await reader.workbookPart();
  const collector = new Collector(
    new Set(["sheet", "definedName", "workbookPr"]),
    new Set(["definedName"])
  );
  if (!(await reader.parsePart(workbookPart, collector)))
    throw new Refusal(readIssues.zipWithoutWorkbook([workbookPart]));
  const workbook = workbookOf(collector);
  const rels = await reader.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sharedStrings = await reader.sharedStrings(workbookPart, rels);
  const styles = await reader.styles(workbookPart, rels);

  const sheets: SheetSnapshot[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.id);
    if (rel === undefined || !rel.type.endsWith("/worksheet")) continue;
    if (!parts.has(rel.target) && !parts.has(rel.target.toLowerCase()))
      throw new Refusal(readIssues.sheetPartMissing(sheet.name, rel.target));
    const stream = new SheetStream({
      label: { name: sheet.name, part: rel.target },
      sharedStrings,
      styles,
      date1904: workbook.date1904,
      maxUsedRangeCells: options.maxUsedRangeCells,
    });
    await reader.parsePart(rel.target, stream, sheet.name);
    sheets.push({
      name: sheet.name,
      ...(sheet.visibility === "visible" ? {} : { visibility: sheet.visibility }),
      ...stream.result(),
      tables: await reader.tables(rel.target),
    });
  }
  return { sheets, names: definedNames(workbook), formulaValues: "cached" };
}

/**
 * Reads .xlsx bytes that `inspectXlsxBytes` accepted into a snapshot, or the located issue that
 * stops it. Never throws for anything the file holds.
 */
export async function readXlsxSnapshot(
  bytes: Buffer,
  options: StreamReadOptions
): Promise<StreamReadResult> {
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.fromBytes(bytes);
  } catch (error) {
    return { ok: false, issues: [readIssues.zipCorrupt(describe(error))] };
  }
  try {
    const entries = await archive.listEntries();
    const parts = new Map<string, ZipEntry>();
    // Part names are case-insensitive (ECMA-376 Part 2 §6.2.2.3): found as written, or folded.
    for (const entry of entries) parts.set(partName(entry).toLowerCase(), entry);
    for (const entry of entries) parts.set(partName(entry), entry);
    return { ok: true, snapshot: await readPackage(archive, parts, options) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: [error.issue] };
    return { ok: false, issues: [readIssues.parseFailed(describe(error))] };
  } finally {
    archive.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
