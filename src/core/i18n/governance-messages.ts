/** Messages of model governance: approved parameter sets and non-standard ones. */
export const GOVERNANCE_MESSAGES = {
  "models.issue.file": {
    en: "Approved-models file: {where} must be {problem}",
    zh: "已批准模型文件：{where} 应为 {problem}",
  },
  "models.issue.parameters": {
    en: "Approved-models file, {where}: {message}",
    zh: "已批准模型文件 {where}：{message}",
  },
  "models.issue.fingerprint": {
    en: "Approved-models file, {where}: the parameters give fingerprint {computed}, not the approved {stated} (changed after approval, or mistyped)",
    zh: "已批准模型文件 {where}：参数计算所得指纹为 {computed}，与批准的 {stated} 不符（批准后被修改或录入有误）",
  },
  "models.status.approved": {
    en: "Approved model {version}",
    zh: "已批准模型 {version}",
  },
  "models.status.nonStandard": {
    en: "Non-standard model parameters: {count} differ from approved model {base}. The grade is not final.",
    zh: "非标准模型参数：与已批准模型 {base} 相比有 {count} 项不同，评级不作为最终结论。",
  },
  "sc.modelVersion.nonStandard": {
    en: "{version}, with NON-STANDARD parameters (see model status)",
    zh: "{version}，参数非标准（见模型状态）",
  },
  "models.moreDifferences": { en: "{count} more", zh: "另有 {count} 项" },
  "models.difference": { en: "{path}: {approved} → {used}", zh: "{path}：{approved} → {used}" },
  "models.notice.sheetIgnored": {
    en: "The workbook's model sheet {sheet} holds parameters that are not an approved model ({count} differ from approved model {base}, e.g. {example}); they were ignored and the workbook was scored with approved model {version}. To score with them anyway, as non-standard, choose so explicitly (govscore: --use-workbook-model).",
    zh: "工作簿的模型工作表“{sheet}”中的参数不是已批准模型（与已批准模型 {base} 相比 {count} 项不同，例如 {example}），已被忽略，本次按已批准模型 {version} 评分。如确需按该参数评分（视为非标准模型），须明确选择（govscore：--use-workbook-model）。",
  },
  "models.notice.unmarkedSheetIgnored": {
    en: "The sheet {sheet} looks like a model sheet but was not written by this product; it was ignored and the workbook was scored with approved model {version}. To score with its parameters, as non-standard, choose so explicitly (govscore: --use-workbook-model).",
    zh: "工作表“{sheet}”形似模型工作表，但并非本产品写入，已被忽略，本次按已批准模型 {version} 评分。如确需按其参数评分（视为非标准模型），须明确选择（govscore：--use-workbook-model）。",
  },
  "models.notice.nonStandard": {
    en: "Scored with NON-STANDARD model parameters, as you chose: {count} differ from approved model {base} ({differences}). The grade is not final; the change waits for approval by a second person (govscore approve).",
    zh: "已按您的选择使用非标准模型参数评分：与已批准模型 {base} 相比 {count} 项不同（{differences}）。评级不作为最终结论；参数变更须由第二人批准（govscore approve）。",
  },
  "tp.model.nonStandardTitle": {
    en: "Non-standard model parameters: the grade is not final",
    zh: "非标准模型参数：评级非最终结论",
  },
  "tp.score.useWorkbookModel": {
    en: "Use this workbook's own model sheet (non-standard parameters; logged, needs a second person's approval)",
    zh: "使用本工作簿自带的模型工作表（非标准参数；记入审计日志，须第二人批准）",
  },
  "models.issue.deployment": {
    en: "This add-in's approved-models file does not validate; ask whoever deployed it. Nothing can be scored or checked until it does.",
    zh: "本加载项的已批准模型文件未通过校验，请联系部署人员。修复前无法评分或核对。",
  },
  "models.issue.noWorkbookModel": {
    en: "You chose to score with the workbook's own model parameters, but it has no model sheet",
    zh: "已选择使用工作簿自带的模型参数，但工作簿中没有模型工作表",
  },
  "models.audit.changed": {
    en: "model parameters changed by {officer}: {count} differ from approved model {base}: {differences}; waiting for approval",
    zh: "模型参数由{officer}变更：与已批准模型 {base} 相比 {count} 项不同：{differences}；待批准",
  },
  "models.audit.approved": {
    en: "non-standard model parameters {fingerprint}… (changed by {officer}) approved by {approver}; the parameters remain non-standard",
    zh: "非标准模型参数 {fingerprint}…（由{officer}变更）经{approver}批准；参数仍属非标准",
  },
  "models.audit.backToApproved": {
    en: "model parameters changed to approved model {version}",
    zh: "模型参数改为已批准模型 {version}",
  },
  "models.change.pending": {
    en: "Parameter change by {officer} waiting for approval.",
    zh: "参数变更（{officer}）待批准。",
  },
  "models.change.approved": {
    en: "Parameter change by {officer} approved by {approver} (declared, not verified).",
    zh: "参数变更（{officer}）已由{approver}批准（申报身份，未经验证）。",
  },
  "models.issue.sameApprover": {
    en: "The model change was entered by {officer}; it must be approved by someone else",
    zh: "模型参数变更由{officer}录入，须由他人批准",
  },
} as const;
