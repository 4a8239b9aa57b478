import {
  applyOverride,
  approveOverride,
  personKey,
  type OverrideRequest,
  type ScoreResult,
} from "../../src/core";
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
      at,
      approval: { status: "notRequired" },
    });
    expect(result.value.adjustment.recommendedLimit?.toString()).toBe("5000000");
    expect(result.value.score).toEqual(base.score);
  });

  it("an upgrade of one grade waits for a second person's approval, then takes effect", () => {
    const pending = override(gradeB(), { finalGrade: "A" });
    if (!pending.ok) throw new Error("the upgrade is recorded");
    // Recorded, not in effect: the grade and the adjustment stay the model's.
    expect(pending.value.override?.approval).toEqual({ status: "pending" });
    expect(pending.value.finalGrade).toBe("B");
    expect(pending.value.adjustment.limitMultiplier.toString()).toBe("0.9");
    const approved = approveOverride(
      pending.value,
      { approver: "李主任", at: "2026-11-30T10:00:00Z" },
      profile(GOOD_PROFILE),
      V1
    );
    if (!approved.ok) throw new Error("approved");
    expect(approved.value.finalGrade).toBe("A");
    expect(approved.value.override?.approval).toEqual({
      status: "approved",
      approver: "李主任",
      at: "2026-11-30T10:00:00Z",
    });
    expect(approved.value.adjustment.limitMultiplier.toString()).toBe("1");
  });

  it.each([
    ["the officer again", "Wang Fang"],
    ["the officer with other spacing and case", " WANG   fang "],
    ["the officer in full-width letters", "Ｗａｎｇ\u3000Ｆａｎｇ"],
  ])("refuses an approval by %s", (_what, approver) => {
    const pending = override(gradeB(), { finalGrade: "A", officer: "Wang Fang" });
    if (!pending.ok) throw new Error("recorded");
    const again = approveOverride(pending.value, { approver, at }, profile(GOOD_PROFILE), V1);
    expect(!again.ok && again.issues.map((i) => i.code)).toEqual(["override.approverIsOfficer"]);
  });

  it("refuses an approval with nothing pending, and a blank approver", () => {
    const downgraded = override(gradeB(), { finalGrade: "C" });
    if (!downgraded.ok) throw new Error("recorded");
    const none = approveOverride(
      downgraded.value,
      { approver: "李主任", at },
      profile(GOOD_PROFILE),
      V1
    );
    expect(!none.ok && none.issues.map((i) => i.code)).toEqual(["approve.nothingPending"]);
    const pending = override(gradeB(), { finalGrade: "A" });
    if (!pending.ok) throw new Error("recorded");
    const blank = approveOverride(pending.value, { approver: "  ", at }, profile(GOOD_PROFILE), V1);
    expect(!blank.ok && blank.issues.map((i) => i.code)).toEqual(["override.approverRequired"]);
  });

  it("compares names after NFKC, whitespace folding and case folding", () => {
    expect(personKey("Alice  Wang ")).toBe(personKey("alice wang"));
    expect(personKey("ＡＬＩＣＥ\u3000Wang")).toBe("alice wang");
    expect(personKey("Alice Wang")).not.toBe(personKey("Alice Wong"));
  });

  it.each([
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
    const result = override(d, { finalGrade: "B" });
    expect(!result.ok && en(result.issues[0]!.message)).toBe(
      "An upgrade may move at most one grade: D to B is 2 grades"
    );
  });

  it("never lifts the grade above a knock-out cap", () => {
    const capped = scored(inputs({ holders: concentrated(), board: insider() }));
    expect([capped.scoreGrade, capped.modelGrade]).toEqual(["B", "C"]);
    const result = override(capped, { finalGrade: "B" });
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
