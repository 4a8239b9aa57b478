/** Messages of the app layer and the command line (see messages.ts for the catalogue they join). */
export const APP_MESSAGES = {
  // Building blocks
  "app.text": { en: "{text}", zh: "{text}" },
  "app.atSheet": { en: "{sheet}: {text}", zh: "{sheet}：{text}" },
  "app.blank": { en: "(blank)", zh: "（空白）" },
  "app.join": { en: "{first}; {rest}", zh: "{first}；{rest}" },

  // Notices of a run
  "app.notice.renamed": {
    en: "Your workbook already has a sheet named {name}; the {role} sheet was written as {written} and your sheet was left as it is.",
    zh: "工作簿中已有名为“{name}”的工作表，{role}已写入“{written}”，原工作表保持不变。",
  },
  "app.notice.auditBroken": {
    en: "The audit log was already broken before this run ({detail}); the new events were appended and verify will report the break.",
    zh: "审计日志在本次操作前已损坏（{detail}）；新事件已追加，校验时将报告该处损坏。",
  },
  "app.notice.overrideDropped": {
    en: "The previous scorecard carried an override to grade {grade} by {officer}; it applied to the old score and was not carried over. Override again if it still holds.",
    zh: "原评分卡记录了{officer}将等级调整为{grade}的人工调整；该调整针对原评分，未沿用。如仍适用，请重新调整。",
  },

  // Refusals
  "app.issue.nameClash": {
    en: "The sheet {sheet} holds input data and has the name of the product's {role} sheet; rename the sheet and score again.",
    zh: "工作表“{sheet}”存放输入数据，且与本产品的{role}工作表同名；请重命名该工作表后重新评分。",
  },
  "app.issue.notScored": {
    en: "The workbook has no governance scorecard written by this product; score it first.",
    zh: "工作簿中没有本产品生成的治理评分卡，请先评分。",
  },
  "app.issue.modelChangedSinceScoring": {
    en: "The model parameters changed since the scorecard was made (scorecard: {found}; model sheet now: {expected}); score the workbook again first.",
    zh: "评分卡生成后模型参数已变更（评分卡记录：{found}；模型表现为：{expected}），请先重新评分。",
  },
  "app.issue.inputsChangedSinceScoring": {
    en: "The inputs changed since the scorecard was made (scorecard: {found}; inputs now: {expected}); score the workbook again first.",
    zh: "评分卡生成后输入数据已变更（评分卡记录：{found}；当前输入：{expected}），请先重新评分。",
  },
  "app.issue.templateSheetExists": {
    en: "The workbook already has a sheet named {sheet}; the template was not added. Rename or remove that sheet, or use a new workbook.",
    zh: "工作簿中已有名为“{sheet}”的工作表，未添加模板。请重命名或删除该工作表，或使用新工作簿。",
  },
  "app.issue.templateTableExists": {
    en: "The workbook already has an Excel table named {table}; the template was not added.",
    zh: "工作簿中已有名为“{table}”的Excel表格，未添加模板。",
  },

  // Audit log reasons
  "app.audit.modelChanged": {
    en: "Model parameters changed: fingerprint {previous}… → {current}…",
    zh: "模型参数已变更：指纹 {previous}… → {current}…",
  },
  "app.audit.approved": {
    en: "Upgrade {from} → {to} approved by {approver}",
    zh: "上调 {from} → {to} 已由{approver}审批",
  },

  // Verification
  "app.verify.ok": {
    en: "OK: {cells} scorecard figures and {rows} audit-log rows check out. Score {score}, model grade {model}, final grade {final}.",
    zh: "校验通过：评分卡{cells}个数值与审计日志{rows}行均一致。得分{score}，模型等级{model}，最终等级{final}。",
  },
  "app.verify.failed": { en: "Verification failed:", zh: "校验未通过：" },
  "app.verify.cell": {
    en: "the scorecard shows {found} where the model computes {expected}",
    zh: "评分卡显示为{found}，模型计算结果为{expected}",
  },
  "app.verify.formulaReplaced": {
    en: "a formula was expected here; the cell holds the constant {found}",
    zh: "此处应为公式，单元格却是常量{found}",
  },
  "app.verify.modelFingerprint": {
    en: "the scorecard records model fingerprint {found}, but the parameters on the model sheet give {expected}: the parameters were edited after scoring",
    zh: "评分卡记录的模型指纹为{found}，模型表参数对应的指纹为{expected}：参数在评分后被修改",
  },
  "app.verify.inputFingerprint": {
    en: "the scorecard records input fingerprint {found}, but the inputs now give {expected}: the inputs were changed after scoring",
    zh: "评分卡记录的输入指纹为{found}，当前输入对应的指纹为{expected}：输入在评分后被修改",
  },
  "app.verify.override": {
    en: "the override recorded on the scorecard does not hold: {reasons}",
    zh: "评分卡记录的人工调整不成立：{reasons}",
  },
  "app.verify.modelSheetMissing": {
    en: "the workbook has a scorecard but its model-parameter sheet is missing",
    zh: "工作簿有评分卡，但缺少模型参数表",
  },
  "app.verify.auditLogMissing": {
    en: "the workbook has a scorecard but its audit log is missing",
    zh: "工作簿有评分卡，但缺少审计日志",
  },
  "app.verify.auditStale": {
    en: "the audit log's last event does not record this scorecard's fingerprints",
    zh: "审计日志的最后一条记录与本评分卡的指纹不符",
  },
  "app.verify.overrideNotLogged": {
    en: "the scorecard records an override that the audit log does not",
    zh: "评分卡记录了人工调整，审计日志中却没有相应记录",
  },
  "app.verify.unreadable": {
    en: "the workbook cannot be scored again to check it:",
    zh: "无法重新评分以进行校验：",
  },

  // Input template
  "app.tpl.title": {
    en: "Corporate governance scorecard: client workbook",
    zh: "公司治理评分：客户工作簿",
  },
  "app.tpl.intro": {
    en: "Fill in the three sheets below for one corporate client, then score the workbook. Your own sheets are never changed; the product adds its scorecard, model and audit-log sheets.",
    zh: "为一家企业客户填写以下三张表后进行评分。您的工作表不会被修改；本产品另行添加评分卡、评分模型和审计日志工作表。",
  },
  "app.tpl.step.shareholders": {
    en: "{shareholders}: one row per shareholder with name, type (drop-down) and stake. Holders acting in concert share one concert-group name; pledged share and judicial freeze where known.",
    zh: "{shareholders}：每位股东一行，填写股东名称、股东类型（下拉选择）和持股比例。一致行动人填写相同的一致行动人名称；如有质押比例、司法冻结请一并填写。",
  },
  "app.tpl.step.board": {
    en: "{board}: one row per director with board role (drop-down) and any senior-management post (总经理 / General manager / CEO marks the GM). Supervisors are not directors.",
    zh: "{board}：每位董事一行，填写董事会职务（下拉选择）及兼任的高管职务（总经理/总裁表示总经理）。监事不是董事，请勿填写。",
  },
  "app.tpl.step.profile": {
    en: "{profile}: the client, GM appointment, group position, the parent's and group's condition, audit, incentives and the credit request (base rating, requested limit, currency, tenor). Column C says what each value should be.",
    zh: "{profile}：客户名称、总经理产生方式、集团地位、母公司及集团状况、审计、激励，以及授信申请（基础评级、申请额度、币种、期限）。C列说明每项应填写的内容。",
  },
  "app.tpl.step.blanks": {
    en: "Leave a value blank when it is not known: the scorecard lists it as a gap and the model's missing-data policy applies.",
    zh: "未知的项目请留空：评分卡会将其列为缺失项，并按模型的缺失数据政策处理。",
  },
  "app.tpl.step.score": {
    en: "Score: in Excel, Home > Score; on the command line, govscore score <file.xlsx>.",
    zh: "评分：在 Excel 中点击“开始 > 评分”；或在命令行运行 govscore score <文件.xlsx>。",
  },
  "app.tpl.yesNo": {
    en: "Yes/no cells accept yes/no, y/n, true/false, 1/0, 是/否, 有/无.",
    zh: "是/否类单元格可填写：是/否、有/无、yes/no、y/n、true/false、1/0。",
  },
  "app.tpl.percent": {
    en: "Percentages: 35%, 0.35 formatted as a percentage, or 35 in a column of percentage points all mean 35%.",
    zh: "百分比：35%、设置为百分比格式的0.35，或在按百分点填写的列中填35，均表示35%。",
  },

  // Portfolio
  "app.portfolio.sheet": { en: "Portfolio", zh: "组合汇总" },
  "app.portfolio.title": {
    en: "Governance scorecard: portfolio summary",
    zh: "公司治理评分：组合汇总",
  },
  "app.portfolio.subtitle": {
    en: "Made {time}: {scored} workbooks scored, {failed} not scored",
    zh: "生成时间 {time}：已评分 {scored} 个工作簿，未评分 {failed} 个",
  },
  "app.portfolio.col.file": { en: "File", zh: "文件" },
  "app.portfolio.col.client": { en: "Client", zh: "客户名称" },
  "app.portfolio.col.clientId": { en: "Client ID", zh: "客户编号" },
  "app.portfolio.col.modelGrade": { en: "Model grade", zh: "模型等级" },
  "app.portfolio.col.finalGrade": { en: "Final grade", zh: "最终等级" },
  "app.portfolio.col.score": { en: "Score", zh: "得分" },
  "app.portfolio.col.completeness": { en: "Data completeness", zh: "数据完整度" },
  "app.portfolio.col.adjustedRating": { en: "Adjusted rating", zh: "调整后评级" },
  "app.portfolio.col.recommendedLimit": { en: "Recommended limit", zh: "建议额度" },
  "app.portfolio.col.currency": { en: "Currency", zh: "币种" },
  "app.portfolio.col.tenor": { en: "Tenor (months)", zh: "期限（月）" },
  "app.portfolio.col.knockouts": { en: "Knock-outs", zh: "否决项" },
  "app.portfolio.col.flags": { en: "Red flags", zh: "风险信号" },
  "app.portfolio.col.errors": { en: "Problems", zh: "问题" },
  "app.portfolio.col.grade": { en: "Final grade", zh: "最终等级" },
  "app.portfolio.col.count": { en: "Clients", zh: "客户数" },
  "app.portfolio.col.share": { en: "Share", zh: "占比" },
  "app.portfolio.distribution": { en: "Distribution of final grades", zh: "最终等级分布" },
  "app.portfolio.total": { en: "Total", zh: "合计" },
  "app.portfolio.errors": {
    en: "not scored, {count} problem(s); first: {first}",
    zh: "未评分，共{count}个问题；第一个：{first}",
  },
} as const;
