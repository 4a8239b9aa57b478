import { readXlsxSnapshot } from "../../../src/adapters/xlsx/stream-workbook";
import { DEFAULT_READ_LIMITS } from "../../../src/adapters/xlsx/limits";
import type { WorkbookSnapshot } from "../../../src/workbook/snapshot";
import { writeZip, type ZipEntrySpec } from "./helpers/zip-writer";

/**
 * The streaming reader on hand-written packages: what it reads (values, formats, formulas,
 * visibility, hidden rows and columns, tables, names) and what it refuses, with its sheet and cell.
 */

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const T = `${R}/`;

interface SheetSpec {
  readonly name: string;
  readonly body: string;
  readonly state?: string;
  readonly part?: string;
  readonly table?: { ref: string; name: string; style?: boolean };
}

interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** cellXfs numFmtIds, and custom formats. */
  readonly styles?: { xfs: readonly number[]; formats?: Readonly<Record<number, string>> };
  readonly absoluteTargets?: boolean;
  readonly workbookExtra?: string;
  readonly workbookPr?: string;
}

function pkg(spec: PackageSpec): Buffer {
  const target = (part: string, from: "xl" | "sheet"): string =>
    spec.absoluteTargets
      ? `/${part}`
      : from === "xl"
        ? part.replace(/^xl\//, "")
        : `../${part.replace(/^xl\//, "")}`;
  const entries: ZipEntrySpec[] = [
    {
      name: "[Content_Types].xml",
      data: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${T}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
  ];
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const part = sheet.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${T}worksheet" Target="${target(part, "xl")}"/>`
    );
    const state = sheet.state === undefined ? "" : ` state="${sheet.state}"`;
    sheets.push(`<sheet name="${sheet.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    const tablePart =
      sheet.table === undefined ? "" : `<tableParts count="1"><tablePart r:id="rT1"/></tableParts>`;
    entries.push({
      name: part,
      data: `<worksheet xmlns="${NS}" xmlns:r="${R}">${sheet.body}${tablePart}</worksheet>`,
    });
    if (sheet.table !== undefined) {
      const tableName = `xl/tables/table${i + 1}.xml`;
      const dir = part.slice(0, part.lastIndexOf("/"));
      const file = part.slice(part.lastIndexOf("/") + 1);
      entries.push({
        name: `${dir}/_rels/${file}.rels`,
        data: `<Relationships xmlns="${PR}"><Relationship Id="rT1" Type="${T}table" Target="${target(tableName, "sheet")}"/></Relationships>`,
      });
      const style = sheet.table.style ? `<tableStyleInfo name="TableStyleMedium2"/>` : "";
      entries.push({
        name: tableName,
        data: `<table xmlns="${NS}" id="${i + 1}" name="${sheet.table.name}" displayName="${sheet.table.name}" ref="${sheet.table.ref}">${style}</table>`,
      });
    }
  });
  const n = spec.sheets.length;
  if (spec.sharedStrings !== undefined) {
    rels.push(
      `<Relationship Id="rId${n + 1}" Type="${T}sharedStrings" Target="${target("xl/sharedStrings.xml", "xl")}"/>`
    );
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<sst xmlns="${NS}">${spec.sharedStrings.join("")}</sst>`,
    });
  }
  if (spec.styles !== undefined) {
    rels.push(
      `<Relationship Id="rId${n + 2}" Type="${T}styles" Target="${target("xl/styles.xml", "xl")}"/>`
    );
    const formats = Object.entries(spec.styles.formats ?? {})
      .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`)
      .join("");
    entries.push({
      name: "xl/styles.xml",
      data:
        `<styleSheet xmlns="${NS}"><numFmts>${formats}</numFmts><cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>` +
        `<cellXfs>${spec.styles.xfs.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`,
    });
  }
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<Relationships xmlns="${PR}">${rels.join("")}</Relationships>`,
  });
  entries.push({
    name: "xl/workbook.xml",
    data: `<workbook xmlns="${NS}" xmlns:r="${R}">${spec.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets>${spec.workbookExtra ?? ""}</workbook>`,
  });
  return writeZip(entries);
}

const read = (bytes: Buffer, maxUsedRangeCells = DEFAULT_READ_LIMITS.maxUsedRangeCells) =>
  readXlsxSnapshot(bytes, { maxUsedRangeCells, maxPartBytes: 50 * 1024 * 1024 });

async function snapshotOf(spec: PackageSpec): Promise<WorkbookSnapshot> {
  const result = await read(pkg(spec));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.snapshot;
}

async function refusal(spec: PackageSpec, maxUsedRangeCells?: number) {
  const result = await read(pkg(spec), maxUsedRangeCells);
  if (result.ok) throw new Error("read");
  const [issue] = result.issues;
  expect(issue?.message["en-US"]).toMatch(/\w{3}/);
  expect(issue?.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
  return issue!;
}

const rows = (xml: string): string => `<sheetData>${xml}</sheetData>`;

describe("the streaming reader", () => {
  it("reads values of every kind, with formats, rich text and escapes", async () => {
    const snapshot = await snapshotOf({
      sheets: [
        {
          name: "S",
          body: rows(
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>in</t><rPh><t>ignored</t></rPh></is></c></row>` +
              `<row r="2"><c r="A2" s="1"><v>0.35</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" s="2"><v>45000</v></c></row>` +
              `<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="3"><v>1200</v></c></row>`
          ),
        },
      ],
      sharedStrings: [
        `<si><t>Holder</t></si>`,
        `<si><r><rPr><b/></rPr><t>Sta</t></r><r><t>ke</t></r><rPh><t>x</t></rPh></si>`,
        `<si><t>A_x000B_B</t></si>`,
      ],
      styles: { xfs: [0, 10, 14, 164], formats: { 164: "#,##0" } },
    });
    const [sheet] = snapshot.sheets;
    expect(sheet?.values).toEqual([
      ["Holder", "Stake", "in"],
      [0.35, true, { error: "#N/A" }, "2023-03-15"],
      ["A\u000bB", 1200],
    ]);
    expect(sheet?.numberFormats).toEqual([
      ["General", "General", "General"],
      ["0.00%", "General", "General", "mm-dd-yy"],
      ["General", "#,##0"],
    ]);
    expect(snapshot.formulaValues).toBe("cached");
  });

  it("reads formulas: shared ones moved to each cell, constants recalculated when the cache is stale", async () => {
    const snapshot = await snapshotOf({
      sheets: [
        {
          name: "S",
          body: rows(
            `<row r="1"><c r="A1"><f>0.05</f><v>0.45</v></c><c r="B1"><f>5%</f><v>0.05</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>0.1</v></c></row>` +
              `<row r="2"><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>` +
              `<row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c></row>`
          ),
        },
      ],
    });
    const [sheet] = snapshot.sheets;
    expect(sheet?.values).toEqual([
      [0.05, 0.05, 0.1],
      [null, null, 0],
      [null, null, 0],
    ]);
    expect(sheet?.formulas).toEqual([
      ["0.05", "5%", "A1*2"],
      ["", "", "A2*2"],
      ["", "", "A3*2"],
    ]);
    // =0.05 cached as 0.45: computed, and the stale cache kept to report it; =5% agreed.
    expect(sheet?.recalculated).toEqual([{ row: 0, column: 0, cached: 0.45 }]);
  });

  it("carries visibility, hidden rows and hidden columns, and reads 1904 dates", async () => {
    const snapshot = await snapshotOf({
      workbookPr: `<workbookPr date1904="1"/>`,
      styles: { xfs: [0, 14] },
      sheets: [
        { name: "Visible", body: rows(`<row r="1"><c r="A1" s="1"><v>0</v></c></row>`) },
        {
          name: "Hidden",
          state: "hidden",
          body:
            `<cols><col min="2" max="3" hidden="1"/><col min="5" max="5" width="9"/></cols>` +
            rows(
              `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row>`
            ),
        },
        { name: "Secret", state: "veryHidden", body: rows("") },
      ],
    });
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Visible", undefined],
      ["Hidden", "hidden"],
      ["Secret", "veryHidden"],
    ]);
    expect(snapshot.sheets[0]?.values).toEqual([["1904-01-01"]]);
    expect(snapshot.sheets[1]?.hiddenRows).toEqual([1]);
    expect(snapshot.sheets[1]?.hiddenColumns).toEqual([{ first: 1, last: 2 }]);
  });

  it("finds tables and sheets through absolute relationship targets, tables without a style", async () => {
    const snapshot = await snapshotOf({
      absoluteTargets: true,
      sheets: [
        {
          name: "Register",
          part: "xl/worksheets/Register_Sheet.xml",
          body: rows(`<row r="1"><c r="A1" t="inlineStr"><is><t>Holder</t></is></c></row>`),
          table: { ref: "A1:A2", name: "Shareholders" },
        },
      ],
      workbookExtra: `<definedNames><definedName name="GovScore_x">'Register'!$A$1</definedName><definedName name="Local" localSheetId="0">Register!$A$1</definedName></definedNames>`,
    });
    expect(snapshot.sheets[0]?.tables).toEqual([{ name: "Shareholders", range: "A1:A2" }]);
    expect(snapshot.names).toEqual([{ name: "GovScore_x", sheet: "Register", range: "A1" }]);
  });

  it("follows rows and cells without r, ignores unknown elements, blanks merged cells", async () => {
    const snapshot = await snapshotOf({
      sheets: [
        {
          name: "S",
          body:
            rows(
              `<row><c><v>1</v></c><c><v>2</v></c></row><extLst><foo><c r="Z9"><v>9</v></c></foo></extLst>` +
                `<row r="4"><c r="B4"><v>3</v></c><unknown/><c><v>4</v></c></row><row><c r="A5"><v>5</v></c><c r="B5"><v>6</v></c></row>`
            ) + `<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>`,
        },
      ],
    });
    expect(snapshot.sheets[0]?.values).toEqual([[1, 2], [], [], [null, 3, 4], [5]]);
  });

  it.each([
    [
      "a repeated row",
      `<row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>`,
      "sheet.rowOrder",
      "A2",
    ],
    [
      "a row going back",
      `<row r="5"><c r="A5"><v>1</v></c></row><row r="4"><c r="A4"><v>2</v></c></row>`,
      "sheet.rowOrder",
      "A4",
    ],
    [
      "a repeated cell",
      `<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>`,
      "sheet.cellRef",
      "B1",
    ],
    ["a cell in the wrong row", `<row r="1"><c r="A2"><v>1</v></c></row>`, "sheet.cellRef", "A1"],
    [
      "a row beyond the grid",
      `<row r="20000000"><c r="A20000000"><v>1</v></c></row>`,
      "sheet.rowOrder",
      undefined,
    ],
    [
      "a missing shared string",
      `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`,
      "sheet.sharedString",
      "A1",
    ],
  ])("refuses %s with its sheet and cell", async (_what, xml, code, cell) => {
    const issue = await refusal({
      sheets: [{ name: "Register", body: rows(xml) }],
      sharedStrings: [],
    });
    expect([issue.code, issue.sheet, issue.cell]).toEqual([code, "Register", cell]);
  });

  it("refuses cells spread over far more of the grid than the budget, as they stream", async () => {
    const wide = Array.from(
      { length: 2_000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`
    ).join("");
    const issue = await refusal({ sheets: [{ name: "Wide", body: rows(wide) }] });
    expect([issue.code, issue.sheet]).toEqual(["sheet.dimensionTooLarge", "Wide"]);
    expect(issue.message["en-US"]).toContain("16,384 columns");
  });

  it("refuses a sheet whose cells are far thinner than the rows they lay out", async () => {
    // 100 cells at column XFD: 1.6 million cells laid out, within a budget of 10 million, for 100.
    const thin = Array.from(
      { length: 100 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`
    ).join("");
    const issue = await refusal({ sheets: [{ name: "Thin", body: rows(thin) }] }, 10_000_000);
    expect([issue.code, issue.sheet]).toEqual(["sheet.dimensionTooLarge", "Thin"]);
    // Refused as soon as the spread passed the budget: after 62 of the 100 rows.
    expect(issue.message["en-US"]).toContain("holds 62 cells");
    expect(issue.message["en-US"]).toContain("at most 1,000,000");
  });

  it("reads a single cell at the last row of the grid without laying out the rows above", async () => {
    const snapshot = await snapshotOf({
      sheets: [{ name: "S", body: rows(`<row r="1048576"><c r="A1048576"><v>1</v></c></row>`) }],
    });
    const values = snapshot.sheets[0]?.values ?? [];
    expect(values).toHaveLength(1_048_576);
    expect(values[1_048_575]).toEqual([1]);
    // The empty rows above share one empty array.
    expect(new Set(values.slice(0, -1)).size).toBe(1);
  });

  it("names a malformed part and where in it", async () => {
    const issue = await refusal({
      sheets: [{ name: "S", body: rows(`<row r="1"><c r="A1"><v>1</c></row>`) }],
    });
    expect([issue.code, issue.sheet]).toEqual(["part.malformed", "S"]);
    expect(issue.message["en-US"]).toMatch(/xl\/worksheets\/sheet1\.xml \(S\).*\d+:\d+/);
  });
});
