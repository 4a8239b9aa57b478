/** Messages of the group-client model (group-model.md): parameters, tables, findings, the group sheet. */
export const GROUP_MESSAGES = {
  // Parameters (model sheet)
  "ms.param.group.groupCapRatio": {
    en: "Group credit cap: share of the bank's capital base one group may borrow at most",
    zh: "集团授信上限：单一集团客户授信占我行资本基数的最高比例",
  },
  "ms.param.group.capitalBase": {
    en: "Capital base of the cap: netCapital (net capital) or tier1Capital (tier-1 capital, large-exposure rules)",
    zh: "上限的资本基数：netCapital（资本净额）或 tier1Capital（一级资本净额，大额风险暴露口径）",
  },
  "ms.param.group.memberExposureToNetAssets": {
    en: "A member's existing + allocated credit above this share of its net assets is flagged",
    zh: "成员现有加新分配授信超过其净资产的该比例时提示",
  },
  "ms.param.group.multiBankThreshold": {
    en: "Number of lending banks from which multi-bank borrowing is flagged",
    zh: "贷款银行家数达到该数时提示多头授信",
  },
  "ms.param.group.guarantorCapacity": {
    en: "A member guaranteeing more than this share of its net assets is over capacity",
    zh: "成员对外担保总额超过其净资产的该比例时为超能力担保",
  },
  "ms.param.group.intraGroupGuaranteeShare": {
    en: "Circular support: more than this share of a member's credit secured only by other members' guarantees",
    zh: "循环担保：成员授信中仅由其他成员担保的部分超过该比例",
  },
  "ms.param.group.f2SubsidiaryConcentration": {
    en: "F2 for wholly-owned and controlled members: apply (the one-voice-board rule applies) or groupLevel (not when the controlling holder is the group parent)",
    zh: "全资及控股子公司的F2：apply（适用一言堂规则）或 groupLevel（控股股东为集团母公司时不适用）",
  },
  // Enums of the group workbook
  "enum.groupRelation.parent": { en: "Group parent", zh: "集团母公司" },
  "enum.groupRelation.whollyOwned": { en: "Wholly-owned subsidiary", zh: "全资子公司" },
  "enum.groupRelation.controlled": { en: "Controlled subsidiary", zh: "控股子公司" },
  "enum.groupRelation.associate": { en: "Associate", zh: "参股公司" },
  "enum.groupRelation.contractual": { en: "Contractual group member", zh: "协议联合成员" },
  "enum.guaranteeKind.guarantee": { en: "Guarantee", zh: "保证" },
  "enum.guaranteeKind.mortgage": { en: "Mortgage", zh: "抵押" },
  "enum.guaranteeKind.pledge": { en: "Pledge", zh: "质押" },
  "enum.governanceGrade.A": { en: "A", zh: "A" },
  "enum.governanceGrade.B": { en: "B", zh: "B" },
  "enum.governanceGrade.C": { en: "C", zh: "C" },
  "enum.governanceGrade.D": { en: "D", zh: "D" },
  "ms.lookup.groupRelation": { en: "Group relation", zh: "集团地位" },
  "ms.lookup.guaranteeKind": { en: "Kind of guarantee", zh: "担保方式" },
  "ms.lookup.governanceGrade": { en: "Governance grade", zh: "治理等级" },
  "capitalBase.netCapital": { en: "net capital", zh: "资本净额" },
  "capitalBase.tier1Capital": { en: "tier-1 capital", zh: "一级资本净额" },
  "policy.apply": { en: "apply", zh: "适用" },
  "policy.groupLevel": { en: "group level", zh: "集团层面" },
} as const;
