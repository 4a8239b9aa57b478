import { item, VALUE, type ColumnSpec, type TableSpec } from "../inputs/schema";

/**
 * The input schema of a group workbook (group-model.md §1): its three tables, their column and
 * item names in English and Chinese, found and read as the client tables are.
 */

const col = <K extends string>(
  key: K,
  aliases: readonly string[],
  value: ColumnSpec["value"],
  required = false
): ColumnSpec<K> => ({ key, aliases, value, required });

export type GroupMemberColumn =
  | "memberName"
  | "clientId"
  | "relation"
  | "directParent"
  | "parentStake"
  | "condition"
  | "governanceGrade"
  | "netAssets"
  | "existingExposure"
  | "requestedLimit"
  | "lendingBanks";

export const GROUP_MEMBERS_TABLE: TableSpec<GroupMemberColumn> = {
  id: "groupMembers",
  names: ["Members", "Group members", "集团成员", "成员"],
  defaultName: { "en-US": "Members", "zh-CN": "集团成员" },
  columns: [
    col("memberName", ["Member", "Member name", "成员名称", "成员"], VALUE.text, true),
    col("clientId", ["Client ID", "客户编号"], VALUE.text),
    col(
      "relation",
      ["Relation", "Group relation", "集团地位"],
      VALUE.enumOf("groupRelation"),
      true
    ),
    col("directParent", ["Direct parent", "直接母公司"], VALUE.text),
    col(
      "parentStake",
      ["Stake held by direct parent", "Parent stake", "母公司持股比例", "持股比例"],
      VALUE.percent
    ),
    col(
      "condition",
      ["Operating and financial condition", "Condition", "经营财务状况"],
      VALUE.enumOf("condition"),
      true
    ),
    col("governanceGrade", ["Governance grade", "治理等级"], VALUE.enumOf("governanceGrade")),
    col("netAssets", ["Net assets", "净资产"], VALUE.amount, true),
    col(
      "existingExposure",
      ["Existing credit at our bank", "Existing credit", "我行现有授信余额", "现有授信余额"],
      VALUE.amount,
      true
    ),
    col(
      "requestedLimit",
      ["Requested new limit", "Requested limit", "本次申请额度", "申请额度"],
      VALUE.amount
    ),
    col(
      "lendingBanks",
      ["Number of lending banks", "Lending banks", "贷款银行家数"],
      VALUE.wholeNumber
    ),
  ],
};

export type GuaranteeColumn =
  "guarantor" | "beneficiary" | "amount" | "kind" | "collateralOwner" | "registered";

export const GUARANTEES_TABLE: TableSpec<GuaranteeColumn> = {
  id: "guarantees",
  names: ["Guarantees", "担保关系", "担保"],
  defaultName: { "en-US": "Guarantees", "zh-CN": "担保关系" },
  columns: [
    col("guarantor", ["Guarantor", "担保人"], VALUE.text, true),
    col("beneficiary", ["Beneficiary", "被担保人"], VALUE.text, true),
    col("amount", ["Amount", "担保金额"], VALUE.amount, true),
    col("kind", ["Kind", "担保方式"], VALUE.enumOf("guaranteeKind"), true),
    col("collateralOwner", ["Collateral owner", "抵质押物所有人"], VALUE.text),
    col("registered", ["Registered", "已办理登记"], VALUE.yesNo),
  ],
};

export const GROUP_PROFILE_TABLE: TableSpec<"item" | "value"> = {
  id: "groupProfile",
  names: ["Group profile", "集团概况"],
  defaultName: { "en-US": "Group profile", "zh-CN": "集团概况" },
  columns: [
    col("item", ["Item", "项目"], VALUE.text, true),
    col("value", ["Value", "内容", "值"], VALUE.text, true),
  ],
};

/** The Group profile's items. */
export const GROUP_PROFILE_ITEMS = [
  item("groupName", ["Group name", "集团名称"], VALUE.text),
  item("ultimateController", ["Ultimate controller", "实际控制人"], VALUE.text),
  item(
    "ultimateControllerType",
    ["Ultimate controller type", "实际控制人类型"],
    VALUE.enumOf("shareholderType")
  ),
  item("bankNetCapital", ["Bank net capital", "Bank capital base", "我行资本净额"], VALUE.amount),
  item("currency", ["Currency", "币种"], VALUE.currency),
] as const;

/** The group workbook's tables, in reading order. */
export const GROUP_TABLES: readonly TableSpec[] = [
  GROUP_MEMBERS_TABLE,
  GUARANTEES_TABLE,
  GROUP_PROFILE_TABLE,
];
