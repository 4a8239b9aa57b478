/**
 * Writes examples/ from data. Each example is two files:
 * - examples/src/<name>.json describes the client workbook: its sheets, each a list of blocks (a
 *   header row and rows at an address, an Excel table when `table` names one); cells are values,
 *   `{ value, numFmt }`, `{ formula, result }` (the cached result) or `{ error }`; a large
 *   register is given as the parameters of a seeded generator (`register`) instead of rows;
 * - examples/expected/<name>.json holds its result, computed by hand from governance-model.md.
 * This script writes examples/<name>.xlsx and the list in examples/README.md. It never writes the
 * expected results: they are typed by hand; test/examples/hand-figures.test.ts checks that they
 * add up and test/examples/examples.test.ts compares them with the engine.
 *
 * Run: npm run examples
 * Deterministic: fixed document and zip dates, a seeded generator for the large register.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import ExcelJS from "exceljs";

// ---------------------------------------------------------------------------------------------
// The data

type Scalar = string | number | boolean | null;
interface Formatted {
  readonly value: number;
  readonly numFmt: string;
}
interface ErrorValue {
  readonly error: "#N/A" | "#REF!" | "#VALUE!";
}
interface Formula {
  readonly formula: string;
  readonly result: Scalar | ErrorValue;
}
type Cell = Scalar | Formatted | ErrorValue | Formula;

/**
 * A shareholder register drawn from a seed: the named holders first, then `public.count` people
 * (a surname and one or two given-name characters from the lists) holding round lots that add up
 * to the rest of the shares. Rows: serial number, name, type, shares, percentage points.
 */
interface RegisterSpec {
  readonly seed: number;
  readonly totalShares: number;
  readonly lot: number;
  readonly sharesFormat: string;
  readonly named: readonly (readonly [name: string, type: string, shares: number])[];
  readonly public: {
    readonly count: number;
    readonly type: string;
    readonly surnames: string;
    readonly givenFirst: string;
    readonly givenSecond: string;
  };
}

/** A header row and its rows (or a generated register) at `at`; an Excel table when named. */
interface Block {
  readonly at: string;
  readonly table?: string;
  readonly header: readonly string[];
  readonly rows?: readonly (readonly Cell[])[];
  readonly register?: RegisterSpec;
}

interface Description {
  /** What the workbook's form shows (for readers of the data; not written anywhere). */
  readonly about: string;
  /** The workbook's author. */
  readonly officer: string;
  readonly sheets: readonly { readonly name: string; readonly blocks: readonly Block[] }[];
}

/** The fields of examples/expected/<name>.json the README needs. */
interface Expected {
  readonly workbook: string;
  readonly client: string;
  readonly shows: string;
  readonly result?: { readonly modelGrade: string };
}

interface Example {
  readonly name: string;
  readonly description: Description;
  readonly expected: Expected;
}

const ROOT = join(__dirname, "..", "examples");
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const stems = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();

function loadExamples(): Example[] {
  const names = stems(join(ROOT, "src"));
  const orphans = stems(join(ROOT, "expected")).filter((name) => !names.includes(name));
  if (orphans.length > 0) throw new Error(`expected results without a workbook: ${orphans}`);
  return names.map((name) => {
    const expected = readJson<Expected>(join(ROOT, "expected", `${name}.json`));
    if (expected.workbook !== `${name}.xlsx`) throw new Error(`${name}: workbook is not ${name}`);
    return {
      name,
      description: readJson<Description>(join(ROOT, "src", `${name}.json`)),
      expected,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The generated register

/** A small seeded generator (mulberry32), so the register is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Shares as percentage points of a power-of-ten total, exactly: 148,000,000 of 10⁹ → 14.8. */
function sharesToPoints(shares: number, total: number): number {
  const places = Math.log10(total) - 2;
  if (!Number.isInteger(places) || places < 1) throw new Error(`total ${total} is not 10ⁿ, n > 2`);
  const digits = String(shares).padStart(places + 1, "0");
  return Number(`${digits.slice(0, -places)}.${digits.slice(-places)}`);
}

function register(spec: RegisterSpec): Cell[][] {
  const random = seededRandom(spec.seed);
  const [surnames, givenFirst, givenSecond] = [
    spec.public.surnames,
    spec.public.givenFirst,
    spec.public.givenSecond,
  ].map((letters) => [...letters]) as [string[], string[], string[]];
  const pick = (items: readonly string[]): string =>
    items[Math.floor(random() * items.length)] as string;
  const used = new Set(spec.named.map(([name]) => name));
  const names: string[] = [];
  while (names.length < spec.public.count) {
    const given = random() < 0.75 ? pick(givenFirst) + pick(givenSecond) : pick(givenSecond);
    const name = pick(surnames) + given;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }

  // Round lots, skewed like a real register, adding up exactly to the public float.
  const namedShares = spec.named.reduce((sum, [, , shares]) => sum + shares, 0);
  const publicLots = (spec.totalShares - namedShares) / spec.lot;
  const weights = names.map(() => 0.2 + 50 * random() ** 4);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const lots = weights.map((w) => Math.max(1, Math.floor((w / weightSum) * publicLots)));
  let rest = publicLots - lots.reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error("public holders over-allocated");
  for (let i = 0; rest > 0; i = (i + 1) % lots.length, rest--) lots[i] = (lots[i] ?? 0) + 1;

  const publicHolders = names
    .map((name, i): [string, string, number] => [name, spec.public.type, (lots[i] ?? 0) * spec.lot])
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const all = [...spec.named, ...publicHolders];
  const total = all.reduce((sum, [, , shares]) => sum + shares, 0);
  if (total !== spec.totalShares) throw new Error(`register sums to ${total} shares`);
  if ((publicHolders[0]?.[2] ?? 0) >= (spec.named.at(-1)?.[2] ?? 0))
    throw new Error("a public holder would rank among the named holders");
  return all.map(([name, type, shares], i) => [
    i + 1,
    name,
    type,
    { value: shares, numFmt: spec.sharesFormat },
    sharesToPoints(shares, spec.totalShares),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Writing the workbooks

const FIXED_DATE = new Date(Date.UTC(2024, 5, 30, 9, 0, 0));

/** exceljs zips with JSZip, which stamps every entry with the time of writing unless told. */
function fixZipDates(): void {
  const requireFromExcelJs = createRequire(require.resolve("exceljs"));
  const jszip = requireFromExcelJs("jszip") as { defaults: { date: Date | null } };
  jszip.defaults.date = FIXED_DATE;
}

function parseAt(at: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(at);
  if (match === null) throw new Error(`bad address ${at}`);
  const [, letters = "", digits = ""] = match;
  const column = [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, column };
}

function cellValue(cell: Cell, where: string): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("numFmt" in cell) return cell.value;
  if ("formula" in cell) return { formula: cell.formula, result: cell.result } as ExcelJS.CellValue;
  if ("error" in cell) return { error: cell.error } as ExcelJS.CellErrorValue;
  throw new Error(`${where}: not a cell: ${JSON.stringify(cell)}`);
}

/** Display width of a cell's text: CJK characters count double. */
function textWidth(cell: Cell): number {
  const text = cell === null ? "" : typeof cell === "object" ? "0000000000" : String(cell);
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
}

/** Write a block; widen `widths` (column number → characters) to fit it. */
function writeBlock(
  worksheet: ExcelJS.Worksheet,
  b: Block,
  widths: Map<number, number>,
  where: string
): void {
  const at = parseAt(b.at);
  const rows = b.register !== undefined ? register(b.register) : (b.rows ?? []);
  rows.forEach((row, r) => {
    if (row.length !== b.header.length)
      throw new Error(`${where}: row ${r + 1} has ${row.length} cells for ${b.header.length}`);
  });
  const value = (cell: Cell, r: number, c: number) =>
    cellValue(cell, `${where} row ${r + 1}:${c + 1}`);
  if (b.table !== undefined) {
    worksheet.addTable({
      name: b.table,
      ref: b.at,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: b.header.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row, r) => row.map((cell, c) => value(cell, r, c))),
    });
  } else {
    b.header.forEach((header, c) => {
      const cell = worksheet.getCell(at.row + 1, at.column + c + 1);
      cell.value = header;
      cell.font = { bold: true };
    });
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null)
          worksheet.getCell(at.row + r + 2, at.column + c + 1).value = value(cell, r, c);
      })
    );
  }
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== null && typeof cell === "object" && "numFmt" in cell)
        worksheet.getCell(at.row + r + 2, at.column + c + 1).numFmt = cell.numFmt;
    })
  );
  b.header.forEach((header, c) => {
    const widest = Math.max(
      textWidth(header),
      ...rows.slice(0, 200).map((row) => textWidth(row[c] ?? null))
    );
    const column = at.column + c + 1;
    widths.set(column, Math.max(widths.get(column) ?? 0, Math.min(60, widest + 2)));
  });
}

async function workbookBytes({ name, description }: Example): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = description.officer;
  workbook.lastModifiedBy = description.officer;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of description.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const widths = new Map<number, number>();
    sheet.blocks.forEach((b, i) =>
      writeBlock(worksheet, b, widths, `${name} ${sheet.name} #${i + 1}`)
    );
    for (const [column, width] of widths) worksheet.getColumn(column).width = width;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// The README

function readme(examples: readonly Example[]): string {
  const lines = examples.map(({ name, expected: e }) => {
    const grade =
      e.result === undefined ? "refused (located errors)" : `**${e.result.modelGrade}**`;
    return `- \`${name}.xlsx\` — ${e.client}: ${e.shows}. Expected: ${grade}.`;
  });
  return [
    "# Example client workbooks",
    "",
    "Client workbooks built the way credit officers build them, each with its result computed by hand",
    "from `governance-model.md` in `expected/<name>.json` (the arithmetic is in its `working` field;",
    "`test/examples/hand-figures.test.ts` checks that the figures add up).",
    "`test/examples/examples.test.ts` reads each file with `readWorkbookFile` → `readInputs` →",
    "`scoreGovernance` (default parameters) and compares. Each workbook is described as data in",
    "`src/<name>.json` (sheets, blocks or Excel tables, cells with their formats, formulas with their",
    "cached results, error values; the large register as the parameters of a seeded generator).",
    "Regenerate the workbooks and this list with `npm run examples` (`scripts/make-examples.ts`); edit",
    "the data files, not the workbooks.",
    "",
    ...lines,
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  fixZipDates();
  const examples = loadExamples();
  const workbooks: Buffer[] = [];
  for (const example of examples) workbooks.push(await workbookBytes(example));
  // Earlier output, so a renamed example leaves no stale workbook behind.
  for (const file of readdirSync(ROOT)) if (file.endsWith(".xlsx")) rmSync(join(ROOT, file));
  examples.forEach(({ name }, i) => writeFileSync(join(ROOT, `${name}.xlsx`), workbooks[i]!));
  writeFileSync(join(ROOT, "README.md"), readme(examples));
  console.log(`wrote ${examples.length} workbooks to ${ROOT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
