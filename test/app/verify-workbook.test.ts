import {
  approveWorkbook,
  overrideWorkbook,
  verifyWorkbook,
  type VerifyOutcome,
} from "../../src/app";
import { cellValue } from "../../src/app/recorded-scorecard";
import { defaultParameters, formatLocated, formatMessage, msg } from "../../src/core";
import { auditHead, readAuditLog } from "../../src/workbook/audit";
import { modelSheetLayout } from "../../src/workbook/model-sheet";
import { markerName } from "../../src/workbook/plan";
import { SCORECARD_CELLS } from "../../src/workbook/scorecard";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import {
  clientWorkbook,
  profileSheet,
  shareholderSheet,
  workbookWith,
} from "../workbook/read/client";
import { sheet, workbook } from "../workbook/read/snapshots";
import { fixed, seedExpected as seed } from "../support/examples";
import {
  applyPlanToSnapshot,
  LATER,
  NOW,
  parameterRef,
  scoreAndApply,
  sheetNamed,
  withCell,
  withFormula,
  withFormulasRewritten,
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
    // The first row's user (D in layout 4).
    const mismatch = mismatchOf(verify(withCell(twice, "审计日志", "D2", "张三")));
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

/** The B cell of the first scorecard row whose label (column A) is `label`. */
function labelled(workbook: WorkbookSnapshot, label: string): string {
  const sheet = sheetNamed(workbook, "治理评分卡");
  const row = sheet.values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no scorecard row labelled ${label}`);
  return `B${row + 1}`;
}

const zh = (key: Parameters<typeof msg>[0]) => formatMessage(msg(key), "zh-CN");

describe("verifyWorkbook compares every cell the product wrote", () => {
  const { workbook: scored } = scoreAndApply();
  const scorecard = sheetNamed(scored, "治理评分卡");
  const cellOf = (ref: string) => cellValue(scorecard, ref);

  it("sees a formula rewritten with its old cached value kept", () => {
    const limit = SCORECARD_CELLS.recommendedLimit;
    const mismatch = mismatchOf(
      verify(withFormula(scored, "治理评分卡", limit, "B34*10", cellOf(limit)))
    );
    expect(mismatch).toMatchObject({ kind: "formula", cell: limit, found: "=B34*10" });
    expect(mismatch.expected).toMatch(/^=IF\(B31="不予授信",0,IF\(ISNUMBER\(B38\)/);
    expect(formatMessage(mismatch.message, "en-US")).toBe(
      `the cell holds the formula =B34*10 where the product wrote ${mismatch.expected}`
    );
  });

  it('sees the grade replaced by the formula ="D", which shows the same grade', () => {
    const grade = SCORECARD_CELLS.modelGrade;
    const mismatch = mismatchOf(
      verify(withFormula(scored, "治理评分卡", grade, '"D"', seed.modelGrade))
    );
    expect(mismatch).toMatchObject({ kind: "formula", cell: grade, found: '="D"' });
  });

  it("sees a knock-out the engine decided typed over with TRUE", () => {
    // Without a board the insider knock-out cannot be a formula: the engine's FALSE is written.
    const noBoard = scoreAndApply(workbook([shareholderSheet(), profileSheet()])).workbook;
    const cell = labelled(noBoard, zh("sc.knockout.insiderConcentration"));
    expect(verify(noBoard).ok).toBe(true);
    const mismatch = mismatchOf(verify(withCell(noBoard, "治理评分卡", cell, true)));
    // Layout 4 writes it as 0, shown as 否.
    expect(mismatch).toMatchObject({ kind: "value", cell, expected: "0", found: "TRUE" });
    expect(formatMessage(mismatch.message, "en-US")).toBe(
      "the cell holds TRUE where the product wrote 0"
    );
  });

  /** A director's in-management row: the engine's reading of one free-text post (layout 3). */
  const directorRow = () =>
    labelled(
      scored,
      formatMessage(msg("sc.measure.directorInManagement", { name: "董事甲" }), "zh-CN")
    );

  it("sees the directors-in-management count, an F6 yes/no and a rule text edited", () => {
    const overlap = labelled(scored, zh("measure.overlap"));
    // The count is a formula over one row per director; its value edited is a wrong result.
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", overlap, 3)))).toMatchObject({
      kind: "cell",
      cell: overlap,
      expected: "4",
      found: "3",
    });
    const director = directorRow();
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", director, 0)))).toMatchObject({
      kind: "value",
      cell: director,
      expected: "1",
      found: "0",
    });
    // 审计委员会 is written 是: layout 3 reads it by formula (yes-words); a value typed there is
    // a formula's wrong result.
    const committee = labelled(scored, zh("item.auditCommittee"));
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", committee, true)))).toMatchObject({
      kind: "cell",
      cell: committee,
    });
    const rule = labelled(scored, zh("sc.label.rule"));
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", rule, "得100分")))).toMatchObject({
      kind: "value",
      cell: rule,
      found: "得100分",
    });
  });

  it("sees the client name edited, and a number typed as text", () => {
    const name = labelled(scored, zh("sc.label.clientName"));
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", name, "另一家公司")))).toMatchObject({
      kind: "value",
      cell: name,
      expected: "某市城建开发有限公司",
      found: "另一家公司",
    });
    const director = directorRow();
    expect(mismatchOf(verify(withCell(scored, "治理评分卡", director, "TRUE")))).toMatchObject({
      kind: "value",
      cell: director,
    });
  });

  it("sees a value typed into a cell the product left blank, anywhere in the sheet", () => {
    // (A31 is blank in layout 2 only: layout 3 writes the outcome there; A46 is still blank.)
    for (const ref of ["A46", "F13", "Z400"])
      expect(mismatchOf(verify(withCell(scored, "治理评分卡", ref, 0)))).toMatchObject({
        kind: "unexpectedCell",
        cell: ref,
        expected: "",
        found: "0",
      });
    // A reason typed into the empty override block is an override without an officer.
    expect(
      mismatchOf(verify(withCell(scored, "治理评分卡", SCORECARD_CELLS.override.reason, "x")))
    ).toMatchObject({ kind: "override", cell: SCORECARD_CELLS.override.requested });
    const formula = mismatchOf(verify(withFormula(scored, "治理评分卡", "G5", "1+1", 2)));
    expect(formula).toMatchObject({ kind: "unexpectedCell", cell: "G5", found: "=1+1" });
    expect(formatMessage(formula.message, "en-US")).toBe(
      "the product left this cell blank; it now holds =1+1"
    );
  });

  it("sees a value replaced by a formula giving the same value", () => {
    const director = directorRow();
    expect(mismatchOf(verify(withFormula(scored, "治理评分卡", director, "2-1", 1)))).toMatchObject(
      {
        kind: "valueReplaced",
        cell: director,
        expected: "1",
        found: "=2-1",
      }
    );
  });

  it("sees a model-sheet description and a lookup cell edited (the parameters unchanged)", () => {
    const params = defaultParameters();
    const value = parameterRef(params, "zh-CN", "f2.concentratedPoints");
    const description = value.replace(/^C/, "B");
    expect(mismatchOf(verify(withCell(scored, "评分模型", description, "随便写写")))).toMatchObject(
      { kind: "value", sheet: "评分模型", cell: description, found: "随便写写" }
    );
    const layout = modelSheetLayout(params, "zh-CN");
    const label = `B${layout.lookups.shareholderType.firstRow}`;
    expect(mismatchOf(verify(withCell(scored, "评分模型", label, "国企")))).toMatchObject({
      kind: "value",
      sheet: "评分模型",
      cell: label,
    });
    const points = `E${layout.lookups.shareholderType.firstRow}`;
    const model = sheetNamed(scored, "评分模型");
    const kept = cellValue(model, points);
    expect(mismatchOf(verify(withFormula(scored, "评分模型", points, "60", kept)))).toMatchObject({
      kind: "formula",
      sheet: "评分模型",
      cell: points,
      found: "=60",
    });
  });

  it("sees the audit log's header edited and a note typed beside the log", () => {
    // Its header is part of what makes the sheet the product's log: edited, the log is not found.
    expect(mismatchOf(verify(withCell(scored, "审计日志", "A1", "No.")))).toMatchObject({
      kind: "auditLogMissing",
    });
    expect(mismatchOf(verify(withCell(scored, "审计日志", "C1", "操作")))).toMatchObject({
      kind: "value",
      sheet: "审计日志",
      cell: "C1",
    });
    expect(mismatchOf(verify(withCell(scored, "审计日志", "O2", "已复核")))).toMatchObject({
      kind: "unexpectedCell",
      sheet: "审计日志",
      cell: "O2",
    });
    // Layout 4: an event's name (derived from its code, no hash covers it) edited is still seen.
    expect(mismatchOf(verify(withCell(scored, "审计日志", "C2", "随便")))).toMatchObject({
      kind: "value",
      sheet: "审计日志",
      cell: "C2",
      found: "随便",
    });
  });

  it("sees the scorecard's date edited, against the audit log", () => {
    // Layout 4 records the ISO time in E (B shows it as read).
    const date = labelled(scored, zh("sc.label.date")).replace(/^B/, "E");
    expect(
      mismatchOf(verify(withCell(scored, "治理评分卡", date, "2025-01-01T00:00:00+08:00")))
    ).toMatchObject({ kind: "notLogged", cell: date, expected: NOW });
  });

  describe("an override", () => {
    const outcome = overrideWorkbook(scored, {
      finalGrade: "C",
      reason: "担保充足",
      officer: "王芳",
      now: LATER,
      language: "zh-CN",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const pending = applyPlanToSnapshot(scored, outcome.plan);
    const approval = approveWorkbook(pending, { approver: "李明", now: LATER, language: "zh-CN" });
    if (!approval.ok) throw new Error(JSON.stringify(approval.issues));
    const overridden = applyPlanToSnapshot(pending, approval.plan);
    const o = SCORECARD_CELLS.override;

    it("verifies as written", () => {
      expect(verify(overridden).ok).toBe(true);
    });

    it.each([
      ["reason", o.reason, "抵押物充足", "担保充足"],
      ["officer", o.officer, "张三", "王芳"],
      ["approver", o.approver, "赵六", "李明"],
      ["time", o.at, NOW, LATER],
    ])("sees its %s edited on the scorecard", (_field, cell, edited, logged) => {
      expect(mismatchOf(verify(withCell(overridden, "治理评分卡", cell, edited)))).toMatchObject({
        kind: "notLogged",
        sheet: "治理评分卡",
        cell,
        expected: logged,
        found: edited,
      });
    });

    it("sees an override removed from the scorecard that the log still records", () => {
      const { workbook: plain } = scoreAndApply();
      const log = sheetNamed(overridden, "审计日志");
      const head = auditHead(readAuditLog(log))!;
      const withLog = withCell(
        withCell(
          {
            ...plain,
            sheets: plain.sheets.map((s) => (s.name === "审计日志" ? log : s)),
          },
          "治理评分卡",
          SCORECARD_CELLS.auditRows,
          head.rows
        ),
        "治理评分卡",
        SCORECARD_CELLS.auditHead,
        head.hash
      );
      // The log's last event is about these fingerprints, and records an override; the head
      // cells were made to agree with it.
      expect(mismatchOf(verify(withLog))).toMatchObject({
        kind: "auditStale",
        cell: o.finalGrade,
      });
    });
  });
});

describe("verifyWorkbook holds a downgrade to the grade the audit log records", () => {
  it("sees the final grade changed to another valid downgrade, even once recalculated", () => {
    const { workbook: scored } = scoreAndApply(workbookWith());
    const outcome = overrideWorkbook(scored, {
      finalGrade: "C",
      reason: "Sector downturn",
      officer: "Wang",
      now: LATER,
      language: "en-US",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const overridden = applyPlanToSnapshot(scored, outcome.plan);
    expect(verify(overridden).ok).toBe(true);
    // D is a valid downgrade from B too; a live Excel would recalculate the adjustment for it.
    const requested = SCORECARD_CELLS.override.requested;
    const mismatch = mismatchOf(
      verify(withCell(overridden, "Governance scorecard", requested, "D"))
    );
    expect(mismatch).toMatchObject({
      kind: "notLogged",
      cell: requested,
      expected: "score 75.00 · model B · final C",
      found: "D",
    });
    // The grade in effect edited alone is not what the product wrote.
    const final = SCORECARD_CELLS.override.finalGrade;
    expect(
      mismatchOf(verify(withCell(overridden, "Governance scorecard", final, "D")))
    ).toMatchObject({ kind: "value", cell: final, expected: "C", found: "D" });
  });
});

describe("verifyWorkbook finds the product sheets by their markers", () => {
  it("verifies sheets written beside a user's sheets of the same names, and an edit there", () => {
    const mine = [sheet("评分模型", [["mine"]]), sheet("审计日志", [["my log"]])];
    const { workbook: scored } = scoreAndApply(workbook([...clientWorkbook().sheets, ...mine]));
    expect(verify(scored).ok).toBe(true);
    const mismatch = mismatchOf(verify(withCell(scored, "评分模型 (2)", "A2", "x")));
    expect(mismatch).toMatchObject({ kind: "value", sheet: "评分模型 (2)", cell: "A2" });
  });
});

describe("verifyWorkbook accepts what spreadsheet programs rewrite on save", () => {
  const { workbook: scored } = scoreAndApply();
  const BOOLEANS_SHEET = "评分模型";

  it("LibreOffice: unquoted sheet names, TRUE() for TRUE, booleans saved as TRUE()/FALSE()", () => {
    const unquoted = withFormulasRewritten(scored, (f) =>
      f
        .replace(/'([^'!]+)'!/g, (_m, name: string) =>
          /\s/.test(name) ? `'${name}'!` : `${name}!`
        )
        .replace(/\bTRUE\b(?!\()/g, "TRUE()")
    );
    // Layout 4 writes the scorecard's yes/no figures as 1/0 (shown as 是/否): the boolean constants
    // left are the model sheet's yes/no parameters.
    expect(
      sheetNamed(unquoted, "治理评分卡")
        .values.flat()
        .some((v) => typeof v === "boolean")
    ).toBe(false);
    const sheet = sheetNamed(unquoted, BOOLEANS_SHEET);
    const booleans = sheet.values.flatMap((row, r) =>
      row.flatMap((v, c) =>
        typeof v === "boolean" && (sheet.formulas?.[r]?.[c] ?? "") === ""
          ? [{ ref: `${String.fromCharCode(65 + c)}${r + 1}`, value: v }]
          : []
      )
    );
    expect(booleans.length).toBeGreaterThan(2);
    const saved = booleans.reduce(
      (w, b) => withFormula(w, BOOLEANS_SHEET, b.ref, b.value ? "TRUE()" : "FALSE()", b.value),
      unquoted
    );
    const outcome = verify(saved);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.mismatch));
    // A boolean saved as the other constant is still a change.
    const [first] = booleans;
    const flipped = withFormula(
      saved,
      BOOLEANS_SHEET,
      first!.ref,
      first!.value ? "FALSE()" : "TRUE()",
      !first!.value
    );
    // (a model parameter: the fingerprint the scorecard records no longer matches)
    expect(mismatchOf(verify(flipped))).toMatchObject({ kind: "modelFingerprint" });
  });

  it("Excel: lower-case names, spaces, _xlfn. prefixes, @ and a leading =", () => {
    const excel = withFormulasRewritten(
      scored,
      (f) =>
        `= @${f.replace(/([A-Z]+)\(/g, (_m, name: string) => `_xlfn.${name.toLowerCase()}( `).replace(/,/g, ", ")}`
    );
    const outcome = verify(excel);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.mismatch));
  });
});
