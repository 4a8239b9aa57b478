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
} as const;
