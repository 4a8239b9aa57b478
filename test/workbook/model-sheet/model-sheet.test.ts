import {
  defaultParameters,
  formatMessage,
  loadParameters,
  MODEL_V1,
  parameterFingerprint,
  type ModelParameters,
  type ParameterSource,
} from "../../../src/core";
import {
  loadModelSheet,
  modelSheetAddresses,
  modelSheetPlan,
  readModelSheet,
} from "../../../src/workbook/model-sheet";
import { parseCell } from "../../../src/workbook/a1";
import type { SheetPlan } from "../../../src/workbook/plan";
import { deepMerge } from "../../core/helpers";
import { planCell, planToSnapshot, withCell } from "./plan-snapshot";

const V1 = defaultParameters();

function load(source: ParameterSource): ModelParameters {
  const loaded = loadParameters(source);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

function readBack(plan: SheetPlan): ModelParameters {
  const source = readModelSheet(planToSnapshot(plan));
  if (!source.ok) throw new Error(JSON.stringify(source.issues));
  return load(source.value);
}

/** Row of the parameter whose path is in column A. */
function rowOf(plan: SheetPlan, path: string): number {
  const cell = plan.cells.find((c) => c.ref.startsWith("A") && c.value === path);
  if (cell === undefined) throw new Error(`no row for ${path}`);
  return parseCell(cell.ref)!.row;
}

const CUSTOM = load(
  deepMerge(MODEL_V1, {
    f4: { lowOverlapMax: "2/5", midOverlapMax: "0.6" },
    limitRounding: { defaultUnit: "10000", unitByCurrency: { USD: "1000", HKD: "0.01" } },
    missingData: { policy: "neutral", conservativePoints: "0", neutralPoints: "50" },
    ratingScale: ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "D"],
    control: { threshold: "0.3333333333333333333333" },
    scoreDecimals: 3,
  })
);

describe("the model-parameter sheet", () => {
  it.each(["zh-CN", "en-US"] as const)("lists every parameter once, in %s", (language) => {
    const plan = modelSheetPlan(V1, language);
    expect(plan.name).toBe(language === "zh-CN" ? "评分模型" : "Model");
    expect(plan.role).toBe("model");
    const paths = plan.cells.filter((c) => c.ref.startsWith("A")).map((c) => c.value);
    for (const path of ["weights.F1", "f4.lowOverlapMax", "adjustments.D.tenorCapMonths"])
      expect(paths.filter((p) => p === path)).toHaveLength(1);
    expect(paths.filter((p) => p === "ratingScale")).toHaveLength(V1.ratingScale.length);
    const description = planCell(plan, `B${rowOf(plan, "weights.F1")}`)!.value;
    expect(description).toBe(
      language === "zh-CN" ? "F1 控股股东类型的权重" : "Weight of F1 Controlling-shareholder type"
    );
  });

  it("writes fractions as percentages, 1/3 as numerator and denominator, grades as letters", () => {
    const plan = modelSheetPlan(V1, "en-US");
    const threshold = planCell(plan, `C${rowOf(plan, "control.threshold")}`)!;
    expect(threshold).toMatchObject({ value: 0.3, numberFormat: "0.00%" });
    const low = rowOf(plan, "f4.lowOverlapMax");
    expect(planCell(plan, `C${low}`)!.value).toBe(1);
    expect(planCell(plan, `D${low}`)!.value).toBe(3);
    expect(planCell(plan, `E${low}`)).toMatchObject({
      value: "1/3",
      formula: `C${low}&"/"&D${low}`,
    });
    expect(planCell(plan, `C${rowOf(plan, "knockouts.adverseAuditCap")}`)!.value).toBe("D");
    expect(planCell(plan, `C${rowOf(plan, "adjustments.A.tenorCapMonths")}`)!.value).toBeNull();
    expect(planCell(plan, `C${rowOf(plan, "missingData.policy")}`)!.value).toBe("conservative");
  });

  it.each([
    ["v1, Chinese", V1, "zh-CN"],
    ["custom ratios, currencies, neutral policy, long scale, 22 digits", CUSTOM, "en-US"],
  ] as const)("reads back to the same fingerprint: %s", (_name, params, language) => {
    const back = readBack(modelSheetPlan(params, language));
    expect(parameterFingerprint(back)).toBe(parameterFingerprint(params));
  });

  it("keeps a value a double cannot hold as exact text", () => {
    const plan = modelSheetPlan(CUSTOM, "en-US");
    expect(planCell(plan, `C${rowOf(plan, "control.threshold")}`)!.value).toBe(
      "0.3333333333333333333333"
    );
  });

  it("reads a user's edits: the fingerprint follows the values", () => {
    const plan = modelSheetPlan(V1, "zh-CN");
    let sheet = planToSnapshot(plan);
    sheet = withCell(sheet, `C${rowOf(plan, "weights.F1")}`, 25);
    sheet = withCell(sheet, `C${rowOf(plan, "weights.F2")}`, 20);
    sheet = withCell(sheet, `D${rowOf(plan, "f4.lowOverlapMax")}`, 4);
    sheet = withCell(sheet, `C${rowOf(plan, "adjustments.A.enhancedCovenants")}`, "是");
    sheet = withCell(sheet, `C${rowOf(plan, "version")}`, 2);
    const loaded = loadModelSheet(sheet);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const expected = load(
      deepMerge(MODEL_V1, {
        version: "2",
        weights: { F1: "25", F2: "20" },
        f4: { lowOverlapMax: "1/4" },
        adjustments: { A: { enhancedCovenants: true } },
      })
    );
    expect(parameterFingerprint(loaded.value)).toBe(parameterFingerprint(expected));
    expect(parameterFingerprint(loaded.value)).not.toBe(parameterFingerprint(V1));
  });

  it("names the cell of an unreadable, blank or duplicate parameter, in both languages", () => {
    const plan = modelSheetPlan(V1, "zh-CN");
    const weight = rowOf(plan, "weights.F3");
    const threshold = rowOf(plan, "control.threshold");
    let sheet = planToSnapshot(plan);
    sheet = withCell(sheet, `C${weight}`, { error: "#REF!" });
    sheet = withCell(sheet, `C${threshold}`, null);
    sheet = withCell(sheet, `A${rowOf(plan, "weights.F4")}`, "weights.F5");
    const read = readModelSheet(sheet);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const located = read.issues.map((i) => [i.code, i.at?.cell]);
    expect(located).toEqual(
      expect.arrayContaining([
        ["modelSheet.unreadable", `C${weight}`],
        ["modelSheet.blank", `C${threshold}`],
        ["modelSheet.duplicate", `A${rowOf(plan, "weights.F5")}`],
      ])
    );
    const unreadable = read.issues.find((i) => i.code === "modelSheet.unreadable")!;
    expect(formatMessage(unreadable.message, "zh-CN")).toBe("参数weights.F3：无法读取“#REF!”");
    expect(formatMessage(unreadable.message, "en-US")).toBe(
      "Parameter weights.F3: cannot read #REF!"
    );
  });

  it("locates the loader's issues at their parameter's row", () => {
    const plan = modelSheetPlan(V1, "en-US");
    const sheet = withCell(planToSnapshot(plan), `C${rowOf(plan, "f2.concentratedAbove")}`, 1.5);
    const loaded = loadModelSheet(sheet);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.issues.find((i) => i.parameter === "f2.concentratedAbove")?.at).toEqual({
      sheet: "Model",
      cell: `C${rowOf(plan, "f2.concentratedAbove")}`,
    });
  });

  it("refuses a sheet without the parameter header", () => {
    const read = readModelSheet({ name: "Model", values: [["x"]], numberFormats: [], tables: [] });
    expect(read.ok ? [] : read.issues.map((i) => [i.code, i.at?.cell])).toEqual([
      ["modelSheet.noHeader", "A1"],
    ]);
  });
});

describe("model-sheet addresses", () => {
  const plan = modelSheetPlan(CUSTOM, "zh-CN");
  const addresses = modelSheetAddresses(CUSTOM, "zh-CN");
  const valueAt = (absolute: string) => {
    const m = /^'评分模型'!\$([A-Z]+)\$(\d+)$/.exec(absolute);
    if (m === null) throw new Error(absolute);
    return planCell(plan, `${m[1]}${m[2]}`)?.value;
  };

  it("point at the cells that hold each parameter", () => {
    expect(addresses.parameters["weights.F1"]).toBe(`'评分模型'!$C$${rowOf(plan, "weights.F1")}`);
    expect(valueAt(addresses.parameters["weights.F2"]!)).toBe(25);
    expect(valueAt(addresses.parameters["f4.lowOverlapMax.numerator"]!)).toBe(2);
    expect(valueAt(addresses.parameters["f4.lowOverlapMax.denominator"]!)).toBe(5);
    expect(valueAt(addresses.parameters["limitRounding.unitByCurrency.USD"]!)).toBe(1000);
    expect(valueAt(addresses.parameters["ratingScale.8"]!)).toBe("D");
    expect(addresses.ratingScale).toMatch(/^'评分模型'!\$C\$\d+:\$C\$\d+$/);
  });

  it("point at lookup tables whose points are formulas on the parameter cells", () => {
    const f1 = addresses.lookups.shareholderType;
    expect(valueAt(f1.label["soe"]!)).toBe("国有企业");
    const pointsCell = plan.cells.find(
      (c) => c.formula === `$C$${rowOf(plan, "f1.typePoints.soe")}`
    );
    expect(pointsCell?.value).toBe(60);
    expect(addresses.lookups.auditOpinion.points).toBeNull();
    expect(valueAt(addresses.lookups.condition.label["poor"]!)).toBe("较差");
    expect(valueAt(addresses.grades.cell.C)).toBe("C");
    const yesFirst = /\$A\$(\d+):/.exec(addresses.yesWords)![1];
    expect(planCell(plan, `A${yesFirst}`)!.value).toBe("yes");
  });
});
