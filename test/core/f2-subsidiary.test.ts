import type { GroupScoring } from "../../src/core";
import { GOOD_PROFILE, holder, inputs } from "./builders";
import { en, factor, paramsWith, scored, V1 } from "./helpers";

/**
 * `f2SubsidiaryConcentration` (group-model.md §3): with `groupLevel`, a wholly-owned or controlled
 * member whose controlling holder is the group parent is not penalised by F2's one-voice-board
 * rule (F5 prices the parent); scored 100 unless a distress condition applies (10, as in v1). In
 * both settings: with the group workbook (the holder is the member's direct parent there) and
 * alone (the holder holds more than 50%).
 */
const GROUP_LEVEL = paramsWith({ group: { f2SubsidiaryConcentration: "groupLevel" } });

const withProfile = (patch: Record<string, unknown>) =>
  ({ ...GOOD_PROFILE, ...patch }) as typeof GOOD_PROFILE;

const register = (parentStake = "100", o: Parameters<typeof holder>[3] = {}) =>
  parentStake === "100"
    ? [holder("母公司集团", "soe", "100", o)]
    : [holder("母公司集团", "soe", parentStake, o), holder("二股东", "private", "25")];

const subsidiary = (position: string) =>
  withProfile({
    groupPosition: position,
    parentGovernance: "good",
    parentCondition: "good",
    siblingsCondition: "good",
  });

/** The group record of a member whose direct parent is `parent`. */
const record = (parent: string, clientId: string | null = null): GroupScoring => ({
  file: "g.xlsx",
  fingerprint: "f".repeat(64),
  groupName: "母公司集团",
  memberName: "子公司",
  memberAt: { sheet: "集团成员", cell: "A3:K3" },
  parentName: parent,
  parentClientId: clientId,
  values: [],
});

describe("F2 for subsidiaries: f2SubsidiaryConcentration", () => {
  it("apply (the default, model v1): a wholly-owned subsidiary is a one-voice board, 40", () => {
    const f2 = factor(
      scored(inputs({ holders: register(), profile: subsidiary("whollyOwned") }), V1),
      "F2"
    );
    expect([f2.points.toString(), f2.ruleId]).toEqual(["40", "F2.concentrated"]);
  });

  it("groupLevel, alone: a holder above 50% of a wholly-owned or controlled member scores 100", () => {
    for (const [position, stake] of [
      ["whollyOwned", "100"],
      ["controlled", "60"],
    ] as const) {
      const r = scored(
        inputs({ holders: register(stake), profile: subsidiary(position) }),
        GROUP_LEVEL
      );
      const f2 = factor(r, "F2");
      expect([f2.points.toString(), f2.ruleId]).toEqual(["100", "F2.subsidiaryGroupLevel"]);
      expect(en(f2.rule)).toMatch(/taken for its group parent/);
      expect(r.flags.map((f) => f.id)).not.toContain("oneVoiceBoard");
    }
  });

  it("groupLevel, alone: a holder at 50% or a standalone client keeps the v1 rule", () => {
    const atHalf = [holder("母公司集团", "soe", "50"), holder("二股东", "private", "40")];
    expect(
      factor(
        scored(inputs({ holders: atHalf, profile: subsidiary("controlled") }), GROUP_LEVEL),
        "F2"
      ).ruleId
    ).toBe("F2.concentrated");
    expect(
      factor(scored(inputs({ holders: register(), profile: GOOD_PROFILE }), GROUP_LEVEL), "F2")
        .ruleId
    ).toBe("F2.concentrated");
    expect(
      factor(
        scored(inputs({ holders: register(), profile: subsidiary("associate") }), GROUP_LEVEL),
        "F2"
      ).points.toString()
    ).toBe("40");
  });

  it("groupLevel: distress still scores 10 (v1)", () => {
    const r = scored(
      inputs({ holders: register("100", { pledged: "60" }), profile: subsidiary("whollyOwned") }),
      GROUP_LEVEL
    );
    expect([factor(r, "F2").points.toString(), factor(r, "F2").ruleId]).toEqual([
      "10",
      "F2.concentratedDistressed",
    ]);
  });

  it("groupLevel, with the group workbook: only when the holder is the direct parent there", () => {
    const base = inputs({ holders: register(), profile: subsidiary("whollyOwned") });
    const parent = factor(scored({ ...base, group: record("母公司集团") }, GROUP_LEVEL), "F2");
    expect([parent.points.toString(), parent.ruleId]).toEqual(["100", "F2.subsidiaryGroupLevel"]);
    expect(en(parent.rule)).toMatch(/direct parent in the group workbook/);
    // Names compared folded (width, spaces): the same holder.
    const folded = factor(scored({ ...base, group: record(" 母公司集团 ") }, GROUP_LEVEL), "F2");
    expect(folded.ruleId).toBe("F2.subsidiaryGroupLevel");
    // Another parent in the group: the one-voice-board rule applies.
    const other = factor(scored({ ...base, group: record("另一家公司") }, GROUP_LEVEL), "F2");
    expect([other.points.toString(), other.ruleId]).toEqual(["40", "F2.concentrated"]);
    // The record is part of the input fingerprint.
    expect(scored({ ...base, group: record("母公司集团") }, GROUP_LEVEL).inputFingerprint).not.toBe(
      scored(base, GROUP_LEVEL).inputFingerprint
    );
  });
});
