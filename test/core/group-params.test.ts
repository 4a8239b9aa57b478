import {
  defaultParameters,
  DEFAULT_MODEL,
  loadParameters,
  MODEL_SCHEMA_VERSION,
  MODEL_V1,
  parameterFingerprint,
  type ParameterSource,
} from "../../src/core";
import { defaultSource } from "../../src/core/params/walk";
import { deepMerge } from "./helpers";
import { loadModelSheet, modelSheetPlan } from "../../src/workbook/model-sheet";
import { sheetOfPlan } from "../app/helpers";

describe("group parameters (schema 2)", () => {
  it("are declared with the specification's defaults", () => {
    const g = defaultParameters().group;
    expect(MODEL_SCHEMA_VERSION).toBe(2);
    expect(g.groupCapRatio.toString()).toBe("0.15");
    expect(g.memberExposureToNetAssets.toString()).toBe("1");
    expect(g.multiBankThreshold.toString()).toBe("5");
    expect(g.guarantorCapacity.toString()).toBe("1");
    expect(g.intraGroupGuaranteeShare.toString()).toBe("0.5");
    expect(g.f2SubsidiaryConcentration).toBe("apply");
    expect(g.capitalBase).toBe("netCapital");
  });

  it("a schema-1 set migrates to the defaults and keeps its fingerprint", () => {
    const v1Source = defaultSource(DEFAULT_MODEL.spec, 1);
    expect(Object.keys(v1Source)).not.toContain("group");
    const v1 = loadParameters(v1Source, { schemaVersion: 1 });
    if (!v1.ok) throw new Error(JSON.stringify(v1.issues));
    expect(v1.value.group).toEqual(defaultParameters().group);
    const same = loadParameters(v1Source, { schemaVersion: 1 });
    if (!same.ok) throw new Error("refused");
    expect(parameterFingerprint(v1.value)).toBe(parameterFingerprint(same.value));
    expect(parameterFingerprint(v1.value)).not.toBe(parameterFingerprint(defaultParameters()));
  });

  it("a schema-1 set that already holds a group parameter is refused", () => {
    const source = deepMerge(defaultSource(DEFAULT_MODEL.spec, 1), {
      group: { groupCapRatio: "0.2" },
    } as ParameterSource);
    const loaded = loadParameters(source, { schemaVersion: 1 });
    expect(loaded.ok).toBe(false);
  });

  it("validates each value, naming the parameter", () => {
    const loaded = loadParameters(
      deepMerge(MODEL_V1, {
        group: {
          groupCapRatio: "1.5",
          multiBankThreshold: "2.5",
          f2SubsidiaryConcentration: "sometimes",
          capitalBase: "equity",
        },
      })
    );
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.issues.map((i) => i.parameter).sort()).toEqual([
        "group.capitalBase",
        "group.f2SubsidiaryConcentration",
        "group.groupCapRatio",
        "group.multiBankThreshold",
      ]);
  });

  it("changes the fingerprint when a value changes", () => {
    const changed = loadParameters(deepMerge(MODEL_V1, { group: { groupCapRatio: "0.10" } }));
    if (!changed.ok) throw new Error("refused");
    expect(parameterFingerprint(changed.value)).not.toBe(parameterFingerprint(defaultParameters()));
    const same = loadParameters(deepMerge(MODEL_V1, { group: { groupCapRatio: 0.15 } }));
    if (!same.ok) throw new Error("refused");
    expect(parameterFingerprint(same.value)).toBe(parameterFingerprint(defaultParameters()));
  });
});

describe("group parameters on the model sheet", () => {
  it("are rows with their own drop-downs, and read back to the same fingerprint", () => {
    const params = defaultParameters();
    const plan = modelSheetPlan(params, "en-US");
    const row = (path: string) =>
      plan.cells.find((c) => c.ref.startsWith("A") && c.value === path)?.ref.slice(1);
    for (const path of [
      "group.groupCapRatio",
      "group.capitalBase",
      "group.memberExposureToNetAssets",
      "group.multiBankThreshold",
      "group.guarantorCapacity",
      "group.intraGroupGuaranteeShare",
      "group.f2SubsidiaryConcentration",
    ])
      expect(row(path)).toBeDefined();
    const listAt = (path: string) =>
      plan.validations?.find((v) => v.range === `C${row(path)}`)?.list;
    expect(listAt("group.f2SubsidiaryConcentration")).toEqual(["apply", "groupLevel"]);
    expect(listAt("group.capitalBase")).toEqual(["netCapital", "tier1Capital"]);
    expect(listAt("missingData.policy")).toEqual(["conservative", "neutral"]);
    const loaded = loadModelSheet(sheetOfPlan(plan));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(parameterFingerprint(loaded.value)).toBe(parameterFingerprint(params));
  });
});
