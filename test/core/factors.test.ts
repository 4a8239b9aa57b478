import { director, GOOD_PROFILE, holder, inputs } from "./builders";
import { en, factor, paramsWith, scored, V1, zh } from "./helpers";

const withProfile = (patch: Record<string, unknown>) =>
  ({ ...GOOD_PROFILE, ...patch }) as typeof GOOD_PROFILE;

describe("the well-governed baseline", () => {
  it("scores 100 on every factor, grade A, full completeness", () => {
    const r = scored(inputs({}));
    expect(r.factors.map((f) => f.points.toString())).toEqual([
      "100",
      "100",
      "100",
      "100",
      "100",
      "100",
    ]);
    expect(r.score.toString()).toBe("100");
    expect(r.modelGrade).toBe("A");
    expect(r.completeness.toString()).toBe("1");
    expect(r.flags).toEqual([]);
    expect(r.knockouts).toEqual([]);
  });
});

describe("F1 controlling-shareholder type", () => {
  const typePoints: [string, string][] = [
    ["private", "100"],
    ["collective", "100"],
    ["foreign", "100"],
    ["individual", "80"],
    ["soe", "60"],
    ["government", "30"],
    ["university", "30"],
    ["publicInstitution", "30"],
    ["other", "50"],
  ];
  it.each(typePoints)("a %s controller scores %s", (type, points) => {
    const r = scored(
      inputs({
        holders: [
          holder("控股方", type as never, "45"),
          holder("A", "private", "20"),
          holder("B", "private", "15"),
          holder("C", "individual", "20"),
        ],
      })
    );
    const f1 = factor(r, "F1");
    expect(f1.points.toString()).toBe(points);
    expect(f1.ruleId).toBe("F1.controller");
    expect(f1.weightedPoints.toString()).toBe(String((Number(points) * 20) / 100));
  });

  it("exactly 30% makes a controller", () => {
    const r = scored(
      inputs({
        holders: [
          holder("控股方", "soe", "30"),
          holder("A", "private", "25"),
          holder("B", "private", "25"),
          holder("C", "individual", "20"),
        ],
      })
    );
    expect(factor(r, "F1").ruleId).toBe("F1.controller");
    expect(factor(r, "F1").points.toString()).toBe("60");
  });

  it("below 30% scores the largest holder's type and records dispersed control", () => {
    const r = scored(
      inputs({
        holders: [
          holder("外资A", "foreign", "29.99"),
          holder("B", "soe", "25"),
          holder("C", "private", "20"),
          holder("D", "individual", "25.01"),
        ],
      })
    );
    const f1 = factor(r, "F1");
    expect(f1.ruleId).toBe("F1.dispersed");
    expect(f1.points.toString()).toBe("100");
    expect(en(f1.rule)).toContain("control is dispersed");
    expect(zh(f1.rule)).toContain("控制权分散");
    expect(f1.measures.find((m) => m.id === "largestHolder")?.value).toEqual({
      kind: "text",
      value: "外资A",
    });
  });

  it("on a tie takes the holder with the lower points", () => {
    const r = scored(
      inputs({
        holders: [
          holder("民企", "private", "35"),
          holder("国企", "soe", "35"),
          holder("C", "individual", "30"),
        ],
      })
    );
    const f1 = factor(r, "F1");
    expect(f1.points.toString()).toBe("60");
    expect(f1.measures.find((m) => m.id === "controller")?.value).toEqual({
      kind: "text",
      value: "国企",
    });
    expect(f1.notes.map(en).join()).toContain("tie");
  });

  it("aggregates a concert group, typed by its largest member", () => {
    const r = scored(
      inputs({
        holders: [
          holder("张三", "private", "20", { group: "张氏家族" }),
          holder("张四", "government", "15", { group: "张氏家族" }),
          holder("外资", "foreign", "25"),
          holder("D", "individual", "20"),
          holder("E", "individual", "20"),
        ],
      })
    );
    const f1 = factor(r, "F1");
    expect(f1.ruleId).toBe("F1.controller");
    expect(f1.points.toString()).toBe("100");
    expect(f1.measures.find((m) => m.id === "controllerStake")?.value).toEqual({
      kind: "percent",
      value: expect.objectContaining({}),
    });
    expect(en(f1.rule)).toContain("张氏家族 (concert group) holds 35.00%");
    expect(f1.measures.find((m) => m.id === "concertMembers")?.value).toEqual({
      kind: "text",
      value: "张三, 张四",
    });
  });

  it("flags a government, university or public-institution controller", () => {
    const r = scored(
      inputs({
        holders: [
          holder("区政府", "government", "51"),
          holder("A", "private", "20"),
          holder("B", "individual", "29"),
        ],
      })
    );
    expect(r.flags.map((f) => f.id)).toContain("multiObjectiveOwner");
  });

  it("is missing without a register, and with an empty one", () => {
    const absent = scored(inputs({ holders: null }));
    expect(factor(absent, "F1").status).toBe("missing");
    expect(factor(absent, "F1").points.toString()).toBe("0");
    expect(en(factor(absent, "F1").gaps[0]!.message)).toBe("The Shareholders table was not found");
    const empty = scored(inputs({ holders: [] }));
    expect(factor(empty, "F2").status).toBe("missing");
    expect(zh(factor(empty, "F2").gaps[0]!.message)).toBe("股东名册表没有数据行");
  });
});

describe("F2 ownership concentration", () => {
  const concentrated = (o: Parameters<typeof holder>[3] = {}) => [
    holder("大股东", "private", "60", o),
    holder("二股东", "private", "15"),
    holder("三股东", "private", "10"),
    holder("D", "individual", "15"),
  ];

  it("top-3 above 80% scores 40 and raises the one-voice-board flag with its action", () => {
    const r = scored(inputs({ holders: concentrated() }));
    const f2 = factor(r, "F2");
    expect(f2.points.toString()).toBe("40");
    expect(f2.ruleId).toBe("F2.concentrated");
    expect(f2.measures.find((m) => m.id === "top3")?.value).toMatchObject({ kind: "percent" });
    expect(en(f2.rule)).toBe(
      "Top-3 holdings 90.00% > 80.00%: the board is a one-voice board (一言堂)"
    );
    const flag = r.flags.find((f) => f.id === "oneVoiceBoard");
    expect(flag?.actions.map((a) => a.id)).toEqual(["action.analyseMajorHolder"]);
  });

  it.each([
    ["majorHolderDistress", { majorHolderDistress: true }, {}],
    ["majorHolderLargeDeal", { majorHolderLargeDeal: true }, {}],
    ["a pledge above 50%", {}, { pledged: "50.01" }],
    ["a judicial freeze", {}, { frozen: true }],
  ])("top-3 above 80%% with %s scores 10", (_what, profilePatch, holderOpts) => {
    const r = scored(
      inputs({ holders: concentrated(holderOpts), profile: withProfile(profilePatch) })
    );
    expect(factor(r, "F2").points.toString()).toBe("10");
    expect(factor(r, "F2").ruleId).toBe("F2.concentratedDistressed");
    expect(r.flags.map((f) => f.id)).toEqual(
      expect.arrayContaining(["oneVoiceBoard", "majorHolderDistress"])
    );
  });

  it("a pledge of exactly 50%, or a pledge on another holder, is not distress", () => {
    expect(
      factor(scored(inputs({ holders: concentrated({ pledged: "50" }) })), "F2").points.toString()
    ).toBe("40");
    const other = [
      holder("大股东", "private", "60"),
      holder("二股东", "private", "15", { pledged: "90", frozen: true }),
      holder("三股东", "private", "10"),
      holder("D", "individual", "15"),
    ];
    expect(factor(scored(inputs({ holders: other })), "F2").points.toString()).toBe("40");
  });

  it("lists blank distress items as gaps when they could have mattered", () => {
    const r = scored(
      inputs({
        holders: concentrated(),
        profile: withProfile({ majorHolderDistress: null, majorHolderLargeDeal: null }),
      })
    );
    expect(factor(r, "F2").gaps.map((g) => g.item)).toEqual([
      "majorHolderDistress",
      "majorHolderLargeDeal",
    ]);
  });

  it("exactly 80% and exactly 30% are balanced (100)", () => {
    const at80 = [
      holder("A", "private", "50"),
      holder("B", "private", "20"),
      holder("C", "private", "10"),
      holder("D", "individual", "10"),
      holder("E", "individual", "10"),
    ];
    expect(factor(scored(inputs({ holders: at80 })), "F2").ruleId).toBe("F2.balanced");
    const at30 = [
      holder("A", "private", "10"),
      holder("B", "private", "10"),
      holder("C", "private", "10"),
      ...Array.from({ length: 7 }, (_, i) => holder(`P${i}`, "individual", "10")),
    ];
    const r = scored(inputs({ holders: at30 }));
    expect(factor(r, "F2").ruleId).toBe("F2.balanced");
    expect(factor(r, "F2").points.toString()).toBe("100");
  });

  const tenHolders = () => [
    holder("A", "private", "9"),
    holder("B", "private", "9"),
    holder("C", "private", "9"),
    ...Array.from({ length: 8 }, (_, i) => holder(`P${i}`, "individual", "9.125")),
  ];

  it.each([
    ["10 submitted, 0 rejected", "10", "0", "40", "F2.dispersedUnconstrained"],
    ["20 submitted, 1 rejected (exactly 5%)", "20", "1", "70", "F2.dispersedConstrained"],
    ["21 submitted, 1 rejected (4.76%)", "21", "1", "40", "F2.dispersedUnconstrained"],
    ["10 submitted, 1 rejected", "10", "1", "70", "F2.dispersedConstrained"],
    ["4 submitted, 0 rejected (too few to judge)", "4", "0", "70", "F2.dispersedConstrained"],
    ["5 submitted, 0 rejected", "5", "0", "40", "F2.dispersedUnconstrained"],
    ["0 submitted", "0", "0", "70", "F2.dispersedConstrained"],
  ])(
    "dispersed ownership (top-3 27%%) with %s scores %s",
    (_what, submitted, rejected, points, rule) => {
      const r = scored(
        inputs({
          holders: tenHolders(),
          profile: withProfile({ proposalsSubmitted: submitted, proposalsRejected: rejected }),
        })
      );
      const f2 = factor(r, "F2");
      expect(f2.points.toString()).toBe(points);
      expect(f2.ruleId).toBe(rule);
      expect(r.flags.find((f) => f.id === "dispersedOwnership")?.actions.map((a) => a.id)).toEqual([
        "action.assessManagement",
      ]);
    }
  );

  it("dispersed ownership without proposal data scores 40 and records the gap", () => {
    const r = scored(
      inputs({
        holders: tenHolders(),
        profile: withProfile({ proposalsSubmitted: null, proposalsRejected: null }),
      })
    );
    const f2 = factor(r, "F2");
    expect(f2.points.toString()).toBe("40");
    expect(f2.ruleId).toBe("F2.dispersedNoData");
    expect(f2.gaps.map((g) => g.item)).toEqual(["proposalsSubmitted", "proposalsRejected"]);
    expect(f2.gaps[0]!.at).toEqual({ sheet: "治理概况", cell: "B12" });
  });

  it("top-3 is computed after concert aggregation", () => {
    const r = scored(
      inputs({
        holders: [
          holder("A1", "private", "20", { group: "G" }),
          holder("A2", "private", "20", { group: "g" }),
          holder("B", "private", "25"),
          holder("C", "private", "20"),
          holder("D", "individual", "15"),
        ],
      })
    );
    // G = 40%, B 25%, C 20% → 85% (without aggregation: 25 + 20 + 20 = 65%).
    expect(en(factor(r, "F2").rule)).toContain("85.00%");
    expect(factor(r, "F2").points.toString()).toBe("40");
  });
});

describe("F3 GM appointment", () => {
  it.each([
    ["board", "100"],
    ["recommendedByAuthority", "60"],
    ["appointedByAuthority", "20"],
  ])("%s scores %s", (appointment, points) => {
    const r = scored(inputs({ profile: withProfile({ gmAppointment: appointment }) }));
    expect(factor(r, "F3").points.toString()).toBe(points);
    expect(r.flags.some((f) => f.id === "administrativeGm")).toBe(
      appointment === "appointedByAuthority"
    );
  });
  it("blank is missing: 0 under the conservative policy, 50 under the neutral one", () => {
    const r = scored(inputs({ profile: withProfile({ gmAppointment: null }) }));
    expect(factor(r, "F3").status).toBe("missing");
    expect(factor(r, "F3").points.toString()).toBe("0");
    expect(r.completeness.toString()).toBe("0.85");
    expect(r.gaps.map((g) => [g.item, g.at?.cell])).toEqual([["gmAppointment", "B4"]]);
    const neutral = scored(
      inputs({ profile: withProfile({ gmAppointment: null }) }),
      paramsWith({ missingData: { policy: "neutral" } })
    );
    expect(factor(neutral, "F3").points.toString()).toBe("50");
    expect(en(factor(neutral, "F3").rule)).toBe(
      "Inputs missing: scored 50 under the neutral missing-data policy"
    );
  });
});

describe("F4 board/management overlap", () => {
  const board = (n: number, inManagement: number, chairPost: string | null = null) => [
    director("董事长", "chair", chairPost),
    ...Array.from({ length: n - 1 }, (_, i) =>
      director(`董事${i}`, "director", i < inManagement - (chairPost ? 1 : 0) ? "副总经理" : null)
    ),
  ];
  it.each([
    [6, 2, "100", "F4.low"],
    [6, 3, "70", "F4.mid"],
    [7, 3, "70", "F4.mid"],
    [7, 4, "20", "F4.high"],
    [9, 0, "100", "F4.low"],
  ])("%i directors, %i in management: %s", (n, k, points, rule) => {
    const r = scored(inputs({ board: board(n, k) }));
    expect(factor(r, "F4").points.toString()).toBe(points);
    expect(factor(r, "F4").ruleId).toBe(rule);
    expect(factor(r, "F4").measures[0]!.value).toMatchObject({ kind: "ratio" });
    expect(r.flags.some((f) => f.id === "insiderControl")).toBe(rule === "F4.high");
  });
  it("the chair as GM costs 20 points, floored at 0", () => {
    const low = scored(inputs({ board: board(6, 2, "总经理") }));
    expect(factor(low, "F4").points.toString()).toBe("80");
    expect(en(factor(low, "F4").notes[0]!)).toBe(
      "The chair (董事长) is also the general manager: minus 20"
    );
    const high = scored(inputs({ board: board(5, 4, "CEO") }));
    expect(factor(high, "F4").points.toString()).toBe("0");
  });
  it("a deputy GM chair is not the GM; '无' is no post", () => {
    const r = scored(
      inputs({
        board: [
          director("甲", "chair", "副总经理"),
          director("乙", "director", "无"),
          director("丙", "director", "None"),
          director("丁", "independent"),
        ],
      })
    );
    expect(factor(r, "F4").points.toString()).toBe("100");
    expect(en(factor(r, "F4").rule)).toContain("1 of 4 directors");
  });
  it("an absent or empty board is missing", () => {
    expect(factor(scored(inputs({ board: null })), "F4").status).toBe("missing");
    expect(factor(scored(inputs({ board: [] })), "F4").status).toBe("missing");
  });
});

describe("F5 group position", () => {
  it.each([
    ["standalone", {}, "100"],
    ["parent", {}, "90"],
    ["associate", {}, "85"],
    ["contractual", {}, "85"],
    [
      "whollyOwned",
      { parentGovernance: "good", parentCondition: "good", siblingsCondition: "good" },
      "80",
    ],
    [
      "controlled",
      { parentGovernance: "good", parentCondition: "fair", siblingsCondition: "good" },
      "50",
    ],
    [
      "controlled",
      { parentGovernance: "good", parentCondition: "good", siblingsCondition: "poor" },
      "15",
    ],
  ])("%s %j scores %s", (position, conditions, points) => {
    const r = scored(inputs({ profile: withProfile({ groupPosition: position, ...conditions }) }));
    expect(factor(r, "F5").points.toString()).toBe(points);
    expect(r.flags.some((f) => f.id === "groupSubsidiary")).toBe(
      position === "whollyOwned" || position === "controlled"
    );
  });
  it("a subsidiary's blank conditions count as poor (conservative) or fair (neutral), listed as gaps", () => {
    const p = withProfile({
      groupPosition: "whollyOwned",
      parentGovernance: "good",
      parentCondition: null,
    });
    const r = scored(inputs({ profile: p }));
    expect(factor(r, "F5").points.toString()).toBe("15");
    expect(factor(r, "F5").gaps.map((g) => en(g.message))).toEqual([
      "Parent condition is blank; counted as Poor",
      "Siblings condition is blank; counted as Poor",
    ]);
    expect(
      factor(
        scored(inputs({ profile: p }), paramsWith({ missingData: { policy: "neutral" } })),
        "F5"
      ).points.toString()
    ).toBe("50");
  });
  it("related-party receivables above 10% cost 30 points (floor 0) and raise the tunnelling flag", () => {
    expect(
      factor(
        scored(inputs({ profile: withProfile({ relatedReceivablesRatio: "10" }) })),
        "F5"
      ).points.toString()
    ).toBe("100");
    const r = scored(inputs({ profile: withProfile({ relatedReceivablesRatio: "10.01" }) }));
    expect(factor(r, "F5").points.toString()).toBe("70");
    expect(r.flags.find((f) => f.id === "tunnelling")?.actions.length).toBe(2);
    const poor = scored(
      inputs({
        profile: withProfile({
          groupPosition: "controlled",
          parentGovernance: "poor",
          parentCondition: "poor",
          siblingsCondition: "poor",
          relatedReceivablesRatio: "25",
        }),
      })
    );
    expect(factor(poor, "F5").points.toString()).toBe("0");
  });
  it("a blank ratio is absent (no penalty) and listed as a gap", () => {
    const r = scored(inputs({ profile: withProfile({ relatedReceivablesRatio: null }) }));
    expect(factor(r, "F5").points.toString()).toBe("100");
    expect(factor(r, "F5").gaps.map((g) => g.item)).toEqual(["relatedReceivablesRatio"]);
  });
  it("blank group position is missing", () => {
    expect(
      factor(scored(inputs({ profile: withProfile({ groupPosition: null }) })), "F5").status
    ).toBe("missing");
  });
});

describe("F6 management evaluation and incentives", () => {
  it.each([
    [
      {
        auditCommittee: false,
        externalAudit: true,
        auditOpinion: "unqualified",
        payLinkedToPerformance: false,
        equityIncentive: false,
      },
      "50",
    ],
    [
      {
        auditCommittee: false,
        externalAudit: true,
        auditOpinion: "qualified",
        payLinkedToPerformance: true,
        equityIncentive: false,
      },
      "25",
    ],
    [
      {
        auditCommittee: true,
        externalAudit: false,
        auditOpinion: "qualified",
        payLinkedToPerformance: false,
        equityIncentive: true,
      },
      "75",
    ],
    [
      {
        auditCommittee: false,
        externalAudit: false,
        auditOpinion: "unqualified",
        payLinkedToPerformance: true,
        equityIncentive: true,
      },
      "50",
    ],
  ])("%j scores %s", (items, points) => {
    expect(factor(scored(inputs({ profile: withProfile(items) })), "F6").points.toString()).toBe(
      points
    );
  });
  it.each(["adverse", "disclaimer"])(
    "an %s opinion zeroes F6 and knocks the grade out to D",
    (opinion) => {
      const r = scored(inputs({ profile: withProfile({ auditOpinion: opinion }) }));
      expect(factor(r, "F6").points.toString()).toBe("0");
      expect(r.scoreGrade).toBe("A");
      expect(r.modelGrade).toBe("D");
      expect(r.knockouts.map((k) => k.id)).toEqual(["adverseAudit"]);
      expect(r.flags.map((f) => f.id)).toEqual(["adverseAuditOpinion"]);
    }
  );
  it("blank items count as no and are listed; all five blank is missing", () => {
    const partial = scored(
      inputs({ profile: withProfile({ auditCommittee: null, equityIncentive: null }) })
    );
    expect(factor(partial, "F6").points.toString()).toBe("75");
    expect(factor(partial, "F6").gaps.map((g) => g.item)).toEqual([
      "auditCommittee",
      "equityIncentive",
    ]);
    const none = withProfile({
      auditCommittee: null,
      externalAudit: null,
      auditOpinion: null,
      payLinkedToPerformance: null,
      equityIncentive: null,
    });
    const r = scored(inputs({ profile: none }));
    expect(factor(r, "F6").status).toBe("missing");
    expect(r.completeness.toString()).toBe("0.9");
  });
});

describe("the score", () => {
  it("is Σ weight × points ÷ 100, rounded half-up", () => {
    // F2 = 10 → 25 × 10 / 100 = 2.5; with 0 decimals 77.5 rounds up to 78.
    const distressed = [
      holder("大股东", "private", "60", { frozen: true }),
      holder("B", "private", "15"),
      holder("C", "private", "10"),
      holder("D", "individual", "15"),
    ];
    expect(scored(inputs({ holders: distressed })).score.toString()).toBe("77.5");
    expect(
      scored(inputs({ holders: distressed }), paramsWith({ scoreDecimals: 0 })).score.toString()
    ).toBe("78");
  });
  it.each([
    ["80", "A"],
    ["79.99", "B"],
    ["65", "B"],
    ["64.99", "C"],
    ["50", "C"],
    ["49.99", "D"],
    ["0", "D"],
  ])("score %s is grade %s", (score, grade) => {
    const { gradeForScore, dec } = jest.requireActual("../../src/core");
    expect(gradeForScore(dec(score), V1)).toBe(grade);
  });
});
