/**
 * Words the product sheets of layout 4 on use as a credit officer reads them: yes and no, the
 * stated time zone of a time, the audit log's event names and the summary's amount unit.
 */
export const WORDING_MESSAGES = {
  "word.yes": { en: "Yes", zh: "是" },
  "word.no": { en: "No", zh: "否" },
  "time.zone.beijing": { en: "Beijing time", zh: "北京时间" },
  "time.zone.utc": { en: "UTC", zh: "UTC" },
  "time.zone.offset": { en: "UTC{offset}", zh: "UTC{offset}" },
  "time.shown": { en: "{date} {time} ({zone})", zh: "{date} {time}（{zone}）" },
  "audit.eventName.chainStarted": { en: "Chain started", zh: "新建审计链" },
  "audit.eventName.scored": { en: "Scored", zh: "评分" },
  "audit.eventName.overridden": { en: "Grade overridden", zh: "人工调整等级" },
  "audit.eventName.approved": { en: "Approved", zh: "审批通过" },
  "audit.eventName.modelChanged": { en: "Model parameters changed", zh: "模型参数变更" },
  "audit.eventName.modelApproved": { en: "Model parameters approved", zh: "模型参数获批" },
  "audit.eventName.groupAssessed": { en: "Group assessed", zh: "集团评估" },
  "audit.header.eventName": { en: "Event", zh: "事件" },
  "audit.header.eventCode": { en: "Event code", zh: "事件代码" },
  "audit.header.timeShown": { en: "Time", zh: "时间" },
  "sum.label.limit.cny": { en: "Limit (CNY)", zh: "额度（元）" },
  "sum.label.limit.cny.tenThousand": { en: "Limit (CNY 10,000)", zh: "额度（万元）" },
  "sum.label.limit.tenThousand": { en: "Limit ({currency} 10,000)", zh: "额度（万{currency}）" },
  "cli.usage.badAmountUnit": {
    en: "--amount-unit must be yuan or wan, not {value}.",
    zh: "--amount-unit 只能为 yuan（元）或 wan（万元），不能为 {value}。",
  },
  "app.verify.summaryChecked": {
    en: "The committee summary “{sheet}” was checked with them.",
    zh: "评审摘要“{sheet}”一并核对一致。",
  },
} as const;
