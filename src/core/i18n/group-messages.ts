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
  // Structure errors of a group workbook
  "group.issue.duplicateMember": {
    en: "Member {name} is listed twice (first in row {first}): each member once",
    zh: "成员{name}重复列示（首次在第{first}行）：每个成员只列一次",
  },
  "group.issue.duplicateClientId": {
    en: "Client ID {id} is given to two members (first in row {first})",
    zh: "客户编号{id}对应两个成员（首次在第{first}行）",
  },
  "group.issue.noParent": {
    en: "No member has the relation 'Group parent': exactly one member is the parent",
    zh: "没有集团地位为“集团母公司”的成员：应有且仅有一个母公司",
  },
  "group.issue.twoParents": {
    en: "{name} is a second group parent ({first} is one already): a group has exactly one parent",
    zh: "{name}是第二个集团母公司（已有{first}）：一个集团只有一个母公司",
  },
  "group.issue.parentHasParent": {
    en: "The group parent {name} names a direct parent ({parent}): leave it blank",
    zh: "集团母公司{name}填写了直接母公司（{parent}）：母公司此栏应为空",
  },
  "group.issue.noDirectParent": {
    en: "{name} has no direct parent: every member but the group parent names its direct parent",
    zh: "{name}未填写直接母公司：除集团母公司外，每个成员都应填写直接母公司",
  },
  "group.issue.unknownParent": {
    en: "The direct parent of {name}, {parent}, is not a member (no member has that name or client ID)",
    zh: "{name}的直接母公司“{parent}”不是集团成员（没有成员的名称或客户编号与之相同）",
  },
  "group.issue.ownParent": {
    en: "{name} names itself as its direct parent",
    zh: "{name}将自身填为直接母公司",
  },
  "group.issue.parentCycle": {
    en: "The direct parents form a cycle: {members}",
    zh: "直接母公司形成循环：{members}",
  },
  "group.issue.stakeMissing": {
    en: "The stake held by the direct parent of {name} ({relation}) is blank: it is required",
    zh: "{name}（{relation}）的母公司持股比例为空：此项必填",
  },
  "group.issue.whollyOwnedStake": {
    en: "{name} is wholly owned but its parent holds {stake}%: a wholly-owned member is held 100%",
    zh: "{name}为全资子公司，但母公司持股{stake}%：全资子公司应为100%",
  },
  "group.issue.controlledStake": {
    en: "{name} is controlled with a parent stake of {stake}% (50% or less): check that control comes from agreements",
    zh: "{name}为控股子公司，但母公司持股{stake}%（不超过50%）：请核实控制是否来自协议安排",
  },
  "group.issue.selfGuarantee": {
    en: "Row {row}: {party} guarantees itself",
    zh: "第{row}行：{party}为自身担保",
  },

  // Findings of the guarantee network and the structure
  "group.finding.mutualGuarantee": {
    en: "Mutual guarantee: {a} and {b} guarantee each other (rows {rows})",
    zh: "互保：{a}与{b}相互担保（第{rows}行）",
  },
  "group.finding.guaranteeChain": {
    en: "Guarantee chain of {count} parties: {parties}, {amount} in all (rows {rows})",
    zh: "{count}方连环担保：{parties}，合计{amount}（第{rows}行）",
  },
  "group.finding.upstreamGuarantee": {
    en: "Upstream guarantee: {guarantor} guarantees its parent {beneficiary} (row {row})",
    zh: "向上担保：{guarantor}为其母公司{beneficiary}担保（第{row}行）",
  },
  "group.finding.collateralNotOwned": {
    en: "{guarantor} gives as {kind} collateral owned by {owner} (row {row}): the security may be void",
    zh: "{guarantor}以{owner}所有的财产设定{kind}（第{row}行）：担保可能无效",
  },
  "group.finding.unregisteredSecurity": {
    en: "The {kind} given by {guarantor} is not registered (row {row}): the second source of repayment is lost",
    zh: "{guarantor}提供的{kind}未办理登记（第{row}行）：第二还款来源落空",
  },
  "group.finding.guarantorOverCapacity": {
    en: "{guarantor} guarantees {amount}, above {capacity} of its net assets of {netAssets} (rows {rows})",
    zh: "{guarantor}对外担保{amount}，超过其净资产{netAssets}的{capacity}（第{rows}行）",
  },
  "group.finding.circularSupport": {
    en: "Circular support: {share} of the credit of {member} is secured only by other members' guarantees (more than {limit}; rows {rows})",
    zh: "循环担保：{member}授信的{share}仅由其他成员保证（超过{limit}；第{rows}行）",
  },
  "group.finding.relationNotSupported": {
    en: "Relation not supported by stakes: {member} is a {relation} but the parent's look-through stake is {stake} (row {row})",
    zh: "集团地位与持股不符：{member}为{relation}，但母公司穿透持股仅{stake}（第{row}行）",
  },
  "group.action.mutualGuarantee": {
    en: "Refer to a higher authority; require independent security",
    zh: "提交上级审批；要求提供独立的担保",
  },
  "group.action.guaranteeChain": {
    en: "Refer to a higher authority; assess the chain as one risk and require security from outside it",
    zh: "提交上级审批；将担保圈作为整体风险评估，要求圈外担保",
  },
  "group.action.upstreamGuarantee": {
    en: "Check the guarantor's articles and the shareholders' resolution; prefer a pledge of the parent's shares in the subsidiary",
    zh: "核查担保人章程及股东会决议；优先要求母公司以其持有的子公司股权质押",
  },
  "group.action.collateralNotOwned": {
    en: "Obtain the owner's own mortgage or pledge, or other security",
    zh: "要求财产所有人自行设定抵质押，或另行提供担保",
  },
  "group.action.unregisteredSecurity": {
    en: "Register the mortgage or pledge before drawdown",
    zh: "放款前办妥抵质押登记",
  },
  "group.action.guarantorOverCapacity": {
    en: "Do not rely on this guarantor beyond its capacity; require other security",
    zh: "不应依赖超出担保能力的保证；要求其他担保",
  },
  "group.action.circularSupport": {
    en: "Require security from outside the group",
    zh: "要求集团外部担保",
  },
  "group.action.relationNotSupported": {
    en: "Check how control is exercised; correct the relation or the stakes",
    zh: "核实控制方式；更正集团地位或持股比例",
  },

  // Group credit and flags
  "group.credit.fits": {
    en: "Cap {ratio} × {base} {capital} = {cap}; existing {existing}; headroom {headroom}; the recommended {eligible} fits: each member keeps its recommendation",
    zh: "上限 {ratio} × {base} {capital} = {cap}；现有授信 {existing}；可用额度 {headroom}；建议额度合计 {eligible} 未超出：各成员保留建议额度",
  },
  "group.credit.shared": {
    en: "Cap {ratio} × {base} {capital} = {cap}; existing {existing}; headroom {headroom} < recommended {eligible}: the headroom is shared pro rata, each share rounded down to {unit}",
    zh: "上限 {ratio} × {base} {capital} = {cap}；现有授信 {existing}；可用额度 {headroom} 小于建议额度合计 {eligible}：按比例分配，每份向下取整至 {unit}",
  },
  "group.flag.capBinding": {
    en: "Group cap binding: recommended {eligible} exceeds the headroom {headroom}",
    zh: "集团授信上限约束：建议额度 {eligible} 超过可用额度 {headroom}",
  },
  "group.flag.existingAboveCap": {
    en: "Existing credit {existing} is already above the group cap {cap}: no new credit",
    zh: "现有授信 {existing} 已超过集团授信上限 {cap}：不得新增授信",
  },
  "group.flag.beyondNetAssets": {
    en: "{member} borrows beyond its own assets: existing + allocated {total} above {share} of net assets {netAssets}",
    zh: "{member}借款超过自身资产：现有加新分配授信 {total} 超过净资产 {netAssets} 的 {share}",
  },
  "group.flag.multiBank": {
    en: "Multi-bank borrowing: {member} borrows from {banks} banks ({threshold} or more)",
    zh: "多头授信：{member}在{banks}家银行贷款（达到{threshold}家）",
  },
  "group.flag.notScored": {
    en: "{member} is not scored (no scorecard, no governance grade): no credit is allocated",
    zh: "{member}未评分（无评分卡，亦无治理等级）：不分配授信",
  },
  "group.action.capBinding": {
    en: "Allocate within the cap; a member's request above its share needs a higher authority",
    zh: "在上限内分配；成员申请超出分配额度的须报上级审批",
  },
  "group.action.existingAboveCap": {
    en: "Refer to a higher authority; reduce the group's exposure before new credit",
    zh: "提交上级审批；压降集团授信后方可新增",
  },
  "group.action.beyondNetAssets": {
    en: "Fix the borrower by its core assets (篇3): lend to the member that holds the assets",
    zh: "按核心资产确定借款人：向持有资产的成员发放贷款",
  },
  "group.action.multiBank": {
    en: "Check the credit reference system for the group's total borrowing",
    zh: "查询征信系统，核实集团总负债",
  },
  "group.action.notScored": {
    en: "Score the member's governance before allocating credit",
    zh: "先完成该成员的治理评分再分配授信",
  },
  "group.memberOutcome.proceed": { en: "proceed", zh: "通过" },
  "group.memberOutcome.refer": { en: "refer to a higher authority", zh: "提交上级审批" },
  "group.memberOutcome.decline": { en: "decline", zh: "否决" },
  "group.outcome.existingAboveCap": {
    en: "Refer to a higher authority: existing credit is above the group cap",
    zh: "提交上级审批：现有授信已超过集团上限",
  },
  "group.outcome.guaranteeCycle": {
    en: "Refer to a higher authority: mutual or chain guarantees among members",
    zh: "提交上级审批：成员间存在互保或连环担保",
  },
  "group.outcome.members": {
    en: "The most severe of the members' outcomes: {outcome}",
    zh: "取成员结论中最严重者：{outcome}",
  },
  // Group workbook tables, columns and items
  "table.groupMembers": { en: "Members", zh: "集团成员" },
  "table.guarantees": { en: "Guarantees", zh: "担保关系" },
  "table.groupProfile": { en: "Group profile", zh: "集团概况" },
  "column.groupMembers.memberName": { en: "Member", zh: "成员名称" },
  "column.groupMembers.clientId": { en: "Client ID", zh: "客户编号" },
  "column.groupMembers.relation": { en: "Relation", zh: "集团地位" },
  "column.groupMembers.directParent": { en: "Direct parent", zh: "直接母公司" },
  "column.groupMembers.parentStake": { en: "Stake held by direct parent", zh: "母公司持股比例" },
  "column.groupMembers.condition": {
    en: "Operating and financial condition",
    zh: "经营财务状况",
  },
  "column.groupMembers.governanceGrade": { en: "Governance grade", zh: "治理等级" },
  "column.groupMembers.netAssets": { en: "Net assets", zh: "净资产" },
  "column.groupMembers.existingExposure": {
    en: "Existing credit at our bank",
    zh: "我行现有授信余额",
  },
  "column.groupMembers.requestedLimit": { en: "Requested new limit", zh: "本次申请额度" },
  "column.groupMembers.lendingBanks": { en: "Number of lending banks", zh: "贷款银行家数" },
  "column.guarantees.guarantor": { en: "Guarantor", zh: "担保人" },
  "column.guarantees.beneficiary": { en: "Beneficiary", zh: "被担保人" },
  "column.guarantees.amount": { en: "Amount", zh: "担保金额" },
  "column.guarantees.kind": { en: "Kind", zh: "担保方式" },
  "column.guarantees.collateralOwner": { en: "Collateral owner", zh: "抵质押物所有人" },
  "column.guarantees.registered": { en: "Registered", zh: "已办理登记" },
  "column.groupProfile.item": { en: "Item", zh: "项目" },
  "column.groupProfile.value": { en: "Value", zh: "内容" },
  "item.groupName": { en: "Group name", zh: "集团名称" },
  "item.ultimateController": { en: "Ultimate controller", zh: "实际控制人" },
  "item.ultimateControllerType": { en: "Ultimate controller type", zh: "实际控制人类型" },
  "item.bankNetCapital": { en: "Bank net capital", zh: "我行资本净额" },
  "group.read.profileItemRequired": {
    en: "The Group profile needs the item {item} with a value",
    zh: "集团概况须填写“{item}”",
  },
  "group.read.noMembers": {
    en: "The Members table has no member",
    zh: "集团成员表没有任何成员",
  },
  "group.read.noGuarantees": {
    en: "No Guarantees table (担保关系 / Guarantees): the group is read as giving no guarantees",
    zh: "未找到担保关系表（担保关系 / Guarantees）：视为集团无担保",
  },
  // The group sheet (集团评估)
  "sheet.group": { en: "Group assessment", zh: "集团评估" },
  "grp.title": { en: "Group client assessment", zh: "集团客户评估" },
  "grp.label.group": { en: "Group", zh: "集团" },
  "grp.label.outcome": { en: "Group outcome", zh: "集团结论" },
  "grp.label.modelVersion": { en: "Model version", zh: "模型版本" },
  "grp.label.modelFingerprint": { en: "Model fingerprint", zh: "模型指纹" },
  "grp.label.groupFingerprint": { en: "Group workbook fingerprint", zh: "集团工作簿指纹" },
  "grp.label.total": { en: "Total", zh: "合计" },
  "grp.col.member": { en: "Member (structure)", zh: "成员（股权结构）" },
  "grp.col.clientId": { en: "Client ID", zh: "客户编号" },
  "grp.col.relation": { en: "Relation", zh: "集团地位" },
  "grp.col.parentStake": { en: "Direct stake", zh: "直接持股" },
  "grp.col.lookThrough": { en: "Look-through stake", zh: "穿透持股" },
  "grp.col.grade": { en: "Grade", zh: "治理等级" },
  "grp.col.condition": { en: "Condition", zh: "经营财务状况" },
  "grp.col.parentGovernance": { en: "F5 parent governance", zh: "F5 母公司治理" },
  "grp.col.parentCondition": { en: "F5 parent condition", zh: "F5 母公司状况" },
  "grp.col.siblingsCondition": { en: "F5 siblings condition", zh: "F5 其他成员状况" },
  "grp.col.netAssets": { en: "Net assets", zh: "净资产" },
  "grp.col.existing": { en: "Existing credit", zh: "现有授信" },
  "grp.col.requested": { en: "Requested", zh: "申请额度" },
  "grp.col.recommended": { en: "Recommended", zh: "建议额度" },
  "grp.col.eligible": { en: "Eligible", zh: "参与分配额度" },
  "grp.col.allocated": { en: "Allocated", zh: "分配额度" },
  "grp.col.outcome": { en: "Member outcome", zh: "成员结论" },
  "grp.col.source": { en: "Recommendation from", zh: "建议额度来源" },
  "grp.basis.membersGrade": {
    en: "requested × multiplier of the Members table's grade",
    zh: "申请额度 × 成员表治理等级的额度系数",
  },
  "grp.basis.notScored": { en: "not scored: 0", zh: "未评分：0" },
  "grp.section.cap": { en: "Group credit total (统一授信)", zh: "统一授信" },
  "grp.cap.capital": { en: "Bank {base}", zh: "我行{base}" },
  "grp.cap.ratio": { en: "Group cap ratio", zh: "集团授信上限比例" },
  "grp.cap.cap": { en: "Cap", zh: "授信上限" },
  "grp.cap.existing": { en: "Existing credit (all members)", zh: "现有授信合计" },
  "grp.cap.headroom": { en: "Headroom", zh: "可用额度" },
  "grp.cap.unit": { en: "Rounding unit", zh: "取整单位" },
  "grp.cap.eligible": { en: "Eligible recommended total", zh: "参与分配的建议额度合计" },
  "grp.cap.allocated": { en: "Allocated total", zh: "分配额度合计" },
  "grp.section.findings": { en: "Guarantee network and structure", zh: "担保网络与股权结构" },
  "grp.section.flags": { en: "Flags and actions", zh: "预警与措施" },
  "grp.none": { en: "None", zh: "无" },
  "grp.finding.mutualGuarantee": { en: "Mutual guarantee", zh: "互保" },
  "grp.finding.guaranteeChain": { en: "Guarantee chain", zh: "连环担保" },
  "grp.finding.upstreamGuarantee": { en: "Upstream guarantee", zh: "向上担保" },
  "grp.finding.collateralNotOwned": { en: "Collateral not owned", zh: "抵质押物非担保人所有" },
  "grp.finding.unregisteredSecurity": { en: "Unregistered security", zh: "抵质押未登记" },
  "grp.finding.guarantorOverCapacity": { en: "Guarantor over capacity", zh: "超能力担保" },
  "grp.finding.circularSupport": { en: "Circular support", zh: "循环担保" },
  "grp.finding.relationNotSupported": {
    en: "Relation not supported by stakes",
    zh: "集团地位与持股不符",
  },
  "grp.flag.capBinding": { en: "Cap binding", zh: "上限约束" },
  "grp.flag.existingAboveCap": { en: "Existing above cap", zh: "现有授信超上限" },
  "grp.flag.beyondNetAssets": { en: "Borrowing beyond its own assets", zh: "借款超过自身资产" },
  "grp.flag.multiBank": { en: "Multi-bank borrowing", zh: "多头授信" },
  "grp.flag.notScored": { en: "Not scored", zh: "未评分" },
  "group.issue.memberCurrency": {
    en: "{file} is scored in {currency}, the group workbook in {group}: no conversion in model version 1",
    zh: "{file}的币种为{currency}，集团工作簿为{group}：模型第1版不做币种换算",
  },
  "cli.group.memberUnverified": {
    en: "{file} does not verify: its scorecard is not used",
    zh: "{file}未通过校验：不采用其评分结果",
  },
  "cli.group.noFolder": { en: "No folder {folder}", zh: "文件夹{folder}不存在" },
  "cli.group.exists": {
    en: "{file} exists: give --force to replace it",
    zh: "{file}已存在：如需替换请加 --force",
  },
  "cli.group.summary": {
    en: "{group}: {outcome}; cap {cap} {currency}, headroom {headroom}, allocated {allocated}; {findings} findings, {flags} flags",
    zh: "{group}：{outcome}；上限 {cap} {currency}，可用 {headroom}，分配 {allocated}；发现 {findings} 项，预警 {flags} 项",
  },
  "cli.group.written": { en: "Written: {file}", zh: "已写入：{file}" },
} as const;
