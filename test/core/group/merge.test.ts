import {
  analyseGroup,
  defaultParameters,
  mergeGroupPosition,
  type ProfileInputs,
} from "../../../src/core";
import { FAMILY, groupOf } from "./builders";

const derived = analyseGroup(groupOf(FAMILY), defaultParameters()).members.map((m) => m.derived);
const at = { sheet: "治理概况", cell: "B9" };

describe("a member's F5 items from its group (group-model.md §3)", () => {
  it("fills blank items with the group's values, recording the group's cells", () => {
    const { profile, values } = mergeGroupPosition({}, derived[3]!);
    expect([
      profile.groupPosition?.value,
      profile.parentGovernance?.value,
      profile.parentCondition?.value,
      profile.siblingsCondition?.value,
    ]).toEqual(["controlled", "fair", "fair", "good"]);
    expect(values.map((v) => v.decision)).toEqual(["group", "group", "group", "group"]);
    expect(profile.parentCondition?.at).toEqual({ sheet: "Members", cell: "F3" });
    expect(values[2]?.groupCells).toEqual([
      { sheet: "Members", cell: "F3" },
      { sheet: "Members", cell: "F2" },
    ]);
  });

  it("takes the worse value on a conflict and reports both", () => {
    const own: ProfileInputs = {
      groupPosition: { value: "standalone", at },
      parentCondition: { value: "poor", at },
      siblingsCondition: { value: "good", at },
    };
    const { profile, values } = mergeGroupPosition(own, derived[3]!);
    expect(profile.groupPosition?.value).toBe("controlled");
    expect(profile.parentCondition).toEqual({ value: "poor", at });
    expect(values.map((v) => [v.item, v.member, v.group, v.used, v.decision])).toEqual([
      ["groupPosition", "standalone", "controlled", "controlled", "worse"],
      ["parentGovernance", null, "fair", "fair", "group"],
      ["parentCondition", "poor", "fair", "poor", "worse"],
      ["siblingsCondition", "good", "good", "good", "member"],
    ]);
  });

  it("keeps the parent's own items where the group gives none", () => {
    const own: ProfileInputs = { parentCondition: { value: "fair", at } };
    const { profile, values } = mergeGroupPosition(own, derived[0]!);
    expect(profile.parentCondition).toEqual({ value: "fair", at });
    expect(values[2]?.decision).toBe("member");
  });
});
