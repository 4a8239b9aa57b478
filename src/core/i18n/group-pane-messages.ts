/**
 * Texts of the task pane's Group section (集团) and of the group write's refusal. See
 * messages.ts for the catalogue they join.
 */
export const GROUP_PANE_MESSAGES = {
  "group.issue.sheetTaken": {
    en: "Your sheet {sheet} has the name of the product's {role} sheet and is not written over: rename it, then write the group sheet again.",
    zh: "工作表“{sheet}”是您自己的工作表，与本产品的{role}工作表同名，不会被覆盖：请将其重命名后重新写入集团评估。",
  },
  "tp.section.group": { en: "Group", zh: "集团客户" },
  "tp.group.explain": {
    en: "This workbook holds a group's tables (members, guarantees, group profile). Grades come from the Members table; the command line also reads the members' scorecards (govscore group --members).",
    zh: "本工作簿包含集团客户的表格（集团成员、担保关系、集团概况）。治理等级取自集团成员表；命令行还可读取成员的评分卡（govscore group --members）。",
  },
  "tp.group.reading": { en: "Reading the group tables…", zh: "正在读取集团表格…" },
  "tp.group.loading": { en: "Loading the group section…", zh: "正在加载集团部分…" },
  "tp.group.refresh": { en: "Read the group again", zh: "重新读取集团" },
  "tp.group.write": { en: "Write group sheet", zh: "写入集团评估表" },
  "tp.group.writing": { en: "Writing the group sheet…", zh: "正在写入集团评估表…" },
  "tp.group.written": { en: "Group sheet written", zh: "已写入集团评估表" },
  "tp.group.writtenSheets": { en: "Written: {sheets}", zh: "已写入：{sheets}" },
  "tp.group.refused": {
    en: "The group cannot be analysed",
    zh: "无法分析该集团",
  },
  "tp.group.writeRefused": {
    en: "The group sheet was not written",
    zh: "未写入集团评估表",
  },
  "tp.group.failed": { en: "Excel could not complete the step", zh: "Excel 未能完成此步骤" },
  "tp.group.outcome": { en: "Group outcome", zh: "集团结论" },
  "tp.group.members": { en: "{count} members", zh: "成员{count}家" },
  "tp.group.structure": { en: "Structure (look-through stakes)", zh: "股权结构（穿透持股）" },
  "tp.group.stake": { en: "{stake} look-through", zh: "穿透{stake}" },
  "tp.group.noGrade": { en: "no grade", zh: "无等级" },
  "tp.group.memberLine": {
    en: "{relation} · {stake} · grade {grade}",
    zh: "{relation} · {stake} · 等级{grade}",
  },
  "tp.group.allocation": {
    en: "Allocation against the cap ({currency})",
    zh: "统一授信额度分配（{currency}）",
  },
  "tp.group.capBinding": {
    en: "The cap binds: the headroom is shared pro rata.",
    zh: "授信上限约束：可用额度按比例分配。",
  },
  "tp.group.capNotBinding": {
    en: "Within the cap: each member keeps its recommendation.",
    zh: "未超授信上限：各成员保留建议额度。",
  },
  "tp.group.allocationTable": {
    en: "Recommended and allocated limits by member",
    zh: "各成员建议与分配额度",
  },
  "tp.group.findings": { en: "Guarantee findings", zh: "担保网络发现" },
  "tp.group.noFindings": { en: "No guarantee finding.", zh: "未发现担保问题。" },
  "tp.group.rows": { en: "Rows {rows}", zh: "第{rows}行" },
  "tp.group.flags": { en: "Flags and actions", zh: "预警与措施" },
  "tp.group.noFlags": { en: "No flag.", zh: "无预警。" },
  "tp.group.action": { en: "Action", zh: "措施" },
  "tp.group.notices": { en: "Notes from reading", zh: "读取说明" },
} as const;
