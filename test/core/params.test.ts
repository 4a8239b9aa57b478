import {
  defaultParameters,
  formatMessage,
  loadParameters,
  MODEL_V1,
  model1Parameters,
  model1Source,
  defaultParameterSource,
  parameterFingerprint,
  type ParameterSource,
} from "../../src/core";
import { deepMerge } from "./helpers";

function refused(patch: ParameterSource) {
  const result = loadParameters(deepMerge(MODEL_V1, patch));
  if (result.ok) throw new Error("expected the parameters to be refused");
  return result.issues;
}

describe("model parameters", () => {
  it("version 1 loads, with the document's numbers", () => {
    const p = model1Parameters();
    expect(p.version).toBe("1");
    // Schema 2's parameters migrated to the values that reproduce model 1's results.
    expect(p.knockouts.adverseAuditOutcome).toBe("cap");
    expect(p.knockouts.insiderConcentrationOutcome).toBe("cap");
    expect(p.completeness.provisionalBelow.toString()).toBe("0");
    expect(Object.values(p.weights).map(String)).toEqual(["20", "25", "15", "15", "15", "10"]);
    expect(
      p.f4.lowOverlapMax.numerator.toString() + "/" + p.f4.lowOverlapMax.denominator.toString()
    ).toBe("1/3");
    expect(p.ratingScale).toHaveLength(19);
    expect(p.missingData.policy).toBe("conservative");
  });

  it("has a stable fingerprint for version 1", () => {
    // Changing this value means model 1 changed: earlier scorecards would no longer verify.
    const v1 = loadParameters(model1Source(), { schemaVersion: 1 });
    if (!v1.ok) throw new Error(JSON.stringify(v1.issues));
    expect(parameterFingerprint(v1.value)).toBe(
      "7d820ec598e7612806ff5a39e159b48154e82ad8beff055cb1b5071fedb09399"
    );
  });

  it("version 2 is the default: the schema-1 values of model 1, prudent knock-out outcomes and a provisional threshold", () => {
    const p = defaultParameters();
    expect(p.version).toBe("2");
    expect(p.schemaVersion).toBe(2);
    expect(p.knockouts).toMatchObject({
      insiderConcentrationOutcome: "refer",
      ownershipUnclearOutcome: "refer",
      adverseAuditOutcome: "decline",
      subsidiaryTunnellingOutcome: "refer",
    });
    expect(p.completeness.provisionalBelow.toString()).toBe("0.8");
    // Apart from the label, model 2 differs from model 1 only in the schema-2 parameters.
    const rest2 = defaultParameterSource() as Record<string, unknown>;
    const rest1 = model1Source() as Record<string, unknown>;
    for (const [key, value] of Object.entries(rest1)) {
      if (key === "knockouts" || key === "version") continue;
      expect(rest2[key]).toEqual(value);
    }
  });

  it("gives equal values one fingerprint: 0.30 = 0.3, 2/6 = 1/3, numbers = strings", () => {
    const same = loadParameters(
      deepMerge(MODEL_V1, {
        control: { threshold: 0.3 },
        f4: { lowOverlapMax: "2/6" },
        weights: { F1: 20 },
      })
    );
    expect(same.ok && parameterFingerprint(same.value)).toBe(
      parameterFingerprint(defaultParameters())
    );
  });

  it.each([
    [{ weights: { F1: "21" } }, "weights", "The factor weights must sum to 100; they sum to 101"],
    [
      { f2: { dispersedBelow: "0.85" } },
      "f2.dispersedBelow",
      "Model parameter f2.dispersedBelow (0.85) must be below f2.concentratedAbove (0.8)",
    ],
    [
      { f4: { lowOverlapMax: "2/3" } },
      "f4.lowOverlapMax",
      "Model parameter f4.lowOverlapMax (0.6666666666666666666666666666666666666667) must be below f4.midOverlapMax (0.5)",
    ],
    [
      { gradeMinimums: { D: "10" } },
      "gradeMinimums.D",
      "Grade bands must cover 0–100: the minimum of grade D must be 0; found 10",
    ],
    [
      { gradeMinimums: { B: "85" } },
      "gradeMinimums.B",
      "Model parameter gradeMinimums.B (85) must be below gradeMinimums.A (80)",
    ],
    [
      { f1: { typePoints: { soe: null } } },
      "f1.typePoints.soe",
      "Model parameter f1.typePoints.soe must be a number; found “null”",
    ],
    [
      { f3: { appointmentPoints: { board: "120" } } },
      "f3.appointmentPoints.board",
      "Model parameter f3.appointmentPoints.board = 120 is outside 0–100",
    ],
    [
      { control: { threshold: "30%" } },
      "control.threshold",
      "Model parameter control.threshold must be a number; found “30%”",
    ],
    [
      { f4: { midOverlapMax: "3/2" } },
      "f4.midOverlapMax",
      "Model parameter f4.midOverlapMax must be a ratio such as 1/3 or 0.5 between 0 and 1; found “3/2”",
    ],
    [
      { missingData: { policy: "optimistic" } },
      "missingData.policy",
      "Model parameter missingData.policy = “optimistic” must be one of conservative, neutral",
    ],
    [
      { knockouts: { adverseAuditCap: "E" } },
      "knockouts.adverseAuditCap",
      "Model parameter knockouts.adverseAuditCap = “E” must be one of A, B, C, D",
    ],
    [
      { f2: { concentratedAbov: "0.8" } },
      "f2.concentratedAbov",
      "Unknown model parameter f2.concentratedAbov",
    ],
    [
      { adjustments: { C: { limitMultiplier: "0.95" } } },
      "adjustments.C.limitMultiplier",
      "Model parameter adjustments.C.limitMultiplier (0.95) must be at most adjustments.B.limitMultiplier (0.9)",
    ],
    [
      { adjustments: { B: { notches: "1.5" } } },
      "adjustments.B.notches",
      "Model parameter adjustments.B.notches must be a whole number; found 1.5",
    ],
    [{ f6: { payLinkedPoints: "40" } }, "f6", "The F6 item points sum to 115; at most 100 allowed"],
    [{ ratingScale: ["AAA", "AA", "AAA"] }, "ratingScale", "The rating scale lists AAA twice"],
  ])("refuses %j, naming %s", (patch, parameter, message) => {
    const issues = refused(patch as ParameterSource);
    const issue = issues.find((i) => i.parameter === parameter);
    expect(issue).toBeDefined();
    expect(formatMessage(issue!.message, "en-US")).toBe(message);
    expect(formatMessage(issue!.message, "zh-CN")).toContain(
      parameter === "weights" ||
        parameter === "f6" ||
        parameter === "ratingScale" ||
        parameter === "gradeMinimums.D"
        ? ""
        : parameter
    );
  });

  it("reports every problem at once", () => {
    const issues = refused({ weights: { F1: "30" }, f2: { balancedPoints: "x" }, extra: 1 });
    expect(issues.map((i) => i.parameter).sort()).toEqual([
      "extra",
      "f2.balancedPoints",
      "weights",
    ]);
  });

  it("refuses a missing parameter by name", () => {
    const { f5, ...withoutF5 } = MODEL_V1 as Record<string, ParameterSource[string]>;
    expect(f5).toBeDefined();
    const result = loadParameters(withoutF5 as ParameterSource);
    expect(!result.ok && result.issues.map((i) => i.parameter)).toContain(
      "f5.relatedReceivablesAbove"
    );
  });

  it("never throws on garbage", () => {
    for (const junk of [
      {},
      { weights: "x" },
      { ratingScale: "AAA" },
      { f4: { lowOverlapMax: "1/0" } },
    ]) {
      expect(() => loadParameters(junk as ParameterSource)).not.toThrow();
      expect(loadParameters(junk as ParameterSource).ok).toBe(false);
    }
  });
});
