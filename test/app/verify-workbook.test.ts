import {
  approveWorkbook,
  overrideWorkbook,
  verifyWorkbook,
  type VerifyOutcome,
} from "../../src/app";
import { defaultParameters, formatLocated, formatMessage } from "../../src/core";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { markerName } from "../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { clientWorkbook } from "../workbook/read/client";
import { fixed, seedExpected as seed } from "../support/examples";
import {
  applyPlanToSnapshot,
  LATER,
  parameterRef,
  scoreAndApply,
  sheetNamed,
  withCell,
} from "./helpers";

function mismatchOf(outcome: VerifyOutcome) {
  if (outcome.ok) throw new Error("expected a mismatch");
  return outcome.mismatch;
}

const verify = (workbook: WorkbookSnapshot) => verifyWorkbook(workbook, { language: "en-US" });

describe("verifyWorkbook", () => {
  const { workbook: scored } = scoreAndApply();

  it("checks a freshly scored workbook: every formula cell, both fingerprints, the audit chain", () => {
    const outcome = verify(scored);
    if (!outcome.ok) throw new Error(formatMessage(outcome.mismatch.message, "en-US"));
    expect(outcome.checkedCells).toBeGreaterThan(40);
    expect(outcome.auditRows).toBe(2);
    expect(outcome.summary).toMatchObject({
      score: fixed(seed.score, 2),
      finalGrade: seed.modelGrade,
    });
  });

  it("names a tampered scorecard value with the expected and found values", () => {
    const mismatch = mismatchOf(verify(withCell(scored, "治理评分卡", "B13", 85)));
    expect(mismatch).toMatchObject({
      kind: "cell",
      sheet: "治理评分卡",
      cell: "B13",
      expected: seed.score,
      found: "85",
    });
    expect(formatLocated(mismatch.message, { sheet: "治理评分卡", cell: "B13" }, "en-US")).toBe(
      `'治理评分卡'!B13: the scorecard shows 85 where the model computes ${seed.score}`
    );
  });

  it("reports the first mismatching cell in reading order", () => {
    const twice = withCell(withCell(scored, "治理评分卡", "B16", "A"), "治理评分卡", "B13", 99);
    expect(mismatchOf(verify(twice)).cell).toBe("B13");
  });

  it("accepts Excel's floating point within 1e-9 but not beyond", () => {
    const score = Number(seed.score);
    expect(verify(withCell(scored, "治理评分卡", "B13", score + 1e-12)).ok).toBe(true);
    expect(verify(withCell(scored, "治理评分卡", "B13", score + 1e-6)).ok).toBe(false);
  });

  it("sees a formula replaced by a constant", () => {
    const pasted = withCell(scored, "治理评分卡", "B13", Number(seed.score), false);
    expect(mismatchOf(verify(pasted))).toMatchObject({ kind: "formulaReplaced", cell: "B13" });
  });

  it("sees an input changed after scoring, at the input fingerprint", () => {
    const mismatch = mismatchOf(verify(withCell(scored, "股东名册", "C2", 61)));
    expect(mismatch).toMatchObject({ kind: "inputFingerprint", sheet: "治理评分卡", cell: "B9" });
    expect(formatMessage(mismatch.message, "en-US")).toContain("inputs were changed after scoring");
  });

  it("sees a parameter edited after scoring, at the model fingerprint", () => {
    const ref = parameterRef(defaultParameters(), "zh-CN", "f2.concentratedPoints");
    const mismatch = mismatchOf(verify(withCell(scored, "评分模型", ref, 45)));
    expect(mismatch).toMatchObject({ kind: "modelFingerprint", cell: "B8" });
  });

  it("names the first broken audit row", () => {
    const { workbook: twice } = scoreAndApply(scored, {
      language: "zh-CN",
      now: LATER,
      user: "李明",
    });
    const mismatch = mismatchOf(verify(withCell(twice, "审计日志", "C2", "张三")));
    expect(mismatch).toMatchObject({ kind: "auditRow", sheet: "审计日志", cell: "A2" });
  });

  it("sees a deleted audit log, a deleted model sheet and an emptied log", () => {
    const without = (role: "auditLog" | "model"): WorkbookSnapshot => ({
      ...scored,
      names: scored.names?.filter((n) => n.name !== markerName(role)) ?? [],
    });
    expect(mismatchOf(verify(without("auditLog"))).kind).toBe("auditLogMissing");
    expect(mismatchOf(verify(without("model"))).kind).toBe("modelSheetMissing");
    const log = sheetNamed(scored, "审计日志");
    const emptied = {
      ...scored,
      sheets: scored.sheets.map((s) =>
        s === log ? { ...log, values: log.values.slice(0, 1) } : s
      ),
    };
    // The scorecard records the log's head: an emptied log no longer reaches it.
    expect(mismatchOf(verify(emptied))).toMatchObject({
      kind: "auditHead",
      sheet: "治理评分卡",
      cell: SCORECARD_CELLS.auditHead,
    });
  });

  it("verifies an approved override and sees an approver typed onto the scorecard", () => {
    const outcome = overrideWorkbook(scored, {
      finalGrade: "C",
      reason: "担保充足",
      officer: "王芳",
      now: LATER,
      language: "zh-CN",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const pending = applyPlanToSnapshot(scored, outcome.plan);
    const stillPending = verify(pending);
    expect(stillPending.ok && stillPending.result.finalGrade).toBe("D");
    // The officer types an approver's name on the scorecard: the log has no approval by them.
    const typed = withCell(pending, "治理评分卡", SCORECARD_CELLS.override.approver, "李明");
    expect(mismatchOf(verify(typed)).kind).not.toBe(undefined);
    const approved = approveWorkbook(pending, { approver: "李明", now: LATER, language: "zh-CN" });
    if (!approved.ok) throw new Error(JSON.stringify(approved.issues));
    const after = applyPlanToSnapshot(pending, approved.plan);
    const ok = verify(after);
    expect(ok.ok && ok.result.finalGrade).toBe("C");
    const officerAsApprover = withCell(
      after,
      "治理评分卡",
      SCORECARD_CELLS.override.approver,
      "王芳"
    );
    expect(mismatchOf(verify(officerAsApprover))).toMatchObject({
      kind: "override",
      cell: SCORECARD_CELLS.override.approver,
    });
  });

  it("says a workbook without a scorecard was never scored", () => {
    expect(mismatchOf(verify(clientWorkbook())).kind).toBe("notScored");
  });

  it("lists every problem when the inputs can no longer be read", () => {
    const mismatch = mismatchOf(verify(withCell(scored, "股东名册", "C3", "lots")));
    expect(mismatch.kind).toBe("unreadable");
    expect(mismatch.issues?.[0]?.at).toEqual({ sheet: "股东名册", cell: "C3" });
  });
});
