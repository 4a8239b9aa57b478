import {
  APPROVED_MODELS_FORMAT,
  builtInModels,
  defaultApprovedModel,
  defaultParameters,
  defaultParameterSource,
  formatMessage,
  loadParameters,
  model1Parameters,
  model1Source,
  modelStatus,
  parameterFingerprint,
  parseApprovedModels,
  type ParameterSource,
} from "../../src/core";

/** Model 1 with the grade bands moved, as a bank's own approved set "2026-H2". */
function bankSource(): ParameterSource {
  const source = model1Source() as Record<string, unknown>;
  return {
    ...source,
    version: "2026-H2",
    gradeMinimums: { A: "85", B: "70", C: "55", D: "0" },
  } as ParameterSource;
}

function fingerprintOf(source: ParameterSource): string {
  const loaded = loadParameters(source, { schemaVersion: 1 });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return parameterFingerprint(loaded.value);
}

function file(models: unknown[]): unknown {
  return { format: APPROVED_MODELS_FORMAT, formatVersion: 1, models };
}

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const parameters = bankSource();
  return {
    version: "2026-H2",
    effectiveFrom: "2026-07-01",
    schemaVersion: 1,
    fingerprint: fingerprintOf(parameters),
    parameters,
    ...overrides,
  };
}

const messages = (issues: readonly { message: Parameters<typeof formatMessage>[0] }[]) =>
  issues.map((i) => formatMessage(i.message, "en-US"));

describe("approved models", () => {
  it("always include model 1 as shipped, and a bank's file adds its sets after it", () => {
    const parsed = parseApprovedModels(file([entry()]), "bank.json");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value.map((m) => [m.version, m.effectiveFrom, m.source])).toEqual([
      ["1", "2025-01-01", "built-in"],
      ["2", "2026-12-01", "built-in"],
      ["2026-H2", "2026-07-01", "bank.json"],
    ]);
    expect(builtInModels()[0]?.fingerprint).toBe(parameterFingerprint(model1Parameters()));
    expect(builtInModels()[1]?.fingerprint).toBe(parameterFingerprint(defaultParameters()));
    // The bank's own set stays the default after the built-in model 2 takes effect.
    expect(defaultApprovedModel(parsed.value, "2026-12-03").version).toBe("2026-H2");
  });

  it("refuse a set whose parameters no longer give the approved fingerprint", () => {
    const tampered = entry();
    (tampered["parameters"] as Record<string, unknown>)["gradeMinimums"] = {
      A: "85",
      B: "70",
      C: "25",
      D: "0",
    };
    const parsed = parseApprovedModels(file([tampered]), "bank.json");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(messages(parsed.issues)[0]).toMatch(
      /models\[0\]: the parameters give fingerprint [0-9a-f]{64}, not the approved/
    );
  });

  it("refuse a file of another format, bad dates, a label used twice and a label the parameters do not carry", () => {
    expect(parseApprovedModels({ models: [] }, "x.json").ok).toBe(false);
    const cases: [Record<string, unknown>, RegExp][] = [
      [entry({ effectiveFrom: "2026-13-01" }), /effectiveFrom must be YYYY-MM-DD/],
      [entry({ version: "1" }), /parameters.version must be the version label "1"/],
      [entry({ fingerprint: "abc" }), /fingerprint must be 64 hex digits/],
    ];
    for (const [bad, expected] of cases) {
      const parsed = parseApprovedModels(file([bad]), "bank.json");
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(messages(parsed.issues).join("\n")).toMatch(expected);
    }
    const twice = parseApprovedModels(file([entry(), entry()]), "bank.json");
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(messages(twice.issues).join("\n")).toMatch(/a label not used before/);
  });

  it("choose the set in effect on the scoring day by default", () => {
    const parsed = parseApprovedModels(file([entry()]), "bank.json");
    if (!parsed.ok) throw new Error("refused");
    expect(defaultApprovedModel(parsed.value, "2026-06-30T23:00:00+08:00").version).toBe("1");
    expect(defaultApprovedModel(parsed.value, "2026-07-01T09:00:00+08:00").version).toBe("2026-H2");
  });

  it("say whether parameters are approved, and list every difference from the closest approved set", () => {
    const models = builtInModels();
    expect(modelStatus(model1Parameters(), models, "2026-12-03")).toMatchObject({
      status: "approved",
      version: "1",
    });
    expect(modelStatus(defaultParameters(), models, "2026-12-03")).toMatchObject({
      status: "approved",
      version: "2",
    });
    const edited = loadParameters(
      {
        ...(model1Source() as Record<string, unknown>),
        gradeMinimums: { A: "24", B: "23", C: "22", D: "0" },
      } as ParameterSource,
      { schemaVersion: 1 }
    );
    if (!edited.ok) throw new Error("refused");
    const status = modelStatus(edited.value, models, "2026-12-03");
    expect(status).toMatchObject({
      status: "nonStandard",
      base: { version: "1" },
      differences: [
        { path: "gradeMinimums.A", approved: "80", used: "24" },
        { path: "gradeMinimums.B", approved: "65", used: "23" },
        { path: "gradeMinimums.C", approved: "50", used: "22" },
      ],
    });
    // Model 2 relabelled is not model 2.
    const relabelled = loadParameters({
      ...(defaultParameterSource() as Record<string, unknown>),
      version: "2",
    } as ParameterSource);
    if (!relabelled.ok) throw new Error("refused");
    expect(modelStatus(relabelled.value, models, "2026-12-03").status).toBe("approved");
    const renamed = loadParameters({
      ...(defaultParameterSource() as Record<string, unknown>),
      version: "2-bank",
    } as ParameterSource);
    if (!renamed.ok) throw new Error("refused");
    expect(modelStatus(renamed.value, models, "2026-12-03")).toMatchObject({
      status: "nonStandard",
      differences: [{ path: "version", approved: "2", used: "2-bank" }],
    });
    // Model 2 is not approved before its effective date; model 1 is the set in effect then.
    expect(modelStatus(defaultParameters(), models, "2026-11-30").status).toBe("nonStandard");
    expect(defaultApprovedModel(models, "2026-11-30").version).toBe("1");
    expect(defaultApprovedModel(models, "2026-12-01").version).toBe("2");
  });

  it("do not approve a set before its effective date", () => {
    const parsed = parseApprovedModels(file([entry()]), "bank.json");
    if (!parsed.ok) throw new Error("refused");
    const bank = parsed.value[2]!.params;
    expect(modelStatus(bank, parsed.value, "2026-06-30").status).toBe("nonStandard");
    expect(modelStatus(bank, parsed.value, "2026-07-01").status).toBe("approved");
  });
});
