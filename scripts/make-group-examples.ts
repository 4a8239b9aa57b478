/**
 * Writes examples/groups/<name>.xlsx from examples/groups/src/<name>.json: three tables (Members,
 * Guarantees, Group profile) as plain sheets or Excel tables; `percentColumn` gets a % format.
 * Expected results are typed by hand in examples/groups/expected/<name>.json (never written here).
 * Run: node scripts/run-ts.js scripts/make-group-examples.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

type Cell = string | number | null;
interface Block {
  readonly name: string;
  readonly table?: string;
  readonly header: readonly string[];
  readonly percentColumn?: number;
  readonly rows: readonly (readonly Cell[])[];
}
interface Example {
  readonly members: Block;
  readonly guarantees: Block;
  readonly profile: Block;
}

const ROOT = join(__dirname, "..", "examples", "groups");
const FIXED = new Date("2026-01-01T00:00:00Z");

function addBlock(workbook: ExcelJS.Workbook, block: Block): void {
  const sheet = workbook.addWorksheet(block.name);
  if (block.table !== undefined) {
    sheet.addTable({
      name: block.table,
      ref: "A1",
      headerRow: true,
      columns: block.header.map((name) => ({ name })),
      rows: block.rows.map((r) => [...r]),
    });
  } else {
    sheet.addRow([...block.header]);
    for (const row of block.rows) sheet.addRow([...row]);
  }
  if (block.percentColumn !== undefined)
    for (let r = 2; r <= block.rows.length + 1; r++)
      sheet.getCell(r, block.percentColumn + 1).numFmt = "0.00%";
  sheet.columns.forEach((c) => (c.width = 24));
}

async function main(): Promise<void> {
  for (const file of readdirSync(join(ROOT, "src")).filter((f) => f.endsWith(".json"))) {
    const example = JSON.parse(readFileSync(join(ROOT, "src", file), "utf8")) as Example;
    const workbook = new ExcelJS.Workbook();
    workbook.created = FIXED;
    workbook.modified = FIXED;
    workbook.creator = "govscore examples";
    addBlock(workbook, example.members);
    addBlock(workbook, example.guarantees);
    addBlock(workbook, example.profile);
    await workbook.xlsx.writeFile(join(ROOT, file.replace(/\.json$/, ".xlsx")));
  }
}

void main();
