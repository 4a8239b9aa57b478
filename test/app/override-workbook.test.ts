import {
  approveWorkbook,
  overrideWorkbook,
  verifyWorkbook,
  type OverrideOptions,
} from "../../src/app";
import { formatMessage } from "../../src/core";
import { readAuditLog, verifyAuditChain } from "../../src/workbook/audit";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import type { SheetSnapshot } from "../../src/workbook/snapshot";
import { clientWorkbook, workbookWith } from "../workbook/read/client";
import { applyPlanToSnapshot, LATER, SCORE, scoreAndApply, sheetNamed, withCell } from "./helpers";

const DOWNGRADE: OverrideOptions = {
  finalGrade: "D",
  reason: "未决诉讼",
  officer: "王芳",
  now: LATER,
  language: "zh-CN",
};

/** The seed client: model grade D under a C cap, so C is a one-step upgrade within the cap. */
const UPGRADE: OverrideOptions = { ...DOWNGRADE, finalGrade: "C", reason: "担保充足" };

/** The value a sheet snapshot holds at an A1 reference such as "B22". */
function cellOf(sheet: SheetSnapshot, ref: string): unknown {
  const match = /^([A-Z])(\d+)$/.exec(ref);
  if (match === null) throw new Error(`not a one-letter A1 reference: ${ref}`);
  return sheet.values[Number(match[2]) - 1]?.[match[1]!.charCodeAt(0) - 65];
}

/** The seed client, scored: model grade D under the subsidiary knock-out's cap C. */
function scoredSeed() {
  return scoreAndApply().workbook;
}

describe("overrideWorkbook", () => {
  it("refuses a no-op with the core's reason and plans nothing", () => {
    const { workbook } = scoreAndApply();
    const outcome = overrideWorkbook(workbook, DOWNGRADE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.code)).toEqual(["override.sameGrade"]);
    expect("plan" in outcome).toBe(false);
  });

  it("records a downgrade with its reason: final grade, adjustment and one audit event", () => {
    const english = { ...SCORE, language: "en-US" as const };
    const scored = scoreAndApply(workbookWith(), english).workbook;
    const outcome = overrideWorkbook(scored, { ...DOWNGRADE, finalGrade: "c", language: "en-US" });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.summary).toMatchObject({
      modelGrade: "B",
      finalGrade: "C",
      adjustedRating: "A-",
    });
    const after = applyPlanToSnapshot(scored, outcome.plan);
    const rows = readAuditLog(sheetNamed(after, "Audit log"));
    expect(rows.map((r) => [r.event, r.user, r.reason])).toEqual([
      ["chainStarted", "王芳", "new audit chain"],
      // Layout 4: the scored row records the reading notes' count and digest.
      ["scored", "王芳", expect.stringMatching(/^reading notes 0 · SHA-256 [0-9a-f]{64}$/)],
      ["overridden", "王芳", "未决诉讼"],
    ]);
    // The recorded grade: the override block of the scorecard and the audit event's result.
    const card = sheetNamed(after, "Governance scorecard");
    expect(cellOf(card, SCORECARD_CELLS.override.modelGrade)).toBe("B");
    expect(cellOf(card, SCORECARD_CELLS.override.finalGrade)).toBe("C");
    expect(cellOf(card, SCORECARD_CELLS.override.reason)).toBe("未决诉讼");
    expect(rows[1]?.result).toMatch(/· model B · final B$/);
    expect(rows[2]?.result).toMatch(/· model B · final C$/);
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
  });

  it("refuses a bad override with every reason, and an approver typed by the officer is no option", () => {
    const outcome = overrideWorkbook(scoredSeed(), { ...UPGRADE, reason: " ", officer: "" });
    expect(outcome.ok || outcome.issues.map((i) => i.code)).toEqual([
      "override.reasonRequired",
      "override.officerRequired",
    ]);
    const far = overrideWorkbook(scoredSeed(), { ...UPGRADE, finalGrade: "B" });
    expect(far.ok || far.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["override.upgradeTooFar", "override.aboveKnockoutCap"])
    );
  });

  it("records an upgrade as pending: not in effect, and no approval in the log", () => {
    const scored = scoredSeed();
    const outcome = overrideWorkbook(scored, UPGRADE);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.summary).toMatchObject({
      modelGrade: "D",
      finalGrade: "D",
      override: { grade: "C", approval: "pending", officer: "王芳", approver: null },
    });
    expect(outcome.result.override?.approval).toEqual({ status: "pending" });
    const after = applyPlanToSnapshot(scored, outcome.plan);
    const rows = readAuditLog(sheetNamed(after, "审计日志"));
    expect(rows.map((r) => [r.event, r.user])).toEqual([
      ["chainStarted", "王芳"],
      ["scored", "王芳"],
      ["overridden", "王芳"],
    ]);
    expect(rows[2]?.result).toMatch(/上调至C待审批$/);
    const card = sheetNamed(after, "治理评分卡");
    expect(cellOf(card, SCORECARD_CELLS.override.finalGrade)).toBe("D");
    expect(cellOf(card, SCORECARD_CELLS.override.requested)).toBe("C");
    expect(cellOf(card, SCORECARD_CELLS.override.approvalStatus)).toMatch(/^待审批/);
    expect(cellOf(card, SCORECARD_CELLS.override.approver)).toBeNull();
  });

  it("takes effect once a second person approves it, in a separate act", () => {
    const pending = overrideWorkbook(scoredSeed(), UPGRADE);
    if (!pending.ok) throw new Error(JSON.stringify(pending.issues));
    const withPending = applyPlanToSnapshot(scoredSeed(), pending.plan);
    const approved = approveWorkbook(withPending, {
      approver: "李明",
      now: "2025-03-03T11:00:00+08:00",
      language: "zh-CN",
    });
    if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
    expect(approved.summary).toMatchObject({
      modelGrade: "D",
      finalGrade: "C",
      adjustedRating: "BBB-",
      override: { grade: "C", approval: "approved", approver: "李明" },
    });
    const after = applyPlanToSnapshot(withPending, approved.plan);
    const rows = readAuditLog(sheetNamed(after, "审计日志"));
    expect(rows.map((r) => [r.event, r.user])).toEqual([
      ["chainStarted", "王芳"],
      ["scored", "王芳"],
      ["overridden", "王芳"],
      ["approved", "李明"],
    ]);
    expect(rows[3]?.reason).toContain("李明");
    expect(verifyAuditChain(rows)).toEqual({ ok: true });
    const card = sheetNamed(after, "治理评分卡");
    expect(cellOf(card, SCORECARD_CELLS.override.finalGrade)).toBe("C");
    expect(cellOf(card, SCORECARD_CELLS.override.approver)).toBe("李明");
    expect(verifyWorkbook(after, { language: "zh-CN" }).ok).toBe(true);

    // The officer cannot approve their own upgrade, however the name is typed; nothing to approve twice.
    const self = approveWorkbook(withPending, {
      approver: " 王芳　",
      now: LATER,
      language: "zh-CN",
    });
    expect(self.ok || self.issues.map((i) => i.code)).toEqual(["override.approverIsOfficer"]);
    const twice = approveWorkbook(after, { approver: "赵六", now: LATER, language: "zh-CN" });
    expect(twice.ok || twice.issues.map((i) => i.code)).toEqual(["approve.nothingPending"]);
  });

  it("refuses when the inputs changed since scoring, naming the fingerprint cell", () => {
    const { workbook } = scoreAndApply();
    const changed = withCell(workbook, "股东名册", "C2", 55);
    const outcome = overrideWorkbook(changed, UPGRADE);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.code, i.at?.cell])).toEqual([
      ["override.inputsChanged", "B9"],
    ]);
    expect(formatMessage(outcome.issues[0]!.message, "en-US")).toContain(
      "score the workbook again"
    );
  });

  it("refuses a workbook that was never scored", () => {
    const outcome = overrideWorkbook(clientWorkbook(), DOWNGRADE);
    expect(outcome.ok || outcome.issues.map((i) => i.code)).toEqual(["override.notScored"]);
  });
});
