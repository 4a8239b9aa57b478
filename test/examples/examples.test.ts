import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/adapters/xlsx/read-xlsx";
import {
  Decimal,
  defaultParameters,
  formatLocated,
  scoreGovernance,
  type CellRef,
  type Issue,
  type ScoreResult,
} from "../../src/core";
import { readInputs, type ReadNotice, type ReadOptions } from "../../src/workbook/read";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

/**
 * The example client workbooks in examples/ against their hand-computed results
 * (examples/expected/*.json; scripts/make-examples.ts writes the workbooks from examples/src):
 * file → readWorkbookFile → readInputs → scoreGovernance with the default parameters.
 */

// Each read starts a parse worker (under a second; more when busy).

const EXAMPLES = join(__dirname, "..", "..", "examples");
const V1 = defaultParameters();

interface Located {
  readonly sheet: string | null;
  readonly cell: string | null;
}
type Coded = Located & { readonly code: string };

interface ExpectedResult {
  readonly factors: readonly {
    id: string;
    rule: string;
    points: string;
    weightedPoints: string;
  }[];
  readonly score: string;
  readonly scoreGrade: string;
  readonly knockouts: readonly string[];
  readonly modelGrade: string;
  readonly flags: readonly string[];
  readonly gaps: readonly (Located & { factor: string; item: string })[];
  readonly completeness: string;
  readonly adjustment: Readonly<Record<string, string>>;
}

interface ExpectedFile {
  readonly workbook: string;
  readonly readOptions?: ReadOptions;
  readonly result?: ExpectedResult;
  readonly notices?: readonly Coded[];
  readonly errors?: readonly Coded[];
  readonly verbatimHolders?: readonly string[];
}

const expectedFiles = readdirSync(join(EXAMPLES, "expected"))
  .filter((file) => file.endsWith(".json"))
  .sort();

function load(file: string): ExpectedFile {
  return JSON.parse(readFileSync(join(EXAMPLES, "expected", file), "utf8")) as ExpectedFile;
}

async function snapshotOf(workbook: string): Promise<WorkbookSnapshot> {
  const read = await readWorkbookFile(join(EXAMPLES, workbook));
  if (!read.ok) throw new Error(`${workbook}: ${JSON.stringify(read.issues)}`);
  return read.value;
}

const located = (at: CellRef | undefined): Located => ({
  sheet: at?.sheet ?? null,
  cell: at?.cell ?? null,
});

/** Codes and cells, in a stable order (the order the reader finds them in is not the point). */
function codedList(items: readonly (Issue | ReadNotice)[]): Coded[] {
  return sortCoded(items.map((i) => ({ code: i.code, ...located(i.at) })));
}

function sortCoded(items: readonly Coded[]): Coded[] {
  const key = (c: Coded) => `${c.code}|${c.sheet ?? ""}|${c.cell ?? ""}`;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const text = (value: Decimal | null) => (value === null ? null : value.toString());
/** The hand figures are decimal strings; compare them in the engine's canonical form. */
const canonical = (value: string) => new Decimal(value).toString();

/** The engine's result in the shape of the expected JSON. */
function summary(r: ScoreResult): ExpectedResult {
  const a = r.adjustment;
  return {
    factors: r.factors.map((f) => ({
      id: f.id,
      rule: f.ruleId,
      points: f.points.toString(),
      weightedPoints: f.weightedPoints.toString(),
    })),
    score: r.score.toString(),
    scoreGrade: r.scoreGrade,
    knockouts: r.knockouts.map((k) => k.id),
    modelGrade: r.modelGrade,
    flags: r.flags.map((f) => f.id),
    gaps: r.gaps.map((g) => ({ factor: g.factor ?? "", item: g.item, ...located(g.at) })),
    completeness: r.completeness.toString(),
    adjustment: {
      baseRating: a.baseRating ?? "",
      adjustedRating: a.adjustedRating ?? "",
      requestedLimit: text(a.requestedLimit) ?? "",
      recommendedLimit: text(a.recommendedLimit) ?? "",
      requestedTenorMonths: text(a.requestedTenorMonths) ?? "",
      recommendedTenorMonths: text(a.recommendedTenorMonths) ?? "",
    },
  };
}

/** The hand figures with their decimals in canonical form. */
function handFigures(e: ExpectedResult): ExpectedResult {
  const adjustment: Record<string, string> = { ...e.adjustment };
  for (const key of Object.keys(adjustment))
    if (key !== "baseRating" && key !== "adjustedRating")
      adjustment[key] = canonical(adjustment[key] ?? "");
  return {
    ...e,
    factors: e.factors.map((f) => ({
      ...f,
      points: canonical(f.points),
      weightedPoints: canonical(f.weightedPoints),
    })),
    score: canonical(e.score),
    completeness: canonical(e.completeness),
    adjustment,
  };
}

function describeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => formatLocated(i.message, i.at, "en-US")).join("\n");
}

it("has the examples the README lists", () => {
  const readme = readFileSync(join(EXAMPLES, "README.md"), "utf8");
  expect(expectedFiles.length).toBeGreaterThanOrEqual(10);
  for (const file of expectedFiles) expect(readme).toContain(load(file).workbook);
});

describe.each(expectedFiles)("%s", (file) => {
  const expected = load(file);

  if (expected.errors !== undefined) {
    const errors = expected.errors;
    it.concurrent("is refused with every error located at its cell", async () => {
      const outcome = readInputs(await snapshotOf(expected.workbook), expected.readOptions);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(codedList(outcome.issues)).toEqual(sortCoded(errors));
    });
    return;
  }

  const result = expected.result;
  if (result === undefined) throw new Error(`${file} has neither a result nor errors`);
  it.concurrent("scores as computed by hand", async () => {
    const outcome = readInputs(await snapshotOf(expected.workbook), expected.readOptions);
    if (!outcome.ok) throw new Error(`refused:\n${describeIssues(outcome.issues)}`);
    expect(codedList(outcome.notices)).toEqual(sortCoded(expected.notices ?? []));

    const scored = scoreGovernance(outcome.inputs, V1);
    if (!scored.ok) throw new Error(`not scored:\n${describeIssues(scored.issues)}`);
    expect(summary(scored.value)).toEqual(handFigures(result));

    const names = (outcome.inputs.shareholders?.rows ?? []).map((row) => row.name.value);
    for (const name of expected.verbatimHolders ?? []) expect(names).toContain(name);
  });
});
