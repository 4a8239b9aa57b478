import {
  builtInModels,
  defaultParameterSource,
  defaultParameters,
  formatMessage,
  loadParameters,
  parameterFingerprint,
  type ApprovedModel,
  type ModelParameters,
} from "../../src/core";
import { overrideWorkbook, scoreWorkbook, verifyWorkbook } from "../../src/app";
import { loadModelSheet, modelSheetPlan } from "../../src/workbook/model-sheet";
import { readAuditLog } from "../../src/workbook/audit";
import { scorecardRows, SCORECARD_CELLS } from "../../src/workbook/scorecard";
import { SheetCells } from "../../src/workbook/scorecard/sheet-cells";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import { applyPlanToSnapshot, LATER, NOW, sheetOfPlan } from "../app/helpers";

const V2_NOW = "2026-12-03T09:30:00+08:00";
const V2_LATER = "2026-12-03T10:00:00+08:00";
import { columnNumber, parseCell } from "../../src/workbook/model-sheet";
import { sheet, workbook, type Cell } from "../workbook/read/snapshots";
import { allCases, SPECS } from "../workbook/scorecard/cases";
import { buildClient, type ClientSpec, type InputSheet } from "../workbook/scorecard/client";
import { EXTENDED, EXTENDED_MODEL } from "./model";

/**
 * A model with three factors more than the product's (F7 banded, F8 checklist, F9 a rule of its
 * own) plugs in with its modules, its registry line, F9's formula twin and its messages. Here:
 * the engine, the model sheet, scoring, verifying and overriding a workbook, and an older
 * workbook's migration. The LibreOffice recalculation of its scorecards, every formula compared
 * with the engine, runs with the product's cases (test/workbook/scorecard/libreoffice-recalc).
 */

const EXTENDED_PARAMS = defaultParameters(EXTENDED_MODEL);
const cases = allCases();
const caseNamed = (name: string) => cases.find((c) => c.name === name)!;

function summaryOf(params: ModelParameters, name: string) {
  const r = caseNamed(name).result;
  expect(caseNamed(name).params).toBe(params);
  return r.factors.map((f) => `${f.id}:${f.ruleId}=${f.points.toString()}×${f.weight.toString()}`);
}

/** The client's input sheets as a workbook snapshot (what a reader would be given). */
function snapshotOf(sheets: readonly InputSheet[]): WorkbookSnapshot {
  return workbook(
    sheets.map((s) => {
      const rows: Cell[][] = [];
      for (const [ref, value] of s.cells) {
        const at = parseCell(ref)!;
        const [r, c] = [at.row - 1, columnNumber(at.column) - 1];
        while (rows.length <= r) rows.push([]);
        const row = rows[r]!;
        while (row.length <= c) row.push(null);
        const fmt = s.formats.get(ref);
        const plain = value as string | number | boolean | null;
        row[c] = fmt === undefined ? plain : { v: plain, fmt };
      }
      return sheet(s.name, rows);
    })
  );
}

function scored(outcome: ReturnType<typeof scoreWorkbook>) {
  if (!outcome.ok)
    throw new Error(outcome.issues.map((i) => formatMessage(i.message, "en-US")).join("\n"));
  return outcome;
}

describe("a model with three more factors", () => {
  it("is scored by the engine: banded, checklist and its own rule, with the weights summing to 100", () => {
    expect(summaryOf(EXTENDED_PARAMS, "extended")).toEqual([
      "F1:F1.controller=100×20",
      "F2:F2.balanced=100×20",
      "F3:F3.board=100×10",
      "F4:F4.low=100×15",
      "F5:F5.standalone=100×15",
      "F6:F6.items=100×5",
      "F7:F7.band2=60×5",
      "F8:F8.items=60×5",
      "F9:F9.active=100×5",
    ]);
    // 85 from F1–F6, 3 + 3 + 5 from the new ones.
    const extended = caseNamed("extended").result;
    expect(extended.score.toString()).toBe("96");
    expect(extended.modelGrade).toBe("A");
    expect(extended.gaps.map((g) => `${g.factor}:${g.item}`)).toEqual(["F8:relatedPartyCommittee"]);

    expect(summaryOf(EXTENDED_PARAMS, "extendedSparse").slice(6)).toEqual([
      "F7:F7.band3=20×5",
      "F8:F8.missing=0×5",
      "F9:F9.infrequent=50×5",
    ]);
    const sparse = caseNamed("extendedSparse").result;
    expect(sparse.score.toString()).toBe("88.5");
    expect(sparse.completeness.toString()).toBe("0.95");
  });

  it("lays its factor table out with nine rows, the knock-outs and details moving down", () => {
    const rows = scorecardRows(EXTENDED_PARAMS);
    expect(rows.factorIds).toEqual(["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"]);
    expect([rows.factorRow("F9"), rows.knockoutSection, rows.firstKnockout]).toEqual([57, 59, 61]);
    expect(rows.detailsFirstRow).toBe(66);
    expect(() => rows.factorRow("F10")).toThrow(/no factor F10/);
    const product = scorecardRows(defaultParameters());
    expect([product.lastFactor, product.knockoutSection, product.detailsFirstRow]).toEqual([
      54, 56, 63,
    ]);
  });

  it("puts its parameters on the model sheet and reads them back (schema 3)", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const sheet = sheetOfPlan(modelSheetPlan(EXTENDED_PARAMS, language));
      const paths = sheet.values.map((row) => row[0]);
      expect(paths).toEqual(
        expect.arrayContaining([
          "weights.F9",
          "f7.upTo1",
          "f8.boardEvaluationPoints",
          "f9.minMeetings",
        ])
      );
      expect(sheet.values[3]?.[0]).toBe("schemaVersion");
      expect(sheet.values[3]?.[2]).toBe(3);
      const loaded = loadModelSheet(sheet, EXTENDED_MODEL);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
      expect(parameterFingerprint(loaded.value)).toBe(parameterFingerprint(EXTENDED_PARAMS));
      // The product's model cannot read a schema it does not know: refused at the version cell.
      const refused = loadModelSheet(sheet);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.issues[0]?.at).toEqual({ sheet: sheet.name, cell: "C4" });
    }
  });

  it("validates its parameters like the others (bands ascending, checklist at most 100)", () => {
    const source = {
      ...defaultParameterSource(EXTENDED_MODEL),
      f7: { upTo1: "0.5", upTo2: "0.3", points1: "100", points2: "60", points3: "20" },
      f8: { boardEvaluationPoints: "70", relatedPartyCommitteePoints: "40" },
    };
    const loaded = loadParameters(source, { definition: EXTENDED_MODEL });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.issues.map((i) => formatMessage(i.message, "en-US"))).toEqual([
        "Model parameter f7.upTo1 (0.5) must be below f7.upTo2 (0.3)",
        "The F8 item points sum to 110; at most 100 allowed",
      ]);
  });

  it("scores, verifies and overrides a workbook end to end", () => {
    const client = buildClient(specOf("extended"));
    const input = snapshotOf(client.sheets);
    const first = scored(
      // The extension's own defaults are its model 2, in effect from 2026-12-01.
      scoreWorkbook(input, { language: "zh-CN", now: V2_NOW, user: "王芳", model: EXTENDED })
    );
    expect(first.summary.score).toBe("96.00");
    expect(first.summary.factors.map((f) => f.id)).toHaveLength(9);
    const written = applyPlanToSnapshot(input, first.plan);
    const check = verifyWorkbook(written, { language: "zh-CN", model: EXTENDED });
    expect(check.ok).toBe(true);

    const overridden = overrideWorkbook(written, {
      finalGrade: "B",
      reason: "担保链风险尚未排除",
      officer: "王芳",
      now: V2_LATER,
      language: "zh-CN",
      model: EXTENDED,
    });
    if (!overridden.ok) throw new Error(JSON.stringify(overridden.issues));
    const after = applyPlanToSnapshot(written, overridden.plan);
    expect(verifyWorkbook(after, { language: "zh-CN", model: EXTENDED }).ok).toBe(true);
    const scorecard = after.sheets.find((s) => s.name === "治理评分卡")!;
    const [row, col] = [22, 1];
    expect(SCORECARD_CELLS.override.finalGrade).toBe("B22");
    expect(scorecard.values[row - 1]?.[col]).toBe("B");
  });
});

/**
 * A bank that extends the model approves its own defaults and keeps the product's model 1
 * approved for the workbooks scored under it.
 */
function extendedApprovedModels(): ApprovedModel[] {
  // Model 1 of the extended model is the product's model 1, migrated (the new factors weigh 0).
  return builtInModels(EXTENDED.definition);
}

describe("a workbook scored under the product's schema 2, opened with the schema-3 model", () => {
  const approvedModels = extendedApprovedModels();
  const client = buildClient(specOf("extended"));
  const input = snapshotOf(client.sheets);
  const product = scored(scoreWorkbook(input, { language: "en-US", now: NOW, user: "Wang" }));
  const v1 = applyPlanToSnapshot(input, product.plan);

  it("still verifies: its parameters keep their identity and it is rebuilt with its six factors", () => {
    const check = verifyWorkbook(v1, { language: "en-US", model: EXTENDED, approvedModels });
    if (!check.ok) throw new Error(JSON.stringify(check.mismatch));
    expect(check.result.factors.map((f) => f.id)).toEqual(["F1", "F2", "F3", "F4", "F5", "F6"]);
    expect(check.result.modelFingerprint).toBe(product.result.modelFingerprint);
  });

  it("is migrated when scored again: the new factors weigh 0, the score stays, the log says so", () => {
    const again = scored(
      scoreWorkbook(v1, {
        language: "en-US",
        now: LATER,
        user: "Wang",
        model: EXTENDED,
        approvedModels,
      })
    );
    expect(again.result.score.toString()).toBe(product.result.score.toString());
    expect(again.result.factors.slice(6).map((f) => `${f.id}×${f.weight.toString()}`)).toEqual([
      "F7×0",
      "F8×0",
      "F9×0",
    ]);
    const written = applyPlanToSnapshot(v1, again.plan);
    const log = readAuditLog(written.sheets.find((s) => s.name === "Audit log")!);
    expect(log.map((r) => r.event)).toEqual(["chainStarted", "scored", "modelChanged", "scored"]);
    expect(log[2]!.reason).toMatch(
      /^Model schema migrated from 2 to 3; no parameter value changed/
    );
    expect(verifyWorkbook(written, { language: "en-US", model: EXTENDED, approvedModels }).ok).toBe(
      true
    );
  });

  it("is not overridden before it is scored again under the new schema", () => {
    const refused = overrideWorkbook(v1, {
      finalGrade: "B",
      reason: "x",
      officer: "Wang",
      now: LATER,
      language: "en-US",
      model: EXTENDED,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((i) => i.code)).toEqual(["override.schemaOlder"]);
  });
});

describe("the scorecard layout", () => {
  it("refuses two items in one cell, and a cell a merge would hide, when it is built", () => {
    const cells = new SheetCells();
    cells.value("A52", "F8 …", "label");
    expect(() => cells.value("A52", "Knock-outs", "subtitle")).toThrow(/A52 is written twice/);
    const merged = new SheetCells();
    merged.value("C7", 1);
    expect(() => merged.section(7, "title")).toThrow(/C7 is written twice/);
  });
});

function specOf(name: string): ClientSpec {
  const spec = SPECS[name];
  if (spec === undefined) throw new Error(`no client ${name}`);
  return spec;
}
