import type { EnumName } from "./enums";
import type { ProfileKey } from "./types";

/**
 * The input schema of governance-model.md section 1: table names, columns, item names and their
 * English and Chinese aliases. The workbook layer finds and reads tables with it; the template
 * writer lays them out with it. Aliases are compared after trim, NFKC and case folding.
 */

export type ValueKind =
  | { readonly kind: "text" }
  | { readonly kind: "enum"; readonly enumName: EnumName }
  | { readonly kind: "percent" }
  | { readonly kind: "yesNo" }
  | { readonly kind: "wholeNumber" }
  | { readonly kind: "amount" }
  | { readonly kind: "rating" }
  | { readonly kind: "currency" };

export interface ColumnSpec<Key extends string = string> {
  readonly key: Key;
  readonly aliases: readonly string[];
  readonly value: ValueKind;
  readonly required: boolean;
}

export interface TableSpec<Key extends string = string> {
  readonly id: "shareholders" | "board" | "profile";
  /** Accepted sheet or Excel-table names; the first English and first Chinese are the defaults. */
  readonly names: readonly string[];
  readonly defaultName: { readonly "en-US": string; readonly "zh-CN": string };
  readonly columns: readonly ColumnSpec<Key>[];
}

const text = { kind: "text" } as const;
const percent = { kind: "percent" } as const;
const yesNo = { kind: "yesNo" } as const;
const enumOf = (enumName: EnumName) => ({ kind: "enum", enumName }) as const;

export type ShareholderColumn =
  "name" | "type" | "stake" | "concertGroup" | "pledgedShare" | "frozen";

export const SHAREHOLDERS_TABLE: TableSpec<ShareholderColumn> = {
  id: "shareholders",
  names: ["Shareholders", "Shareholder register", "股东名册", "股东"],
  defaultName: { "en-US": "Shareholders", "zh-CN": "股东名册" },
  columns: [
    {
      key: "name",
      aliases: ["Name", "Shareholder", "股东名称", "股东"],
      value: text,
      required: true,
    },
    {
      key: "type",
      aliases: ["Type", "Shareholder type", "股东类型", "类型"],
      value: enumOf("shareholderType"),
      required: true,
    },
    {
      key: "stake",
      aliases: ["Stake", "Holding", "Shareholding %", "持股比例", "持股比例(%)"],
      value: percent,
      required: true,
    },
    {
      key: "concertGroup",
      aliases: ["Concert group", "Acting in concert", "一致行动人", "关联方组"],
      value: text,
      required: false,
    },
    {
      key: "pledgedShare",
      aliases: ["Pledged share", "质押比例"],
      value: percent,
      required: false,
    },
    { key: "frozen", aliases: ["Frozen", "司法冻结"], value: yesNo, required: false },
  ],
};

export type BoardColumn = "name" | "boardRole" | "managementPost";

export const BOARD_TABLE: TableSpec<BoardColumn> = {
  id: "board",
  names: ["Board", "Board of directors", "董事会"],
  defaultName: { "en-US": "Board", "zh-CN": "董事会" },
  columns: [
    { key: "name", aliases: ["Name", "Director", "姓名", "董事姓名"], value: text, required: true },
    {
      key: "boardRole",
      aliases: ["Board role", "董事会职务"],
      value: enumOf("boardRole"),
      required: true,
    },
    {
      key: "managementPost",
      aliases: ["Management post", "Senior management post", "兼任高管职务"],
      value: text,
      required: false,
    },
  ],
};

/** The Profile table's two columns. */
export const PROFILE_TABLE: TableSpec<"item" | "value"> = {
  id: "profile",
  names: ["Profile", "Governance profile", "治理概况"],
  defaultName: { "en-US": "Profile", "zh-CN": "治理概况" },
  columns: [
    { key: "item", aliases: ["Item", "项目"], value: text, required: true },
    { key: "value", aliases: ["Value", "内容", "值"], value: text, required: true },
  ],
};

/** The items of the Profile table, in template order. */
export const PROFILE_ITEMS: readonly ColumnSpec<ProfileKey>[] = [
  {
    key: "clientName",
    aliases: ["Client", "Client name", "客户名称"],
    value: text,
    required: false,
  },
  { key: "clientId", aliases: ["Client ID", "客户编号"], value: text, required: false },
  {
    key: "gmAppointment",
    aliases: ["GM appointment", "总经理产生方式"],
    value: enumOf("gmAppointment"),
    required: false,
  },
  {
    key: "groupPosition",
    aliases: ["Group position", "集团地位"],
    value: enumOf("groupPosition"),
    required: false,
  },
  {
    key: "parentGovernance",
    aliases: ["Parent governance", "母公司治理效率"],
    value: enumOf("condition"),
    required: false,
  },
  {
    key: "parentCondition",
    aliases: ["Parent condition", "Parent operating and financial condition", "母公司经营财务状况"],
    value: enumOf("condition"),
    required: false,
  },
  {
    key: "siblingsCondition",
    aliases: ["Siblings condition", "Other group members' condition", "集团其他成员财务状况"],
    value: enumOf("condition"),
    required: false,
  },
  {
    key: "relatedReceivablesRatio",
    aliases: ["Related-party receivables / total assets", "关联方应收款占总资产比例"],
    value: percent,
    required: false,
  },
  {
    key: "majorHolderDistress",
    aliases: ["Major shareholder in financial difficulty", "大股东财务困难"],
    value: yesNo,
    required: false,
  },
  {
    key: "majorHolderLargeDeal",
    aliases: ["Major shareholder planning a large long-term acquisition", "大股东重大并购"],
    value: yesNo,
    required: false,
  },
  {
    key: "proposalsSubmitted",
    aliases: ["Management proposals submitted", "经理层议案提交数"],
    value: { kind: "wholeNumber" },
    required: false,
  },
  {
    key: "proposalsRejected",
    aliases: ["Management proposals rejected", "被否决数", "经理层议案被否决数"],
    value: { kind: "wholeNumber" },
    required: false,
  },
  {
    key: "auditCommittee",
    aliases: ["Audit committee", "审计委员会"],
    value: yesNo,
    required: false,
  },
  { key: "externalAudit", aliases: ["External audit", "外部审计"], value: yesNo, required: false },
  {
    key: "auditOpinion",
    aliases: ["Audit opinion", "审计意见"],
    value: enumOf("auditOpinion"),
    required: false,
  },
  {
    key: "payLinkedToPerformance",
    aliases: ["Pay linked to performance", "薪酬与业绩考核挂钩"],
    value: yesNo,
    required: false,
  },
  {
    key: "equityIncentive",
    aliases: ["Equity incentive", "股权激励"],
    value: yesNo,
    required: false,
  },
  {
    key: "baseRating",
    aliases: ["Base rating", "基础评级"],
    value: { kind: "rating" },
    required: false,
  },
  {
    key: "requestedLimit",
    aliases: ["Requested limit", "申请额度"],
    value: { kind: "amount" },
    required: false,
  },
  { key: "currency", aliases: ["Currency", "币种"], value: { kind: "currency" }, required: false },
  {
    key: "requestedTenorMonths",
    aliases: ["Requested tenor (months)", "Requested tenor", "申请期限(月)", "申请期限"],
    value: { kind: "wholeNumber" },
    required: false,
  },
];

/** Management posts that mark the general manager (compared per post, after normalisation). */
export const GM_POST_ALIASES: readonly string[] = [
  "总经理",
  "总裁",
  "首席执行官",
  "general manager",
  "gm",
  "ceo",
  "chief executive officer",
  "chief executive",
  "president",
];

/** Management-post entries that mean "no post" (a prudent reading of "empty means none"). */
export const NO_POST_ALIASES: readonly string[] = [
  "无",
  "没有",
  "none",
  "n/a",
  "na",
  "-",
  "—",
  "/",
];

/**
 * Trim, NFKC-normalise and case-fold, so "\u3000股东名称 ", "股东名称" and "ＳＴＡＫＥ" compare equal.
 * @example normaliseLabel("  Stake ") === normaliseLabel("ｓｔａｋｅ") // true
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .toLowerCase();
}
