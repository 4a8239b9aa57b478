/**
 * The shared styles part (xl/styles.xml) extended with the formats the product's sheets use:
 * fonts, fills, borders, number formats and cell formats (cellXfs) are appended, never reordered,
 * so every index a user's cell refers to keeps its meaning. A format the part already holds in the
 * same words (one the product appended on an earlier scoring) is used again, so scoring a
 * workbook many times does not grow its styles.
 */
import { CELL_STYLES, type CellStyleSpec } from "../../../workbook/cell-styles";
import type { CellStyle } from "../../../workbook/plan";
import { escapeXmlAttribute } from "./xml-text";

/** A package this writer does not change (another writer, exceljs, handles it). */
export class PackageLayoutError extends Error {
  constructor(what: string) {
    super(`The workbook package cannot be extended in place: ${what}`);
    this.name = "PackageLayoutError";
  }
}

/** Excel's built-in number formats by code (ECMA-376 §18.8.30), the ones a plan may name. */
const BUILT_IN_IDS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["# ?/?", 12],
  ["# ??/??", 13],
  ["@", 49],
]);
/** Custom number formats are numbered from 164. */
const FIRST_CUSTOM_FORMAT = 164;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A minimal styles part (Excel's defaults) for a package that has none. */
export const DEFAULT_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface Section {
  /** The element's local name ("fonts") and its children's ("font"). */
  readonly name: string;
  readonly child: string;
  /** Children as written, in order. */
  readonly items: string[];
  /** How many of `items` the part held. */
  readonly existing: number;
}

/** One cell format the product asks for: a style of the shared look, a number format or both. */
export interface FormatRequest {
  readonly style?: CellStyle;
  readonly numberFormat?: string;
}

/**
 * The styles part, read once, extended as the sheets' writer asks for formats, and written back
 * with `xml()` (unchanged, byte for byte, when nothing new was needed).
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly sections = new Map<string, Section>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly newFormats: string[] = [];
  private readonly cache = new Map<string, number>();
  private readonly defaultFont: { size: string; name: string; family: string };
  private changed = false;
  /** Reserved fills the part lacks, appended before the product's first fill. */
  private reservedFills: string[] = [];

  constructor(private readonly source: string) {
    const root = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(source);
    if (root === null) throw new PackageLayoutError("the styles part has no styleSheet");
    this.prefix = root[1] ?? "";
    for (const [name, child] of [
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
    ] as const) {
      const items = this.children(name, child);
      if (items === undefined) throw new PackageLayoutError(`the styles part has no ${name}`);
      this.sections.set(name, { name, child, items, existing: items.length });
    }
    // Excel reads fills 0 and 1 as "none" and "gray125" whatever they say: a part with fewer
    // (some writers keep one) gets the missing ones appended, so the product's fills are real.
    const fills = this.sections.get("fills")!;
    const reserved = [
      `<${this.prefix}fill><${this.prefix}patternFill patternType="none"/></${this.prefix}fill>`,
      `<${this.prefix}fill><${this.prefix}patternFill patternType="gray125"/></${this.prefix}fill>`,
    ];
    this.reservedFills = reserved.slice(fills.items.length);
    if (!new RegExp(`<${this.prefix}cellStyleXfs[\\s>]`).test(source))
      throw new PackageLayoutError("the styles part has no cellStyleXfs");
    for (const attributes of this.children("numFmts", "numFmt") ?? []) {
      const id = Number(/numFmtId="(\d+)"/.exec(attributes)?.[1]);
      const code = /formatCode="([^"]*)"/.exec(attributes)?.[1];
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const font0 = this.sections.get("fonts")?.items[0] ?? "";
    this.defaultFont = {
      size: /<(?:\w+:)?sz\s+val="([^"]+)"/.exec(font0)?.[1] ?? "11",
      name: /<(?:\w+:)?name\s+val="([^"]+)"/.exec(font0)?.[1] ?? "Calibri",
      family: /<(?:\w+:)?family\s+val="([^"]+)"/.exec(font0)?.[1] ?? "2",
    };
  }

  /** The cellXfs index of a format (0, the workbook's default, when nothing is asked). */
  cellFormat(request: FormatRequest): number {
    if (request.style === undefined && request.numberFormat === undefined) return 0;
    const key = `${request.style ?? ""}\u0000${request.numberFormat ?? ""}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const spec: CellStyleSpec = request.style === undefined ? {} : CELL_STYLES[request.style];
    const numFmtId = this.numberFormatId(request.numberFormat);
    const fontId = spec.font === undefined ? 0 : this.index("fonts", this.fontXml(spec));
    const fillId = spec.fill === undefined ? 0 : this.index("fills", this.fillXml(spec.fill));
    const borderId = spec.borders === undefined ? 0 : this.index("borders", this.borderXml(spec));
    const alignment = this.alignmentXml(spec);
    const p = this.prefix;
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId === 0 ? "" : ' applyNumberFormat="1"') +
      (fontId === 0 ? "" : ' applyFont="1"') +
      (fillId === 0 ? "" : ' applyFill="1"') +
      (borderId === 0 ? "" : ' applyBorder="1"') +
      (alignment === "" ? "/>" : ` applyAlignment="1">${alignment}</${p}xf>`);
    const index = this.index("cellXfs", xf);
    this.cache.set(key, index);
    return index;
  }

  /** The part as it must be written: the source itself when nothing was added. */
  xml(): string {
    if (!this.changed) return this.source;
    let xml = this.source;
    for (const section of this.sections.values()) {
      if (section.items.length === section.existing) continue;
      xml = this.replaceSection(xml, section.name, section.items);
    }
    if (this.newFormats.length > 0) {
      const existing = this.children("numFmts", "numFmt");
      if (existing === undefined) {
        const p = this.prefix;
        const block = `<${p}numFmts count="${this.newFormats.length}">${this.newFormats.join("")}</${p}numFmts>`;
        xml = xml.replace(new RegExp(`<${p}fonts[\\s>]`), (tag) => block + tag);
      } else {
        xml = this.replaceSection(xml, "numFmts", [...existing, ...this.newFormats]);
      }
    }
    return xml;
  }

  get modified(): boolean {
    return this.changed;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_IDS.get(code);
    if (builtIn !== undefined) return builtIn;
    const attribute = escapeXmlAttribute(code);
    const known = this.customFormats.get(attribute);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(attribute, id);
    this.newFormats.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${attribute}"/>`);
    this.changed = true;
    return id;
  }

  private index(sectionName: string, xml: string): number {
    const section = this.sections.get(sectionName);
    if (section === undefined) throw new PackageLayoutError(`no ${sectionName}`);
    const found = section.items.indexOf(xml);
    if (found >= 0 && !(sectionName === "fills" && found < 2)) return found;
    if (sectionName === "fills" && this.reservedFills.length > 0) {
      section.items.push(...this.reservedFills);
      this.reservedFills = [];
    }
    section.items.push(xml);
    this.changed = true;
    return section.items.length - 1;
  }

  private fontXml(spec: CellStyleSpec): string {
    const p = this.prefix;
    const font = spec.font ?? {};
    return (
      `<${p}font>` +
      (font.bold === true ? `<${p}b/>` : "") +
      `<${p}sz val="${font.size ?? this.defaultFont.size}"/>` +
      (font.color === undefined ? "" : `<${p}color rgb="${argb(font.color)}"/>`) +
      `<${p}name val="${this.defaultFont.name}"/><${p}family val="${this.defaultFont.family}"/>` +
      `</${p}font>`
    );
  }

  private fillXml(colour: string): string {
    const p = this.prefix;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(colour)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private borderXml(spec: CellStyleSpec): string {
    const p = this.prefix;
    const edges = new Set(spec.borders?.edges ?? []);
    const colour = spec.borders === undefined ? "" : argb(spec.borders.color);
    const edge = (name: "left" | "right" | "top" | "bottom") =>
      edges.has(name)
        ? `<${p}${name} style="thin"><${p}color rgb="${colour}"/></${p}${name}>`
        : `<${p}${name}/>`;
    return `<${p}border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${p}diagonal/></${p}border>`;
  }

  private alignmentXml(spec: CellStyleSpec): string {
    if (spec.wrapText === undefined && spec.verticalAlignment === undefined) return "";
    const vertical =
      spec.verticalAlignment === undefined
        ? ""
        : ` vertical="${spec.verticalAlignment === "Top" ? "top" : "center"}"`;
    const wrap = spec.wrapText === true ? ' wrapText="1"' : "";
    return `<${this.prefix}alignment${vertical}${wrap}/>`;
  }

  /** The children of a section of the source, each as written; undefined without the section. */
  private children(name: string, child: string): string[] | undefined {
    const p = this.prefix;
    const section = new RegExp(`<${p}${name}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}${name}>)`).exec(
      this.source
    );
    if (section === null) return undefined;
    const inner = section[1] ?? "";
    const item = new RegExp(
      `<${p}${child}(?=[\\s/>])(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${p}${child}>)`,
      "g"
    );
    return inner.match(item) ?? [];
  }

  private replaceSection(xml: string, name: string, items: string[]): string {
    const p = this.prefix;
    const section = new RegExp(`<${p}${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${p}${name}>)`);
    const openTag = new RegExp(`^<${p}${name}(\\s[^>]*?)?/?>`).exec(section.exec(xml)?.[0] ?? "");
    const attributes = (openTag?.[1] ?? "").replace(/\s+count="\d*"/, "");
    return xml.replace(
      section,
      () => `<${p}${name} count="${items.length}"${attributes}>${items.join("")}</${p}${name}>`
    );
  }
}
