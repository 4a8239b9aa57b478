/** Messages of the scorecard layer (see messages.ts for the catalogue they join). */
export const SCORECARD_MESSAGES = {
  // Sheet names
  "sheet.scorecard": { en: "Governance scorecard", zh: "治理评分卡" },
  "sheet.model": { en: "Model", zh: "评分模型" },
  "sheet.auditLog": { en: "Audit log", zh: "审计日志" },
  "sheet.instructions": { en: "Instructions", zh: "填写说明" },

  // Model sheet
  "ms.title": { en: "Governance scoring model: parameters", zh: "治理评分模型：参数" },
  "ms.intro": {
    en: "Every number of the model is a policy parameter. Change a value in column C and score again; the model fingerprint changes with it. The lookup tables below are derived from the parameters: edit the parameters, not the tables.",
    zh: "模型中的每个数值都是政策参数。修改C列的值后重新评分，模型指纹随之改变。下方查找表由参数生成，请修改参数而非查找表。",
  },
  "ms.fingerprint": {
    en: "Fingerprint of these parameters when written: {fingerprint}",
    zh: "写入时参数指纹：{fingerprint}",
  },
  "ms.header.path": { en: "Parameter", zh: "参数" },
  "ms.header.description": { en: "Description", zh: "说明" },
  "ms.header.value": { en: "Value", zh: "值" },
  "ms.header.denominator": { en: "Denominator (ratios)", zh: "分母（比值）" },
  "ms.header.note": { en: "Shown as", zh: "显示" },
  "ms.note.noCap": { en: "no cap", zh: "不设上限" },

  "ms.param.version": { en: "Model version", zh: "模型版本" },
  "ms.schemaVersion": {
    en: "Model schema version (which parameters this sheet has; written by the product)",
    zh: "模型结构版本（本表包含哪些参数；由产品写入）",
  },
  "ms.param.band.upTo": { en: "Upper bound of band {band}", zh: "第{band}档上限" },
  "ms.param.band.points": { en: "Points of band {band}", zh: "第{band}档分值" },
  "ms.param.checklist.points": {
    en: "Points for “{item}” answered yes",
    zh: "“{item}”为是时的分值",
  },
  "ms.param.weight": { en: "Weight of {factor} {name}", zh: "{factor} {name}的权重" },
  "ms.param.control.threshold": {
    en: "A holder with at least this stake (after concert aggregation) is the controlling shareholder",
    zh: "持股（合并一致行动人后）达到此比例的股东为控股股东",
  },
  "ms.param.f1.typePoints": {
    en: "F1 points when the controlling shareholder is: {type}",
    zh: "F1：控股股东类型为{type}时的得分",
  },
  "ms.param.f2.concentratedAbove": {
    en: "F2: top-3 holdings above this are concentrated (one-voice board)",
    zh: "F2：前三大股东持股超过此比例为高度集中（一言堂）",
  },
  "ms.param.f2.concentratedPoints": {
    en: "F2 points for concentrated ownership",
    zh: "F2：股权高度集中时的得分",
  },
  "ms.param.f2.concentratedDistressedPoints": {
    en: "F2 points for concentrated ownership with a distressed major shareholder",
    zh: "F2：股权高度集中且大股东存在财务风险时的得分",
  },
  "ms.param.f2.pledgedDistressAbove": {
    en: "F2: a pledge above this share of the controlling holder's stake counts as distress",
    zh: "F2：控股股东质押比例超过此值视为财务风险",
  },
  "ms.param.f2.dispersedBelow": {
    en: "F2: top-3 holdings below this are dispersed",
    zh: "F2：前三大股东持股低于此比例为过于分散",
  },
  "ms.param.f2.minProposals": {
    en: "F2: management proposals needed before the rejection rate counts",
    zh: "F2：否决率有效所需的最少议案数",
  },
  "ms.param.f2.lowRejectionBelow": {
    en: "F2: a rejection rate below this means shareholders do not constrain managers",
    zh: "F2：否决率低于此值视为股东对经理层约束不强",
  },
  "ms.param.f2.dispersedUnconstrainedPoints": {
    en: "F2 points for dispersed ownership without shareholder constraint (or no data)",
    zh: "F2：股权分散且股东约束不强（或无数据）时的得分",
  },
  "ms.param.f2.dispersedConstrainedPoints": {
    en: "F2 points for dispersed ownership where shareholders do challenge managers",
    zh: "F2：股权分散但股东对经理层有约束时的得分",
  },
  "ms.param.f2.balancedPoints": {
    en: "F2 points for balanced ownership",
    zh: "F2：股权结构均衡时的得分",
  },
  "ms.param.f3.appointmentPoints": {
    en: "F3 points when the GM is: {appointment}",
    zh: "F3：总经理产生方式为{appointment}时的得分",
  },
  "ms.param.f4.lowOverlapMax": {
    en: "F4: overlap ratio up to this (numerator / denominator) is low",
    zh: "F4：交叉任职比例不超过此值（分子/分母）为低",
  },
  "ms.param.f4.lowOverlapPoints": {
    en: "F4 points for low overlap",
    zh: "F4：交叉任职比例低时的得分",
  },
  "ms.param.f4.midOverlapMax": {
    en: "F4: overlap ratio up to this (numerator / denominator) is moderate; above it, insider control",
    zh: "F4：交叉任职比例不超过此值（分子/分母）为中等，超过为内部人控制",
  },
  "ms.param.f4.midOverlapPoints": {
    en: "F4 points for moderate overlap",
    zh: "F4：交叉任职比例中等时的得分",
  },
  "ms.param.f4.highOverlapPoints": {
    en: "F4 points for insider control",
    zh: "F4：内部人控制时的得分",
  },
  "ms.param.f4.chairIsGmPenalty": {
    en: "F4 points deducted when the chair is also the GM (floor 0)",
    zh: "F4：董事长兼任总经理时扣减的分数（最低为0）",
  },
  "ms.param.f5.positionPoints": {
    en: "F5 points for group position: {position}",
    zh: "F5：集团地位为{position}时的得分",
  },
  "ms.param.f5.subsidiaryConditionPoints": {
    en: "F5 points for a subsidiary whose worst group condition is: {condition}",
    zh: "F5：子公司集团最差状况为{condition}时的得分",
  },
  "ms.param.f5.relatedReceivablesAbove": {
    en: "F5: related-party receivables above this share of total assets suggest tunnelling",
    zh: "F5：关联方应收款占总资产超过此比例视为可能存在利益输送",
  },
  "ms.param.f5.relatedReceivablesPenalty": {
    en: "F5 points deducted for high related-party receivables (floor 0)",
    zh: "F5：关联方应收款过高时扣减的分数（最低为0）",
  },
  "ms.param.f6.independentVerificationPoints": {
    en: "F6 points for independent verification of performance",
    zh: "F6：业绩经独立确认的得分",
  },
  "ms.param.f6.payLinkedPoints": {
    en: "F6 points for pay linked to verified performance",
    zh: "F6：薪酬与业绩考核挂钩的得分",
  },
  "ms.param.f6.equityIncentivePoints": {
    en: "F6 points for an equity incentive",
    zh: "F6：实行股权激励的得分",
  },
  "ms.param.knockouts.insiderConcentrationCap": {
    en: "Grade cap: insider control together with concentrated ownership",
    zh: "等级上限：内部人控制且股权高度集中",
  },
  "ms.param.knockouts.ownershipUnclearCap": {
    en: "Grade cap: ownership unclear",
    zh: "等级上限：股权结构不清",
  },
  "ms.param.knockouts.stakeSumMin": {
    en: "Ownership unclear when stakes sum below this",
    zh: "持股比例合计低于此值视为股权结构不清",
  },
  "ms.param.knockouts.stakeSumMax": {
    en: "Ownership unclear when stakes sum above this",
    zh: "持股比例合计高于此值视为股权结构不清",
  },
  "ms.param.knockouts.otherTypeMax": {
    en: "Ownership unclear when holders of type other hold more than this",
    zh: "“其他”类股东持股超过此比例视为股权结构不清",
  },
  "ms.param.knockouts.adverseAuditCap": {
    en: "Grade for an adverse or disclaimer audit opinion",
    zh: "审计意见为否定或无法表示意见时的等级",
  },
  "ms.param.knockouts.subsidiaryTunnellingCap": {
    en: "Grade cap: subsidiary of a poor parent with high related-party receivables",
    zh: "等级上限：母公司状况较差且关联方应收款过高的子公司",
  },
  "ms.param.gradeMinimum": {
    en: "Minimum score for grade {grade}",
    zh: "{grade}级的最低得分",
  },
  "ms.param.adjustments.notches": {
    en: "Grade {grade}: rating steps down",
    zh: "{grade}级：评级下调档数",
  },
  "ms.param.adjustments.limitMultiplier": {
    en: "Grade {grade}: limit multiplier",
    zh: "{grade}级：额度系数",
  },
  "ms.param.adjustments.tenorCapMonths": {
    en: "Grade {grade}: tenor cap in months (blank: no cap)",
    zh: "{grade}级：期限上限（月，空白为不设上限）",
  },
  "ms.param.adjustments.enhancedCovenants": {
    en: "Grade {grade}: enhanced covenants (TRUE/FALSE)",
    zh: "{grade}级：是否要求强化约束条款（TRUE/FALSE）",
  },
  "ms.param.limitRounding.defaultUnit": {
    en: "Recommended limits are rounded down to this unit (add rows limitRounding.unitByCurrency.USD etc. for other currencies)",
    zh: "建议额度向下取整的单位（其他币种可增加 limitRounding.unitByCurrency.USD 等行）",
  },
  "ms.param.limitRounding.unit": {
    en: "Rounding unit for limits in {currency}",
    zh: "{currency}额度的取整单位",
  },
  "ms.param.defaultCurrency": {
    en: "Currency when the profile gives none",
    zh: "治理概况未填写币种时采用的币种",
  },
  "ms.param.missingData.policy": {
    en: "Missing-data policy: conservative or neutral",
    zh: "缺失数据政策：conservative（审慎）或 neutral（中性）",
  },
  "ms.param.missingData.conservativePoints": {
    en: "Points of a factor with missing inputs under the conservative policy",
    zh: "审慎政策下输入缺失因素的得分",
  },
  "ms.param.missingData.neutralPoints": {
    en: "Points of a factor with missing inputs under the neutral policy",
    zh: "中性政策下输入缺失因素的得分",
  },
  "ms.param.scoreDecimals": {
    en: "Decimals of the governance score (rounded half up)",
    zh: "治理得分保留的小数位数（四舍五入）",
  },
  "ms.param.ratingScale": {
    en: "Rating scale, position {position} (best first; add rows to extend)",
    zh: "评级序列第{position}位（由高到低；可增加行）",
  },

  "ms.lookups.title": {
    en: "Lookup tables (derived from the parameters above; read by the scorecard formulas)",
    zh: "查找表（由上方参数生成，供评分卡公式引用）",
  },
  "ms.lookup.shareholderType": { en: "Shareholder types (F1)", zh: "股东类型（F1）" },
  "ms.lookup.boardRole": { en: "Board roles", zh: "董事会职务" },
  "ms.lookup.gmAppointment": { en: "GM appointment (F3)", zh: "总经理产生方式（F3）" },
  "ms.lookup.groupPosition": { en: "Group position (F5)", zh: "集团地位（F5）" },
  "ms.lookup.condition": { en: "Group conditions (F5)", zh: "集团成员状况（F5）" },
  "ms.lookup.auditOpinion": { en: "Audit opinions (F6)", zh: "审计意见（F6）" },
  "ms.lookup.missingDataPolicy": {
    en: "Missing-data policies",
    zh: "缺失数据政策",
  },
  "ms.lookup.header.key": { en: "Key", zh: "代码" },
  "ms.lookup.header.zh": { en: "Chinese", zh: "中文" },
  "ms.lookup.header.en": { en: "English", zh: "英文" },
  "ms.lookup.header.dropDown": { en: "English (drop-down)", zh: "英文（下拉列表）" },
  "ms.lookup.header.points": { en: "Points", zh: "得分" },
  "ms.grades.title": { en: "Grades and credit adjustment", zh: "等级与授信调整" },
  "ms.grades.header.grade": { en: "Grade", zh: "等级" },
  "ms.grades.header.minimum": { en: "Minimum score", zh: "最低得分" },
  "ms.grades.header.notches": { en: "Rating steps down", zh: "评级下调档数" },
  "ms.grades.header.multiplier": { en: "Limit multiplier", zh: "额度系数" },
  "ms.grades.header.tenorCap": { en: "Tenor cap (months)", zh: "期限上限（月）" },
  "ms.grades.header.enhancedCovenants": { en: "Enhanced covenants", zh: "强化约束条款" },
  "ms.grades.header.meaningZh": { en: "Meaning (Chinese)", zh: "含义（中文）" },
  "ms.grades.header.meaningEn": { en: "Meaning (English)", zh: "含义（英文）" },
  "ms.yesWords.title": {
    en: "Words read as yes in yes/no cells (besides TRUE and 1)",
    zh: "是/否单元格中视为“是”的文字（TRUE 与 1 之外）",
  },

  "ms.read.schemaVersion": {
    en: "The model schema version must be a whole number from 1 up; found “{found}”",
    zh: "模型结构版本应为不小于1的整数，实际为“{found}”",
  },
  "ms.read.noHeader": {
    en: "The model sheet has no parameter header row (Parameter / 参数 in column A)",
    zh: "评分模型表缺少参数标题行（A列为“参数”或 Parameter）",
  },
  "ms.read.duplicate": {
    en: "Parameter {parameter} appears twice (first in row {row})",
    zh: "参数{parameter}重复出现（首次在第{row}行）",
  },
  "ms.read.pathConflict": {
    en: "Parameter {parameter} conflicts with another parameter path",
    zh: "参数{parameter}与其他参数路径冲突",
  },
  "ms.read.unreadable": {
    en: "Parameter {parameter}: cannot read {found}",
    zh: "参数{parameter}：无法读取“{found}”",
  },
  "ms.read.blank": {
    en: "Parameter {parameter} is blank",
    zh: "参数{parameter}为空",
  },
  // Audit log
  "audit.header.sequence": { en: "Seq.", zh: "序号" },
  "audit.header.time": { en: "Time (ISO 8601)", zh: "时间（ISO 8601）" },
  "audit.header.user": { en: "User", zh: "操作人" },
  "audit.header.event": { en: "Event", zh: "事件" },
  "audit.header.modelFingerprint": { en: "Model fingerprint", zh: "模型指纹" },
  "audit.header.inputFingerprint": { en: "Input fingerprint", zh: "输入指纹" },
  "audit.header.result": { en: "Result", zh: "结果" },
  "audit.header.reason": { en: "Reason", zh: "理由" },
  "audit.header.previousHash": { en: "Previous hash", zh: "前一行哈希" },
  "audit.header.hash": { en: "Hash", zh: "本行哈希" },
  "audit.header.format": { en: "Event format", zh: "事件格式" },
  "audit.result": {
    en: "score {score} · model {model} · final {final}",
    zh: "得分 {score} · 模型等级 {model} · 最终等级 {final}",
  },
  "audit.resultPending": {
    en: "score {score} · model {model} · final {final} · upgrade to {requested} pending approval",
    zh: "得分 {score} · 模型等级 {model} · 最终等级 {final} · 上调至{requested}待审批",
  },
  "audit.header.enteredBy": {
    en: "Entered through (names declared, not verified)",
    zh: "录入途径（姓名为自行填写，未经验证）",
  },
  "audit.break.sequence": {
    en: "Audit log row {row}: sequence number {found} should be {row} (a row was removed, inserted or edited)",
    zh: "审计日志第{row}条：序号为{found}，应为{row}（有记录被删除、插入或修改）",
  },
  "audit.break.previousHash": {
    en: "Audit log row {row}: the previous hash does not match the row before (rows were removed, reordered or edited)",
    zh: "审计日志第{row}条：前一行哈希与上一条不符（记录被删除、调换或修改）",
  },
  "audit.break.format": {
    en: "Audit log row {row}: event format “{found}” is not one this release can check (written by a newer release, or edited)",
    zh: "审计日志第{row}条：事件格式“{found}”无法由本版本核验（由更新的版本写入，或被修改）",
  },
  "audit.break.hash": {
    en: "Audit log row {row}: the hash does not match the row's contents (the row was edited)",
    zh: "审计日志第{row}条：哈希与内容不符（该记录被修改）",
  },
  // Scorecard
  "sc.title": { en: "Corporate governance scorecard", zh: "公司治理评分卡" },
  "sc.subtitle": {
    en: "Generated {time} · governance model version {version}",
    zh: "生成时间 {time} · 治理评分模型版本 {version}",
  },
  "sc.section.client": { en: "Client and model", zh: "客户与模型" },
  "sc.section.result": { en: "Result", zh: "评分结果" },
  "sc.section.override": { en: "Override", zh: "人工调整" },
  "sc.section.adjustment": { en: "Credit adjustment", zh: "授信调整" },
  "sc.section.factors": { en: "Factors", zh: "评分因素" },
  "sc.section.knockouts": { en: "Knock-outs (grade caps)", zh: "否决项（等级上限）" },
  "sc.section.details": {
    en: "Factor details: measured inputs, rule, sources",
    zh: "因素明细：测量值、适用规则、数据来源",
  },
  "sc.section.flags": {
    en: "Red flags, due-diligence requirements and credit conditions",
    zh: "风险信号、尽调要求与授信条件",
  },
  "sc.section.gaps": { en: "Data gaps", zh: "数据缺口" },
  "sc.label.clientName": { en: "Client", zh: "客户名称" },
  "sc.label.clientId": { en: "Client ID", zh: "客户编号" },
  "sc.label.date": { en: "Date", zh: "评分日期" },
  "sc.label.modelVersion": { en: "Model version", zh: "模型版本" },
  "sc.label.modelStatus": { en: "Model status", zh: "模型状态" },
  "sc.label.modelFingerprint": { en: "Model fingerprint", zh: "模型指纹" },
  "sc.label.inputFingerprint": { en: "Input fingerprint", zh: "输入指纹" },
  "sc.label.missingDataPolicy": { en: "Missing-data policy", zh: "缺失数据政策" },
  "sc.label.versions": { en: "Format versions", zh: "格式版本" },
  "sc.note.versions": {
    en: "Workbook layout · model schema · audit event format",
    zh: "工作簿版式 · 模型结构 · 审计事件格式",
  },
  "sc.label.score": { en: "Governance score", zh: "治理得分" },
  "sc.label.scoreGrade": { en: "Grade by score", zh: "得分对应等级" },
  "sc.label.cap": { en: "Knock-out cap", zh: "否决项等级上限" },
  "sc.label.modelGrade": { en: "Model grade", zh: "模型等级" },
  "sc.label.finalGrade": { en: "Final grade", zh: "最终等级" },
  "sc.label.completeness": { en: "Data completeness", zh: "数据完整度" },
  "sc.label.overrideReason": { en: "Reason", zh: "调整理由" },
  "sc.label.overrideOfficer": { en: "Officer", zh: "经办人员" },
  "sc.label.overrideApprover": { en: "Approver", zh: "审批人" },
  "sc.label.overrideAt": { en: "Time", zh: "调整时间" },
  "sc.label.overrideRequested": { en: "Officer's grade", zh: "经办人员调整的等级" },
  "sc.label.approvalStatus": { en: "Approval", zh: "审批" },
  "sc.label.approvedAt": { en: "Approved at", zh: "审批时间" },
  "sc.label.auditHead": { en: "Audit log: rows · last hash", zh: "审计日志：行数 · 末行哈希" },
  "sc.approval.notRequired": { en: "not required (downgrade)", zh: "无需审批（下调）" },
  "sc.approval.pending": {
    en: "PENDING: not in effect until a second person approves",
    zh: "待审批：经第二人审批后方生效",
  },
  "sc.approval.approved": { en: "approved", zh: "已审批" },
  "sc.note.identityDeclared": {
    en: "Names are declared by the people who typed them, not verified by a sign-in",
    zh: "姓名由操作人自行填写，未经登录验证",
  },
  "sc.label.meaning": { en: "Final grade means", zh: "最终等级含义" },
  "sc.label.baseRating": { en: "Base rating", zh: "基础评级" },
  "sc.label.notches": { en: "Rating steps down", zh: "评级下调档数" },
  "sc.label.adjustedRating": { en: "Adjusted rating", zh: "调整后评级" },
  "sc.label.currency": { en: "Currency", zh: "币种" },
  "sc.label.requestedLimit": { en: "Requested limit", zh: "申请额度" },
  "sc.label.multiplier": { en: "Limit multiplier", zh: "额度系数" },
  "sc.label.roundingUnit": { en: "Rounding unit", zh: "取整单位" },
  "sc.label.recommendedLimit": { en: "Recommended limit", zh: "建议额度" },
  "sc.label.requestedTenor": { en: "Requested tenor (months)", zh: "申请期限（月）" },
  "sc.label.tenorCap": { en: "Tenor cap (months)", zh: "期限上限（月）" },
  "sc.label.recommendedTenor": { en: "Recommended tenor (months)", zh: "建议期限（月）" },
  "sc.label.enhancedCovenants": { en: "Enhanced covenants", zh: "强化约束条款" },
  "sc.label.rule": { en: "Rule applied", zh: "适用规则" },
  "sc.label.ruleNote": { en: "After the rule", zh: "规则后加减分" },
  "sc.label.sources": { en: "Cells read", zh: "数据来源单元格" },
  "sc.label.actions": { en: "Actions", zh: "尽调措施" },
  "money.cny": { en: "CNY {amount}", zh: "{amount} 元" },
  "money.other": { en: "{currency} {amount}", zh: "{amount} {currency}" },
  "money.cny.tenThousand": { en: "CNY {amount} × 10,000", zh: "{amount} 万元" },
  "money.other.tenThousand": { en: "{currency} {amount} × 10,000", zh: "{amount} 万{currency}" },
  "sc.label.action.dueDiligence": { en: "Due-diligence requirements", zh: "尽调要求" },
  "sc.label.action.creditCondition": { en: "Credit conditions", zh: "授信条件" },
  "sc.header.factor": { en: "Factor", zh: "因素" },
  "sc.header.points": { en: "Points", zh: "得分" },
  "sc.header.weight": { en: "Weight", zh: "权重" },
  "sc.header.weighted": { en: "Weighted", zh: "加权得分" },
  "sc.header.rule": { en: "Rule applied", zh: "适用规则" },
  "sc.header.knockout": { en: "Knock-out", zh: "否决项" },
  "sc.header.applies": { en: "Applies", zh: "是否触发" },
  "sc.header.cap": { en: "Cap", zh: "等级上限" },
  "sc.header.message": { en: "Finding", zh: "说明" },
  "sc.header.measure": { en: "Measure", zh: "测量项" },
  "sc.header.value": { en: "Value", zh: "值" },
  "sc.header.source": { en: "Source", zh: "来源" },
  "sc.knockout.insiderConcentration": {
    en: "Insider control with concentrated ownership",
    zh: "内部人控制且股权高度集中",
  },
  "sc.knockout.ownershipUnclear": { en: "Ownership unclear", zh: "股权结构不清" },
  "sc.knockout.adverseAudit": {
    en: "Adverse or disclaimer audit opinion",
    zh: "否定或无法表示意见的审计意见",
  },
  "sc.knockout.subsidiaryTunnelling": {
    en: "Subsidiary of a poor parent with high related-party receivables",
    zh: "母公司状况较差且关联方应收款过高的子公司",
  },
  "sc.knockout.notTriggered": { en: "not triggered", zh: "未触发" },
  "sc.status.scored": { en: "scored from inputs", zh: "依据输入评分" },
  "sc.status.missing": {
    en: "inputs missing: missing-data policy applied",
    zh: "输入缺失：按缺失数据政策计分",
  },
  "sc.measure.distressed": {
    en: "Major shareholder shows distress",
    zh: "大股东存在财务风险",
  },
  "sc.measure.directors": { en: "Directors", zh: "董事人数" },
  "sc.measure.directorInManagement": {
    en: "{name}: holds a management post",
    zh: "{name}：兼任高管",
  },
  "sc.measure.chairPostIsGm": { en: "Chair {name}: post is GM", zh: "董事长{name}：兼任总经理" },
  "sc.flags.none": { en: "No red flags", zh: "无风险信号" },
  "sc.gaps.none": { en: "No data gaps", zh: "无数据缺口" },
  "sc.note.engine": { en: "engine: {source}", zh: "引擎计算：{source}" },
  "sc.note.engineConcert": {
    en: "engine: {source} (concert groups)",
    zh: "引擎计算：{source}（合并一致行动人）",
  },
  "sc.note.engineNotSafe": {
    en: "engine: {source} (cells not usable in a formula as written)",
    zh: "引擎计算：{source}（单元格写法无法直接用于公式）",
  },
  "sc.note.enginePosts": {
    en: "engine: {source} (management posts read from text)",
    zh: "引擎计算：{source}（由兼任职务文字识别）",
  },
  "sc.note.chosenHolder": {
    en: "{source} (holder chosen by the engine: largest stake; on a tie, lower points)",
    zh: "{source}（股东由引擎确定：持股最多者；并列时取得分较低者）",
  },
  "sc.note.notInProfile": {
    en: "not in the profile table",
    zh: "治理概况表中无此项",
  },
  "sc.note.blankCondition": {
    en: "{source}; blank counts as the missing-data policy says",
    zh: "{source}；空白按缺失数据政策计",
  },
  "sc.note.derived": { en: "from the rows above", zh: "由上方各行计算" },
  "sc.note.model": { en: "model: {source}", zh: "评分模型：{source}" },
  "sc.note.score": {
    en: "sum of weighted points {range}, rounded half up",
    zh: "加权得分{range}之和，四舍五入",
  },
  "sc.note.scoreGrade": {
    en: "the best grade whose minimum score the score reaches (model sheet)",
    zh: "得分达到最低分数线的最高等级（见评分模型）",
  },
  "sc.note.cap": {
    en: "the tightest cap among the knock-outs that apply ({range})",
    zh: "已触发否决项中最严格的等级上限（{range}）",
  },
  "sc.note.modelGrade": {
    en: "the worse of the grade by score and the knock-out cap",
    zh: "得分对应等级与否决项上限中较差者",
  },
  "sc.note.notOverridden": {
    en: "no override: the final grade is the model grade",
    zh: "未调整：最终等级即模型等级",
  },
  "sc.note.pendingApproval": {
    en: "the officer's upgrade to {grade} waits for approval: the model grade applies until then",
    zh: "经办人员申请上调至{grade}，待审批；审批前按模型等级执行",
  },
  "sc.note.overridden": {
    en: "overridden by the officer (see the override block)",
    zh: "经办人员已调整等级（见人工调整）",
  },
  "sc.note.completeness": {
    en: "share of factor weight scored from real inputs",
    zh: "依据实际输入评分的因素权重占比",
  },
  "sc.note.recommendedLimit": {
    en: "requested × multiplier, rounded down to the unit ({currency})",
    zh: "申请额度 × 额度系数，按取整单位向下取整（{currency}）",
  },
  "sc.print.header": {
    en: "{client} · governance scorecard · model {fingerprint}",
    zh: "{client} · 公司治理评分卡 · 模型 {fingerprint}",
  },
  "sc.print.footer": { en: "Generated {time}", zh: "生成时间 {time}" },
  // Input template: instructions
  "tpl.title": {
    en: "Governance scoring input template: instructions",
    zh: "治理评分输入模板：填写说明",
  },
  "tpl.intro": {
    en: "Fill in the three sheets Shareholders, Board and Profile with the borrower's governance structure. Keep the headers; the order of columns does not matter and extra columns are ignored.",
    zh: "请在“股东名册”“董事会”“治理概况”三张表中填写借款人的治理结构。请保留表头；列的顺序不限，多余的列将被忽略。",
  },
  "tpl.shareholders.title": { en: "Shareholders", zh: "股东名册" },
  "tpl.shareholders.body": {
    en: "One row per shareholder: name, type (choose from the list), stake; optionally the concert group, the share of its stake that is pledged, and whether its stake is judicially frozen. Stakes should add up to 100%.",
    zh: "每位股东一行：股东名称、股东类型（从下拉列表选择）、持股比例；可选填一致行动人、质押比例（占其持股的比例）和是否被司法冻结。持股比例合计应为100%。",
  },
  "tpl.shareholders.concert": {
    en: "Holders acting in concert get the same text in the Concert group column; they are counted as one holder whose type is that of its largest member.",
    zh: "一致行动的股东在“一致行动人”列填写相同的名称，评分时合并为一个股东，类型取其中持股最多者的类型。",
  },
  "tpl.board.title": { en: "Board", zh: "董事会" },
  "tpl.board.body": {
    en: "One row per director (not supervisors): name, board role (choose from the list) and any senior-management post held (总经理 / General manager / CEO marks the general manager; leave blank or write 无 for none).",
    zh: "每位董事一行（监事不填）：董事姓名、董事会职务（从下拉列表选择）及兼任的高管职务（总经理、总裁、CEO 表示总经理；无兼职请留空或填“无”）。",
  },
  "tpl.profile.title": { en: "Profile", zh: "治理概况" },
  "tpl.profile.body": {
    en: "One value per item in column B: client, GM appointment, group position and the group's condition, related-party receivables, the major shareholder's situation, management proposals rejected at shareholder meetings in the last three years, audit and incentives.",
    zh: "在B列逐项填写：客户名称、总经理产生方式、集团地位及集团成员状况、关联方应收款、大股东情况、近三年经理层议案提交与被否决情况、审计与激励情况。",
  },
  "tpl.profile.request": {
    en: "The credit request is part of the profile: base rating, requested limit, currency (default CNY) and requested tenor in months.",
    zh: "授信申请也在治理概况中填写：基础评级、申请额度、币种（默认人民币）和申请期限（月）。",
  },
  "tpl.values.title": { en: "Accepted values", zh: "可接受的填写方式" },
  "tpl.values.percent": {
    en: "Percentages: 35% as a percentage-formatted cell, the number 35 in a column of percentage points, or the text 35%.",
    zh: "百分比：设置为百分比格式的35%、以百分点填写的数字35，或文字“35%”均可。",
  },
  "tpl.values.yesNo": {
    en: "Yes/no: yes/no, y/n, true/false, 1/0, 是/否, 有/无.",
    zh: "是/否：可填 是/否、有/无、yes/no、y/n、true/false、1/0。",
  },
  "tpl.values.choices": {
    en: "Types, roles, appointment, group position, conditions and audit opinion: choose from the drop-down (Chinese or English labels are both accepted).",
    zh: "股东类型、董事会职务、总经理产生方式、集团地位、状况和审计意见：请从下拉列表选择（中英文均可识别）。",
  },
  "tpl.values.amount": {
    en: "Amounts in the currency's units (10,000,000; 1000万 and 1.2亿 are also read); tenor and proposal counts as whole numbers.",
    zh: "金额按币种单位填写（如10,000,000；也可写1000万、1.2亿）；期限与议案数填整数。",
  },
  "tpl.values.blank": {
    en: "Leave a value blank when it is unknown: the scorecard lists every blank that matters, and the model's missing-data policy decides how it counts.",
    zh: "未知的项目请留空：评分卡会列出所有影响评分的空白项，按模型的缺失数据政策处理。",
  },
  "tpl.score.title": { en: "How to score", zh: "如何评分" },
  "tpl.score.addin": {
    en: "In Excel: on the Home tab, in the Governance Scorecard group, choose Score.",
    zh: "在 Excel 中：在“开始”选项卡的“治理评分卡”组中点击“评分”。",
  },
  "tpl.score.cli": {
    en: "Or save the workbook and score it with the govscore command-line tool.",
    zh: "也可保存工作簿后，用 govscore 命令行工具评分。",
  },
  "tpl.score.output": {
    en: "Scoring adds the sheets Governance scorecard, Model (the parameters) and Audit log; your input sheets are not changed.",
    zh: "评分后将增加“治理评分卡”“评分模型”（参数）和“审计日志”三张表，输入表不会被修改。",
  },
} as const;
