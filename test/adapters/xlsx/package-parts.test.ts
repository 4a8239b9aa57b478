import {
  readSheetParts,
  readTablesBySheet,
  type PartIndex,
} from "../../../src/adapters/xlsx/package-parts";
import { partName, ZipArchive } from "../../../src/adapters/xlsx/zip-archive";
import { writeZip } from "./helpers/zip-writer";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Package parts only (no cells): what matters is how sheets and tables are linked. */
const parts = {
  "xl/workbook.xml":
    `<workbook xmlns:r="${REL}"><sheets>` +
    `<sheet name="R&amp;D &#x80A1;&#19996;" sheetId="1" r:id="rId7"/>` +
    `<sheet name="Chart" sheetId="2" r:id="rId8"/>` +
    `<sheet name='Board' sheetId="3" r:id="rId9"/>` +
    `</sheets></workbook>`,
  "xl/_rels/workbook.xml.rels":
    `<Relationships>` +
    `<Relationship Id="rId7" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId8" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
    `<Relationship Id="rId9" Type="${REL}/worksheet" Target="/xl/worksheets/board.xml"/>` +
    `</Relationships>`,
  "xl/worksheets/_rels/sheet1.xml.rels":
    `<Relationships>` +
    `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/holders.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://example.com" TargetMode="External"/>` +
    `</Relationships>`,
  "xl/worksheets/_rels/board.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/table" Target="/xl/tables/table9.xml"/></Relationships>`,
  "xl/tables/holders.xml": `<table id="1" name="Table1" displayName="Holders" ref="A1:F12"><tableColumns count="6"/></table>`,
  "xl/tables/table9.xml": `<x:table xmlns:x="urn:x" id="9" name="Directors" ref="B2:D9"/>`,
};

async function withArchive<T>(
  run: (archive: ZipArchive, index: PartIndex) => Promise<T>
): Promise<T> {
  const bytes = writeZip(Object.entries(parts).map(([name, data]) => ({ name, data })));
  const archive = await ZipArchive.fromBytes(bytes);
  try {
    const entries = await archive.listEntries();
    return await run(archive, new Map(entries.map((entry) => [partName(entry), entry])));
  } finally {
    archive.close();
  }
}

describe("package parts", () => {
  it("lists worksheets in workbook order with decoded names, relative and absolute targets", async () => {
    const sheets = await withArchive((archive, index) => readSheetParts(archive, index));
    expect(sheets).toEqual([
      { name: "R&D 股东", part: "xl/worksheets/sheet1.xml" },
      { name: "Board", part: "xl/worksheets/board.xml" },
    ]);
  });

  it("finds each sheet's tables through its relationships, whatever the part names", async () => {
    const tables = await withArchive(async (archive, index) =>
      readTablesBySheet(archive, index, await readSheetParts(archive, index))
    );
    expect([...tables]).toEqual([
      ["R&D 股东", [{ name: "Holders", range: "A1:F12" }]],
      ["Board", [{ name: "Directors", range: "B2:D9" }]],
    ]);
  });
});
