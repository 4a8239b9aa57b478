import { posix } from "node:path";
import { cellAddress, parseRange, quoteSheet } from "../../workbook/a1";
import type { ChartPlan, PlannedValue, SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { elementsNamed } from "./xml-attributes";
import { ZipWriter } from "./package/zip-writer";
import { isDirectory, partName, ZipArchive } from "./zip-archive";

/**
 * Column charts for files the product makes itself (the portfolio's grade distribution). exceljs
 * writes no charts, so the written package gets them afterwards, as Excel lays them out:
 * `xl/charts/chartN.xml` (a DrawingML bar chart whose series refer to the sheet's cells, with
 * their values cached), `xl/drawings/drawingN.xml` anchoring it between two cells, the
 * relationships sheet → drawing → chart, the sheet's `<drawing r:id>` and the content types.
 * Only the product's own package passes through here; nothing a user wrote is parsed.
 */

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;
const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
} as const;
/** Worksheet children that must come after `<drawing>` (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
const MAX_PART_BYTES = 64 * 1024 * 1024;

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "B5:B8" on a sheet as an absolute reference: 'Sheet'!$B$5:$B$8. */
function absoluteRange(sheet: string, range: string): string {
  const r = parseRange(range);
  if (r === null) throw new Error(`not a range: ${range}`);
  const dollars = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = dollars(cellAddress(r.top, r.left));
  const end = dollars(cellAddress(r.bottom, r.right));
  return `${quoteSheet(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

/** The planned values of a range's cells, row by row (blank where the plan has none). */
function rangeValues(sheet: SheetPlan, range: string): PlannedValue[] {
  const r = parseRange(range);
  if (r === null) throw new Error(`not a range: ${range}`);
  const byRef = new Map(sheet.cells.map((c) => [c.ref, c.value]));
  const values: PlannedValue[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let column = r.left; column <= r.right; column++)
      values.push(byRef.get(cellAddress(row, column)) ?? null);
  return values;
}

function strCache(values: readonly PlannedValue[]): string {
  const points = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v === null ? "" : String(v))}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly PlannedValue[]): string {
  const points = values
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>0</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/**
 * The chart part of a column chart: one series (the counts), category labels, value labels on
 * the bars, whole-number axis; references to the sheet's cells with their planned values cached.
 * @example chartXml(sheet, chart).includes("<c:barDir val=\"col\"/>") // true
 */
export function chartXml(sheet: SheetPlan, chart: ChartPlan): string {
  // The text's language picks the East Asian font for a Chinese title.
  const lang = /[\u3000-\u9fff]/.test(chart.title) ? "zh-CN" : "en-US";
  const values = rangeValues(sheet, chart.values);
  const largest = Math.max(0, ...values.map((v) => (typeof v === "number" ? v : 0)));
  const unit = largest <= 10 ? `<c:majorUnit val="1"/>` : "";
  const run = (size: number, bold: boolean) => `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">` +
    `<c:lang val="${xmlText(lang)}"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${run(1200, true)}/></a:pPr>` +
    `<a:r><a:rPr lang="${xmlText(lang)}" ${run(1200, true)}/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${xmlText(absoluteRange(sheet.name, chart.seriesName))}</c:f>${strCache(rangeValues(sheet, chart.seriesName))}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="0F6CBD"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${run(1000, true)}/></a:pPr><a:endParaRPr lang="${xmlText(lang)}"/></a:p></c:txPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${xmlText(absoluteRange(sheet.name, chart.categories))}</c:f>${strCache(rangeValues(sheet, chart.categories))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(absoluteRange(sheet.name, chart.values))}</c:f>${numCache(values)}</c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="80"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>` +
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D1D1D1"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>${unit}</c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="${xmlText(lang)}"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** A drawing part anchoring each chart between its two cells (chart i is relationship rId{i+1}). */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((chart, i) => {
    const from = parseRange(chart.from);
    const to = parseRange(chart.to);
    if (from === null || to === null) throw new Error(`not a cell: ${chart.from} or ${chart.to}`);
    const marker = (tag: string, row: number, column: number) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.top, from.left)}${marker("to", to.bottom + 1, to.right + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xmlText(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}" xmlns:r="${NS.rel}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${NS.packageRel}">` +
    rels
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`)
      .join("") +
    `</Relationships>`
  );
}

function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** Adds a relationship to a .rels part (created when absent); returns its new id. */
function addRelationship(
  parts: Map<string, Buffer>,
  relsPart: string,
  type: string,
  target: string
): string {
  const xml = parts.get(relsPart)?.toString("utf8");
  const existing = xml === undefined ? [] : elementsNamed(xml, "Relationship");
  const ids = new Set(existing.map((r) => r.get("Id")));
  let n = existing.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`;
  parts.set(
    relsPart,
    Buffer.from(
      xml === undefined
        ? relationshipsXml([{ id, type, target }])
        : xml.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`),
      "utf8"
    )
  );
  return id;
}

/** The worksheet part of each sheet, by name, from workbook.xml and its relationships. */
function sheetPartsByName(parts: Map<string, Buffer>): Map<string, string> {
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map(
    elementsNamed(rels, "Relationship").map((r) => [r.get("Id"), r.get("Target") ?? ""])
  );
  const byName = new Map<string, string>();
  for (const sheet of elementsNamed(workbook, "sheet")) {
    const name = sheet.get("name");
    const target = targets.get(sheet.get("r:id"));
    if (name === undefined || target === undefined) continue;
    byName.set(
      name,
      target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join("xl", target))
    );
  }
  return byName;
}

async function readParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const archive = await ZipArchive.fromBytes(Buffer.from(bytes));
  try {
    const parts = new Map<string, Buffer>();
    for (const entry of await archive.listEntries()) {
      if (isDirectory(entry)) continue;
      const chunks: Buffer[] = [];
      const read = await archive.streamEntry(entry, MAX_PART_BYTES, (chunk) => {
        chunks.push(chunk);
        return true;
      });
      if (!read.complete) throw new Error(`part too large: ${entry.fileName}`);
      parts.set(partName(entry), Buffer.concat(chunks));
    }
    return parts;
  } finally {
    archive.close();
  }
}

/**
 * The package with the plan's charts added (unchanged when the plan has none).
 * @example await withCharts(await xlsxBytes(workbook), portfolioPlan(summaries, options))
 */
export async function withCharts(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const charted = plan.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (charted.length === 0) return bytes;
  const parts = await readParts(bytes);
  const sheetParts = sheetPartsByName(parts);
  const overrides: string[] = [];
  let chartNumber = 0;
  charted.forEach((sheet, d) => {
    const sheetPart = sheetParts.get(sheet.name);
    const sheetXml = sheetPart === undefined ? undefined : parts.get(sheetPart)?.toString("utf8");
    if (sheetPart === undefined || sheetXml === undefined)
      throw new Error(`no worksheet part for ${sheet.name}`);
    const drawingPart = `xl/drawings/drawing${d + 1}.xml`;
    const charts = sheet.charts ?? [];
    parts.set(drawingPart, Buffer.from(drawingXml(charts), "utf8"));
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CONTENT_TYPE.drawing}"/>`);
    parts.set(
      relsPartOf(drawingPart),
      Buffer.from(
        relationshipsXml(
          charts.map((_, i) => ({
            id: `rId${i + 1}`,
            type: REL_TYPE.chart,
            target: `../charts/chart${chartNumber + i + 1}.xml`,
          }))
        ),
        "utf8"
      )
    );
    for (const chart of charts) {
      chartNumber++;
      const chartPart = `xl/charts/chart${chartNumber}.xml`;
      parts.set(chartPart, Buffer.from(chartXml(sheet, chart), "utf8"));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${CONTENT_TYPE.chart}"/>`);
    }
    const id = addRelationship(
      parts,
      relsPartOf(sheetPart),
      REL_TYPE.drawing,
      `../drawings/drawing${d + 1}.xml`
    );
    parts.set(sheetPart, Buffer.from(insertDrawing(sheetXml, id), "utf8"));
  });
  const types = parts.get("[Content_Types].xml")?.toString("utf8") ?? "";
  parts.set(
    "[Content_Types].xml",
    Buffer.from(types.replace(/<\/Types>\s*$/, `${overrides.join("")}</Types>`), "utf8")
  );
  const ordered = [...parts.entries()].sort(([a], [b]) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0
  );
  const zip = new ZipWriter();
  for (const [name, data] of ordered) zip.add(name, data);
  return zip.finish();
}

/** `<drawing r:id>` in its place among the worksheet's children, `xmlns:r` declared. */
export function insertDrawing(sheetXml: string, id: string): string {
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  const element = `<drawing r:id="${id}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const match = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (match !== null && (at < 0 || match.index < at)) at = match.index;
  }
  if (at < 0) at = xml.lastIndexOf("</worksheet>");
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}
