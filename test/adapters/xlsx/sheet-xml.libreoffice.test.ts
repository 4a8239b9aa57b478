import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readWorkbookFile } from "../../../src/adapters/xlsx/read-xlsx";
import type { CellValue } from "../../../src/workbook/snapshot";
import { convertWithLibreOffice, libreOfficeGate } from "../../support/libreoffice";
import { describeFor } from "../../support/required-program";
import { baseWorkbook, SHEET_PART } from "./helpers/hostile-files";
import { rezip } from "./helpers/rezip";
import { suiteTempDir } from "./helpers/temp-dir";

/**
 * The streaming sheet reader against an independent reading: LibreOffice Calc's CSV export of the
 * same file, over generated variations of a sheet's XML as writers other than Excel produce it
 * (rows and cells with or without `r`, gaps, unknown elements between and inside rows, inline,
 * shared and formula strings). Where the rows are in order the reader must read exactly what
 * LibreOffice shows; a row number that repeats or goes back (which LibreOffice merges or
 * overwrites) must be refused with the sheet and row named, never read.
 */

const describeIfLibreOffice = describeFor(libreOfficeGate());
const temp = suiteTempDir("sheet-xml-lo");
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Kind = "number" | "shared" | "inline" | "formulaString";

interface CellSpec {
  readonly gap: number;
  readonly withRef: boolean;
  readonly kind: Kind;
  readonly text: string;
  readonly number: number;
}

interface RowSpec {
  readonly gap: number;
  readonly withRef: boolean;
  readonly cells: readonly CellSpec[];
  readonly unknownBefore: boolean;
  readonly unknownInside: boolean;
}

interface Variation {
  readonly rows: readonly RowSpec[];
  /** Index of a row whose number repeats (0) or goes back (1) an earlier one; -1: none. */
  readonly disorder: { readonly at: number; readonly back: 0 | 1 } | null;
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}[A-Za-z0-9]$/);
const cellSpec: fc.Arbitrary<CellSpec> = fc.record({
  gap: fc.constantFrom(0, 0, 0, 1, 3),
  withRef: fc.boolean(),
  kind: fc.constantFrom<Kind>("number", "shared", "inline", "formulaString"),
  text: word,
  number: fc.integer({ min: 1, max: 99_999 }),
});
const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  gap: fc.constantFrom(0, 0, 0, 1, 2),
  withRef: fc.boolean(),
  cells: fc.array(cellSpec, { minLength: 1, maxLength: 5 }),
  unknownBefore: fc.boolean(),
  unknownInside: fc.boolean(),
});
const variation: fc.Arbitrary<Variation> = fc.record({
  rows: fc.array(rowSpec, { minLength: 2, maxLength: 8 }),
  disorder: fc.option(fc.record({ at: fc.nat(), back: fc.constantFrom<0 | 1>(0, 1) }), {
    freq: 3,
  }),
});

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

interface Built {
  readonly sheet: string;
  readonly sharedStrings: string;
  /** What the sheet shows, row by row (null: no cell), when its rows are in order. */
  readonly shown: (string | null)[][];
  readonly disordered: boolean;
}

const UNKNOWN = [
  `<extLst><ext uri="{x}"><foo>1</foo></ext></extLst>`,
  `<x14:rowInfo xmlns:x14="urn:example" note="a"/>`,
  `<unknownElement>text</unknownElement>`,
];

function build(v: Variation): Built {
  const shared: string[] = [];
  const shown: (string | null)[][] = [];
  const xml: string[] = [];
  let rowNumber = 0;
  const disorderAt = v.disorder === null ? -1 : 1 + (v.disorder.at % (v.rows.length - 1));
  v.rows.forEach((row, i) => {
    let number = rowNumber + 1 + row.gap;
    let withRef = row.withRef;
    if (i === disorderAt && v.disorder !== null) {
      number = Math.max(1, rowNumber - v.disorder.back);
      withRef = true;
    }
    rowNumber = Math.max(rowNumber, number);
    if (row.unknownBefore) xml.push(UNKNOWN[i % UNKNOWN.length] ?? "");
    const cells: string[] = [];
    const line: (string | null)[] = [];
    let column = 0;
    row.cells.forEach((cell, j) => {
      column += 1 + cell.gap;
      const ref = cell.withRef || cell.gap > 0 || j === 0 ? ` r="${letters(column)}${number}"` : "";
      while (line.length < column - 1) line.push(null);
      if (cell.kind === "number") {
        cells.push(`<c${ref}><v>${cell.number}</v></c>`);
        line.push(String(cell.number));
      } else if (cell.kind === "shared") {
        shared.push(cell.text);
        cells.push(`<c${ref} t="s"><v>${shared.length - 1}</v></c>`);
        line.push(cell.text);
      } else if (cell.kind === "inline") {
        cells.push(`<c${ref} t="inlineStr"><is><t xml:space="preserve">${cell.text}</t></is></c>`);
        line.push(cell.text);
      } else {
        cells.push(`<c${ref} t="str"><f>"${cell.text}"</f><v>${cell.text}</v></c>`);
        line.push(cell.text);
      }
      if (row.unknownInside && j === 0) cells.push(`<unknownInRow a="1"/>`);
    });
    const ref = withRef || row.gap > 0 ? ` r="${number}"` : "";
    xml.push(`<row${ref}>${cells.join("")}</row>`);
    while (shown.length < number - 1) shown.push([]);
    shown[number - 1] = line;
  });
  return {
    sheet:
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}">` +
      `<sheetData>${xml.join("")}</sheetData></worksheet>`,
    sharedStrings:
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" ` +
      `count="${shared.length}" uniqueCount="${shared.length}">` +
      `${shared.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("")}</sst>`,
    shown,
    disordered: disorderAt >= 0,
  };
}

/** RFC 4180-style fields of LibreOffice's CSV export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/\r/g, "").split("\n")) {
    if (line === "") {
      rows.push([]);
      continue;
    }
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") {
        fields.push(field);
        field = "";
      } else field += ch;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

/** Rows as text, trailing blanks trimmed (both readings show a blank cell as ""). */
function trimmed(rows: readonly (readonly (string | null)[])[]): string[][] {
  const out = rows.map((row) => {
    const cells = row.map((c) => c ?? "");
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

function asText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return value.error;
  return String(value);
}

describeIfLibreOffice("the sheet reader against LibreOffice's CSV export", () => {
  it("reads generated sheet XML as LibreOffice shows it, or refuses disordered rows by name", async () => {
    const variations = fc.sample(variation, { numRuns: 40, seed: 20261203 });
    const base = await baseWorkbook();
    const built = variations.map(build);
    const files: string[] = [];
    for (const [i, b] of built.entries()) {
      const bytes = await rezip(base, {
        [SHEET_PART]: { data: b.sheet },
        "xl/sharedStrings.xml": { data: b.sharedStrings },
      });
      files.push(temp.file(`v${i}.xlsx`, bytes));
    }
    const csvDir = join(temp.path(), "csv");
    await convertWithLibreOffice(files, csvDir, "Text - txt - csv (StarCalc)");

    let compared = 0;
    let refused = 0;
    for (const [i, b] of built.entries()) {
      const read = await readWorkbookFile(files[i] ?? "");
      if (b.disordered) {
        // LibreOffice merges a repeated row into the earlier one and lets a later row overwrite
        // one that went back; the reader refuses instead, naming the sheet and the row.
        if (read.ok) throw new Error(`variation ${i} was read: ${b.sheet}`);
        expect(read.issues.map((issue) => [issue.code, issue.sheet])).toEqual([
          ["sheet.rowOrder", "Register"],
        ]);
        expect(read.issues[0]?.cell).toMatch(/^A\d+$/);
        refused += 1;
        continue;
      }
      if (!read.ok) throw new Error(`variation ${i}: ${JSON.stringify(read.issues)}\n${b.sheet}`);
      const ours = trimmed((read.value.sheets[0]?.values ?? []).map((row) => row.map(asText)));
      // LibreOffice's converter names every output <name>.xlsx, whatever the filter.
      const theirs = trimmed(parseCsv(readFileSync(join(csvDir, `v${i}.xlsx`), "utf8")));
      expect({ variation: i, rows: ours }).toEqual({ variation: i, rows: theirs });
      expect({ variation: i, rows: ours }).toEqual({ variation: i, rows: trimmed(b.shown) });
      compared += 1;
    }
    // Both kinds were generated: read-and-compared, and refused.
    expect(compared).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(3);
  });
});
