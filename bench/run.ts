import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dec, defaultParameters, scoreGovernance } from "../src/core";
import { readInputs } from "../src/workbook/read";
import { scoredWorkbookPlan } from "../src/workbook/scorecard";
import { fileBenchmarks, fileTable, type FileRow } from "./files";
import { goalBenchmarks, goalTable } from "./goals";
import { listedCompanyInputs, listedCompanySnapshot } from "./fixtures";
import { medianMs, ratio, type Comparison } from "./measure";

/**
 * `npm run bench`: each benchmark times a candidate against a baseline in the same run and reports
 * the ratio, so results compare across machines. Results go to BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const params = defaultParameters();
  const results: Comparison[] = [];
  // `npm run bench -- files`: only the whole-file measures (time and peak memory).
  const onlyFiles = process.argv.includes("files");
  // `npm run bench -- goals`: only the goals of issue 12 (BENCHMARKS.md's goals section replaced).
  // BENCH_SMALL=100 BENCH_REGISTERS=100000 shrink them for a quick look.
  const goalOptions = {
    small: Number(process.env.BENCH_SMALL ?? 559),
    registers: (process.env.BENCH_REGISTERS ?? "100000,1000000").split(",").map(Number),
  };
  if (process.argv.includes("goals")) {
    const table = goalTable(await goalBenchmarks(goalOptions));
    const stamp = `Goals run: ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} cores · load average ${loadavg()[0]?.toFixed(2)}`;
    replaceGoalSection([table[0]!, "", stamp, ...table.slice(1)]);
    process.stdout.write(table.join("\n"));
    return;
  }
  const files: FileRow[] = await fileBenchmarks();
  if (onlyFiles) {
    process.stdout.write(fileTable(files).join("\n"));
    return;
  }
  const add = async (
    name: string,
    baseline: string,
    b: () => unknown,
    candidate: string,
    c: () => unknown,
    runs: number
  ) => {
    const baselineMs = await medianMs(b, runs);
    const candidateMs = await medianMs(c, runs);
    results.push({ name, baseline, candidate, baselineMs, candidateMs });
    process.stderr.write(`${name}: ${baselineMs.toFixed(1)} ms → ${candidateMs.toFixed(1)} ms\n`);
  };

  for (const n of [5_000, 50_000]) {
    const inputs = listedCompanyInputs(n);
    const sumStakes = () =>
      inputs.shareholders!.rows.reduce((sum, r) => sum.plus(r.stake.value!), dec(0));
    await add(
      `score a ${n.toLocaleString("en")}-holder client`,
      "sum every stake once (Decimal)",
      sumStakes,
      "scoreGovernance",
      () => scoreGovernance(inputs, params),
      9
    );

    const snapshot = listedCompanySnapshot(n);
    const touchCells = () => {
      let count = 0;
      for (const sheet of snapshot.sheets)
        for (const row of sheet.values)
          for (const v of row)
            if (typeof v === "string" ? v.normalize("NFKC") : v !== null) count++;
      return count;
    };
    await add(
      `read inputs from a ${n.toLocaleString("en")}-row register`,
      "NFKC every cell once",
      touchCells,
      "readInputs",
      () => readInputs(snapshot),
      9
    );

    const read = readInputs(snapshot);
    if (!read.ok) throw new Error("fixture refused");
    const scored = scoreGovernance(read.inputs, params);
    if (!scored.ok) throw new Error("fixture refused");
    const plan = () =>
      scoredWorkbookPlan({
        result: scored.value,
        inputs: read.inputs,
        layout: read.layout,
        params,
        language: "zh-CN",
        generatedAt: "2026-11-29T00:00:00Z",
        auditRows: [],
      });
    await add(
      `plan the scored sheets (${n.toLocaleString("en")} holders)`,
      "scoreGovernance",
      () => scoreGovernance(read.inputs, params),
      "scoredWorkbookPlan",
      plan,
      9
    );
  }

  // The compiled adapter (as the CLI runs it): from sources its worker would transpile TypeScript.
  const compiled = join(__dirname, "../dist/node/adapters/xlsx/read-xlsx");
  const { readWorkbookFile } = (await import(
    compiled
  )) as typeof import("../src/adapters/xlsx/read-xlsx");
  const listed = join(__dirname, "../examples/13-listed-zhongyuan-intelligent-equipment.xlsx");
  await add(
    "open the 5,000-holder example .xlsx",
    "exceljs readFile in-process (no limits)",
    () => new ExcelJS.Workbook().xlsx.readFile(listed),
    "readWorkbookFile (zip checks + streaming reader in a capped worker)",
    () => readWorkbookFile(listed),
    5
  );

  const cli = join(__dirname, "../dist/node/cli/main.js");
  const examples = join(__dirname, "../examples");
  const folder = (jobs: number) => () => {
    const out = mkdtempSync(join(tmpdir(), "gs-bench-"));
    try {
      execFileSync(
        process.execPath,
        [cli, "score", examples, "--out", out, "--lang", "en", "--jobs", String(jobs)],
        { stdio: "ignore" }
      );
    } catch {
      // exit 1: the broken example is reported and skipped, as designed
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const count = readdirSync(examples).filter((f) => f.endsWith(".xlsx")).length;
  await add(
    `govscore score on examples/ (${count} workbooks)`,
    "--jobs 1",
    folder(1),
    `--jobs ${Math.max(2, cpus().length)}`,
    folder(Math.max(2, cpus().length)),
    3
  );

  const lines = [
    "# Benchmarks",
    "",
    "Produced by `npm run bench` (bench/run.ts). Each row times a candidate against a baseline in the",
    "same run; the ratio (candidate ÷ baseline) is what compares across machines. Medians of several",
    "runs after a warm-up. Tests never assert timings.",
    "",
    `Run: ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} cores · load average ${loadavg()[0]?.toFixed(2)}`,
    "",
    "| benchmark | baseline | candidate | baseline ms | candidate ms | ratio |",
    "|---|---|---|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.baseline} | ${r.candidate} | ${r.baselineMs.toFixed(1)} | ${r.candidateMs.toFixed(1)} | ${ratio(r).toFixed(2)} |`
    ),
    "",
    ...goalTable(await goalBenchmarks(goalOptions)),
    ...fileTable(files),
  ];
  const file = join(__dirname, "../BENCHMARKS.md");
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const notes = previous.includes("\n## Reading the numbers")
    ? previous.slice(previous.indexOf("\n## Reading the numbers"))
    : "";
  writeFileSync(file, lines.join("\n") + notes);
  process.stdout.write(lines.join("\n"));
}

/** BENCHMARKS.md with its goals section (up to the next "## ") replaced, or added before the files'. */
function replaceGoalSection(section: readonly string[]): void {
  const file = join(__dirname, "../BENCHMARKS.md");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = text.indexOf("## Goals of issue 12");
  const block = `${section.join("\n")}\n`;
  if (start >= 0) {
    const next = text.indexOf("\n## ", start + 3);
    writeFileSync(file, text.slice(0, start) + block + (next >= 0 ? text.slice(next + 1) : ""));
  } else {
    const files = text.indexOf("## Files:");
    writeFileSync(
      file,
      files >= 0 ? text.slice(0, files) + block + "\n" + text.slice(files) : `${text}\n${block}`
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
