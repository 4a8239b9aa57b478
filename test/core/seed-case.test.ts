import { director, holder, inputs } from "./builders";
import { en, factor, scored, zh } from "./helpers";
import { seedExpected as seed } from "../support/examples";

/**
 * The examples of 篇4 in one client: top-3 above 80% with a distressed major shareholder, more
 * than half the directors in management, a GM appointed by the state-asset regulator, and a
 * controlled subsidiary of a weak parent that tunnels money through related-party receivables.
 */
describe("the seed's own examples (篇4)", () => {
  const client = inputs({
    holders: [
      holder("某市国资控股集团", "soe", "60"),
      holder("某财务公司", "soe", "15"),
      holder("员工持股平台", "individual", "10"),
      holder("自然人甲", "individual", "5"),
      holder("自然人乙", "individual", "5"),
      holder("自然人丙", "individual", "5"),
    ],
    board: [
      director("董事长", "chair"),
      director("董事甲", "executive", "总经理"),
      director("董事乙", "director", "副总经理"),
      director("董事丙", "director", "财务总监"),
      director("董事丁", "employee", "董事会秘书"),
      director("董事戊", "independent"),
      director("董事己", "director"),
    ],
    profile: {
      clientName: "某市城建开发有限公司",
      gmAppointment: "appointedByAuthority",
      groupPosition: "controlled",
      parentGovernance: "fair",
      parentCondition: "poor",
      siblingsCondition: "fair",
      relatedReceivablesRatio: "12",
      majorHolderDistress: true,
      majorHolderLargeDeal: false,
      proposalsSubmitted: "8",
      proposalsRejected: "0",
      auditCommittee: false,
      externalAudit: true,
      auditOpinion: "unqualified",
      payLinkedToPerformance: false,
      equityIncentive: false,
      baseRating: "BBB",
      requestedLimit: "50000000",
      currency: "CNY",
      requestedTenorMonths: "36",
    },
  });
  const r = scored(client);

  it("scores each factor as hand-computed", () => {
    // F1 soe controller 60; F2 top-3 85% with distress 10; F3 appointed 20; F4 4/7 > 1/2 → 20;
    // F5 controlled, worst poor 15 − 30 → 0; F6 external audit unqualified 50.
    expect(r.factors.map((f) => [f.id, f.points.toString(), f.weightedPoints.toString()])).toEqual(
      seed.factors.map((f) => [f.id, f.points, f.weightedPoints])
    );
    expect(r.score.toString()).toBe(seed.score);
    expect(r.modelGrade).toBe(seed.modelGrade);
  });

  it("explains the figures with the seed's vocabulary in both languages", () => {
    expect(zh(factor(r, "F2").rule)).toBe(
      "前三大股东持股85.00% > 80.00%，且大股东存在财务风险：大股东财务困难"
    );
    expect(en(factor(r, "F4").rule)).toBe(
      "4 of 7 directors hold a management post (4/7 = 57.14% > 1/2): insider control (内部人控制)"
    );
    expect(zh(factor(r, "F3").rule)).toBe("总经理产生方式：上级组织部门或国资委任命");
    expect(factor(r, "F4").measures[0]!.value).toMatchObject({ kind: "ratio" });
  });

  it("applies both knock-outs and raises every red flag with its actions", () => {
    expect(r.knockouts.map((k) => [k.id, k.cap])).toEqual(seed.knockouts.map((id) => [id, "C"]));
    expect(r.flags.map((f) => f.id)).toEqual(seed.flags);
    const subsidiaryActions = r.flags
      .find((f) => f.id === "groupSubsidiary")!
      .actions.map((a) => zh(a.text));
    expect(subsidiaryActions).toContain("约定重大关联交易须事先征得债权银行同意");
    expect(subsidiaryActions).toContain("考虑以集团公司所持客户股份作质押担保");
  });

  it("converts grade D into the credit adjustment", () => {
    const a = r.adjustment;
    expect(a.adjustedRating).toBe(seed.adjustment.adjustedRating);
    expect(a.recommendedLimit?.toString()).toBe(seed.adjustment.recommendedLimit);
    expect(a.recommendedTenorMonths?.toString()).toBe(seed.adjustment.recommendedTenorMonths);
    expect(a.enhancedCovenants).toBe(true);
  });

  it("traces every factor to cells", () => {
    for (const f of r.factors) expect(f.sources.length).toBeGreaterThan(0);
    expect(factor(r, "F3").sources).toEqual([{ sheet: "治理概况", cell: "B4" }]);
    expect(r.completeness.toString()).toBe(seed.completeness);
  });
});
