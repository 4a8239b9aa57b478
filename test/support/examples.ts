import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";

/**
 * The example clients' results computed by hand from governance-model.md, as typed in
 * examples/expected/<name>.json. Suites that check an example client's figures read them from
 * here, so a figure is typed once, in the data file. The figures are decimal strings ("25.5",
 * "25000000"); `fixed` and `grouped` give the forms the product shows.
 */

export type Grade = "A" | "B" | "C" | "D";

export interface ExpectedFactor {
  readonly id: string;
  readonly rule: string;
  readonly points: string;
  readonly weightedPoints: string;
}

export interface ExpectedResult {
  readonly factors: readonly ExpectedFactor[];
  readonly score: string;
  readonly scoreGrade: Grade;
  readonly knockouts: readonly string[];
  readonly modelGrade: Grade;
  readonly flags: readonly string[];
  readonly completeness: string;
  readonly adjustment: {
    readonly baseRating: string;
    readonly adjustedRating: string;
    readonly requestedLimit: string;
    readonly recommendedLimit: string;
    readonly requestedTenorMonths: string;
    readonly recommendedTenorMonths: string;
  };
}

export interface ExpectedExample {
  readonly workbook: string;
  readonly client: string;
  readonly result?: ExpectedResult;
}

const EXPECTED = join(__dirname, "..", "..", "examples", "expected");

/** examples/expected/<name>.json (`name` is the file stem: "05-seed-ganchang-urban-construction"). */
export function expectedFor(name: string): ExpectedExample {
  return JSON.parse(readFileSync(join(EXPECTED, `${name}.json`), "utf8")) as ExpectedExample;
}

/** The hand-computed result of an example that scores (the refused one has none). */
export function expectedResultFor(name: string): ExpectedResult {
  const { result } = expectedFor(name);
  if (result === undefined) throw new Error(`example ${name} is refused, it has no result`);
  return result;
}

/** One factor's hand figures. */
export function expectedFactor(result: ExpectedResult, id: string): ExpectedFactor {
  const factor = result.factors.find((f) => f.id === id);
  if (factor === undefined) throw new Error(`no factor ${id}`);
  return factor;
}

/**
 * The seed's client (篇4), example 05: top-3 above 80% with a distressed major shareholder, four
 * of seven directors in management, a GM named by the regulator, a controlled subsidiary of a weak
 * parent with related receivables above 10%, hence two knock-outs.
 *
 * The suites' own fixtures of the seed client (test/workbook/read/client.ts,
 * test/taskpane/workbooks.ts, the `seed` case of test/workbook/scorecard/cases.ts,
 * test/core/seed-case.test.ts) type the same client with round figures (stakes 60/15/10/5/5/5,
 * receivables 12%); the model gives them the same result, so they are checked against this one.
 */
export const SEED_EXAMPLE = "05-seed-ganchang-urban-construction";
export const seedExpected: ExpectedResult = expectedResultFor(SEED_EXAMPLE);

/** A figure with a fixed number of decimals: fixed("25.5", 2) is "25.50". */
export const fixed = (figure: string, places: number): string =>
  new Decimal(figure).toFixed(places);

/** A whole amount with thousands separators: grouped("25000000") is "25,000,000". */
export function grouped(figure: string): string {
  if (!/^\d+$/.test(figure)) throw new Error(`not a whole amount: ${figure}`);
  return figure.replace(/\B(?=(\d{3})+$)/g, ",");
}
