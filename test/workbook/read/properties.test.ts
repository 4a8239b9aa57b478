import fc from "fast-check";
import {
  defaultParameters,
  formatMessage,
  inputFingerprint,
  LANGUAGES,
  scoreGovernance,
  type Issue,
} from "../../../src/core";
import { readInputs, type ReadNotice } from "../../../src/workbook/read";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/snapshot";
import {
  boardSheet,
  clientWorkbook,
  DIRECTORS,
  HOLDERS,
  PROFILE_ROWS,
  profileSheet,
  shiftDecimal,
  stakeCell,
  type StakeForm,
} from "./client";
import { inputsOf, sheet, unfilledPlaceholders, workbook, type Cell } from "./snapshots";

const V1 = defaultParameters();

const permutation = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n }
  );

/** A register of 1–12 holders; stakes in hundredths of a point, the first above 1 point. */
const register = fc
  .array(
    fc.record({
      cents: fc.integer({ min: 0, max: 10_000 }),
      type: fc.constantFrom("private", "国有企业", "Individual", "外资企业", "other"),
      group: fc.option(fc.constantFrom("G1", "G2"), { nil: null }),
    }),
    { minLength: 1, maxLength: 12 }
  )
  .map((holders) =>
    holders.map((h, i) => (i === 0 ? { ...h, cents: 101 + (h.cents % 9_900) } : h))
  );

function registerSheet(
  holders: { cents: number; type: string; group: string | null }[],
  form: StakeForm
) {
  const rows: Cell[][] = [
    ["股东名称", "股东类型", "持股比例", "一致行动人"],
    ...holders.map((h, i): Cell[] => [
      `股东${i + 1}`,
      h.type,
      stakeCell(shiftDecimal(String(h.cents), -2), form),
      h.group,
    ]),
  ];
  return sheet("股东名册", rows);
}

describe("properties of the reader", () => {
  it("reads stakes written as %-formatted fractions, as points or as NN% text to the same facts", () => {
    fc.assert(
      fc.property(register, (holders) => {
        const prints = (["fraction", "points", "text"] as const).map((form) =>
          inputFingerprint(
            inputsOf(
              readInputs(workbook([registerSheet(holders, form), boardSheet(), profileSheet()]))
            )
          )
        );
        expect(new Set(prints).size).toBe(1);
      }),
      { numRuns: 150 }
    );
  });

  it("scores the same whatever the order of rows and columns", () => {
    const baseline = scoreGovernance(inputsOf(readInputs(clientWorkbook())), V1);
    if (!baseline.ok) throw new Error("baseline refused");
    const summary = (r: typeof baseline.value) => ({
      score: r.score.toString(),
      grade: r.modelGrade,
      points: r.factors.map((f) => f.points.toString()),
      flags: r.flags.map((f) => f.id).sort(),
      knockouts: r.knockouts.map((k) => k.id).sort(),
      limit: r.adjustment.recommendedLimit?.toString(),
    });
    fc.assert(
      fc.property(
        fc.record({
          holderOrder: permutation(HOLDERS.length),
          directorOrder: permutation(DIRECTORS.length),
          profileOrder: permutation(PROFILE_ROWS.length),
          holderColumns: permutation(6),
          directorColumns: permutation(3),
          stakeForm: fc.constantFrom<StakeForm>("fraction", "points", "text"),
        }),
        (options) => {
          const inputs = inputsOf(readInputs(clientWorkbook(options)));
          const result = scoreGovernance(inputs, V1);
          expect(result.ok).toBe(true);
          if (result.ok) expect(summary(result.value)).toEqual(summary(baseline.value));
          expect(inputFingerprint(inputs)).toBe(baseline.value.inputFingerprint);
        }
      ),
      { numRuns: 100 }
    );
  });
});

const errorValue = fc
  .oneof(
    fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"),
    fc.string({ unit: "binary", maxLength: 300 })
  )
  .map((error): CellValue => ({ error }));

/** Anything a cell can hold, with the texts the reader treats specially well represented. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.constantFrom(
    "",
    " ",
    "\u3000",
    "35%",
    "３５％",
    "-5%",
    "120",
    "1,0",
    "1e5",
    "NaN",
    "合计",
    "Total",
    "监事",
    "无",
    "是",
    "１０００万",
    "1.2亿",
    "-1亿",
    "BBB",
    "人民币",
    "国有企业",
    "chair",
    "基础评级",
    "股东名称",
    "持股比例",
    "%",
    "万"
  ),
  errorValue
);

/** The seed client with some cells overwritten, some rows cut short, formats and formulas shuffled. */
const damagedClient: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    edits: fc.array(
      fc.record({
        sheet: fc.nat(2),
        row: fc.nat(24),
        column: fc.nat(7),
        value: anyCell,
        format: fc.constantFrom("General", "0%", "0.00%", '0"%"', "@"),
        formula: fc.constantFrom("", "", "", "SUM(A1:A2)"),
      }),
      { maxLength: 12 }
    ),
    cuts: fc.array(fc.record({ sheet: fc.nat(2), row: fc.nat(24), length: fc.nat(6) }), {
      maxLength: 3,
    }),
    stakeForm: fc.constantFrom<StakeForm>("fraction", "points", "text"),
  })
  .map(({ edits, cuts, stakeForm }) => {
    const sheets = clientWorkbook({ stakeForm }).sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => [...r]),
      numberFormats: s.numberFormats.map((r) => [...r]),
      formulas: (s.formulas ?? []).map((r) => [...r]),
      tables: s.tables,
    }));
    for (const e of edits) {
      const target = sheets[e.sheet]!;
      while (target.values.length <= e.row) {
        target.values.push([]);
        target.numberFormats.push([]);
        target.formulas.push([]);
      }
      target.values[e.row]![e.column] = e.value;
      target.numberFormats[e.row]![e.column] = e.format;
      target.formulas[e.row]![e.column] = e.formula;
    }
    for (const c of cuts) sheets[c.sheet]!.values[c.row]?.splice(c.length);
    return { sheets };
  });

/** A workbook built from nothing: any names, any tables, any ranges, any defined names. */
const anyWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  sheets: fc.array(
    fc.record({
      name: fc.oneof(
        fc.constantFrom("股东名册", "Board", "Profile", "治理概况", "董事会", "Shareholders"),
        fc.string({ unit: "binary", maxLength: 2_000 })
      ),
      values: fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 8 }),
      numberFormats: fc.array(fc.array(fc.constantFrom("General", "0%"), { maxLength: 8 }), {
        maxLength: 8,
      }),
      tables: fc.array(
        fc.record({
          name: fc.oneof(
            fc.constantFrom("Shareholders", "Board", "Profile", "股东名册"),
            fc.string({ maxLength: 20 })
          ),
          range: fc.oneof(
            fc.constantFrom("A1:C4", "B2:D9", "A1", "$A$1:$B$3", "XFD1048576", "A1:XFD1048576"),
            fc.string({ maxLength: 20 })
          ),
        }),
        { maxLength: 2 }
      ),
    }),
    { maxLength: 4 }
  ),
  names: fc.array(
    fc.record({
      name: fc.constantFrom("GovScore_scorecard", "GovScore_model", "Other"),
      sheet: fc.constantFrom("股东名册", "Board", "Profile"),
      range: fc.constant("A1"),
    }),
    { maxLength: 2 }
  ),
});

function expectLocatedAndRendered(
  found: readonly (Issue | ReadNotice)[],
  snapshot: WorkbookSnapshot,
  requireLocation: boolean
) {
  const sheetNames = new Set(snapshot.sheets.map((s: SheetSnapshot) => s.name));
  for (const item of found) {
    if (requireLocation || item.at !== undefined) {
      expect(item.at).toBeDefined();
      expect(sheetNames.has(item.at!.sheet)).toBe(true);
      expect(item.at!.cell).toMatch(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/);
    }
    expect(unfilledPlaceholders(item.message)).toEqual([]);
    for (const language of LANGUAGES) expect(formatMessage(item.message, language)).not.toBe("");
  }
}

describe("the reader never throws", () => {
  it("gives a damaged client workbook either inputs that score or located issues", () => {
    fc.assert(
      fc.property(damagedClient, (snapshot) => {
        const outcome = readInputs(snapshot);
        expectLocatedAndRendered(outcome.notices, snapshot, false);
        if (outcome.ok) {
          // The reader is at least as strict as the core: what it accepts, the core scores.
          expect(scoreGovernance(outcome.inputs, V1).ok).toBe(true);
        } else {
          expect(outcome.issues.length).toBeGreaterThan(0);
          expectLocatedAndRendered(outcome.issues, snapshot, true);
        }
      }),
      { numRuns: 300 }
    );
  });

  it("reads any workbook at all without throwing", () => {
    fc.assert(
      fc.property(anyWorkbook, (snapshot) => {
        const outcome = readInputs(snapshot);
        expectLocatedAndRendered(outcome.ok ? [] : outcome.issues, snapshot, false);
        expectLocatedAndRendered(outcome.notices, snapshot, false);
      }),
      { numRuns: 300 }
    );
  });
});
