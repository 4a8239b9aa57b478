/** Texts of the Excel task pane (see messages.ts for the catalogue they join). */
export const TASKPANE_MESSAGES = {
  "tp.title": { en: "Governance Scorecard", zh: "治理评分卡" },
  "tp.notInExcel": {
    en: "Open this task pane in Excel: it reads and writes the open workbook.",
    zh: "请在 Excel 中打开此任务窗格：它读取并写入当前打开的工作簿。",
  },
  "tp.language.label": { en: "Language", zh: "语言" },
  "tp.language.zh-CN": { en: "中文", zh: "中文" },
  "tp.language.en-US": { en: "English", zh: "English" },

  // Building blocks
  "tp.grade": { en: "{grade} · {meaning}", zh: "{grade} · {meaning}" },
  // The trailing space in English is the separator before the value.
  "tp.label": { en: "{label}: ", zh: "{label}：" },
  "tp.located": { en: "{cell}: {text}", zh: "{cell}：{text}" },
  "tp.selectCell": { en: "Select {cell}", zh: "选中 {cell}" },
  "tp.selectCell.hint": {
    en: "Select this cell in the workbook",
    zh: "在工作簿中选中该单元格",
  },
  "tp.selectCells": { en: "Select cells {cells}", zh: "选中单元格 {cells}" },
  "tp.notices": { en: "Notices", zh: "提示" },
  // A part of the pane loaded on demand (split from the first load)
  "tp.loading": { en: "Loading…", zh: "正在加载…" },
  "tp.loadFailed": {
    en: "This part of the pane could not be loaded. Close the pane and open it again.",
    zh: "窗格的这一部分无法加载。请关闭窗格后重新打开。",
  },

  // The officer
  "tp.officer.label": { en: "Your name", zh: "您的姓名" },
  "tp.officer.hint": {
    en: "Recorded in the audit log as the person who scores. Asked once, remembered here.",
    zh: "作为评分人记入审计日志。只需填写一次，本窗格会记住。",
  },
  "tp.officer.save": { en: "Save", zh: "保存" },
  "tp.officer.signedAs": { en: "Officer: {name}", zh: "经办人员：{name}" },
  "tp.officer.change": { en: "Change", zh: "更改" },
  "tp.officer.notRemembered": {
    en: "(this browser does not keep it: asked again next time)",
    zh: "（此浏览器无法保存，下次需重新填写）",
  },

  // Sections
  "tp.section.inputs": { en: "Inputs", zh: "输入数据" },
  "tp.section.score": { en: "Score", zh: "评分" },
  "tp.section.trace": { en: "Trace", zh: "计算追溯" },
  "tp.section.override": { en: "Override", zh: "人工调整" },
  "tp.section.verify": { en: "Verify", zh: "校验" },
  "tp.section.template": { en: "Template", zh: "输入模板" },
  "tp.section.model": { en: "Model", zh: "评分模型" },

  // Status
  "tp.status.idle": {
    en: "Ready. Read the inputs, or score the workbook.",
    zh: "就绪。可读取输入数据，或直接评分。",
  },
  "tp.status.reading": { en: "Reading the workbook…", zh: "正在读取工作簿…" },
  "tp.status.inputs": {
    en: "Inputs read: {found} of 3 input tables found, no errors.",
    zh: "输入数据已读取：找到3张输入表中的{found}张，没有错误。",
  },
  "tp.status.inputErrors": {
    en: "The inputs have {count} {count|problem|problems}; each is listed under Inputs with its cell.",
    zh: "输入数据有{count}个问题，已在“输入数据”中逐一列出所在单元格。",
  },
  "tp.status.scoring": { en: "Scoring…", zh: "正在评分…" },
  "tp.status.scoreRefused": {
    en: "Not scored: {count} {count|problem|problems} to fix first; nothing was written.",
    zh: "未评分：需先修正{count}个问题，工作簿未作修改。",
  },
  "tp.status.nonStandard": {
    en: "Scored with NON-STANDARD model parameters: {score} points, grade {grade}, not final.",
    zh: "已按非标准模型参数评分：{score}分，等级{grade}，非最终结论。",
  },
  "tp.status.scored": {
    en: "Scored: {score} points, final grade {grade}. Scorecard, model and audit log written.",
    zh: "评分完成：{score}分，最终等级{grade}。已写入评分卡、评分模型和审计日志。",
  },
  "tp.status.overriding": { en: "Recording the override…", zh: "正在记录人工调整…" },
  "tp.status.pendingApproval": {
    en: "Upgrade to {requested} recorded, pending a second person's approval: grade {grade} applies until then (score {score}).",
    zh: "上调至{requested}已记录，待第二人审批；审批前按等级{grade}执行（得分{score}）。",
  },
  "tp.status.overridden": {
    en: "Override recorded: final grade {grade} (score {score}).",
    zh: "人工调整已记录：最终等级{grade}（得分{score}）。",
  },
  "tp.status.overrideRefused": {
    en: "Override refused on {count} {count|ground|grounds}; nothing was written.",
    zh: "人工调整未被接受，原因共{count}条；工作簿未作修改。",
  },
  "tp.status.verifying": { en: "Verifying…", zh: "正在校验…" },
  "tp.status.verified": {
    en: "Verified: formulas, engine and audit log agree.",
    zh: "校验通过：公式、引擎与审计日志一致。",
  },
  "tp.status.mismatch": {
    en: "Verification failed; the first mismatch is shown under Verify.",
    zh: "校验未通过；第一处不一致见“校验”。",
  },
  "tp.status.failed": {
    en: "Excel reported an error while {step}: {detail}",
    zh: "{step}时 Excel 报告错误：{detail}",
  },
  "tp.step.read": { en: "reading the workbook", zh: "读取工作簿" },
  "tp.step.write": { en: "writing the sheets", zh: "写入工作表" },
  "tp.step.select": { en: "selecting the cell", zh: "选中单元格" },
  "tp.step.compute": { en: "computing the result", zh: "计算结果" },

  // Inputs
  "tp.inputs.read": { en: "Read inputs", zh: "读取输入数据" },
  "tp.inputs.notRead": {
    en: "The workbook's input tables have not been read yet.",
    zh: "尚未读取工作簿的输入表。",
  },
  "tp.inputs.tables": { en: "Input tables", zh: "输入表" },
  "tp.inputs.inTable": {
    en: "Excel table {table} on sheet {sheet}, {rows} {rows|row|rows}",
    zh: "工作表“{sheet}”中的Excel表格“{table}”，{rows}行",
  },
  "tp.inputs.inSheet": {
    en: "sheet {sheet}, {rows} {rows|row|rows}",
    zh: "工作表“{sheet}”，{rows}行",
  },
  "tp.inputs.absent": { en: "not found", zh: "未找到" },
  "tp.inputs.unreadable": {
    en: "found, but could not be read (see the errors)",
    zh: "已找到，但无法读取（见错误）",
  },
  "tp.inputs.noneFound": {
    en: "No input table was found. Create them with Template, or add sheets named Shareholders, Board and Profile.",
    zh: "未找到任何输入表。可在“输入模板”中创建，或添加名为“股东名册”“董事会”“治理概况”的工作表。",
  },
  "tp.inputs.errors": { en: "Errors ({count})", zh: "错误（{count}个）" },
  "tp.inputs.noErrors": {
    en: "No errors: the inputs can be scored.",
    zh: "没有错误，可以评分。",
  },

  // Score
  "tp.score.run": { en: "Score workbook", zh: "开始评分" },
  "tp.score.needsOfficer": {
    en: "Enter your name above first: the audit log records who scored.",
    zh: "请先在上方填写姓名：审计日志需记录评分人。",
  },
  "tp.score.none": {
    en: "Not scored in this session yet. Scoring writes the scorecard, the model and the audit log to the workbook.",
    zh: "本次尚未评分。评分将在工作簿中写入评分卡、评分模型和审计日志。",
  },
  "tp.score.refused": {
    en: "Not scored: {count} {count|problem|problems}, each at its cell",
    zh: "未评分：共{count}个问题，均标明所在单元格",
  },
  "tp.score.result": { en: "Result", zh: "评分结果" },
  "tp.score.noKnockouts": { en: "No knock-out applies", zh: "未触发否决项" },
  "tp.score.written": { en: "Written to: {sheets}", zh: "已写入：{sheets}" },
  "tp.score.showScorecard": { en: "Show the scorecard", zh: "查看评分卡" },
  "tp.model.versionShort": {
    en: "{version} ({fingerprint}…)",
    zh: "{version}（{fingerprint}…）",
  },

  // Credit adjustment
  "tp.adjustment.rating": {
    en: "{base} → {adjusted} (down {notches} rating {notches|step|steps})",
    zh: "{base} → {adjusted}（评级下调{notches}档）",
  },
  "tp.adjustment.noBaseRating": {
    en: "no base rating given",
    zh: "未填写基础评级",
  },
  "tp.adjustment.limit": {
    en: "{requested} → {recommended} {currency}",
    zh: "{requested} → {recommended} {currency}",
  },
  "tp.adjustment.tenor": { en: "{requested} → {recommended}", zh: "{requested} → {recommended}" },
  "tp.adjustment.notRequested": { en: "not requested", zh: "未申请" },

  // Trace
  "tp.trace.none": {
    en: "Score the workbook to trace each factor to its inputs.",
    zh: "评分后可追溯每个因素的输入数据。",
  },
  "tp.trace.factor": { en: "{id} {name}: {weighted}", zh: "{id} {name}：{weighted}" },
  "tp.trace.arithmetic": {
    en: "{points} points × weight {weight}% = {weighted}",
    zh: "{points}分 × 权重{weight}% = {weighted}",
  },

  // Override
  "tp.override.rules": {
    en: "The model grade is {grade}. A downgrade needs a reason. An upgrade moves one grade at most, needs a second person's approval and cannot pass a knock-out cap.",
    zh: "模型等级为{grade}。下调须填写理由；上调最多一个等级，须经第二人审批，且不得超过否决项等级上限。",
  },
  "tp.override.rulesUnscored": {
    en: "Overrides a grade on the workbook's scorecard. A downgrade needs a reason. An upgrade moves one grade at most, needs a second person's approval and cannot pass a knock-out cap.",
    zh: "调整工作簿评分卡上的等级。下调须填写理由；上调最多一个等级，须经第二人审批，且不得超过否决项等级上限。",
  },
  "tp.override.chooseGrade": { en: "Choose a grade", zh: "请选择等级" },
  "tp.approve.hint": {
    en: "The second person types their own name (not the officer): names are declared, not verified",
    zh: "由第二人填写本人姓名（不得为经办人员）；姓名为自行填写，未经验证",
  },
  "tp.approve.submit": { en: "Approve the upgrade", zh: "审批通过上调" },
  "tp.override.submit": { en: "Record override", zh: "记录人工调整" },
  "tp.override.refused": {
    en: "Override refused ({count} {count|ground|grounds}); nothing was written",
    zh: "人工调整未被接受（{count}条原因），工作簿未作修改",
  },
  "tp.override.recorded": {
    en: "Override recorded on the scorecard and in the audit log",
    zh: "人工调整已记入评分卡和审计日志",
  },

  // Verify
  "tp.verify.explain": {
    en: "Reads the workbook again as Excel calculated it and checks the engine's result, the audit log's chain, and every cell of the scorecard, model and audit-log sheets (formulas, their values and the values written).",
    zh: "按 Excel 计算后的结果重新读取工作簿，核对引擎结果、审计日志链，以及评分卡、模型表和审计日志的每个单元格（公式、公式结果和写入的数值）。",
  },
  "tp.verify.run": { en: "Verify workbook", zh: "校验工作簿" },
  "tp.verify.agree": {
    en: "Engine, audit log and cells agree",
    zh: "引擎、审计日志与单元格一致",
  },
  "tp.verify.mismatch": { en: "Verification failed", zh: "校验未通过" },
  "tp.verify.check.engine": { en: "Engine and fingerprints", zh: "引擎与指纹" },
  "tp.verify.check.auditChain": { en: "Audit log", zh: "审计日志" },
  "tp.verify.check.cells": { en: "Product sheet cells", zh: "产品工作表单元格" },
  "tp.verify.status.agree": { en: "agree", zh: "一致" },
  "tp.verify.status.disagree": { en: "mismatch", zh: "不一致" },
  "tp.verify.status.notChecked": { en: "not checked", zh: "未检查" },
  "tp.verify.firstMismatch": { en: "First mismatch: {cell}", zh: "第一处不一致：{cell}" },
  "tp.verify.expected": { en: "Expected", zh: "应为" },
  "tp.verify.found": { en: "Workbook", zh: "工作簿中" },

  // Template
  "tp.template.explain": {
    en: "Adds the instructions and the three input sheets (shareholders, board, profile) as Excel tables with drop-downs, in the language above. Only into a workbook that has none of them.",
    zh: "按上方所选语言添加填写说明及三张输入表（股东名册、董事会、治理概况），均为带下拉列表的Excel表格。仅适用于尚无这些工作表的工作簿。",
  },
  "tp.template.create": { en: "Create input template", zh: "创建输入模板" },
  "tp.template.creating": { en: "Creating the template…", zh: "正在创建模板…" },
  "tp.template.created": { en: "Template created", zh: "模板已创建" },
  "tp.template.createdSheets": { en: "Sheets added: {sheets}", zh: "已添加工作表：{sheets}" },
  "tp.template.refused": {
    en: "Template not added; the workbook is unchanged",
    zh: "未添加模板，工作簿未作修改",
  },
  "tp.template.failed": { en: "Template not added", zh: "未添加模板" },

  // Model
  "tp.model.explain": {
    en: "Scoring uses the parameters on the workbook's model sheet. To change one, edit its value there: it is checked, and the change is logged in the audit log, at the next score.",
    zh: "评分使用工作簿中评分模型表的参数。如需修改，请直接在该表中修改数值：下次评分时将校验该修改并记入审计日志。",
  },
  "tp.model.reload": { en: "Read the model again", zh: "重新读取模型" },
  "tp.model.loading": { en: "Reading the model sheet…", zh: "正在读取评分模型表…" },
  "tp.model.fromSheet": {
    en: "Parameters from this workbook's model sheet {sheet}.",
    zh: "参数取自本工作簿的评分模型表“{sheet}”。",
  },
  "tp.model.default": {
    en: "This workbook has no model sheet yet: the default model applies, and the first score writes it to a model sheet.",
    zh: "本工作簿尚无评分模型表：适用默认模型，首次评分时将写入评分模型表。",
  },
  "tp.model.invalid": {
    en: "The model sheet {sheet} has values scoring cannot use; fix them first:",
    zh: "评分模型表“{sheet}”中有无法用于评分的数值，请先修正：",
  },
  "tp.model.selectSheet": { en: "Select the model sheet", zh: "选中评分模型表" },
  "tp.model.parameters": { en: "Parameters ({count})", zh: "参数（{count}项）" },
  "tp.write.formulaMismatch": {
    en: "Excel calculated {found} here; the engine has {expected}. Verify before relying on it",
    zh: "Excel 在此计算出{found}，引擎结果为{expected}；使用前请先校验",
  },
  "tp.write.textChanged": {
    en: "The text “{expected}” did not stay text in Excel (it shows {found})",
    zh: "文本“{expected}”在 Excel 中未保持为文本（显示为{found}）",
  },
  "tp.write.dropDownsNotApplied": {
    en: "Drop-down lists were not added: this version of Excel lacks ExcelApi 1.8",
    zh: "未添加下拉列表：此版本 Excel 不支持 ExcelApi 1.8",
  },
  "tp.write.pageLayoutNotApplied": {
    en: "Print settings were not applied: this version of Excel lacks ExcelApi 1.9",
    zh: "未应用打印设置：此版本 Excel 不支持 ExcelApi 1.9",
  },
} as const;
