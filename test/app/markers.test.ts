import { overrideWorkbook, scoreWorkbook, verifyWorkbook } from "../../src/app";
import { formatMessage } from "../../src/core";
import { markerName, type ProductSheetRole } from "../../src/workbook/plan";
import { hasProductSignature, markedSheets } from "../../src/workbook/product-sheets";
import { instructionsPlan } from "../../src/workbook/template/instructions";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { clientWorkbook } from "../workbook/read/client";
import { sheet, workbook } from "../workbook/read/snapshots";
import {
  applyPlanToSnapshot,
  LATER,
  SCORE,
  scoreAndApply,
  sheetNamed,
  sheetOfPlan,
} from "./helpers";

/**
 * Marker names (GovScore_scorecard …) are trusted only on a sheet the product wrote. One that
 * points at an input sheet, a user's sheet or no sheet is reported and ignored: the sheet is read
 * as the user's and never replaced.
 */

const marker = (role: ProductSheetRole, sheetName: string) => ({
  name: markerName(role),
  sheet: sheetName,
  range: "A1",
});

const withNames = (snapshot: WorkbookSnapshot, names: ReturnType<typeof marker>[]) =>
  workbook(snapshot.sheets, [...(snapshot.names ?? []), ...names]);

function scored(snapshot: WorkbookSnapshot) {
  const outcome = scoreWorkbook(snapshot, SCORE);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome;
}

const notices = (outcome: ReturnType<typeof scored>, language: "en-US" | "zh-CN" = "en-US") =>
  outcome.notices.map((n) => formatMessage(n.message, language));

describe("which sheets a marker may mark", () => {
  it("every sheet the product writes carries its role's signature, in either language", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const { update } = scoreAndApply(clientWorkbook(), { ...SCORE, language });
      const plan = update.plan;
      for (const planned of plan.sheets)
        if (planned.role !== "input")
          expect([planned.role, hasProductSignature(planned.role, sheetOfPlan(planned))]).toEqual([
            planned.role,
            true,
          ]);
      const instructions = sheetOfPlan(instructionsPlan(language));
      expect(hasProductSignature("instructions", instructions)).toBe(true);
      // …and only its own role's.
      expect(hasProductSignature("scorecard", instructions)).toBe(false);
      expect(hasProductSignature("auditLog", sheetOfPlan(plan.sheets[0]!))).toBe(false);
    }
  });

  it("sorts the markers of a workbook into trusted and ignored, with the reason", () => {
    const { workbook: scoredBook } = scoreAndApply();
    const notes = sheet("Notes", [["My own scorecard"], ["Model fingerprint", "x"]]);
    const snapshot = workbook(
      [...scoredBook.sheets, notes],
      [
        ...(scoredBook.names ?? []).filter((n) => n.name !== markerName("auditLog")),
        marker("auditLog", "董事会"),
        marker("instructions", "Notes"),
      ]
    );
    const found = markedSheets(snapshot);
    expect(Object.keys(found.sheets).sort()).toEqual(["model", "scorecard", "summary"]);
    expect(found.ignored).toEqual([
      {
        role: "auditLog",
        marker: "GovScore_auditLog",
        sheet: "董事会",
        range: "A1",
        reason: "inputSheet",
      },
      {
        role: "instructions",
        marker: "GovScore_instructions",
        sheet: "Notes",
        range: "A1",
        reason: "notProduct",
      },
    ]);
    const gone = markedSheets(withNames(clientWorkbook(), [marker("model", "Deleted")]));
    expect(gone.ignored).toMatchObject([{ reason: "noSheet", sheet: "Deleted" }]);
  });
});

describe("scoring with markers that point at the user's sheets", () => {
  const clean = scored(clientWorkbook());

  it("GovScore_auditLog on the Board sheet: the board is read and kept, a new audit log is written", () => {
    const snapshot = withNames(clientWorkbook(), [marker("auditLog", "董事会")]);
    const outcome = scored(snapshot);
    expect(outcome.summary.score).toBe(clean.summary.score);
    expect(outcome.result.factors.find((f) => f.id === "F4")?.status).toBe("scored");
    expect(outcome.plan.sheets.map((s) => s.name)).toEqual([
      "治理评分卡",
      "评分模型",
      "审计日志",
      "评审摘要",
    ]);
    expect(notices(outcome)).toContain(
      "The defined name GovScore_auditLog points at the sheet 董事会, which holds input data; it was not taken for the product's Audit log sheet, and that sheet is left as it is."
    );
    expect(notices(outcome, "zh-CN")).toContain(
      "定义名称GovScore_auditLog指向存放输入数据的工作表“董事会”；未将其视为本产品的审计日志工作表，该工作表保持不变。"
    );
    expect(outcome.notices.find((n) => n.code === "marker.inputSheet")?.at).toEqual({
      sheet: "董事会",
      cell: "A1",
    });
    const written = applyPlanToSnapshot(snapshot, outcome.plan);
    expect(sheetNamed(written, "董事会")).toBe(sheetNamed(snapshot, "董事会"));
    expect(written.names?.find((n) => n.name === markerName("auditLog"))?.sheet).toBe("审计日志");
    // The scored copy is the product's as usual: it verifies, and scores again without notices.
    expect(verifyWorkbook(written, { language: "en-US" }).ok).toBe(true);
    const again = scored(written);
    expect(again.notices.filter((n) => n.code.startsWith("marker."))).toEqual([]);
  });

  it("GovScore_scorecard on the register: the register is read and kept, not replaced", () => {
    const snapshot = withNames(clientWorkbook(), [marker("scorecard", "股东名册")]);
    const outcome = scored(snapshot);
    expect(outcome.summary.score).toBe(clean.summary.score);
    expect(outcome.plan.sheets[0]?.name).toBe("治理评分卡");
    expect(outcome.notices.map((n) => n.code)).toContain("marker.inputSheet");
    const written = applyPlanToSnapshot(snapshot, outcome.plan);
    expect(sheetNamed(written, "股东名册")).toBe(sheetNamed(snapshot, "股东名册"));
    expect(written.sheets.map((s) => s.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "治理评分卡",
      "评分模型",
      "审计日志",
      "评审摘要",
    ]);
    // An override needs a scorecard the product wrote: it says which marker it did not trust.
    const refused = overrideWorkbook(snapshot, {
      finalGrade: "D",
      reason: "x",
      officer: "王芳",
      now: LATER,
      language: "en-US",
    });
    expect(refused.ok === false && refused.issues.map((i) => i.code)).toEqual([
      "override.notScored",
      "marker.inputSheet",
    ]);
  });

  it("a marker on a user's unrelated sheet: reported, the sheet kept, the product writes beside it", () => {
    const mine = sheet("治理评分卡", [["我的笔记", 42]]);
    const snapshot = withNames(workbook([...clientWorkbook().sheets, mine]), [
      marker("scorecard", "治理评分卡"),
    ]);
    const outcome = scored(snapshot);
    expect(outcome.plan.sheets[0]?.name).toBe("治理评分卡 (2)");
    expect(notices(outcome)).toContain(
      "The defined name GovScore_scorecard points at the sheet 治理评分卡, which is not a Governance scorecard sheet written by this product; the name was ignored and the sheet left as it is."
    );
    const written = applyPlanToSnapshot(snapshot, outcome.plan);
    expect(sheetNamed(written, "治理评分卡")).toBe(mine);
    expect(written.names?.find((n) => n.name === markerName("scorecard"))?.sheet).toBe(
      "治理评分卡 (2)"
    );
  });

  it("a marker on a sheet the workbook no longer has: reported, and scoring goes on", () => {
    const snapshot = withNames(clientWorkbook(), [marker("model", "评分模型（旧）")]);
    const outcome = scored(snapshot);
    expect(outcome.summary.score).toBe(clean.summary.score);
    expect(notices(outcome)).toContain(
      "The defined name GovScore_model points at a sheet 评分模型（旧） that the workbook does not have; the name was ignored."
    );
    expect(outcome.notices.find((n) => n.code === "marker.noSheet")?.at).toBeUndefined();
    const written = applyPlanToSnapshot(snapshot, outcome.plan);
    expect(written.names?.filter((n) => n.name === markerName("model"))).toEqual([
      marker("model", "评分模型"),
    ]);
  });

  it("a product sheet the user renamed is still the product's: the marker follows it", () => {
    const first = scoreAndApply().workbook;
    const rename = (name: string) =>
      ({ 治理评分卡: "我的评分卡", 审计日志: "日志" })[name as "治理评分卡"] ?? name;
    const renamed: WorkbookSnapshot = {
      sheets: first.sheets.map((s) => ({ ...s, name: rename(s.name) })),
      names: (first.names ?? []).map((n) => ({ ...n, sheet: rename(n.sheet) })),
    };
    const outcome = scored(renamed);
    expect(outcome.notices.filter((n) => n.code.startsWith("marker."))).toEqual([]);
    // The renamed sheets are replaced (the product's names come back), the log goes on.
    const written = applyPlanToSnapshot(renamed, outcome.plan);
    expect(written.sheets.map((s) => s.name)).toEqual([
      "股东名册",
      "董事会",
      "治理概况",
      "治理评分卡",
      "评分模型",
      "审计日志",
      "评审摘要",
    ]);
    const log = markedSheets(written).sheets.auditLog;
    // Layout 4: the event code in G.
    expect(log?.values.slice(1).map((row) => row[6])).toEqual(["chainStarted", "scored", "scored"]);
  });
});
