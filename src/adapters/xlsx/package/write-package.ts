/**
 * The package writer: the scored copy is the input package, part by part, with only the product's
 * parts added or replaced. Every part of the user's workbook (sheets, charts, pivot tables,
 * slicers, images, custom XML, shared strings) is copied as it is stored in the zip, byte for
 * byte. What changes:
 *
 * - the product's sheets: written from their plans (sheet-xml.ts); a sheet the product wrote
 *   before (its marker trusted by the pure check, as apply-plan.ts) is replaced in its place;
 * - xl/workbook.xml: the sheet list, the product's defined names (markers, print areas) and the
 *   tab the workbook opens on (the product's scorecard);
 * - the workbook's relationships and [Content_Types].xml, for the parts added or removed;
 * - xl/styles.xml: the formats the product's cells use, appended (styles-xml.ts);
 * - calcChain.xml is dropped (Excel rebuilds it);
 * - a user's sheet selected in the file loses its selected-tab flag (`tabSelected`), so that the
 *   workbook does not open with two sheets grouped; nothing else of it changes.
 *
 * A package this writer does not understand (Strict OOXML, a workbook part without a sheet list)
 * is refused with PackageLayoutError, and the caller falls back on the exceljs writer.
 */
import { posix } from "node:path";
import { pipeline } from "node:stream/promises";
import { crc32, createDeflateRaw } from "node:zlib";
import { markedSheets } from "../../../workbook/product-sheets";
import {
  markerName,
  type ProductSheetRole,
  type SheetPlan,
  type WorkbookPlan,
} from "../../../workbook/plan";
import type { WorkbookSnapshot } from "../../../workbook/snapshot";
import { quoteSheet } from "../../../workbook/a1";
import { PlanApplyError, type AppliedPlan } from "../apply-plan";
import { resolveTarget } from "../stream-workbook";
import { isDirectory, partName, ZipArchive, type ZipEntry } from "../zip-archive";
import { printAreaOf, printTitlesOf, worksheetXml, type FutureSheetPlan } from "./sheet-xml";
import { DEFAULT_STYLES_XML, PackageLayoutError, StyleBook } from "./styles-xml";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";
import { ZipWriter } from "./zip-writer";

export { PackageLayoutError } from "./styles-xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = `${REL_NS}/`;
const WORKSHEET_TYPE = `${REL_TYPE}worksheet`;
const STYLES_TYPE = `${REL_TYPE}styles`;
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES = "[Content_Types].xml";
/** workbook.xml, relationships, content types and styles are small; anything bigger is refused. */
const MAX_PACKAGE_PART_BYTES = 32 * 1024 * 1024;
/** How far into a sheet part its `<sheetViews>` is looked for. */
const MAX_HEAD_BYTES = 1024 * 1024;

export interface WrittenPackage extends AppliedPlan {
  readonly bytes: Buffer;
}

function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", `${posix.basename(part)}.rels`);
}

interface Relationship {
  readonly xml: string;
  readonly id: string;
  readonly type: string;
  /** Resolved part name (no leading slash); undefined for an external target. */
  readonly part: string | undefined;
}

const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(tag); a !== null; a = ATTRIBUTE.exec(tag))
    if (a[1] !== undefined) found.set(a[1], decodeXml(a[2] ?? a[3] ?? ""));
  return found;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (_w, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

function byLocalName(attributes: Map<string, string>, local: string): string | undefined {
  for (const [name, value] of attributes)
    if (name === local || name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** A relationships part: its root prefix and each `<Relationship/>` as written. */
function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*?\/>/g)) {
    const attributes = attributesOf(m[0]);
    const id = attributes.get("Id");
    const type = attributes.get("Type");
    const target = attributes.get("Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = attributes.get("TargetMode") === "External";
    rels.push({
      xml: m[0],
      id,
      type,
      part: external ? undefined : resolveTarget(sourcePart, target),
    });
  }
  return rels;
}

interface WorkbookSheet {
  readonly xml: string;
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

/** A package held in memory: its entries by part name (case folded) and small parts as text. */
class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();

  constructor(
    readonly archive: ZipArchive,
    readonly entries: readonly ZipEntry[]
  ) {
    for (const entry of entries) this.byName.set(partName(entry).toLowerCase(), entry);
  }

  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  async text(part: string): Promise<string | undefined> {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const entry = this.byName.get(key);
    if (entry === undefined) return undefined;
    const text = await this.archive.readText(entry, MAX_PACKAGE_PART_BYTES);
    if (text === undefined) throw new PackageLayoutError(`${part} is too large`);
    this.texts.set(key, text);
    return text;
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = await this.text(part === "" ? "_rels/.rels" : relsPartOf(part));
    return xml === undefined ? [] : parseRelationships(xml, part);
  }
}

/** Whether the head of a sheet part (up to its cells) selects the sheet's tab. */
const SELECTED_VIEW = /<(?:[\w.-]+:)?sheetView\b[^>]*?\btabSelected\s*=\s*["'](?:1|true)["']/;
const HEAD_END =
  /<(?:[\w.-]+:)?sheetData\b|<\/(?:[\w.-]+:)?sheetViews>|<(?:[\w.-]+:)?sheetViews\s*\/>/;

async function isTabSelected(pkg: Package, entry: ZipEntry): Promise<boolean> {
  let head = "";
  let selected = false;
  await pkg.archive.streamEntry(
    entry,
    Math.min(entry.uncompressedSize, MAX_HEAD_BYTES),
    (chunk) => {
      head += chunk.toString("latin1");
      const end = HEAD_END.exec(head);
      const scope = end === null ? head : head.slice(0, end.index);
      selected = SELECTED_VIEW.test(scope);
      return end === null && !selected;
    }
  );
  return selected;
}

/** Clears tabSelected in the sheet views of a head (latin1 text of the part's first bytes). */
function unselect(head: string): string {
  return head.replace(/<(?:[\w.-]+:)?sheetView\b[^>]*>/g, (tag) =>
    tag.replace(/\s+tabSelected\s*=\s*["'](?:1|true)["']/, "")
  );
}

/**
 * A user's sheet part with its tab no longer selected: inflated, its head changed, deflated again,
 * streamed (a register of a million rows never sits in memory inflated).
 */
async function unselectedPart(
  pkg: Package,
  entry: ZipEntry
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const source = await pkg.archive.openStream(entry);
  let head = "";
  let passing = false;
  let size = 0;
  let crc = 0;
  const out: Buffer[] = [];
  const emit = (chunk: Buffer) => {
    size += chunk.length;
    crc = crc32(chunk, crc);
    return chunk;
  };
  await pipeline(
    source,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        if (passing) {
          yield emit(chunk);
          continue;
        }
        head += chunk.toString("latin1");
        const end = HEAD_END.exec(head);
        if (end === null && head.length < MAX_HEAD_BYTES) continue;
        passing = true;
        const cut = end === null ? head.length : end.index;
        yield emit(Buffer.from(unselect(head.slice(0, cut)) + head.slice(cut), "latin1"));
        head = "";
      }
      if (!passing && head !== "") yield emit(Buffer.from(unselect(head), "latin1"));
    },
    createDeflateRaw(),
    async function (deflated: AsyncIterable<Buffer>) {
      for await (const chunk of deflated) out.push(chunk);
    }
  );
  return { deflated: Buffer.concat(out), size, crc };
}

/** Every `<tag …/>` (or `<tag …>…</tag>`) of a block, as written. */
function elements(xml: string, prefix: string, tag: string): string[] {
  const pattern = new RegExp(
    `<${prefix}${tag}(?=[\\s/>])(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${prefix}${tag}>)`,
    "g"
  );
  return xml.match(pattern) ?? [];
}

function nextFree(taken: ReadonlySet<string>, make: (n: number) => string, from = 1): string {
  for (let n = from; ; n++) {
    const candidate = make(n);
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** One product sheet of the plan, where it goes. */
interface Placement {
  readonly plan: SheetPlan;
  readonly role: ProductSheetRole;
  /** Zip part name. */
  readonly part: string;
  /** Replaces an earlier product sheet (its `<sheet>` element, its place, its part). */
  readonly replaces: WorkbookSheet | undefined;
  readonly sheetId: number;
  readonly rId: string;
}

/**
 * The input package (bytes `inspectXlsxBytes` accepted, read into `read` by the streaming
 * reader) with the plan's product sheets written into it. Throws PlanApplyError for a plan that
 * would overwrite a user's sheet, PackageLayoutError for a package it does not handle.
 * @example const { bytes, sheets } = await writePackage(input, outcome.plan, snapshot);
 */
export async function writePackage(
  input: Buffer,
  plan: WorkbookPlan,
  read: WorkbookSnapshot
): Promise<WrittenPackage> {
  const archive = await ZipArchive.fromBytes(input);
  try {
    const pkg = new Package(archive, await archive.listEntries());
    return await write(pkg, input, plan, read);
  } finally {
    archive.close();
  }
}

async function write(
  pkg: Package,
  input: Buffer,
  plan: WorkbookPlan,
  read: WorkbookSnapshot
): Promise<WrittenPackage> {
  // The workbook part and its relationships.
  const office = (await pkg.relationships("")).find(
    (r) => r.type.endsWith("/officeDocument") && r.part !== undefined && pkg.has(r.part)
  );
  const workbookPart = office?.part ?? "xl/workbook.xml";
  const workbookXml = await pkg.text(workbookPart);
  if (workbookXml === undefined) throw new PackageLayoutError("no workbook part");
  const root = /<([\w.-]+:)?workbook\b([^>]*)>/.exec(workbookXml);
  if (root === null) throw new PackageLayoutError("the workbook part has no workbook element");
  const p = root[1] ?? "";
  const rootAttributes = attributesOf(root[2] ?? "");
  if (rootAttributes.get(p === "" ? "xmlns" : `xmlns:${p.slice(0, -1)}`) !== MAIN_NS)
    throw new PackageLayoutError("the workbook is not in the transitional SpreadsheetML namespace");
  const relPrefix = [...rootAttributes].find(([n, v]) => n.startsWith("xmlns:") && v === REL_NS);
  const rAttr = relPrefix === undefined ? "r:id" : `${relPrefix[0].slice(6)}:id`;
  const rDeclaration = relPrefix === undefined ? ` xmlns:r="${REL_NS}"` : "";

  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRelsXml = await pkg.text(workbookRelsPart);
  if (workbookRelsXml === undefined) throw new PackageLayoutError("no workbook relationships");
  const workbookRels = parseRelationships(workbookRelsXml, workbookPart);
  const relById = new Map(workbookRels.map((r) => [r.id, r]));

  const sheetsBlock = new RegExp(`<${p}sheets\\b[^>]*>([\\s\\S]*?)</${p}sheets>`).exec(workbookXml);
  if (sheetsBlock === null) throw new PackageLayoutError("the workbook has no sheet list");
  const sheets: WorkbookSheet[] = elements(sheetsBlock[1] ?? "", p, "sheet").map((xml) => {
    const attributes = attributesOf(xml.slice(0, xml.indexOf(">")));
    return {
      xml,
      name: attributes.get("name") ?? "",
      sheetId: Number(attributes.get("sheetId") ?? "0"),
      rId: byLocalName(attributes, "id") ?? "",
    };
  });

  // Which product sheets are replaced: as apply-plan.ts, only those whose marker the pure check
  // on this very workbook trusts.
  const trusted = markedSheets(read).sheets;
  const replaced = new Map<string, WorkbookSheet>();
  const plannedRoles = new Set<string>();
  for (const sheet of plan.sheets) {
    if (sheet.role === "input") continue;
    plannedRoles.add(markerName(sheet.role).toLowerCase());
    const marker = markerName(sheet.role).toLowerCase();
    const current = (read.names ?? []).find((n) => n.name.toLowerCase() === marker)?.sheet;
    const product = trusted[sheet.role]?.name;
    if (current === undefined || product === undefined) continue;
    if (current.toLowerCase() !== product.toLowerCase()) continue;
    const existing = sheets.find((s) => s.name.toLowerCase() === current.toLowerCase());
    const rel = existing === undefined ? undefined : relById.get(existing.rId);
    if (existing !== undefined && rel?.type === WORKSHEET_TYPE && rel.part !== undefined)
      replaced.set(sheet.name, existing);
  }
  const replacedSheets = new Set(replaced.values());
  const taken = new Set(
    sheets.filter((s) => !replacedSheets.has(s)).map((s) => s.name.toLowerCase())
  );

  // Where each planned sheet goes.
  const partsTaken = new Set(pkg.entries.map((e) => partName(e).toLowerCase()));
  const idsTaken = new Set(workbookRels.map((r) => r.id.toLowerCase()));
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const sheetDir = posix.join(posix.dirname(workbookPart), "worksheets");
  const placements: Placement[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.role === "input")
      throw new PlanApplyError(
        `${sheet.name} is an input sheet; only new workbooks are planned so`
      );
    if (taken.has(sheet.name.toLowerCase()))
      throw new PlanApplyError(`the sheet ${sheet.name} exists and is not the product's`);
    taken.add(sheet.name.toLowerCase());
    const old = replaced.get(sheet.name);
    if (old !== undefined) {
      const part = relById.get(old.rId)?.part ?? "";
      placements.push({
        plan: sheet,
        role: sheet.role,
        part,
        replaces: old,
        sheetId: old.sheetId,
        rId: old.rId,
      });
      continue;
    }
    const part = nextFree(partsTaken, (n) => posix.join(sheetDir, `sheet${n}.xml`));
    partsTaken.add(part.toLowerCase());
    const rId = nextFree(idsTaken, (n) => `rId${n}`);
    idsTaken.add(rId.toLowerCase());
    placements.push({
      plan: sheet,
      role: sheet.role,
      part,
      replaces: undefined,
      sheetId: nextSheetId++,
      rId,
    });
  }

  // Parts that go: the replaced sheets' relationships (and what only they used), calcChain.
  const removed = new Set<string>();
  const calcChain = workbookRels.find((r) => r.type.endsWith("/calcChain"));
  if (calcChain?.part !== undefined) removed.add(calcChain.part.toLowerCase());
  for (const placement of placements)
    if (placement.replaces !== undefined && pkg.has(relsPartOf(placement.part)))
      removed.add(relsPartOf(placement.part).toLowerCase());
  await removeOrphans(pkg, removed);

  // The new sheet list, in tab order: replaced sheets in their place, new ones at the end (a
  // new summary just before the scorecard).
  type Slot = { sheet: WorkbookSheet; placement?: undefined } | { placement: Placement };
  const order: Slot[] = sheets.map((sheet) => {
    const placement = placements.find((pl) => pl.replaces === sheet);
    return placement === undefined ? { sheet } : { placement };
  });
  for (const placement of placements) {
    if (placement.replaces !== undefined) continue;
    const scorecard = order.findIndex((slot) => slot.placement?.role === "scorecard");
    if (placement.role === ("summary" as ProductSheetRole) && scorecard >= 0)
      order.splice(scorecard, 0, { placement });
    else order.push({ placement });
  }
  const oldIndex = new Map(sheets.map((sheet, i) => [sheet, i]));
  /** Where each sheet of the input now stands (local defined names follow their sheet). */
  const moved = new Map<number, number>();
  order.forEach((slot, i) => {
    if (slot.placement === undefined) moved.set(oldIndex.get(slot.sheet)!, i);
  });
  const sheetsInner = order
    .map((slot) =>
      slot.placement === undefined
        ? slot.sheet.xml
        : sheetElement(p, slot.placement, rAttr, rDeclaration)
    )
    .join("");
  const finalSheets = order.map((slot) =>
    slot.placement === undefined
      ? { name: slot.sheet.name, rel: relById.get(slot.sheet.rId) }
      : { name: slot.placement.plan.name, placement: slot.placement }
  );
  const opening =
    placements.find((pl) => (pl.plan as FutureSheetPlan).active === true) ??
    placements.find((pl) => pl.role === "scorecard") ??
    placements[0];
  const activeTab =
    opening === undefined ? -1 : order.findIndex((slot) => slot.placement === opening);

  // Styles: the part the workbook names, or a new one.
  const stylesRel = workbookRels.find((r) => r.type === STYLES_TYPE && r.part !== undefined);
  const stylesPart = stylesRel?.part ?? posix.join(posix.dirname(workbookPart), "styles.xml");
  const stylesSource = stylesRel === undefined ? undefined : await pkg.text(stylesPart);
  const styles = new StyleBook(stylesSource ?? DEFAULT_STYLES_XML);

  // The product's sheets.
  const sheetParts = new Map<string, string>();
  for (const placement of placements)
    sheetParts.set(
      placement.part.toLowerCase(),
      worksheetXml(placement.plan, { styles, selected: placement === opening })
    );

  // workbook.xml: sheets, names, the tab it opens on.
  let newWorkbook = workbookXml.replace(sheetsBlock[0], () =>
    sheetsBlock[0].replace(sheetsBlock[1] ?? "", () => sheetsInner)
  );
  newWorkbook = withDefinedNames(newWorkbook, p, {
    plannedMarkers: plannedRoles,
    moved,
    added: placements.flatMap((placement) => {
      const index = order.findIndex((slot) => slot.placement === placement);
      const names: AddedName[] = [
        { name: markerName(placement.role), text: `${quoteSheet(placement.plan.name)}!$A$1` },
      ];
      const area = printAreaOf(placement.plan);
      if (area !== undefined) names.push({ name: "_xlnm.Print_Area", text: area, local: index });
      const titles = printTitlesOf(placement.plan);
      if (titles !== undefined)
        names.push({ name: "_xlnm.Print_Titles", text: titles, local: index });
      return names;
    }),
  });
  if (activeTab >= 0) newWorkbook = withActiveTab(newWorkbook, p, activeTab);

  // The workbook's relationships and the content types.
  let newRels = workbookRelsXml;
  for (const rel of workbookRels)
    if (rel.part !== undefined && removed.has(rel.part.toLowerCase()))
      newRels = newRels.replace(rel.xml, "");
  const relsRoot = /<([\w.-]+:)?Relationships\b/.exec(workbookRelsXml)?.[1] ?? "";
  const addedRels: string[] = [];
  for (const placement of placements)
    if (placement.replaces === undefined)
      addedRels.push(
        relationship(relsRoot, placement.rId, WORKSHEET_TYPE, workbookPart, placement.part)
      );
  if (stylesRel === undefined) {
    const rId = nextFree(idsTaken, (n) => `rId${n}`);
    addedRels.push(relationship(relsRoot, rId, STYLES_TYPE, workbookPart, stylesPart));
  }
  newRels = newRels.replace(
    new RegExp(`</${relsRoot}Relationships>`),
    (end) => addedRels.join("") + end
  );

  const contentTypesXml = await pkg.text(CONTENT_TYPES);
  if (contentTypesXml === undefined) throw new PackageLayoutError("no [Content_Types].xml");
  const newOverrides = placements
    .filter((pl) => pl.replaces === undefined)
    .map((pl) => ({ part: pl.part, type: WORKSHEET_CONTENT }));
  if (stylesRel === undefined) newOverrides.push({ part: stylesPart, type: STYLES_CONTENT });
  const newContentTypes = withContentTypes(contentTypesXml, removed, newOverrides);

  // User sheets that are selected lose the flag.
  const unselect = new Set<string>();
  for (const sheet of finalSheets) {
    const part = sheet.rel?.part;
    if (sheet.placement !== undefined || part === undefined || removed.has(part.toLowerCase()))
      continue;
    const entry = pkg.entry(part);
    if (entry !== undefined && (await isTabSelected(pkg, entry))) unselect.add(part.toLowerCase());
  }

  // The zip: every entry in its order, copied unless it changes; new parts at the end.
  const replacedText = new Map<string, string>([
    [CONTENT_TYPES.toLowerCase(), newContentTypes],
    [workbookPart.toLowerCase(), newWorkbook],
    [workbookRelsPart.toLowerCase(), newRels],
  ]);
  if (styles.modified || stylesSource === undefined)
    replacedText.set(stylesPart.toLowerCase(), styles.xml());
  for (const [part, xml] of sheetParts) replacedText.set(part, xml);
  const zip = new ZipWriter();
  const done = new Set<string>();
  for (const entry of pkg.entries) {
    const name = partName(entry);
    const key = name.toLowerCase();
    if (removed.has(key) || done.has(key)) continue;
    done.add(key);
    const text = replacedText.get(key);
    if (text !== undefined && !isDirectory(entry)) zip.add(name, text);
    else if (unselect.has(key)) {
      const changed = await unselectedPart(pkg, entry);
      zip.addCompressed(name, changed.deflated, changed.size, changed.crc);
    } else zip.copy(input, entry);
  }
  for (const [key, text] of replacedText)
    if (!done.has(key)) {
      const name =
        placements.find((pl) => pl.part.toLowerCase() === key)?.part ??
        (key === stylesPart.toLowerCase() ? stylesPart : key);
      zip.add(name, text);
    }
  const written: Partial<Record<ProductSheetRole, string>> = {};
  for (const placement of placements) written[placement.role] = placement.plan.name;
  return { bytes: zip.finish(), sheets: written };
}

function sheetElement(
  p: string,
  placement: Placement,
  rAttr: string,
  rDeclaration: string
): string {
  return `<${p}sheet name="${escapeXmlAttribute(placement.plan.name)}" sheetId="${placement.sheetId}"${rDeclaration} ${rAttr}="${placement.rId}"/>`;
}

function relationship(
  prefix: string,
  id: string,
  type: string,
  sourcePart: string,
  target: string
): string {
  const relative = posix.relative(posix.dirname(sourcePart), target);
  return `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXmlAttribute(relative)}"/>`;
}

/**
 * Adds to `removed` the parts that only removed relationship parts referred to, until nothing
 * more goes (a replaced sheet's drawing, then the drawing's chart…).
 */
async function removeOrphans(pkg: Package, removed: Set<string>): Promise<void> {
  const relsParts = pkg.entries.map(partName).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n));
  const targetsOf = new Map<string, string[]>();
  for (const rels of relsParts) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
    const source = m === null ? "" : `${m[1] ?? ""}${m[2] ?? ""}`;
    const targets = parseRelationships((await pkg.text(rels)) ?? "", source).flatMap((r) =>
      r.part === undefined ? [] : [r.part.toLowerCase()]
    );
    targetsOf.set(rels.toLowerCase(), targets);
  }
  for (let changed = true; changed;) {
    changed = false;
    const kept = new Set<string>();
    const dropped = new Set<string>();
    for (const [rels, targets] of targetsOf)
      for (const target of targets) (removed.has(rels) ? dropped : kept).add(target);
    for (const target of dropped)
      if (!kept.has(target) && !removed.has(target) && pkg.has(target)) {
        removed.add(target);
        const rels = relsPartOf(target).toLowerCase();
        if (pkg.has(rels)) removed.add(rels);
        changed = true;
      }
  }
}

interface NameEdits {
  /** Lower-cased markers of the roles the plan writes: any old one goes. */
  readonly plannedMarkers: ReadonlySet<string>;
  /**
   * Where each kept sheet of the input now stands, by its old index; a local name (print area…)
   * of a sheet not in it (a replaced product sheet) goes, the others follow their sheet.
   */
  readonly moved: ReadonlyMap<number, number>;
  readonly added: readonly AddedName[];
}

/** A defined name to add; `local`: the index of the sheet it belongs to (print area…). */
interface AddedName {
  readonly name: string;
  readonly text: string;
  readonly local?: number;
}

function withDefinedNames(xml: string, p: string, edits: NameEdits): string {
  const block = new RegExp(
    `<${p}definedNames\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}definedNames>)`
  ).exec(xml);
  const existing = block === null ? [] : elements(block[1] ?? "", p, "definedName");
  const kept = existing.flatMap((element) => {
    const attributes = attributesOf(element.slice(0, element.indexOf(">")));
    const name = (attributes.get("name") ?? "").toLowerCase();
    const local = attributes.get("localSheetId");
    if (local === undefined) return edits.plannedMarkers.has(name) ? [] : [element];
    const now = edits.moved.get(Number(local));
    if (now === undefined) return [];
    if (now === Number(local)) return [element];
    return [element.replace(/localSheetId\s*=\s*["']\d+["']/, `localSheetId="${now}"`)];
  });
  const added = edits.added.map(
    (n) =>
      `<${p}definedName name="${escapeXmlAttribute(n.name)}"` +
      (n.local === undefined ? "" : ` localSheetId="${n.local}"`) +
      `>${escapeXmlText(n.text)}</${p}definedName>`
  );
  const names = [...kept, ...added];
  const newBlock =
    names.length === 0 ? "" : `<${p}definedNames>${names.join("")}</${p}definedNames>`;
  if (block !== null) return xml.replace(block[0], () => newBlock);
  // After the sheet list and what may follow it (functionGroups, externalReferences).
  const after = new RegExp(
    `</${p}externalReferences>|<${p}externalReferences\\b[^>]*/>|</${p}functionGroups>|<${p}functionGroups\\b[^>]*/>|</${p}sheets>`
  );
  const anchors = [...xml.matchAll(new RegExp(after.source, "g"))];
  const anchor = anchors[anchors.length - 1];
  if (anchor === undefined) throw new PackageLayoutError("no place for the defined names");
  const at = (anchor.index ?? 0) + anchor[0].length;
  return xml.slice(0, at) + newBlock + xml.slice(at);
}

function withActiveTab(xml: string, p: string, index: number): string {
  const view = new RegExp(`<${p}workbookView\\b[^>]*?/?>`).exec(xml);
  if (view === null) {
    const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    return xml.replace(new RegExp(`<${p}sheets\\b`), (tag) => views + tag);
  }
  let tag = view[0].replace(/\s+activeTab\s*=\s*["'][^"']*["']/, "");
  // A first visible tab beyond the opened one would hide it from the tab bar.
  tag = tag.replace(/\s+firstSheet\s*=\s*["'][^"']*["']/, "");
  tag = tag.replace(new RegExp(`^<${p}workbookView`), (start) => `${start} activeTab="${index}"`);
  return xml.replace(view[0], () => tag);
}

function withContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: readonly { part: string; type: string }[]
): string {
  const prefix = /<([\w.-]+:)?Types\b/.exec(xml)?.[1] ?? "";
  let result = xml.replace(new RegExp(`<${prefix}Override\\b[^>]*?/>`, "g"), (tag) => {
    const part = attributesOf(tag).get("PartName")?.replace(/^\//, "").toLowerCase();
    return part !== undefined && removed.has(part) ? "" : tag;
  });
  const overrides = added
    .map(
      (a) =>
        `<${prefix}Override PartName="/${escapeXmlAttribute(a.part)}" ContentType="${a.type}"/>`
    )
    .join("");
  result = result.replace(new RegExp(`</${prefix}Types>`), (end) => overrides + end);
  return result;
}
