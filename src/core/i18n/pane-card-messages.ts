/**
 * Texts of the task pane's summary card, status, field validation, grouped model, theme and the
 * page shown where the pane cannot run (old Office). See messages.ts for the catalogue they join.
 */
export const PANE_CARD_MESSAGES = {
  // Summary card
  "tp.card.label": { en: "Result summary", zh: "评分结果摘要" },
  "tp.card.grade": { en: "Grade {grade} · {meaning}", zh: "等级 {grade} · {meaning}" },
  "tp.card.score": { en: "{score} points", zh: "{score}分" },
  "tp.card.outcome": { en: "Outcome", zh: "结论" },
  "tp.card.outcome.proceed": { en: "Proceed", zh: "正常审批" },
  "tp.card.outcome.refer": {
    en: "Refer to a higher authority",
    zh: "提交上级审批",
  },
  "tp.card.outcome.decline": { en: "Decline: no credit", zh: "不予授信" },
  "tp.card.outcome.because": { en: "Decided by", zh: "依据" },
  "tp.card.provisional": {
    en: "Provisional: data incomplete ({completeness} complete)",
    zh: "资料不完整，评级为暂定（完整度{completeness}）",
  },
  "tp.card.limit": { en: "Recommended limit", zh: "建议额度" },
  "tp.card.limitValue": {
    en: "{recommended} {currency} (requested {requested})",
    zh: "{recommended} {currency}（申请{requested}）",
  },
  "tp.card.tenor": { en: "Recommended tenor", zh: "建议期限" },
  "tp.card.tenorValue": { en: "{months} months", zh: "{months}个月" },
  "tp.card.counts": { en: "Found", zh: "发现" },
  "tp.card.count.knockouts": { en: "knock-outs: {count}", zh: "否决项：{count}" },
  "tp.card.count.flags": { en: "red flags: {count}", zh: "风险信号：{count}" },
  "tp.card.count.gaps": { en: "data gaps: {count}", zh: "数据缺口：{count}" },
  "tp.card.pending": {
    en: "Upgrade to {grade} pending a second person's approval",
    zh: "上调至{grade}待第二人审批",
  },
  "tp.details.figures": { en: "Score and grade", zh: "得分与等级" },
  "tp.details.adjustment": { en: "Credit adjustment", zh: "授信调整" },
  "tp.details.knockouts": { en: "Knock-outs ({count})", zh: "否决项（{count}项）" },
  "tp.details.flags": { en: "Red flags and actions ({count})", zh: "风险信号与措施（{count}项）" },
  "tp.details.gaps": { en: "Data gaps ({count})", zh: "数据缺口（{count}项）" },
  "tp.details.notices": { en: "Notices ({count})", zh: "提示（{count}条）" },

  // Status: the kind of message, said in words as well as by icon and colour
  "tp.status.kind.neutral": { en: "Status", zh: "状态" },
  "tp.status.kind.busy": { en: "Working", zh: "处理中" },
  "tp.status.kind.success": { en: "Done", zh: "完成" },
  "tp.status.kind.warning": { en: "Attention", zh: "注意" },
  "tp.status.kind.error": { en: "Problem", zh: "问题" },

  // Score disabled while the inputs have errors
  "tp.score.blockedByInputs": {
    en: "Score is unavailable until the input errors ({count}) are fixed: each is listed under Inputs with its cell. Fix them in the workbook, then read the inputs again.",
    zh: "暂不能评分：输入数据有{count}个错误，已在“输入数据”中列出所在单元格。请在工作簿中修正后重新读取输入数据。",
  },

  // Model section grouped
  "tp.model.changedGroup": {
    en: "Changed from approved model {version} ({count})",
    zh: "与已批准模型{version}不同的参数（{count}项）",
  },
  "tp.model.noChanges": {
    en: "Every parameter equals approved model {version}.",
    zh: "全部参数与已批准模型{version}一致。",
  },
  "tp.model.approvedValue": { en: "approved: {value}", zh: "已批准值：{value}" },
  "tp.model.group.factor": { en: "{id} {name} ({count})", zh: "{id} {name}（{count}项）" },
  "tp.model.group.knockouts": { en: "Knock-outs ({count})", zh: "否决项（{count}项）" },
  "tp.model.group.grades": { en: "Grade bands ({count})", zh: "等级划分（{count}项）" },
  "tp.model.group.adjustments": {
    en: "Credit adjustment by grade ({count})",
    zh: "各等级授信调整（{count}项）",
  },
  "tp.model.group.general": { en: "General ({count})", zh: "通用参数（{count}项）" },

  // Where the pane cannot run (also written into the plain ES5 page: test/addin keeps them equal)
  "office.unsupported.title": {
    en: "This version of Office cannot run Governance Scorecard",
    zh: "此版本的 Office 无法运行治理评分卡",
  },
  "office.unsupported.trident": {
    en: "Your Office shows add-ins with Internet Explorer 11 (Trident), which this add-in does not support.",
    zh: "您的 Office 使用 Internet Explorer 11（Trident）显示加载项，本加载项不支持该组件。",
  },
  "office.unsupported.edgeHtml": {
    en: "Your Office shows add-ins with the original Microsoft Edge (EdgeHTML), which this add-in does not support.",
    zh: "您的 Office 使用旧版 Microsoft Edge（EdgeHTML）显示加载项，本加载项不支持该组件。",
  },
  "office.unsupported.needed": {
    en: "Use Excel from Microsoft 365 (Windows or Mac), Office 2021 or 2024, or Excel on the web. Volume-licensed Office 2019 uses these old components and is out of support since October 2025; Excel 2016 cannot load the add-in.",
    zh: "请使用 Microsoft 365 版 Excel（Windows 或 Mac）、Office 2021 或 2024，或网页版 Excel。批量许可版 Office 2019 使用上述旧组件，已于2025年10月停止支持；Excel 2016 无法加载本加载项。",
  },
} as const;
