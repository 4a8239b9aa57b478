import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import { convertWithLibreOffice, libreOfficeGate } from "../../support/libreoffice";
import { describeFor } from "../../support/required-program";
import { suiteTempDir } from "./helpers/temp-dir";

const temp = suiteTempDir("libreoffice");
/** The run's one LibreOffice (test/support/libreoffice.ts): fails in CI without it, else skipped. */
const describeIfLibreOffice = describeFor(libreOfficeGate());

/** A register in flat ODS: percent, date and boolean styles, a formula, an error, a merge, a table. */
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:date-style style:name="N20"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <number:boolean-style style:name="NB"><number:boolean/></number:boolean-style>
  <style:style style:name="bool" style:family="table-cell" style:data-style-name="NB"/>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="N10"/>
  <style:style style:name="dt" style:family="table-cell" style:data-style-name="N20"/>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="股东名册">
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Holder</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Shares</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Pct</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Since</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Pledged</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>
     <table:table-cell office:value-type="float" office:value="1200"><text:p>1200</text:p></table:table-cell>
     <table:table-cell table:style-name="pct" office:value-type="percentage" office:value="0.35"><text:p>35.00%</text:p></table:table-cell>
     <table:table-cell table:style-name="dt" office:value-type="date" office:date-value="2021-03-04"><text:p>2021-03-04</text:p></table:table-cell>
     <table:table-cell table:style-name="bool" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Merged note</text:p></table:table-cell>
     <table:covered-table-cell/>
     <table:table-cell table:formula="of:=[.B2]*2" office:value-type="float" office:value="2400"><text:p>2400</text:p></table:table-cell>
     <table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value=""><text:p>#DIV/0!</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p> spaced </text:p></table:table-cell>
    </table:table-row>
   </table:table>
   <table:database-ranges>
    <table:database-range table:name="Holders" table:target-range-address="'股东名册'.A1:'股东名册'.E2" table:display-filter-buttons="true" table:contains-header="true"/>
   </table:database-ranges>
  </office:spreadsheet>
 </office:body>
</office:document>
`;

describeIfLibreOffice("reading .xlsx files written by LibreOffice", () => {
  it("reads a workbook that LibreOffice Calc converted from a flat ODS file", async () => {
    const source = temp.file("register.fods", FODS);
    const outDir = join(temp.path(), "out");
    await convertWithLibreOffice([source], outDir);
    const path = join(outDir, "register.xlsx");
    if (!existsSync(path)) {
      throw new Error(`LibreOffice wrote ${String(readdirSync(outDir))}`);
    }

    const result = await readWorkbookFile(path);

    const G = "General";
    expect(result).toEqual({
      ok: true,
      value: {
        formulaValues: "cached",
        names: [],
        sheets: [
          {
            name: "股东名册",
            values: [
              ["Holder", "Shares", "Pct", "Since", "Pledged"],
              ["张三", 1200, 0.35, "2021-03-04", true],
              ["Merged note", null, 2400, { error: "#DIV/0!" }, " spaced "],
            ],
            numberFormats: [
              [G, G, G, G, G],
              // The format code as LibreOffice wrote it (Excel's escaped form).
              [G, G, "0.00%", "yyyy\\-mm\\-dd", '"TRUE";"TRUE";"FALSE"'],
              [G, G, G, G, G],
            ],
            formulas: [
              ["", "", "", "", ""],
              ["", "", "", "", ""],
              ["", "", "B2*2", "1/0", ""],
            ],
            tables: [{ name: "Holders", range: "A1:E2" }],
          },
        ],
      },
    });
  });
});
