import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { runFileJob } from "../../../src/adapters/xlsx/file-job";
import type { FileJob, JobResponse } from "../../../src/adapters/xlsx/job-protocol";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import { printTitlesOf, worksheetXml } from "../../../src/adapters/xlsx/package/sheet-xml";
import { writePackage } from "../../../src/adapters/xlsx/package/write-package";
import { readXlsxSnapshot } from "../../../src/adapters/xlsx/stream-workbook";
import { scoreWorkbook } from "../../../src/app";
import type { ProductSheetRole } from "../../../src/workbook/plan";
import { DEFAULT_STYLES_XML, StyleBook } from "../../../src/adapters/xlsx/package/styles-xml";
import { convertWithLibreOffice, libreOfficeGate } from "../../support/libreoffice";
import { describeFor } from "../../support/required-program";
import { unzipAll } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

/**
 * The package writer (src/adapters/xlsx/package/): a scored copy is its input package with the
 * product's parts added or replaced. The fixtures (scripts/make-package-fixtures.py) hold a chart
 * and a pivot table made by LibreOffice and a table slicer; after scoring, and after scoring the
 * scored copy again, every part of the user's is there byte for byte.
 */
const FIXTURES = join(__dirname, "../../fixtures/packages");
const SCORED = join(__dirname, "../../fixtures/scored");
const temp = suiteTempDir("package");

const SCORE = { now: "2025-03-01T09:30:00+08:00", user: "王芳", language: "en-US" } as const;

type WithoutLanguage<T> = T extends unknown ? Omit<T, "language"> : never;

async function job(request: WithoutLanguage<FileJob>): Promise<JobResponse> {
  return runFileJob({ language: "en-US", ...request }, DEFAULT_READ_LIMITS);
}

function written(response: JobResponse) {
  if (response.status !== "written") throw new Error(JSON.stringify(response));
  return response;
}

async function verified(path: string) {
  const response = await job({ kind: "verify", input: path, file: path });
  if (response.status !== "verified") throw new Error(JSON.stringify(response, null, 1));
  return response;
}

/** Parts the product may change: the package's lists, the shared styles. */
const SHARED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcChain.xml",
]);

/** A sheet part without the one attribute the writer may clear. */
const withoutTabSelected = (xml: Buffer) =>
  xml.toString("utf8").replace(/\s+tabSelected\s*=\s*"(1|true)"/g, "");

/** Every part of `before` but the shared ones is in `after`, byte for byte (tab flag aside). */
function expectUserPartsKept(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  const changed: string[] = [];
  for (const [name, bytes] of before) {
    if (SHARED.has(name)) continue;
    const now = after.get(name);
    if (now === undefined) changed.push(`${name} (missing)`);
    else if (!now.equals(bytes)) {
      const onlyTab =
        name.startsWith("xl/worksheets/sheet") &&
        withoutTabSelected(now) === withoutTabSelected(bytes);
      if (!onlyTab) changed.push(name);
    }
  }
  expect(changed).toEqual([]);
}

/** workbook.xml outside what the writer manages (sheet list, names, views) is unchanged. */
function workbookRest(xml: Buffer): string {
  return xml
    .toString("utf8")
    .replace(/<(\w+:)?sheets>[\s\S]*<\/(\w+:)?sheets>/, "")
    .replace(/<(\w+:)?definedNames>[\s\S]*<\/(\w+:)?definedNames>/, "")
    .replace(/<(\w+:)?bookViews>[\s\S]*<\/(\w+:)?bookViews>/, "")
    .replace(/<(\w+:)?(bookViews|definedNames)\/>/, "");
}

const PRODUCERS = join(__dirname, "../../fixtures/producers");
/** The chart, pivot and slicer fixtures, and one client as each producer writes it. */
const fixtures = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(FIXTURES, f)),
  ...readdirSync(PRODUCERS)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(PRODUCERS, f)),
];

describe("the package writer keeps the user's parts", () => {
  it("has fixtures with a chart, a pivot table and a slicer", async () => {
    const parts = [
      ...(await unzipAll(readFileSync(join(FIXTURES, "chart-pivot-slicer.xlsx")))).keys(),
    ];
    expect(parts).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/pivotTables/pivotTable1.xml",
        "xl/pivotCache/pivotCacheDefinition1.xml",
        "xl/slicers/slicer1.xml",
        "xl/slicerCaches/slicerCache1.xml",
      ])
    );
  });

  describe.each(fixtures.map((path) => [basename(path), path]))("%s", (fixture, source) => {
    let input = "";
    let output = "";
    let before: Map<string, Buffer>;
    let after: Map<string, Buffer>;

    beforeAll(async () => {
      input = join(temp.path(), fixture);
      copyFileSync(source, input);
      output = input.replace(/\.xlsx$/, ".scored.xlsx");
      written(await job({ kind: "score", input, output, file: fixture, ...SCORE }));
      before = await unzipAll(readFileSync(input));
      after = await unzipAll(readFileSync(output));
    }, 120_000);

    it("copies every user part byte for byte, charts, pivots and slicers included", () => {
      expectUserPartsKept(before, after);
    });

    it("changes workbook.xml only in its sheet list, names and views", () => {
      expect(workbookRest(after.get("xl/workbook.xml")!)).toEqual(
        workbookRest(before.get("xl/workbook.xml")!)
      );
    });

    it("keeps every relationship and content type of the user's", () => {
      const rels = (name: string, parts: Map<string, Buffer>) =>
        parts
          .get(name)!
          .toString("utf8")
          .match(/<Relationship\b[^>]*\/>/g) ?? [];
      for (const rel of rels("xl/_rels/workbook.xml.rels", before))
        if (!rel.includes("calcChain"))
          expect(rels("xl/_rels/workbook.xml.rels", after)).toContain(rel);
      const types = (parts: Map<string, Buffer>) =>
        parts
          .get("[Content_Types].xml")!
          .toString("utf8")
          .match(/<(Override|Default)\b[^>]*\/>/g) ?? [];
      for (const type of types(before))
        if (!type.includes("calcChain")) expect(types(after)).toContain(type);
    });

    it("opens on the committee summary, with no user sheet still selected", () => {
      const workbook = after.get("xl/workbook.xml")!.toString("utf8");
      const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*name="([^"]*)"/g)].map(
        (m) => m[1]
      );
      const active = Number(/activeTab="(\d+)"/.exec(workbook)?.[1]);
      expect(sheets[active]).toBe("Committee summary");
      const selected = [...after]
        .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
        .filter(([, xml]) => /tabSelected="1"/.test(xml.toString("utf8")));
      expect(selected).toHaveLength(1);
    });

    it("writes a scored copy that verifies", async () => {
      expect((await verified(output)).checkedCells).toBeGreaterThan(50);
    });

    it("scores the scored copy again in place: product parts replaced, user parts kept", async () => {
      const again = join(temp.path(), `again-${fixture}`);
      copyFileSync(output, again);
      written(
        await job({
          kind: "score",
          input: again,
          output: again,
          replaceInput: true,
          file: "x",
          ...SCORE,
        })
      );
      const twice = await unzipAll(readFileSync(again));
      expectUserPartsKept(before, twice);
      // The same parts: the product's sheets were replaced where they were, the styles not grown.
      expect([...twice.keys()].sort()).toEqual([...after.keys()].sort());
      expect(twice.get("xl/styles.xml")!.equals(after.get("xl/styles.xml")!)).toBe(true);
      const log = await verified(again);
      expect(log.auditRows).toBe(3);
    });
  });
});

describe("re-scoring workbooks an earlier release wrote (exceljs)", () => {
  const scored = readdirSync(join(SCORED, "layout-2")).filter((f) => f.endsWith(".xlsx"));

  it.each(scored.slice(0, 2))(
    "%s: replaces the product's sheets in place, adds the committee summary, and verifies",
    async (file) => {
      const path = join(temp.path(), `rescored-${file}`);
      copyFileSync(join(SCORED, "layout-2", file), path);
      const before = await unzipAll(readFileSync(path));
      written(
        await job({ kind: "score", input: path, output: path, replaceInput: true, file, ...SCORE })
      );
      const after = await unzipAll(readFileSync(path));
      const sheetParts = (parts: Map<string, Buffer>) =>
        [...parts.keys()].filter((k) => k.startsWith("xl/worksheets/sheet"));
      // Every sheet part is still there; layout 3 adds one, the summary.
      expect(sheetParts(after)).toEqual(expect.arrayContaining(sheetParts(before)));
      expect(sheetParts(after)).toHaveLength(sheetParts(before).length + 1);
      await verified(path);
    }
  );
});

describe("a product sheet's XML", () => {
  const HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "＝1+1",
    "a\u000bb_x0041_",
  ];
  const xml = worksheetXml(
    {
      name: "S",
      role: "scorecard",
      cells: [
        ...HOSTILE.map((value, i) => ({ ref: `A${i + 1}`, value })),
        { ref: "B1", value: 3, formula: "A9*2", style: "value" as const, numberFormat: "0.00%" },
        { ref: "B2", value: "x<y", formula: 'IF(A1="","x<y","")' },
      ],
      merges: ["C1:D1"],
    },
    { styles: new StyleBook(DEFAULT_STYLES_XML), selected: false }
  );

  it("writes every text as an inline string, never as a formula", () => {
    const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas).toEqual([
      "A9*2",
      "IF(A1=&quot;&quot;,&quot;x&lt;y&quot;,&quot;&quot;)".replace(/&quot;/g, '"'),
    ]);
    expect(xml.match(/t="inlineStr"/g)).toHaveLength(HOSTILE.length);
  });

  it("escapes control characters as _xHHHH_ and a literal escape's underscore", () => {
    expect(xml).toContain("a_x000B_b_x005F_x0041_");
  });

  it("adds the formats it uses to the styles, once", () => {
    const styles = new StyleBook(DEFAULT_STYLES_XML);
    const a = styles.cellFormat({ style: "value", numberFormat: "0.00%" });
    expect(styles.cellFormat({ style: "value", numberFormat: "0.00%" })).toBe(a);
    const again = new StyleBook(styles.xml());
    expect(again.cellFormat({ style: "value", numberFormat: "0.00%" })).toBe(a);
    expect(again.modified).toBe(false);
  });
});

describeFor(libreOfficeGate())("a package-written scored copy in LibreOffice", () => {
  it("opens, recalculates and still verifies, chart and pivot table kept", async () => {
    const input = join(temp.path(), "lo-chart-pivot-slicer.xlsx");
    copyFileSync(join(FIXTURES, "chart-pivot-slicer.xlsx"), input);
    const output = join(temp.path(), "lo-scored.xlsx");
    written(await job({ kind: "score", input, output, file: "x", ...SCORE }));
    const outDir = join(temp.path(), "lo");
    await convertWithLibreOffice([output], outDir);
    const converted = join(outDir, "lo-scored.xlsx");
    await verified(converted);
    const parts = [...(await unzipAll(readFileSync(converted))).keys()];
    expect(parts.some((p) => p.startsWith("xl/charts/"))).toBe(true);
    expect(parts.some((p) => p.startsWith("xl/pivotTables/"))).toBe(true);
  }, 180_000);
});

describe("plan features the writer reads when present", () => {
  it("prints titles on every page, on one page, with narrow margins", () => {
    const sheet = {
      name: "Summary",
      role: "scorecard" as const,
      cells: [{ ref: "A1", value: "x" }],
      print: {
        area: "A1:D40",
        orientation: "portrait" as const,
        paper: "A4" as const,
        fitToWidth: true as const,
        header: "h",
        onePage: true,
        titleRows: "1:2",
        narrowMargins: true,
      },
    };
    const xml = worksheetXml(sheet, { styles: new StyleBook(DEFAULT_STYLES_XML), selected: true });
    expect(xml).toContain('fitToWidth="1" fitToHeight="1"');
    expect(xml).toContain('<pageMargins left="0.5" right="0.5"');
    expect(xml).toContain('tabSelected="1"');
    expect(printTitlesOf(sheet)).toBe("'Summary'!$1:$2");
  });

  it("puts a new summary before the scorecard it joins, local names following their sheets", async () => {
    const input = join(temp.path(), "summary-in.xlsx");
    copyFileSync(join(FIXTURES, "chart-pivot.xlsx"), input);
    const scored = join(temp.path(), "summary-scored.xlsx");
    written(await job({ kind: "score", input, output: scored, file: "x", ...SCORE }));
    const bytes = readFileSync(scored);
    const read = await readXlsxSnapshot(bytes, { maxUsedRangeCells: 1e6, maxPartBytes: 1e8 });
    if (!read.ok) throw new Error("unreadable");
    const outcome = scoreWorkbook(read.snapshot, { ...SCORE, file: "x" });
    if (!outcome.ok) throw new Error("not scored");
    const summary = {
      name: "Summary",
      role: "summary" as ProductSheetRole,
      active: true,
      cells: [{ ref: "A1", value: "Committee summary" }],
    };
    const plan = { sheets: [summary, ...outcome.plan.sheets] };
    const out = await unzipAll((await writePackage(bytes, plan, read.snapshot)).bytes);
    const workbook = out.get("xl/workbook.xml")!.toString("utf8");
    const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names.slice(-4)).toEqual(["Summary", "Governance scorecard", "Model", "Audit log"]);
    const area =
      /<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">'Governance scorecard'/.exec(
        workbook
      );
    expect(Number(area?.[1])).toBe(names.indexOf("Governance scorecard"));
    expect(Number(/activeTab="(\d+)"/.exec(workbook)?.[1])).toBe(names.indexOf("Summary"));
  });
});
