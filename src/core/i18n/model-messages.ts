/**
 * Messages of the scoring model, in both languages. `{name}` marks a parameter.
 * Keys are grouped: factor., rule., measure., flag., action., knockout., gap., grade., override.
 */
export const MODEL_MESSAGES = {
  // Factors
  "factor.F1.name": { en: "Controlling-shareholder type", zh: "控股股东类型" },
  "factor.F2.name": { en: "Ownership concentration", zh: "股权集中度" },
  "factor.F3.name": { en: "GM appointment", zh: "总经理产生方式" },
  "factor.F4.name": { en: "Board/management overlap", zh: "董事会与经理层交叉任职" },
  "factor.F5.name": { en: "Group position", zh: "集团地位" },
  "factor.F6.name": { en: "Management evaluation and incentives", zh: "经理层考评与激励" },

  // Rules that fired
  "rule.F1.controller": {
    en: "Controlling shareholder {holder} holds {stake} (≥ {threshold}); type {type} scores {points}",
    zh: "控股股东{holder}持股{stake}（≥ {threshold}）；类型为{type}，得{points}分",
  },
  "rule.F1.tie": {
    en: "Several holders tie at {stake}; the one with the lower points ({holder}) is taken",
    zh: "多名股东并列持股{stake}，取得分较低者（{holder}）",
  },
  "rule.F1.dispersed": {
    en: "No holder reaches {threshold}: control is dispersed; the largest holder {holder} ({stake}, {type}) scores {points}",
    zh: "无股东持股达到{threshold}，控制权分散；按第一大股东{holder}（{stake}，{type}）计{points}分",
  },
  "rule.F2.concentrated": {
    en: "Top-3 holdings {top3} > {above}: the board is a one-voice board (一言堂)",
    zh: "前三大股东持股{top3} > {above}：董事会易成为大股东的“一言堂”",
  },
  "rule.F2.concentratedDistressed": {
    en: "Top-3 holdings {top3} > {above} and the major shareholder shows distress: {evidence}",
    zh: "前三大股东持股{top3} > {above}，且大股东存在财务风险：{evidence}",
  },
  "rule.F2.dispersedUnconstrained": {
    en: "Top-3 holdings {top3} < {below}; {rejected} of {submitted} management proposals rejected (rate {rate} < {rateBelow}): shareholders do not constrain managers",
    zh: "前三大股东持股{top3} < {below}；经理层议案{submitted}项中被否决{rejected}项（否决率{rate} < {rateBelow}）：股东对经理层约束不强",
  },
  "rule.F2.dispersedNoData": {
    en: "Top-3 holdings {top3} < {below}; no data on management proposals: treated as shareholders not constraining managers",
    zh: "前三大股东持股{top3} < {below}；无经理层议案表决记录，按股东对经理层约束不强处理",
  },
  "rule.F2.dispersedConstrained": {
    en: "Top-3 holdings {top3} < {below}; {rejected} of {submitted} management proposals rejected: shareholders do challenge managers",
    zh: "前三大股东持股{top3} < {below}；经理层议案{submitted}项中被否决{rejected}项：股东对经理层有一定约束",
  },
  "rule.F2.balanced": {
    en: "Top-3 holdings {top3} between {below} and {above}: balanced ownership",
    zh: "前三大股东持股{top3}，介于{below}与{above}之间：股权结构均衡",
  },
  "rule.F3.appointment": {
    en: "The general manager is appointed as follows: {appointment}",
    zh: "总经理产生方式：{appointment}",
  },
  "rule.F4.low": {
    en: "{overlapping} of {directors} directors hold a management post ({ratio} ≤ {low})",
    zh: "{directors}名董事中{overlapping}名兼任高管（{ratio} ≤ {low}）",
  },
  "rule.F4.mid": {
    en: "{overlapping} of {directors} directors hold a management post ({low} < {ratio} ≤ {mid})",
    zh: "{directors}名董事中{overlapping}名兼任高管（{low} < {ratio} ≤ {mid}）",
  },
  "rule.F4.high": {
    en: "{overlapping} of {directors} directors hold a management post ({ratio} > {mid}): insider control (内部人控制)",
    zh: "{directors}名董事中{overlapping}名兼任高管（{ratio} > {mid}）：内部人控制",
  },
  "rule.F4.chairIsGm": {
    en: "The chair ({chair}) is also the general manager: minus {penalty}",
    zh: "董事长（{chair}）兼任总经理：扣{penalty}分",
  },
  "rule.F5.position": {
    en: "Group position {position} scores {points}",
    zh: "集团地位为{position}，得{points}分",
  },
  "rule.F5.subsidiary": {
    en: "{position}: the worst of parent governance, parent condition and other members' condition is {worst}, scoring {points}",
    zh: "{position}：母公司治理效率、母公司经营财务状况、集团其他成员财务状况中最差为{worst}，得{points}分",
  },
  "rule.F5.relatedReceivables": {
    en: "Related-party receivables are {ratio} of total assets (> {above}): minus {penalty}",
    zh: "关联方应收款占总资产{ratio}（> {above}）：扣{penalty}分",
  },
  "rule.F6.items": {
    en: "Independent verification {verification}, pay linked to performance {pay}, equity incentive {equity}",
    zh: "独立确认业绩{verification}，薪酬与业绩挂钩{pay}，股权激励{equity}",
  },
  "rule.F6.adverseOpinion": {
    en: "The auditor gave a {opinion} opinion: F6 = 0",
    zh: "审计意见为{opinion}：该项为0分",
  },
  "rule.banded.upTo": {
    en: "{value} is at most {bound}: band {band}",
    zh: "{value}不超过{bound}：第{band}档",
  },
  "rule.banded.above": {
    en: "{value} is above {bound}: band {band}",
    zh: "{value}高于{bound}：第{band}档",
  },
  "rule.checklist": {
    en: "Answered yes: {items}",
    zh: "回答“是”的项目：{items}",
  },
  "rule.missing": {
    en: "Inputs missing: scored {points} under the {policy} missing-data policy",
    zh: "输入缺失：按{policy}缺失数据政策计{points}分",
  },
  "policy.conservative": { en: "conservative", zh: "审慎" },
  "policy.neutral": { en: "neutral", zh: "中性" },

  // Measured inputs
  "measure.controller": { en: "Controlling shareholder", zh: "控股股东" },
  "measure.largestHolder": { en: "Largest holder", zh: "第一大股东" },
  "measure.controllerType": { en: "Type", zh: "类型" },
  "measure.controllerStake": { en: "Stake", zh: "持股比例" },
  "measure.concertMembers": { en: "Concert group members", zh: "一致行动人成员" },
  "measure.top3": { en: "Top-3 holdings", zh: "前三大股东持股合计" },
  "measure.top3Holders": { en: "Top-3 holders", zh: "前三大股东" },
  "measure.distress": { en: "Major-shareholder distress", zh: "大股东财务风险" },
  "measure.proposals": { en: "Proposals rejected / submitted", zh: "议案被否决数/提交数" },
  "measure.rejectionRate": { en: "Rejection rate", zh: "否决率" },
  "measure.gmAppointment": { en: "GM appointment", zh: "总经理产生方式" },
  "measure.overlap": { en: "Directors in management", zh: "兼任高管的董事" },
  "measure.overlapRatio": { en: "Overlap ratio", zh: "交叉任职比例" },
  "measure.chairIsGm": { en: "Chair is GM", zh: "董事长兼任总经理" },
  "measure.groupPosition": { en: "Group position", zh: "集团地位" },
  "measure.worstCondition": { en: "Worst group condition", zh: "集团最差状况" },
  "measure.relatedReceivables": {
    en: "Related-party receivables / total assets",
    zh: "关联方应收款占总资产比例",
  },
  "measure.independentVerification": { en: "Independent verification", zh: "业绩独立确认" },
  "measure.auditOpinion": { en: "Audit opinion", zh: "审计意见" },
  "measure.payLinked": { en: "Pay linked to performance", zh: "薪酬与业绩挂钩" },
  "measure.equityIncentive": { en: "Equity incentive", zh: "股权激励" },
  "measure.stakeSum": { en: "Sum of stakes", zh: "持股比例合计" },
  "measure.otherTypeStake": { en: "Held by holders of type other", zh: "“其他”类股东持股合计" },

  "value.yes": { en: "yes", zh: "是" },
  "value.no": { en: "no", zh: "否" },
  "value.blank": { en: "blank", zh: "空白" },
  "value.none": { en: "none", zh: "无" },
  "value.blankCountedAs": { en: "blank (counted as {value})", zh: "空白（按{value}计）" },
  "value.list": { en: "{first}, {rest}", zh: "{first}、{rest}" },
  "value.concertGroup": { en: "{group} (concert group)", zh: "{group}（一致行动人）" },

  "distress.majorHolderDistress": {
    en: "major shareholder in financial difficulty",
    zh: "大股东财务困难",
  },
  "distress.majorHolderLargeDeal": {
    en: "major shareholder planning a large long-term acquisition",
    zh: "大股东准备重大长期并购",
  },
  "distress.pledged": {
    en: "{holder} has pledged {share} of its stake",
    zh: "{holder}质押其所持股份的{share}",
  },
  "distress.frozen": {
    en: "{holder}'s stake is judicially frozen",
    zh: "{holder}所持股份被司法冻结",
  },

  // Red flags and the due-diligence actions they call for
  "flag.oneVoiceBoard": {
    en: "One-voice board: top-3 holdings above {above}",
    zh: "“一言堂”：前三大股东持股超过{above}",
  },
  "flag.majorHolderDistress": {
    en: "Concentrated ownership with a distressed major shareholder",
    zh: "股权高度集中且大股东存在财务风险",
  },
  "flag.dispersedOwnership": {
    en: "Dispersed ownership: weak shareholder constraint on managers",
    zh: "股权过于分散：股东对经理层约束不强",
  },
  "flag.multiObjectiveOwner": {
    en: "Controlling shareholder with multiple, non-commercial objectives",
    zh: "控股股东目标多元化",
  },
  "flag.administrativeGm": {
    en: "General manager appointed by the authorities",
    zh: "总经理由上级组织部门或国资委任命",
  },
  "flag.insiderControl": {
    en: "Insider control: more than half the directors are in management",
    zh: "内部人控制：超过半数董事兼任高管",
  },
  "flag.groupSubsidiary": {
    en: "Subsidiary of a group: exposed to the parent and other members",
    zh: "集团子公司：受母公司及其他成员影响",
  },
  "flag.tunnelling": {
    en: "Possible tunnelling: related-party receivables above {above} of total assets",
    zh: "可能存在利益输送：关联方应收款超过总资产的{above}",
  },
  "flag.adverseAuditOpinion": {
    en: "Adverse or disclaimer audit opinion",
    zh: "审计意见为否定或无法表示意见",
  },
  "flag.ownershipUnclear": { en: "Ownership unclear", zh: "股权结构不清" },

  "action.analyseMajorHolder": {
    en: "Obtain and analyse the major shareholder's financial statements, financing plans and related-party dealings with the client",
    zh: "取得并分析大股东的财务报表、融资与并购计划及其与客户的关联交易",
  },
  "action.assessManagement": {
    en: "Assess the quality, track record and personal objectives of the management team",
    zh: "评估经理层的素质、经营业绩和个人目标",
  },
  "action.assessOwnerInterference": {
    en: "Assess how the owner's non-commercial objectives interfere with operations, staffing and finance",
    zh: "考察多元化目标股东对企业正常经营、人事和财务独立性的干预及其对信贷风险的影响",
  },
  "action.assessAdministrativeInterference": {
    en: "Review major decisions for administrative interference and the GM's accountability to the board",
    zh: "核查重大经营决策是否受行政意图干预，以及总经理对董事会负责的情况",
  },
  "action.reviewBoardMinutes": {
    en: "Review board and shareholder-meeting minutes for decisions taken without independent challenge",
    zh: "查阅董事会及股东大会记录，核查重大决策是否经过有效的独立审议",
  },
  "action.directorsLiability": {
    en: "Consider requiring the directors' personal joint liability for the debt",
    zh: "考虑要求董事会成员个人对债务承担连带责任",
  },
  "action.relatedPartyDisclosureCovenant": {
    en: "Covenant: disclose related parties and report related-party transactions to the bank within a set period",
    zh: "在授信协议中约定关联方信息告知义务：提供关联方名称、关系，并在关联交易发生后限期告知银行",
  },
  "action.priorConsentRelatedParty": {
    en: "Covenant: major related-party transactions need the bank's prior consent",
    zh: "约定重大关联交易须事先征得债权银行同意",
  },
  "action.pledgeParentShares": {
    en: "Consider a pledge of the parent's shares in the client",
    zh: "考虑以集团公司所持客户股份作质押担保",
  },
  "action.groupCreditLimit": {
    en: "Check the client's borrowing against the group's overall credit limit",
    zh: "将客户授信纳入集团整体授信总量控制",
  },
  "action.rejectFinancials": {
    en: "Do not rely on the financial statements; obtain the auditor's report and management letter",
    zh: "不得依赖该财务报表；取得审计报告及管理建议书",
  },
  "action.verifyOwnership": {
    en: "Verify registered capital and the shareholder register at the registry",
    zh: "到登记机关核实注册资本到位情况和股权分布的真实情况",
  },

  // Knock-outs
  "knockout.insiderConcentration": {
    en: "Insider control together with top-3 holdings above {above}: no better than {cap}",
    zh: "内部人控制且前三大股东持股超过{above}：等级不高于{cap}",
  },
  "knockout.ownershipUnclear.stakeSum": {
    en: "Ownership unclear: stakes sum to {sum}, outside {min}–{max}: no better than {cap}",
    zh: "股权结构不清：持股比例合计{sum}，不在{min}至{max}之间：等级不高于{cap}",
  },
  "knockout.ownershipUnclear.other": {
    en: "Ownership unclear: holders of type other hold {other} (> {max}): no better than {cap}",
    zh: "股权结构不清：“其他”类股东持股{other}（> {max}）：等级不高于{cap}",
  },
  "knockout.ownershipUnclear.noRegister": {
    en: "Ownership unclear: no shareholder register: no better than {cap}",
    zh: "股权结构不清：缺少股东名册：等级不高于{cap}",
  },
  "knockout.adverseAudit": {
    en: "{opinion} audit opinion: grade {cap}",
    zh: "审计意见为{opinion}：等级为{cap}",
  },
  "knockout.subsidiaryTunnelling": {
    en: "Subsidiary with a poor parent ({evidence}) and related-party receivables {ratio} (> {above}): no better than {cap}",
    zh: "子公司的母公司状况较差（{evidence}），且关联方应收款占总资产{ratio}（> {above}）：等级不高于{cap}",
  },

  // Gaps
  "gap.tableMissing": { en: "The {table} table was not found", zh: "未找到{table}表" },
  "gap.tableEmpty": { en: "The {table} table has no rows", zh: "{table}表没有数据行" },
  "gap.itemBlank": { en: "{item} is blank", zh: "{item}为空" },
  "gap.itemBlankCountedAs": {
    en: "{item} is blank; counted as {value}",
    zh: "{item}为空，按{value}计",
  },
  "table.shareholders": { en: "Shareholders", zh: "股东名册" },
  "table.board": { en: "Board", zh: "董事会" },
  "table.profile": { en: "Profile", zh: "治理概况" },

  // Grades and the adjustment
  "grade.A": { en: "strong", zh: "优" },
  "grade.B": { en: "adequate", zh: "良" },
  "grade.C": { en: "weak", zh: "弱" },
  "grade.D": { en: "very weak", zh: "差" },
  "adjustment.noTenorCap": {
    en: "no cap: eligible for medium/long-term credit",
    zh: "不设上限：纳入中、长期授信视野",
  },
  "adjustment.enhancedCovenants": { en: "enhanced covenants", zh: "强化约束条款" },
  "adjustment.limitControlled": {
    en: "control the tenor and amount of credit",
    zh: "控制其授信的期限及额度",
  },

  // Overrides
  "override.reasonRequired": {
    en: "An override needs a written reason",
    zh: "调整等级须填写书面理由",
  },
  "override.officerRequired": {
    en: "An override needs the officer's name",
    zh: "调整等级须填写经办人员姓名",
  },
  "override.sameGrade": {
    en: "The final grade {grade} equals the model grade: nothing to override",
    zh: "最终等级{grade}与模型等级相同，无需调整",
  },
  "override.upgradeTooFar": {
    en: "An upgrade may move at most one grade: {from} to {to} is {steps} grades",
    zh: "上调最多一个等级：{from}调至{to}相差{steps}个等级",
  },
  "override.approverRequired": {
    en: "An approval needs the approver's name",
    zh: "审批须填写审批人姓名",
  },
  "approve.nothingPending": {
    en: "This scorecard has nothing pending approval (no upgrade waiting, no change to non-standard model parameters waiting)",
    zh: "本评分卡没有待审批事项（无待审批的等级上调，也无待批准的非标准模型参数变更）",
  },
  "override.approverIsOfficer": {
    en: "The approver must be a different person from the officer",
    zh: "审批人不得与经办人员为同一人",
  },
  "override.aboveKnockoutCap": {
    en: "A knock-out caps this client at {cap}: the final grade cannot be {grade}",
    zh: "否决项将该客户等级上限定为{cap}，最终等级不能为{grade}",
  },
  "override.unknownGrade": {
    en: "{grade} is not a grade; expected one of {expected}",
    zh: "{grade}不是有效等级，应为{expected}之一",
  },
} as const;
