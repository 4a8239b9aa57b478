import { applyOverride, dec, model1Parameters, scoreGovernance } from "../../src/core";
import { director, GOOD_PROFILE, holder, inputs } from "./builders";
import { en, factor, paramsWith, scored, V1, zh } from "./helpers";

const withProfile = (patch: Record<string, unknown>) =>
  ({ ...GOOD_PROFILE, ...patch }) as typeof GOOD_PROFILE;
const concentrated = () => [
  holder("大股东", "private", "60"),
  holder("B", "private", "15"),
  holder("C", "private", "10"),
  holder("D", "individual", "15"),
];
const insiderBoard = () => [
  director("甲", "chair"),
  director("乙", "director", "总经理"),
  director("丙", "director", "副总经理"),
  director("丁", "director", "财务总监"),
];

describe("knock-outs", () => {
  it("insider control with top-3 above 80% caps the grade at C", () => {
    const r = scored(inputs({ holders: concentrated(), board: insiderBoard() }));
    // F2 40 → 10, F4 20 → 3: 20 + 10 + 15 + 3 + 15 + 10 = 73 (B), capped to C.
    expect(r.score.toString()).toBe("73");
    expect(r.scoreGrade).toBe("B");
    expect(r.cap).toBe("C");
    expect(r.modelGrade).toBe("C");
    expect(r.knockouts.map((k) => k.id)).toEqual(["insiderConcentration"]);
    expect(en(r.knockouts[0]!.message)).toBe(
      "Insider control together with top-3 holdings above 80.00%: no better than C"
    );
  });
  it("insider control alone, or concentration alone, is no knock-out", () => {
    expect(scored(inputs({ board: insiderBoard() })).knockouts).toEqual([]);
    expect(scored(inputs({ holders: concentrated() })).knockouts).toEqual([]);
  });
  it.each([
    [
      "94.99%",
      [holder("A", "private", "50"), holder("B", "private", "25"), holder("C", "private", "19.99")],
    ],
    [
      "100.51%",
      [holder("A", "private", "50"), holder("B", "private", "25"), holder("C", "private", "25.51")],
    ],
  ])("stakes summing to %s leave ownership unclear (cap C)", (_sum, holders) => {
    const r = scored(inputs({ holders }));
    expect(r.knockouts.map((k) => k.id)).toEqual(["ownershipUnclear"]);
    expect(r.modelGrade).toBe("C");
    expect(r.flags.map((f) => f.id)).toContain("ownershipUnclear");
  });
  it("stakes summing to 95% or 100.5% are clear", () => {
    expect(
      scored(
        inputs({
          holders: [
            holder("A", "private", "50"),
            holder("B", "private", "25"),
            holder("C", "private", "20"),
          ],
        })
      ).knockouts
    ).toEqual([]);
    expect(
      scored(
        inputs({
          holders: [
            holder("A", "private", "50"),
            holder("B", "private", "25"),
            holder("C", "private", "25.5"),
          ],
        })
      ).knockouts
    ).toEqual([]);
  });
  it("holders typed other above 20% leave ownership unclear", () => {
    const holders = [
      holder("A", "private", "40"),
      holder("X", "other", "12"),
      holder("Y", "other", "8.01"),
      holder("B", "private", "20"),
      holder("C", "individual", "19.99"),
    ];
    const r = scored(inputs({ holders }));
    expect(en(r.knockouts[0]!.message)).toBe(
      "Ownership unclear: holders of type other hold 20.01% (> 20.00%): no better than C"
    );
    expect(zh(r.knockouts[0]!.message)).toBe(
      "股权结构不清：“其他”类股东持股20.01%（> 20.00%）：等级不高于C"
    );
  });
  it("no register leaves ownership unclear (a prudent reading)", () => {
    const r = scored(inputs({ holders: null }));
    expect(r.knockouts.map((k) => k.id)).toEqual(["ownershipUnclear"]);
  });
  it("a subsidiary with a poor parent and related receivables above 10% is capped at C", () => {
    const r = scored(
      inputs({
        profile: withProfile({
          groupPosition: "controlled",
          parentGovernance: "good",
          parentCondition: "poor",
          siblingsCondition: "good",
          relatedReceivablesRatio: "11",
        }),
      })
    );
    expect(r.knockouts.map((k) => k.id)).toEqual(["subsidiaryTunnelling"]);
    // F5 = 15 − 30 → 0: 20 + 25 + 15 + 15 + 0 + 10 = 85 (A), capped to C.
    expect(r.score.toString()).toBe("85");
    expect(r.modelGrade).toBe("C");
  });
  it("a subsidiary with a poor sibling only, or receivables at 10%, is no knock-out", () => {
    const base = {
      groupPosition: "controlled",
      parentGovernance: "good",
      parentCondition: "good",
      siblingsCondition: "poor",
    };
    expect(
      scored(inputs({ profile: withProfile({ ...base, relatedReceivablesRatio: "30" }) })).knockouts
    ).toEqual([]);
    expect(
      scored(
        inputs({
          profile: withProfile({ ...base, parentCondition: "poor", relatedReceivablesRatio: "10" }),
        })
      ).knockouts
    ).toEqual([]);
  });
  it("the tightest cap wins", () => {
    const r = scored(
      inputs({
        holders: concentrated(),
        board: insiderBoard(),
        profile: withProfile({ auditOpinion: "disclaimer" }),
      })
    );
    expect(r.cap).toBe("D");
    expect(r.modelGrade).toBe("D");
  });
});

describe("the credit adjustment", () => {
  it("grade A keeps rating, limit and tenor, with no tenor cap", () => {
    const a = scored(inputs({})).adjustment;
    expect([
      a.grade,
      a.adjustedRating,
      a.recommendedLimit?.toString(),
      a.recommendedTenorMonths?.toString(),
      a.tenorCapMonths,
    ]).toEqual(["A", "A", "10000000", "60", null]);
    expect(en(a.meaning)).toBe("strong");
  });
  it("grade C moves the rating one notch, takes 70% rounded down to 10,000 and caps tenor at 36", () => {
    const r = scored(
      inputs({
        holders: concentrated(),
        board: insiderBoard(),
        profile: withProfile({
          requestedLimit: "12345678",
          requestedTenorMonths: "48",
          baseRating: "BBB-",
        }),
      })
    );
    const a = r.adjustment;
    expect(a.grade).toBe("C");
    expect(a.adjustedRating).toBe("BB+");
    // 12,345,678 × 0.7 = 8,641,974.6 → 8,640,000
    expect(a.recommendedLimit?.toString()).toBe("8640000");
    expect(a.recommendedTenorMonths?.toString()).toBe("36");
  });
  it("grade D never moves below the last grade of the scale, and calls for enhanced covenants", () => {
    const r = scored(
      inputs({
        profile: withProfile({
          auditOpinion: "adverse",
          baseRating: "CC",
          requestedTenorMonths: "6",
        }),
      })
    );
    expect(r.adjustment.adjustedRating).toBe("C");
    expect(r.adjustment.recommendedTenorMonths?.toString()).toBe("6");
    expect(r.adjustment.enhancedCovenants).toBe(true);
    // Model 2 declines on an adverse opinion: limit 0; model 1 only capped the grade.
    expect(r.outcome).toEqual({ kind: "decline", knockouts: ["adverseAudit"] });
    expect(r.adjustment.recommendedLimit?.toString()).toBe("0");
    expect(r.adjustment.declined).toBe(true);
    const v1 = scored(
      inputs({
        profile: withProfile({
          auditOpinion: "adverse",
          baseRating: "CC",
          requestedTenorMonths: "6",
        }),
      }),
      model1Parameters()
    );
    expect(v1.outcome).toEqual({ kind: "proceed", knockouts: [] });
    expect(v1.adjustment.recommendedLimit?.toString()).toBe("5000000");
  });
  it("rounds to the currency's own unit when the model gives one", () => {
    const params = paramsWith({ limitRounding: { unitByCurrency: { USD: "1000" } } });
    const r = scored(
      inputs({
        profile: withProfile({
          currency: "USD",
          requestedLimit: "1234567",
          auditOpinion: "qualified",
          auditCommittee: false,
          payLinkedToPerformance: false,
          equityIncentive: false,
          gmAppointment: "appointedByAuthority",
          groupPosition: "controlled",
          parentGovernance: "fair",
          parentCondition: "fair",
          siblingsCondition: "fair",
        }),
      }),
      params
    );
    // 20 + 25 + 3 + 15 + 7.5 + 0 = 70.5 → B: 1,234,567 × 0.9 = 1,111,110.3 → 1,111,000
    expect(r.score.toString()).toBe("70.5");
    expect(r.adjustment.recommendedLimit?.toString()).toBe("1111000");
    expect(r.adjustment.roundingUnit.toString()).toBe("1000");
  });
  it("a blank request gives no recommendation rather than a made-up one", () => {
    const a = scored(
      inputs({
        profile: withProfile({
          requestedLimit: null,
          requestedTenorMonths: null,
          baseRating: null,
        }),
      })
    ).adjustment;
    expect([a.recommendedLimit, a.recommendedTenorMonths, a.adjustedRating]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("inputs the model refuses", () => {
  it.each([
    [
      "a stake above 100%",
      { holders: [holder("A", "private", "100.01")] },
      "input.stakeOutOfRange",
      "股东名册",
    ],
    [
      "a negative stake",
      { holders: [holder("A", "private", "-1"), holder("B", "private", "100")] },
      "input.stakeOutOfRange",
      "股东名册",
    ],
    [
      "a duplicate holder",
      { holders: [holder("甲公司", "private", "50"), holder(" 甲公司", "private", "50")] },
      "input.duplicateHolder",
      "股东名册",
    ],
    [
      "a holder split into rows spelled with Cyrillic lookalikes",
      {
        holders: [
          holder("Insider Holdings", "private", "17"),
          holder("Insіder Holdings", "private", "17"),
          holder("Insider Hоldings", "private", "17"),
          holder("Outside Capital", "soe", "49"),
        ],
      },
      "input.duplicateHolder",
      "股东名册",
    ],
    [
      "a duplicate director",
      {
        board: [
          director("张一", "chair"),
          director("李二", "director"),
          director("张一 ", "director"),
        ],
      },
      "input.duplicateDirector",
      "董事会",
    ],
    [
      "rejected above submitted",
      { profile: withProfile({ proposalsSubmitted: "3", proposalsRejected: "4" }) },
      "input.rejectedAboveSubmitted",
      "治理概况",
    ],
    [
      "a base rating off the scale",
      { profile: withProfile({ baseRating: "A++" }) },
      "input.ratingNotOnScale",
      "治理概况",
    ],
    [
      "a fractional tenor",
      { profile: withProfile({ requestedTenorMonths: "12.5" }) },
      "input.notWholeNumber",
      "治理概况",
    ],
    [
      "a negative limit",
      { profile: withProfile({ requestedLimit: "-1" }) },
      "input.amountNegative",
      "治理概况",
    ],
    [
      "a ratio above 100%",
      { profile: withProfile({ relatedReceivablesRatio: "101" }) },
      "input.ratioOutOfRange",
      "治理概况",
    ],
  ])("%s is refused with a located issue", (_what, parts, code, sheet) => {
    const result = scoreGovernance(inputs(parts as Parameters<typeof inputs>[0]), V1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.code).toBe(code);
    expect(result.issues[0]!.at?.sheet).toBe(sheet);
    expect(en(result.issues[0]!.message)).not.toMatch(/\{\w+\}/);
    expect(zh(result.issues[0]!.message)).not.toMatch(/\{\w+\}/);
  });
  it("two holders of one name with different ID numbers are two holders", () => {
    const withId = (name: string, stake: string, id: string) => {
      const row = holder(name, "individual", stake);
      return {
        ...row,
        idNumber: { value: id, at: { ...row.name.at!, cell: `G${row.name.at!.cell.slice(1)}` } },
      };
    };
    const two = scoreGovernance(
      inputs({
        holders: [
          withId("张伟", "50", "110101199001011234"),
          withId("张伟", "50", "110101198505052345"),
        ],
      }),
      V1
    );
    expect(two.ok).toBe(true);
    const same = scoreGovernance(
      inputs({
        holders: [
          withId("张伟", "50", "110101199001011234"),
          withId("张三", "50", "1101011990-0101-1234"),
        ],
      }),
      V1
    );
    expect(same.ok ? [] : same.issues.map((i) => i.code)).toEqual(["input.duplicateHolder"]);
  });
  it("a blank required cell is refused, naming the column", () => {
    const row = holder("A", "private", "100");
    const result = scoreGovernance(
      inputs({
        holders: [{ ...row, stake: { value: null, at: { sheet: "股东名册", cell: "C9" } } }],
      }),
      V1
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(en(result.issues[0]!.message)).toBe("Stake is blank; every row needs one");
      expect(result.issues[0]!.at).toEqual({ sheet: "股东名册", cell: "C9" });
    }
  });
  it("keeps the measured inputs exact", () => {
    const r = scored(
      inputs({
        holders: [
          holder("A", "private", "33.333"),
          holder("B", "private", "33.333"),
          holder("C", "private", "33.334"),
        ],
      })
    );
    expect(factor(r, "F2").measures[0]!.value).toEqual({ kind: "percent", value: dec("1") });
  });
});

describe("knock-out outcomes and provisional grades (model 2)", () => {
  it("insider control refers the case to a higher authority; the grade is still capped", () => {
    const r = scored(inputs({ holders: concentrated(), board: insiderBoard() }));
    expect(r.modelGrade).toBe("C");
    expect(r.knockouts[0]!.outcome).toBe("refer");
    expect(r.outcome).toEqual({ kind: "refer", knockouts: ["insiderConcentration"] });
    // Refer keeps the grade's adjustment: 10,000,000 × 0.7.
    expect(r.adjustment.recommendedLimit?.toString()).toBe("7000000");
    expect(r.adjustment.declined).toBe(false);
  });
  it("decline wins over refer, and names only the declining knock-outs", () => {
    const r = scored(
      inputs({
        holders: concentrated(),
        board: insiderBoard(),
        profile: withProfile({ auditOpinion: "disclaimer" }),
      })
    );
    expect(r.knockouts.map((k) => [k.id, k.outcome])).toEqual([
      ["insiderConcentration", "refer"],
      ["adverseAudit", "decline"],
    ]);
    expect(r.outcome).toEqual({ kind: "decline", knockouts: ["adverseAudit"] });
    expect(r.adjustment.recommendedLimit?.toString()).toBe("0");
  });
  it("a declined credit stays declined under an override", () => {
    const r = scored(inputs({ profile: withProfile({ auditOpinion: "adverse" }) }));
    const o = applyOverride(
      r,
      { finalGrade: "D", reason: "x", officer: "王芳", at: "2026-12-03T10:00:00+08:00" },
      inputs({}).profile,
      V1
    );
    // The model grade is D already (a no-op is refused); an upgrade is above the cap: both refused.
    expect(o.ok).toBe(false);
    const insider = scored(inputs({ holders: concentrated(), board: insiderBoard() }));
    const down = applyOverride(
      insider,
      { finalGrade: "D", reason: "x", officer: "王芳", at: "2026-12-03T10:00:00+08:00" },
      inputs({}).profile,
      V1
    );
    if (!down.ok) throw new Error("refused");
    expect(down.value.outcome.kind).toBe("refer");
    const declined = scored(
      inputs({
        holders: concentrated(),
        board: insiderBoard(),
        profile: withProfile({ auditOpinion: "adverse" }),
      }),
      paramsWith({ knockouts: { adverseAuditCap: "C" } })
    );
    expect(declined.modelGrade).toBe("C");
    const lower = applyOverride(
      declined,
      { finalGrade: "D", reason: "x", officer: "王芳", at: "2026-12-03T10:00:00+08:00" },
      inputs({}).profile,
      V1
    );
    if (!lower.ok) throw new Error("refused");
    expect(lower.value.finalGrade).toBe("D");
    expect(lower.value.adjustment.recommendedLimit?.toString()).toBe("0");
  });
  it("an outcome set to cap behaves as model 1: the grade is capped, the credit proceeds", () => {
    const r = scored(
      inputs({ profile: withProfile({ auditOpinion: "adverse" }) }),
      paramsWith({ knockouts: { adverseAuditOutcome: "cap" } })
    );
    expect(r.modelGrade).toBe("D");
    expect(r.outcome.kind).toBe("proceed");
    expect(r.adjustment.recommendedLimit?.toString()).toBe("5000000");
  });
  it("below 80% completeness the grade is provisional; model 1 never makes it so", () => {
    // No register: F1 (20) and F2 (25) missing → 55% complete.
    const r = scored(inputs({ holders: null }));
    expect(r.completeness.toString()).toBe("0.55");
    expect(r.provisional).toBe(true);
    expect(scored(inputs({})).provisional).toBe(false);
    expect(scored(inputs({ holders: null }), model1Parameters()).provisional).toBe(false);
    // At the threshold exactly the grade is not provisional (below means below).
    const at = scored(
      inputs({ holders: null }),
      paramsWith({ completeness: { provisionalBelow: "0.55" } })
    );
    expect(at.provisional).toBe(false);
  });
});
