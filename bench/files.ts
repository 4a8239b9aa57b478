import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshotToXlsx } from "../test/adapters/xlsx/helpers/client-files";
import { baseWorkbook, SHEET_PART } from "../test/adapters/xlsx/helpers/hostile-files";
import { rezip } from "../test/adapters/xlsx/helpers/rezip";
import { listedCompanySnapshot } from "./fixtures";

/**
 * Whole files, each in a fresh process measured by /usr/bin/time (wall seconds, peak resident
 * memory): `govscore score` (inspect, read, score, write), the reader alone (readWorkbookFile),
 * and openpyxl's read-only mode iterating every cell (Debian's python3-openpyxl), the baseline a
 * data team would use. Crafted files must be refused or read within 5 s and 500 MB.
 */

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface FileMeasure {
  readonly seconds: number;
  readonly mb: number;
  readonly outcome: string;
}

export interface FileRow {
  readonly name: string;
  readonly bytes: number;
  readonly score: FileMeasure;
  readonly reader: FileMeasure;
  readonly openpyxl: FileMeasure | null;
}

function sheet(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><dimension ref="A1"/><sheetData>${rows}</sheetData></worksheet>`;
}

export async function fixtures(dir: string): Promise<{ name: string; path: string }[]> {
  const base = await baseWorkbook();
  const write = async (name: string, xml: string) => {
    const path = join(dir, name);
    writeFileSync(path, await rezip(base, { [SHEET_PART]: { data: xml } }));
    return { name, path };
  };
  const wide = Array.from(
    { length: 2_000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`
  ).join("");
  const register = join(dir, "register-100000.xlsx");
  writeFileSync(register, await snapshotToXlsx(listedCompanySnapshot(100_000)));
  return [
    await write(
      "sparse bomb: one cell at row 20,000,000",
      sheet(`<row r="20000000"><c r="A20000000"><v>1</v></c></row>`)
    ),
    await write(
      "one cell at the grid's last row (1,048,576)",
      sheet(`<row r="1048576"><c r="A1048576"><v>1</v></c></row>`)
    ),
    await write("wide sparse: 2,000 rows with a cell at A and XFD", sheet(wide)),
    { name: "100,000-holder register", path: register },
  ];
}

function timed(command: string, args: readonly string[]): FileMeasure {
  const out = mkdtempSync(join(tmpdir(), "gs-time-"));
  try {
    const report = join(out, "time");
    const run = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", report, command, ...args], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const [seconds = "0", kb = "0"] = readFileSync(report, "utf8")
      .trim()
      .split("\n")
      .pop()!
      .split(" ");
    const text = `${run.stdout}\n${run.stderr}`;
    const outcome =
      /REFUSED: (.*)/.exec(text)?.[1] ??
      /OK: (.*)/.exec(text)?.[1] ??
      (run.status === 0
        ? "scored"
        : (/not scored[^\n]*\n\s*(.*)/.exec(text)?.[1] ?? `exit ${run.status}`));
    return { seconds: Number(seconds), mb: Number(kb) / 1024, outcome: outcome.slice(0, 90) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const READER = `
const { readWorkbookFile } = require(process.argv[1]);
readWorkbookFile(process.argv[2]).then((r) => {
  if (r.ok) console.log("OK: read, " + r.value.sheets.map((s) => s.values.length + " rows").join(", "));
  else console.log("REFUSED: " + r.issues[0].code);
});`;

const OPENPYXL = `
import sys, openpyxl
try:
    wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    print(f"OK: read, {cells} cells")
except Exception as e:
    print(f"REFUSED: {type(e).__name__}")
`;

export async function fileBenchmarks(): Promise<FileRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "gs-bench-files-"));
  const cli = join(__dirname, "../bin/govscore.js");
  const reader = join(__dirname, "../dist/node/adapters/xlsx/read-xlsx.js");
  const python = "/usr/bin/python3";
  const hasOpenpyxl = spawnSync(python, ["-c", "import openpyxl"]).status === 0;
  try {
    const rows: FileRow[] = [];
    for (const { name, path } of await fixtures(dir)) {
      const input = join(dir, "input.xlsx");
      writeFileSync(input, readFileSync(path));
      const score = timed(process.execPath, [
        cli,
        "score",
        input,
        "--out",
        join(dir, "out"),
        "--lang",
        "en",
      ]);
      rows.push({
        name,
        bytes: statSync(path).size,
        score,
        reader: timed(process.execPath, ["-e", READER, reader, input]),
        openpyxl: hasOpenpyxl ? timed(python, ["-c", OPENPYXL, input]) : null,
      });
      process.stderr.write(`${name}: ${JSON.stringify(rows[rows.length - 1])}\n`);
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cell = (m: FileMeasure | null): string =>
  m === null ? "—" : `${m.seconds.toFixed(2)} s · ${Math.round(m.mb)} MB`;

export function fileTable(rows: readonly FileRow[]): string[] {
  return [
    "## Files: wall time and peak memory",
    "",
    "Each measured in a fresh process by `/usr/bin/time` (peak resident memory, worker threads",
    "included). Goal for crafted files: refused or read within 5 s and 500 MB.",
    "",
    "| file | size | govscore score | outcome | reader alone | reader outcome | openpyxl read-only (baseline) |",
    "|---|---:|---:|---|---:|---|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(r.bytes / 1024).toFixed(1)} KB | ${cell(r.score)} | ${r.score.outcome} | ${cell(r.reader)} | ${r.reader.outcome} | ${cell(r.openpyxl)} |`
    ),
    "",
  ];
}
