import type { Decimal } from "../decimal";
import type { EnumName, ENUMS } from "./enums";

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

export interface ColumnSpec<Key extends string = string, V extends ValueKind = ValueKind> {
  readonly key: Key;
  readonly aliases: readonly string[];
  readonly value: V;
  readonly required: boolean;
}

/** The normalised value a column or item of a kind holds. */
export type ValueOfKind<V extends ValueKind> = V extends {
  readonly kind: "enum";
  readonly enumName: infer E;
}
  ? E extends EnumName
    ? (typeof ENUMS)[E][number]
    : never
  : V extends { readonly kind: "percent" | "wholeNumber" | "amount" }
    ? Decimal
    : V extends { readonly kind: "yesNo" }
      ? boolean
      : string;

/** The tables of a group workbook (group-model.md §1). */
export type GroupTableId = "groupMembers" | "guarantees" | "groupProfile";

export interface TableSpec<Key extends string = string> {
  readonly id: "shareholders" | "board" | "profile" | GroupTableId;
  /** Accepted sheet or Excel-table names; the first English and first Chinese are the defaults. */
  readonly names: readonly string[];
  readonly defaultName: { readonly "en-US": string; readonly "zh-CN": string };
  readonly columns: readonly ColumnSpec<Key>[];
}

const text = { kind: "text" } as const;
const percent = { kind: "percent" } as const;
const yesNo = { kind: "yesNo" } as const;
const enumOf = <E extends EnumName>(enumName: E) => ({ kind: "enum", enumName }) as const;

export type ShareholderColumn =
  "name" | "type" | "stake" | "concertGroup" | "pledgedShare" | "frozen" | "idNumber";

/**
 * Headers of an identity column: a person's or an organisation's registration number. A plain
 * "ID" or "No." is not one (it is often a row number).
 */
const ID_NUMBER_ALIASES = [
  "ID number",
  "ID no.",
  "ID no",
  "Identity number",
  "Identification number",
  "Registration number",
  "Registration no.",
  "Unified social credit code",
  "USCC",
  "证件号码",
  "证件号",
  "身份证号",
  "身份证号码",
  "统一社会信用代码",
  "营业执照号码",
  "注册号",
  "证照号码",
];

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
    { key: "idNumber", aliases: ID_NUMBER_ALIASES, value: text, required: false },
  ],
};

export type BoardColumn = "name" | "boardRole" | "managementPost" | "idNumber";

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
    { key: "idNumber", aliases: ID_NUMBER_ALIASES, value: text, required: false },
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

/** Value kinds of table columns and profile items. */
export const VALUE = {
  text,
  percent,
  yesNo,
  wholeNumber: { kind: "wholeNumber" } as const,
  amount: { kind: "amount" } as const,
  rating: { kind: "rating" } as const,
  currency: { kind: "currency" } as const,
  enumOf,
};

/**
 * A profile item (an optional row of the Profile table): its key, the item names it is found
 * by, and its value kind. Factors declare the items they read; the client's identity and the
 * credit request are declared here.
 * @example item("auditCommittee", ["Audit committee", "审计委员会"], VALUE.yesNo)
 */
export function item<K extends string, V extends ValueKind>(
  key: K,
  aliases: readonly string[],
  value: V
): ColumnSpec<K, V> {
  return { key, aliases, value, required: false };
}

/** The first rows of the Profile table: who the client is. */
export const CLIENT_ITEMS = [
  item("clientName", ["Client", "Client name", "客户名称"], text),
  item("clientId", ["Client ID", "客户编号"], text),
] as const;

/** The last rows of the Profile table: the credit request the adjustment applies to. */
export const REQUEST_ITEMS = [
  item("baseRating", ["Base rating", "基础评级"], VALUE.rating),
  item("requestedLimit", ["Requested limit", "申请额度"], VALUE.amount),
  item("currency", ["Currency", "币种"], VALUE.currency),
  item(
    "requestedTenorMonths",
    ["Requested tenor (months)", "Requested tenor", "申请期限(月)", "申请期限"],
    VALUE.wholeNumber
  ),
] as const;

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

const PLAIN_LABEL = /^[\x20-\x7e\u4e00-\u9fff]*$/;
const LABEL_SPACES = /[\s\u00a0\u3000]+/g;

/**
 * Trim, NFKC-normalise and case-fold, so "\u3000股东名称 ", "股东名称" and "ＳＴＡＫＥ" compare equal.
 * @example normaliseLabel("  Stake ") === normaliseLabel("ｓｔａｋｅ") // true
 */
export function normaliseLabel(label: string): string {
  // Printable ASCII and CJK ideographs are NFKC already (most labels and names): skip NFKC.
  if (PLAIN_LABEL.test(label)) return label.replace(LABEL_SPACES, " ").trim().toLowerCase();
  return label
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, " ")
    .trim()
    .toLowerCase();
}
