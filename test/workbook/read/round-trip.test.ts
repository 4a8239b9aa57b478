import {
  defaultParameters,
  formatMessage,
  inputFingerprint,
  scoreGovernance,
  type GovernanceInputs,
  type ScoreResult,
} from "../../../src/core";
import { readInputs } from "../../../src/workbook/read";
import { clientWorkbook, DIRECTORS, HOLDERS, PROFILE_ROWS } from "./client";
import { seedExpected as seed } from "../../support/examples";
import { inputsOf, pct, sheet, workbook, type Cell } from "./snapshots";

const V1 = defaultParameters();

function scored(inputs: GovernanceInputs): ScoreResult {
  const result = scoreGovernance(inputs, V1);
  if (!result.ok)
    throw new Error(result.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
  return result.value;
}

/** The same client typed by an English-speaking officer into the product's Excel tables. */
function englishWorkbook() {
  const types: Record<string, string> = {
    国有企业: "State-owned enterprise",
    自然人: "Individual",
    individual: "individual",
    Individual: "INDIVIDUAL",
  };
  const roles: Record<string, string> = {
    董事长: "Chair",
    执行董事: "Executive director",
    董事: "Director",
    director: "director",
    职工董事: "Employee director",
    独立董事: "Independent director",
    Director: "Director",
  };
  const holders: Cell[][] = [
    ["Frozen", "Stake", "Shareholder", "Shareholder type", "Acting in concert"],
    ...HOLDERS.map(([name, type, stake, group]): Cell[] => [
      false,
      pct(stake / 100),
      name,
      types[type] ?? type,
      group,
    ]),
  ];
  const board: Cell[][] = [
    ["Director", "Senior management post", "Board role"],
    ...DIRECTORS.map(([name, role, post]): Cell[] => [name, post, roles[role] ?? role]),
  ];
  const english: Record<string, Cell> = {
    总经理产生方式: "Appointed by the authority or the state-asset regulator",
    集团地位: "Controlled subsidiary",
    母公司治理效率: "Fair",
    母公司经营财务状况: "poor",
    关联方应收款占总资产比例: pct(0.12),
    大股东财务困难: true,
    大股东重大并购: false,
    审计委员会: false,
    外部审计: true,
    审计意见: "Unqualified",
    股权激励: false,
    申请额度: 50_000_000,
    币种: "CNY",
  };
  const profile: Cell[][] = [
    ["Item", "Value"],
    ...PROFILE_ROWS.map(([item, value]): Cell[] => [item, english[item] ?? value]),
  ];
  return workbook([
    sheet("Client data", holders, [{ name: "Shareholders", range: "A1:E7" }]),
    sheet("Directors", board, [{ name: "Board", range: "A1:C8" }]),
    sheet("Credit request", profile, [{ name: "Profile", range: "A1:B22" }]),
  ]);
}

describe("reading and scoring the seed's client", () => {
  const outcome = readInputs(clientWorkbook());
  const result = scored(inputsOf(outcome));

  it("scores as hand-computed in the core's seed case", () => {
    expect(result.factors.map((f) => [f.id, f.points.toString()])).toEqual(
      seed.factors.map((f) => [f.id, f.points])
    );
    expect(result.score.toString()).toBe(seed.score);
    expect(result.modelGrade).toBe(seed.modelGrade);
    expect(result.knockouts.map((k) => k.id)).toEqual(seed.knockouts);
    expect(result.adjustment.adjustedRating).toBe(seed.adjustment.adjustedRating);
    expect(result.adjustment.recommendedLimit?.toString()).toBe(seed.adjustment.recommendedLimit);
    expect(result.adjustment.recommendedTenorMonths?.toString()).toBe(
      seed.adjustment.recommendedTenorMonths
    );
    expect(result.completeness.toString()).toBe(seed.completeness);
  });

  it("traces the factors to the workbook's cells", () => {
    expect(result.factors.find((f) => f.id === "F3")!.sources).toEqual([
      { sheet: "治理概况", cell: "B4" },
    ]);
  });

  it("gives the same facts from an English workbook of Excel tables", () => {
    const english = readInputs(englishWorkbook());
    expect(inputFingerprint(inputsOf(english))).toBe(inputFingerprint(inputsOf(outcome)));
    expect(scored(inputsOf(english)).score.toString()).toBe(seed.score);
    expect(english.layout.shareholders).toMatchObject({
      source: "excelTable",
      tableName: "Shareholders",
      columns: expect.arrayContaining([
        { key: "stake", column: "B", header: "Stake", form: "fraction", formulaSafe: true },
      ]),
    });
  });
});
