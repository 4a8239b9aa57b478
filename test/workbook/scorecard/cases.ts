import {
  applyOverride,
  defaultParameters,
  formatMessage,
  loadParameters,
  mergeGroupPosition,
  MODEL_V1,
  type DerivedPosition,
  type GroupScoring,
  type Language,
  type ModelParameters,
  type OverrideRequest,
  type ScoreResult,
} from "../../../src/core";
import type { FormulaTwins } from "../../../src/workbook/scorecard";
import { deepMerge } from "../../core/helpers";
import { EXTENDED, EXTENDED_MODEL } from "../../extension/model";
import { buildClient, scoreClient, type BuiltClient, type ClientSpec } from "./client";

export const V1 = defaultParameters();

export function paramsWith(patch: Parameters<typeof deepMerge>[1]): ModelParameters {
  const loaded = loadParameters(deepMerge(MODEL_V1, patch));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

export interface ScorecardCase {
  readonly name: string;
  readonly language: Language;
  readonly client: BuiltClient;
  readonly params: ModelParameters;
  readonly result: ScoreResult;
  /** Formula twins of a test model's own factors. */
  readonly twins?: FormulaTwins;
}

/** The test model with three more factors (test/extension), at its default parameters. */
export const EXTENDED_PARAMS = defaultParameters(EXTENDED_MODEL);

const GOOD_PROFILE = {
  clientName: "示例科技股份有限公司",
  clientId: "C-001",
  gmAppointment: "board",
  groupPosition: "standalone",
  relatedReceivablesRatio: "2",
  proposalsSubmitted: 12,
  proposalsRejected: 2,
  auditCommittee: true,
  externalAudit: true,
  auditOpinion: "unqualified",
  payLinkedToPerformance: true,
  equityIncentive: true,
  majorHolderDistress: false,
  majorHolderLargeDeal: false,
  baseRating: "A",
  requestedLimit: 10_000_000,
  currency: "CNY",
  requestedTenorMonths: 60,
} as const;

const GRADE_A_HOLDERS = [
  { name: "甲投资有限公司", type: "private", stake: "40" },
  { name: "乙集体企业", type: "collective", stake: "20" },
  { name: "丙外资公司", type: "foreign", stake: "15" },
  { name: "丁自然人", type: "individual", stake: "10" },
  { name: "戊自然人", type: "individual", stake: "8" },
  { name: "己自然人", type: "individual", stake: "7" },
] as const;

const GOOD_BOARD = [
  { name: "张一", role: "chair" },
  { name: "李二", role: "director", post: "总经理" },
  { name: "王三", role: "independent" },
  { name: "赵四", role: "director" },
  { name: "钱五", role: "director" },
  { name: "孙六", role: "employee", post: "财务总监" },
] as const;

const SIX_DIRECTORS = (inManagement: number) =>
  Array.from({ length: 6 }, (_, i) => ({
    name: `董事${i + 1}`,
    role: i === 0 ? ("chair" as const) : ("director" as const),
    post: i >= 1 && i <= inManagement ? `副总经理${i}` : null,
  }));

export const SPECS: Readonly<Record<string, ClientSpec>> = {
  seed: {
    holders: [
      { name: "某市国资控股集团", type: "soe", stake: "60" },
      { name: "某财务公司", type: "soe", stake: "15" },
      { name: "员工持股平台", type: "individual", stake: "10" },
      { name: "自然人甲", type: "individual", stake: "5" },
      { name: "自然人乙", type: "individual", stake: "5" },
      { name: "自然人丙", type: "individual", stake: "5" },
    ],
    board: [
      { name: "董事长", role: "chair" },
      { name: "董事甲", role: "executive", post: "总经理" },
      { name: "董事乙", role: "director", post: "副总经理" },
      { name: "董事丙", role: "director", post: "财务总监" },
      { name: "董事丁", role: "employee", post: "董事会秘书" },
      { name: "董事戊", role: "independent" },
      { name: "董事己", role: "director" },
    ],
    profile: {
      clientName: "某市城建开发有限公司",
      clientId: "C-SEED",
      gmAppointment: "appointedByAuthority",
      groupPosition: "controlled",
      parentGovernance: "fair",
      parentCondition: "poor",
      siblingsCondition: "fair",
      relatedReceivablesRatio: "12",
      majorHolderDistress: true,
      majorHolderLargeDeal: false,
      proposalsSubmitted: 8,
      proposalsRejected: 0,
      auditCommittee: false,
      externalAudit: true,
      auditOpinion: "unqualified",
      payLinkedToPerformance: false,
      equityIncentive: false,
      baseRating: "BBB",
      requestedLimit: 50_000_000,
      currency: "CNY",
      requestedTenorMonths: 36,
    },
  },
  gradeA: {
    holders: GRADE_A_HOLDERS,
    board: GOOD_BOARD,
    profile: GOOD_PROFILE,
    writing: { enums: "zh" },
  },
  // The test model's three extra factors: F7 band 2 (18% ≤ 30%: 60), F8 one of two practices
  // (60, the other blank: a gap), F9 active (6 meetings ≥ 4, minutes kept: 100).
  extended: {
    holders: GRADE_A_HOLDERS,
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      relatedGuaranteeRatio: "18",
      boardEvaluation: true,
      relatedPartyCommittee: null,
      boardMeetings: 6,
      minutesKept: true,
    },
    writing: { enums: "zh" },
    items: EXTENDED_MODEL.profileItems,
  },
  // F7 above the last bound (35%: 20), F8 missing (both blank), F9 infrequent (2 < 4: 50), the
  // percentage written as points and the enums in English.
  extendedSparse: {
    holders: GRADE_A_HOLDERS,
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      relatedGuaranteeRatio: "35",
      boardEvaluation: null,
      relatedPartyCommittee: null,
      boardMeetings: 2,
      minutesKept: true,
    },
    writing: { enums: "en", percentForm: "points" },
    items: EXTENDED_MODEL.profileItems,
  },
  missing: {
    holders: null,
    board: null,
    profile: {
      clientName: "缺数据有限公司",
      gmAppointment: null,
      groupPosition: "whollyOwned",
      parentGovernance: null,
      siblingsCondition: "good",
      relatedReceivablesRatio: null,
      auditCommittee: null,
      externalAudit: null,
      auditOpinion: null,
      payLinkedToPerformance: null,
      equityIncentive: null,
      baseRating: "CCC",
      requestedLimit: 3_333_333,
    },
  },
  concert: {
    holders: [
      { name: "张氏家族甲", type: "individual", stake: "25", group: "张氏家族" },
      { name: "张氏控股", type: "private", stake: "20", group: "张氏家族", pledged: "60" },
      { name: "国投公司", type: "soe", stake: "30" },
      { name: "某大学", type: "university", stake: "15" },
      { name: "其他股东", type: "other", stake: "10" },
    ],
    board: [
      { name: "张董", role: "chair", post: "总经理" },
      { name: "李董", role: "director", post: "副总经理" },
      { name: "王董", role: "independent" },
      { name: "赵董", role: "director" },
    ],
    profile: { ...GOOD_PROFILE, clientName: "张氏实业", gmAppointment: "recommendedByAuthority" },
    writing: { percentForm: "points", enums: "en" },
  },
  boundaryHigh: {
    holders: [
      { name: "A公司", type: "private", stake: "50" },
      { name: "B公司", type: "private", stake: "20" },
      { name: "C公司", type: "private", stake: "10" },
      { name: "D公司", type: "other", stake: "10" },
      { name: "E公司", type: "other", stake: "10" },
    ],
    board: SIX_DIRECTORS(2),
    profile: { ...GOOD_PROFILE, clientName: "边界甲", relatedReceivablesRatio: "10" },
  },
  /** 40% + 34.3% + 5.7% adds up to 0.8000000000000002 in floating point; 10 × 9.5% to 0.9499999999999998. */
  floatTrap: {
    holders: [
      { name: "甲", type: "private", stake: "40" },
      { name: "乙", type: "private", stake: "34.3" },
      { name: "丙", type: "private", stake: "5.7" },
      ...["丁", "戊", "己", "庚"].map((name) => ({ name, type: "private" as const, stake: "5" })),
    ],
    board: SIX_DIRECTORS(1),
    profile: { ...GOOD_PROFILE, clientName: "浮点陷阱甲" },
  },
  floatTrapSum: {
    holders: Array.from({ length: 10 }, (_, i) => ({
      name: `股东${i + 1}`,
      type: "private" as const,
      stake: "9.5",
    })),
    board: SIX_DIRECTORS(1),
    profile: { ...GOOD_PROFILE, clientName: "浮点陷阱乙" },
  },
  boundaryMid: {
    holders: Array.from({ length: 10 }, (_, i) => ({
      name: `股东${i + 1}`,
      type: "private" as const,
      stake: "10",
    })),
    board: SIX_DIRECTORS(3),
    profile: { ...GOOD_PROFILE, clientName: "边界乙", groupPosition: "parent" },
  },
  dispersed: {
    holders: [
      ...Array.from({ length: 11 }, (_, i) => ({
        name: `股东${i + 1}`,
        type: "individual" as const,
        stake: "9",
      })),
      { name: "股东12", type: "individual", stake: "1" },
    ],
    board: SIX_DIRECTORS(4),
    profile: {
      ...GOOD_PROFILE,
      clientName: "分散股份",
      proposalsSubmitted: 20,
      proposalsRejected: 1,
      auditOpinion: "adverse",
      currency: "USD",
      requestedLimit: 1_234_567,
      baseRating: "C",
    },
    writing: { percentForm: "points" },
  },
  overridden: {
    holders: [
      { name: '=HYPERLINK("x")', type: "private", stake: "55" },
      { name: "+cmd|' /C calc'!A0", type: "foreign", stake: "25" },
      { name: "丙", type: "individual", stake: "20", frozen: true },
    ],
    board: GOOD_BOARD,
    profile: { ...GOOD_PROFILE, clientName: '=HYPERLINK("http://x")', majorHolderLargeDeal: true },
  },
  yesWords: {
    holders: GRADE_A_HOLDERS,
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      clientName: "是否公司",
      auditCommittee: false,
      externalAudit: true,
      payLinkedToPerformance: true,
      equityIncentive: false,
    },
    // 是/否 in the F6 items: formulas from layout 3 on, through the model sheet's yes-words.
    writing: {
      unsafe: [
        "profile.auditCommittee",
        "profile.externalAudit",
        "profile.payLinkedToPerformance",
        "profile.equityIncentive",
      ],
    },
  },
  unsafe: {
    holders: [
      { name: "甲", type: "private", stake: "45" },
      { name: "乙", type: "soe", stake: "45" },
      { name: "丙", type: "other", stake: "10" },
    ],
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      clientName: "写法各异公司",
      groupPosition: "controlled",
      parentGovernance: "good",
      parentCondition: "fair",
      siblingsCondition: "good",
    },
    writing: {
      unsafe: [
        "stake",
        "type",
        "boardRole",
        "profile.gmAppointment",
        "profile.auditCommittee",
        "profile.relatedReceivablesRatio",
        "profile.requestedLimit",
        "profile.parentCondition",
        "profile.auditOpinion",
      ],
    },
  },
};

/** A wholly-owned subsidiary and a controlled one whose parent's holding makes top-3 > 80% (F2 groupLevel). */
Object.assign(SPECS, {
  whollyOwned: {
    holders: [{ name: "母公司控股集团", type: "soe", stake: "100" }],
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      clientId: "C-WO",
      groupPosition: "whollyOwned",
      parentGovernance: "good",
      parentCondition: "fair",
      siblingsCondition: "good",
    },
  },
  controlledMember: {
    holders: [
      { name: "母公司控股集团", type: "soe", stake: "70" },
      { name: "乙公司", type: "private", stake: "20" },
      { name: "丙自然人", type: "individual", stake: "10" },
    ],
    board: GOOD_BOARD,
    profile: {
      ...GOOD_PROFILE,
      clientId: "C-CM",
      groupPosition: "controlled",
      parentGovernance: null,
      parentCondition: "good",
      siblingsCondition: "good",
    },
  },
} satisfies Record<string, ClientSpec>);

/** Model 2 with F2's one-voice-board rule judged at group level for subsidiaries. */
export const GROUP_LEVEL = paramsWith({ group: { f2SubsidiaryConcentration: "groupLevel" } });

/**
 * A member scored with its group workbook: the parent's governance filled from the group (blank
 * in the profile), the siblings' condition the worse of the two; F5's formulas then read them
 * from the scorecard's group block.
 */
function withGroupRecord(client: BuiltClient): BuiltClient {
  const derived: DerivedPosition = {
    groupPosition: "controlled",
    parentGovernance: "fair",
    parentCondition: "good",
    siblingsCondition: "poor",
    sources: {
      groupPosition: [{ sheet: "集团成员", cell: "C3" }],
      parentGovernance: [{ sheet: "集团成员", cell: "G2" }],
      parentCondition: [{ sheet: "集团成员", cell: "F2" }],
      siblingsCondition: [{ sheet: "集团成员", cell: "F4" }],
    },
  };
  const merged = mergeGroupPosition(client.inputs.profile, derived);
  const group: GroupScoring = {
    file: "集团.xlsx",
    fingerprint: "a".repeat(64),
    groupName: "母公司控股集团",
    memberName: "控股子公司甲",
    memberAt: { sheet: "集团成员", cell: "A3:K3" },
    parentName: "母公司控股集团",
    parentClientId: "G-0",
    values: merged.values,
  };
  return { ...client, inputs: { ...client.inputs, profile: merged.profile, group } };
}

export const NEUTRAL = paramsWith({
  missingData: { policy: "neutral", conservativePoints: "0", neutralPoints: "50" },
  limitRounding: { defaultUnit: "10000", unitByCurrency: { USD: "1000" } },
});

const OVERRIDE: OverrideRequest = {
  finalGrade: "C",
  reason: "=1+1 诉讼未决，审慎下调",
  officer: "王芳",
  at: "2025-03-01T10:00:00+08:00",
};

function makeCase(
  name: string,
  language: Language,
  params: ModelParameters = V1,
  override?: OverrideRequest,
  twins?: FormulaTwins
): ScorecardCase {
  const spec = SPECS[name];
  if (spec === undefined) throw new Error(name);
  const built = buildClient(spec);
  const client = name === "controlledMember" ? withGroupRecord(built) : built;
  let result = scoreClient(client, params);
  if (override !== undefined) {
    const applied = applyOverride(result, override, client.inputs.profile, params);
    if (!applied.ok)
      throw new Error(JSON.stringify(applied.issues.map((i) => formatMessage(i.message, "en-US"))));
    result = applied.value;
  }
  return { name, language, client, params, result, ...(twins === undefined ? {} : { twins }) };
}

/** Every case the scorecard is checked on, the LibreOffice recalculation included. */
export function allCases(): ScorecardCase[] {
  return [
    makeCase("seed", "zh-CN"),
    makeCase("gradeA", "en-US"),
    makeCase("missing", "zh-CN"),
    makeCase("missing", "en-US", NEUTRAL),
    makeCase("concert", "en-US"),
    makeCase("boundaryHigh", "zh-CN"),
    makeCase("boundaryMid", "zh-CN"),
    makeCase("floatTrap", "en-US"),
    makeCase("floatTrapSum", "zh-CN"),
    makeCase("dispersed", "en-US", NEUTRAL),
    makeCase("overridden", "zh-CN", V1, OVERRIDE),
    makeCase("unsafe", "en-US"),
    makeCase("yesWords", "zh-CN"),
    makeCase("extended", "zh-CN", EXTENDED_PARAMS, undefined, EXTENDED.twins),
    makeCase("extendedSparse", "en-US", EXTENDED_PARAMS, undefined, EXTENDED.twins),
    makeCase("whollyOwned", "zh-CN", GROUP_LEVEL),
    makeCase("whollyOwned", "en-US"),
    makeCase("controlledMember", "zh-CN", GROUP_LEVEL),
  ];
}

export const GENERATED_AT = "2025-03-01T09:30:00+08:00";
