import { approveWorkbook, overrideWorkbook, verifyWorkbook, type GroupSource } from "../../src/app";
import { formatMessage, msg } from "../../src/core";
import { readAuditLog } from "../../src/workbook/audit";
import { clientWorkbook } from "../workbook/read/client";
import { applyPlanToSnapshot, LATER, SCORE, scoreAndApply, sheetNamed, withCell } from "./helpers";

/**
 * A member scored with its group (the app layer, as the task pane and the CLI call it): verify,
 * override and approve read the group values the scorecard records, never the group workbook.
 */
const SOURCE: GroupSource = {
  file: "集团.xlsx",
  fingerprint: "b".repeat(64),
  groupName: "示例集团",
  members: [
    {
      name: "示例子公司",
      clientId: "C-2024-017",
      at: { sheet: "集团成员", cell: "A3:K3" },
      derived: {
        groupPosition: "controlled",
        parentGovernance: "good",
        parentCondition: "fair",
        siblingsCondition: "poor",
        sources: {
          groupPosition: [{ sheet: "集团成员", cell: "C3" }],
          parentGovernance: [{ sheet: "集团成员", cell: "G2" }],
          parentCondition: [{ sheet: "集团成员", cell: "F2" }],
          siblingsCondition: [{ sheet: "集团成员", cell: "F4" }],
        },
      },
      parentName: "示例集团母公司",
      parentClientId: "G-0",
    },
  ],
};

const scorecardName = formatMessage(msg("sheet.scorecard"), "zh-CN");

describe("a member scored with its group", () => {
  const { update, workbook } = scoreAndApply(clientWorkbook(), { ...SCORE, group: SOURCE });

  it("uses the worse value, records the group and logs the group workbook", () => {
    expect(update.notices.map((n) => n.code)).toEqual(
      expect.arrayContaining(["group.used", "group.worse"])
    );
    const log = readAuditLog(sheetNamed(workbook, formatMessage(msg("sheet.auditLog"), "zh-CN")));
    expect(log.at(-1)?.reason).toContain("集团.xlsx");
    expect(verifyWorkbook(workbook, { language: "zh-CN" }).ok).toBe(true);
  });

  it("a member not in the group is scored alone, with a notice at its client ID", () => {
    const other = { ...SOURCE, members: [{ ...SOURCE.members[0]!, clientId: "X-1" }] };
    const alone = scoreAndApply(clientWorkbook(), { ...SCORE, group: other });
    const notice = alone.update.notices.find((n) => n.code === "group.notMember");
    expect(notice?.at?.cell).toMatch(/^B\d+$/);
  });

  it("override and approve keep the group values; the result verifies", () => {
    const overridden = overrideWorkbook(workbook, {
      finalGrade: "C",
      reason: "担保充足",
      officer: "王芳",
      now: LATER,
      language: "zh-CN",
    });
    if (!overridden.ok) throw new Error(JSON.stringify(overridden.issues));
    const after = applyPlanToSnapshot(workbook, overridden.plan);
    expect(verifyWorkbook(after, { language: "zh-CN" }).ok).toBe(true);
    const approved = approveWorkbook(after, { approver: "李强", now: LATER, language: "zh-CN" });
    if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
    expect(
      verifyWorkbook(applyPlanToSnapshot(after, approved.plan), { language: "zh-CN" }).ok
    ).toBe(true);
  });

  it("a recorded group value or fingerprint changed fails verification (input fingerprint)", () => {
    const sheet = sheetNamed(workbook, scorecardName);
    const title = formatMessage(msg("sc.section.groupInputs"), "zh-CN");
    const first = sheet.values.findIndex((row) => row[0] === title) + 1;
    expect(first).toBeGreaterThan(0);
    for (const ref of [`D${first + 10}`, `B${first + 3}`]) {
      const tampered = withCell(workbook, scorecardName, ref, "良好");
      const check = verifyWorkbook(tampered, { language: "zh-CN" });
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.mismatch.kind).toBe("inputFingerprint");
    }
  });
});
