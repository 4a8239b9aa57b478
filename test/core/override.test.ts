import { applyOverride, type OverrideRequest, type ScoreResult } from "../../src/core";
import { director, GOOD_PROFILE, holder, inputs, profile } from "./builders";
import { en, scored, V1 } from "./helpers";

const at = "2026-11-29T09:00:00Z";
const concentrated = () => [
  holder("大股东", "private", "60"),
  holder("B", "private", "15"),
  holder("C", "private", "10"),
  holder("D", "individual", "15"),
];
const insider = () => [
  director("甲", "chair"),
  director("乙", "director", "总经理"),
  director("丙", "director", "副总经理"),
  director("丁", "director", "财务总监"),
];

/** Score B (no cap): F2 = 40 and F3 = 60 → 20 + 10 + 9 + 15 + 15 + 10 = 79. */
const gradeB = () =>
  scored(
    inputs({
      holders: concentrated(),
      profile: { ...GOOD_PROFILE, gmAppointment: "recommendedByAuthority" },
    })
  );
const override = (r: ScoreResult, req: Partial<OverrideRequest>) =>
  applyOverride(
    r,
    {
      finalGrade: "C",
      reason: "Pending litigation against the parent",
      officer: "王芳",
      at,
      ...req,
    },
    profile(GOOD_PROFILE),
    V1
  );

describe("overrides", () => {
  it("a downgrade needs only a reason; the adjustment follows the final grade", () => {
    const base = gradeB();
    expect(base.modelGrade).toBe("B");
    const result = override(base, { finalGrade: "D" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.finalGrade).toBe("D");
    expect(result.value.modelGrade).toBe("B");
    expect(result.value.override).toEqual({
      modelGrade: "B",
      finalGrade: "D",
      reason: "Pending litigation against the parent",
      officer: "王芳",
      approver: null,
      at,
    });
    expect(result.value.adjustment.recommendedLimit?.toString()).toBe("5000000");
    expect(result.value.score).toEqual(base.score);
  });

  it("an upgrade of one grade with a second person's approval is accepted", () => {
    const result = override(gradeB(), { finalGrade: "A", approver: "李主任" });
    expect(result.ok && result.value.finalGrade).toBe("A");
    expect(result.ok && result.value.adjustment.limitMultiplier.toString()).toBe("1");
  });

  it.each([
    ["an upgrade without an approver", { finalGrade: "A" }, "override.approverRequired"],
    [
      "an approver who is the officer",
      { finalGrade: "A", approver: " 王芳 " },
      "override.approverIsOfficer",
    ],
    ["a blank reason", { finalGrade: "C", reason: "  " }, "override.reasonRequired"],
    ["a blank officer", { finalGrade: "C", officer: "" }, "override.officerRequired"],
    ["the model grade itself", { finalGrade: "B" }, "override.sameGrade"],
    ["a grade that does not exist", { finalGrade: "E" }, "override.unknownGrade"],
  ])("refuses %s", (_what, req, code) => {
    const result = override(gradeB(), req);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain(code);
  });

  it("refuses an upgrade of two grades", () => {
    const d = scored(
      inputs({ holders: null, board: null, profile: { ...GOOD_PROFILE, gmAppointment: null } })
    );
    expect(d.modelGrade).toBe("D");
    const result = override(d, { finalGrade: "B", approver: "李主任" });
    expect(!result.ok && en(result.issues[0]!.message)).toBe(
      "An upgrade may move at most one grade: D to B is 2 grades"
    );
  });

  it("never lifts the grade above a knock-out cap", () => {
    const capped = scored(inputs({ holders: concentrated(), board: insider() }));
    expect([capped.scoreGrade, capped.modelGrade]).toEqual(["B", "C"]);
    const result = override(capped, { finalGrade: "B", approver: "李主任" });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(en(result.issues[0]!.message)).toBe(
        "A knock-out caps this client at C: the final grade cannot be B"
      );
  });

  it("accepts a lower-case grade and trims the text", () => {
    const result = override(gradeB(), { finalGrade: " c ", reason: "  Weak covenants  " });
    expect(result.ok && result.value.override?.reason).toBe("Weak covenants");
  });
});
