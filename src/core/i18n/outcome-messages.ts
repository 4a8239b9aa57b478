/**
 * Messages of credit outcomes (knock-out policies, provisional grades) and of the committee
 * summary sheet (评审摘要), in both languages.
 */
export const OUTCOME_MESSAGES = {
  // Knock-out policies (model parameters knockouts.<id>Outcome)
  "policy.cap": { en: "cap the grade", zh: "限制等级" },
  "policy.refer": { en: "refer to a higher authority", zh: "提交上级审批" },
  "policy.decline": { en: "decline (no credit)", zh: "不予授信" },
  "ms.param.knockouts.insiderConcentrationOutcome": {
    en: "Outcome: insider control together with concentrated ownership (cap, refer or decline)",
    zh: "处理方式：内部人控制且股权高度集中（cap 限制等级 / refer 提交上级审批 / decline 不予授信）",
  },
  "ms.param.knockouts.ownershipUnclearOutcome": {
    en: "Outcome: ownership unclear (cap, refer or decline)",
    zh: "处理方式：股权结构不清（cap 限制等级 / refer 提交上级审批 / decline 不予授信）",
  },
  "ms.param.knockouts.adverseAuditOutcome": {
    en: "Outcome: adverse or disclaimer audit opinion (cap, refer or decline)",
    zh: "处理方式：审计意见为否定或无法表示意见（cap 限制等级 / refer 提交上级审批 / decline 不予授信）",
  },
  "ms.param.knockouts.subsidiaryTunnellingOutcome": {
    en: "Outcome: subsidiary of a poor parent with high related-party receivables (cap, refer or decline)",
    zh: "处理方式：母公司状况较差且关联方应收款过高的子公司（cap 限制等级 / refer 提交上级审批 / decline 不予授信）",
  },
  "ms.param.completeness.provisionalBelow": {
    en: "The grade is provisional when data completeness is below this",
    zh: "资料完整度低于此值时评级为暂定",
  },

  // The outcome of a result
  "outcome.proceed": { en: "Proceed", zh: "正常审批" },
  "outcome.refer": { en: "Refer to a higher authority", zh: "提交上级审批" },
  "outcome.decline": { en: "Decline: no credit", zh: "不予授信" },
  "outcome.because": { en: "{outcome} ({knockouts})", zh: "{outcome}（{knockouts}）" },
  "outcome.declinedLimit": {
    en: "Declined by knock-out policy: recommended limit 0",
    zh: "因否决项政策不予授信：建议额度为0",
  },
  "provisional.yes": {
    en: "Provisional: data incomplete ({completeness} < {threshold})",
    zh: "资料不完整，评级为暂定（完整度{completeness}，低于{threshold}）",
  },
  "provisional.no": { en: "Final: data complete enough", zh: "资料完整度达标" },
  "provisional.short": { en: "provisional", zh: "暂定" },
  "cli.clientOutcome": {
    en: "{client}: {outcome} ({knockouts})",
    zh: "{client}：{outcome}（{knockouts}）",
  },
  "cli.gradeProvisional": {
    en: "{grade} (provisional: data incomplete)",
    zh: "{grade}（暂定：资料不完整）",
  },
  "app.portfolio.col.outcome": { en: "Outcome", zh: "审批结论" },
  "app.portfolio.col.provisional": { en: "Provisional", zh: "是否暂定" },
  "app.portfolio.final": { en: "no", zh: "否" },
  "sc.label.outcome": { en: "Outcome", zh: "审批结论" },
  "sc.header.policy": { en: "Policy", zh: "处理方式" },
  "sc.note.outcome": {
    en: "Knock-out policy of: {knockouts} (model parameters knockouts.*Outcome; decline before refer)",
    zh: "依据否决项的处理方式：{knockouts}（模型参数 knockouts.*Outcome；不予授信优先于提交上级审批）",
  },
  "sc.note.outcomeProceed": {
    en: "No knock-out whose policy refers or declines applies",
    zh: "未触发处理方式为提交上级审批或不予授信的否决项",
  },
  "sc.note.completenessProvisional": {
    en: "Share of factor weight scored from real inputs; below {threshold} ({cell}) the grade is provisional",
    zh: "以真实输入评分的因子权重占比；低于{threshold}（{cell}）时评级为暂定",
  },
  "app.verify.summaryMissing": {
    en: "The workbook has no committee summary sheet, which its layout has (was it deleted?)",
    zh: "工作簿缺少其版式应有的评审摘要工作表（是否已被删除？）",
  },
  // The committee summary sheet (评审摘要)
  "sheet.summary": { en: "Committee summary", zh: "评审摘要" },
  "sum.title": { en: "Committee summary", zh: "评审摘要" },
  "sum.subtitle": {
    en: "Governance scorecard of {client} · details on the sheet {scorecard}",
    zh: "{client} 治理评分卡 · 明细见“{scorecard}”工作表",
  },
  "sum.section.client": { en: "Client and scoring", zh: "客户与评分" },
  "sum.section.result": { en: "Conclusion", zh: "评审结论" },
  "sum.section.knockouts": { en: "Knock-outs and grade caps", zh: "否决项与等级上限" },
  "sum.section.flags": {
    en: "Main red flags ({shown} of {total})",
    zh: "主要风险信号（列示{shown}项，共{total}项）",
  },
  "sum.section.credit": { en: "Credit: requested → recommended", zh: "授信：申请 → 建议" },
  "sum.section.approval": { en: "Override, approval and audit", zh: "人工调整、审批与审计" },
  "sum.section.signOff": { en: "Sign-off", zh: "签批" },
  "sum.label.client": { en: "Client", zh: "客户名称" },
  "sum.label.clientId": { en: "Client ID", zh: "客户编号" },
  "sum.label.date": { en: "Scored on", zh: "评分时间" },
  "sum.label.officer": { en: "Scored by", zh: "经办人" },
  "sum.label.outcome": { en: "Outcome", zh: "审批结论" },
  "sum.label.outcomeBasis": { en: "Basis", zh: "结论依据" },
  "sum.label.score": { en: "Score", zh: "治理得分" },
  "sum.label.modelGrade": { en: "Model grade", zh: "模型等级" },
  "sum.label.finalGrade": { en: "Final grade", zh: "最终等级" },
  "sum.label.meaning": { en: "Meaning", zh: "等级含义" },
  "sum.label.completeness": { en: "Data completeness", zh: "资料完整度" },
  "sum.label.gradeStatus": { en: "Grade status", zh: "评级状态" },
  "sum.label.modelStatus": { en: "Model", zh: "评分模型" },
  "sum.gradeFinal": { en: "final", zh: "正式" },
  "sum.gradeProvisional": { en: "PROVISIONAL", zh: "暂定（资料不完整）" },
  "sum.noKnockouts": { en: "None applies", zh: "未触发否决项" },
  "sum.knockout": {
    en: "{name}: no better than {cap}; policy: {policy}",
    zh: "{name}：等级上限{cap}；处理方式：{policy}",
  },
  "sum.noFlags": { en: "None", zh: "无" },
  "sum.flag": { en: "{title} ({factor})", zh: "{title}（{factor}）" },
  "sum.moreFlags": {
    en: "{count} more on the scorecard, with their actions",
    zh: "另有{count}项，连同应对措施见评分卡",
  },
  "sum.header.item": { en: "Item", zh: "项目" },
  "sum.header.requested": { en: "Requested", zh: "申请" },
  "sum.header.recommended": { en: "Recommended", zh: "建议" },
  "sum.label.rating": { en: "Rating", zh: "信用评级" },
  "sum.label.limit": { en: "Limit ({currency})", zh: "额度（{currency}）" },
  "sum.label.tenor": { en: "Tenor (months)", zh: "期限（月）" },
  "sum.label.override": { en: "Grade override", zh: "人工调整" },
  "sum.noOverride": { en: "None", zh: "无" },
  "sum.override": {
    en: "{model} → {final} by {officer}: {reason}",
    zh: "{model} → {final}，经办人{officer}：{reason}",
  },
  "sum.label.approval": { en: "Approval", zh: "审批状态" },
  "sum.approvalNone": { en: "No approval needed", zh: "无需审批" },
  "sum.label.auditHead": { en: "Audit log head", zh: "审计链" },
  "sum.auditHead": {
    en: "{rows} rows, last hash {hash}",
    zh: "共{rows}行，末行哈希 {hash}",
  },
  "sum.header.role": { en: "Role", zh: "环节" },
  "sum.header.name": { en: "Name", zh: "姓名" },
  "sum.header.signDate": { en: "Date", zh: "日期" },
  "sum.header.signature": { en: "Signature", zh: "签字" },
  "sum.role.officer": { en: "Prepared (经办)", zh: "经办" },
  "sum.role.reviewer": { en: "Reviewed (审查)", zh: "审查" },
  "sum.role.approver": { en: "Approved (审批)", zh: "审批" },
  "sum.print.footer": {
    en: "Committee summary · printed from the workbook · {time}",
    zh: "评审摘要 · {time}",
  },
} as const;
