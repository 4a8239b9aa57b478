/** Messages of the workbook layer (see messages.ts for the catalogue they join). */
export const WORKBOOK_MESSAGES = {
  // Building blocks
  "read.list": { en: "{first}, {rest}", zh: "{first}、{rest}" },
  "read.text": { en: "{text}", zh: "{text}" },
  "read.candidate.excelTable": {
    en: "Excel table {name} on sheet {sheet}",
    zh: "工作表{sheet}中的Excel表格{name}",
  },
  "read.candidate.sheet": { en: "sheet {sheet}", zh: "工作表{sheet}" },

  // What a cell should hold
  "read.expected.text": { en: "text", zh: "文本" },
  "read.expected.percent": {
    en: "a percentage such as 35%, 0.35 formatted as a percentage, or 35 in a column of percentage points",
    zh: "百分比，如35%、设置为百分比格式的0.35，或在按百分点填写的列中填35",
  },
  "read.expected.yesNo": { en: "yes or no", zh: "是或否" },
  "read.expected.wholeNumber": { en: "a whole number such as 12", zh: "整数，如12" },
  "read.expected.amount": {
    en: "an amount such as 10,000,000, 1000万 or 1.2亿",
    zh: "金额，如10,000,000、1000万或1.2亿",
  },
  "read.expected.rating": { en: "a grade of the rating scale", zh: "评级序列中的等级" },
  "read.expected.currency": { en: "a currency code such as CNY", zh: "币种代码，如CNY" },
  "read.expected.enum": { en: "one of the values of {column}", zh: "{column}的可选值之一" },
  "read.expected.item": { en: "the name of a profile item", zh: "治理概况的项目名称" },

  // Tables and headers
  "read.table.missing": {
    en: "No {table} table found: add an Excel table or a sheet named one of: {names}",
    zh: "未找到{table}表：请添加名称为以下之一的Excel表格或工作表：{names}",
  },
  "read.table.absent": {
    en: "No {table} table found (accepted names: {names}); the model treats its factors as missing data",
    zh: "未找到{table}表（可用名称：{names}）；模型将其相关因素按数据缺失处理",
  },
  "read.view.veryHidden": {
    en: 'The {table} table is on sheet “{sheet}”, which is very hidden (it can be shown only by a macro or code), so the officer cannot see what would be scored; nothing was scored. Make the sheet visible (VBA: Sheets("{sheet}").Visible = True) or copy the table to a visible sheet, then score again',
    zh: '{table}表位于工作表“{sheet}”，该工作表被设为“深度隐藏”（只能通过宏或代码显示），客户经理看不到将被评分的内容；未进行评分。请将该工作表设为可见（VBA：Sheets("{sheet}").Visible = True）或把该表复制到可见的工作表后重新评分',
  },
  "read.view.hiddenSheet": {
    en: "The {table} table is on sheet “{sheet}”, which is hidden; it was read and scored. Unhide it (right-click a sheet tab > Unhide) to see what was scored",
    zh: "{table}表位于隐藏的工作表“{sheet}”，已读取并评分。请取消隐藏（右键单击工作表标签 > 取消隐藏）以查看评分所用内容",
  },
  "read.view.hiddenRows": {
    en: "Rows {rows} of the {table} table on sheet “{sheet}” are hidden; they were read and scored",
    zh: "工作表“{sheet}”中{table}表的第 {rows} 行被隐藏，这些行已读取并评分",
  },
  "read.view.hiddenColumns": {
    en: "Columns {columns} of the {table} table on sheet “{sheet}” are hidden; they were read and scored",
    zh: "工作表“{sheet}”中{table}表的 {columns} 列被隐藏，这些列已读取并评分",
  },
  "read.view.hiddenUnlistedRows": {
    en: "Sheet “{sheet}”, which holds the {table} table, hides some rows, and this version of Excel cannot tell the add-in which (Excel 2021 or Microsoft 365 can); hidden rows were read and scored. Unhide every row (select the sheet, then Home > Format > Hide & Unhide) to see what was scored",
    zh: "工作表“{sheet}”（含{table}表）隐藏了部分行，当前 Excel 版本无法告知加载项是哪些行（Excel 2021 或 Microsoft 365 可以）；隐藏的行已读取并评分。请取消隐藏所有行（全选工作表后：开始 > 格式 > 隐藏和取消隐藏）以查看评分所用内容",
  },
  "read.view.hiddenUnlistedColumns": {
    en: "Sheet “{sheet}”, which holds the {table} table, hides some columns, and this version of Excel cannot tell the add-in which (Excel 2021 or Microsoft 365 can); hidden columns were read and scored. Unhide every column (select the sheet, then Home > Format > Hide & Unhide) to see what was scored",
    zh: "工作表“{sheet}”（含{table}表）隐藏了部分列，当前 Excel 版本无法告知加载项是哪些列（Excel 2021 或 Microsoft 365 可以）；隐藏的列已读取并评分。请取消隐藏所有列（全选工作表后：开始 > 格式 > 隐藏和取消隐藏）以查看评分所用内容",
  },
  "read.view.recalculated": {
    en: "Sheet “{sheet}”, cell {cell}: the formula ={formula} gives {value}, which was used; the value saved in the file ({cached}) was out of date",
    zh: "工作表“{sheet}”单元格 {cell}：公式 ={formula} 的结果为 {value}，已采用该值；文件中保存的值（{cached}）已过时",
  },
  "read.view.cachedFormulas": {
    en: "Sheet “{sheet}”: input cells {cells} hold formulas; the command line cannot recalculate them and used the values saved in the file by the program that saved it last. If anything they depend on changed since, recalculate and save in Excel (or score in the add-in)",
    zh: "工作表“{sheet}”：输入单元格 {cells} 含有公式；命令行无法重新计算，已采用文件中由最后保存它的程序所保存的值。如其引用的内容此后有改动，请在 Excel 中重新计算并保存（或在加载项中评分）",
  },
  "read.view.formulaInputs": {
    en: "Sheet “{sheet}”: input cells {cells} hold formulas; their values as Excel calculated them were used",
    zh: "工作表“{sheet}”：输入单元格 {cells} 含有公式，已采用 Excel 计算的结果",
  },
  "read.view.more": {
    en: "{list} … ({count} in all)",
    zh: "{list}……（共 {count} 个）",
  },
  "read.table.ambiguous": {
    en: "Two candidates for the {table} table: {first} and {second}; rename or remove one",
    zh: "{table}表有两个候选：{first}和{second}；请重命名或删除其中一个",
  },
  "read.table.badRange": {
    en: "Excel table {name} has a range that cannot be read: {range}",
    zh: "Excel表格{name}的区域无法读取：{range}",
  },
  "read.table.noHeaderRow": {
    en: "Sheet {sheet} is empty: the {table} table needs a header row with {columns}",
    zh: "工作表{sheet}为空：{table}表需要包含{columns}的标题行",
  },
  "read.column.missing": {
    en: "{table} table: no {column} column in header row {row} of sheet {sheet}; accepted headers: {accepted}",
    zh: "{table}表：工作表{sheet}第{row}行的标题中没有“{column}”列；可用的标题：{accepted}",
  },
  "read.column.duplicate": {
    en: "{table} table: “{header}” is a second {column} column (the first is in {first}); keep one",
    zh: "{table}表：“{header}”是第二个“{column}”列（第一个在{first}）；请只保留一列",
  },
  "read.column.unknownIgnored": {
    en: "Column “{header}” is not an input of the {table} table and is ignored",
    zh: "“{header}”列不是{table}表的输入项，已忽略",
  },

  // Cells
  "read.cell.error": {
    en: "The cell holds the error {error}; expected {expected}",
    zh: "单元格为错误值{error}；应为{expected}",
  },
  "read.cell.formulaNotCalculated": {
    en: "The cell holds a formula without a calculated value; expected {expected}. Recalculate and save the workbook in Excel",
    zh: "单元格中的公式没有计算结果；应为{expected}。请在Excel中重新计算并保存工作簿",
  },
  "read.cell.notNumber": {
    en: "{column}: “{found}” is not a number; expected {expected}",
    zh: "{column}：“{found}”不是数字；应为{expected}",
  },
  "read.cell.notPercent": {
    en: "{column}: “{found}” is not a percentage; expected {expected}",
    zh: "{column}：“{found}”不是百分比；应为{expected}",
  },
  "read.cell.mixedPercentForms": {
    en: "{column}: the column mixes cells formatted as percentages (first {formattedCell}) with plain percentage points (first {pointsCell}); write every value in one form",
    zh: "{column}：本列既有设置为百分比格式的单元格（首个在{formattedCell}），又有直接填写的百分点数值（首个在{pointsCell}）；请统一填写方式",
  },
  "read.cell.percentOutOfRange": {
    en: "{column} = {value} is outside 0–100%",
    zh: "{column} = {value}，超出0至100%的范围",
  },
  "read.cell.negative": {
    en: "{column} = {value} must be at least 0",
    zh: "{column} = {value}，不得小于0",
  },
  "read.cell.notYesNo": {
    en: "{column}: “{found}” is not yes or no; accepted: yes/no, y/n, true/false, 1/0, 是/否, 有/无",
    zh: "{column}：“{found}”不是是或否；可填：是/否、有/无、yes/no、y/n、true/false、1/0",
  },
  "read.cell.unknownLabel": {
    en: "{column}: “{found}” is not an accepted value; accepted: {labels}",
    zh: "{column}：“{found}”不是可接受的取值；可填：{labels}",
  },
  "read.cell.supervisor": {
    en: "{column}: “{found}” is a supervisor (监事); supervisors are not directors, so list only directors in the Board table",
    zh: "{column}：“{found}”是监事；监事不是董事，董事会表只列董事",
  },
  "read.cell.notWholeNumber": {
    en: "{column}: “{found}” is not a whole number of at least 0",
    zh: "{column}：“{found}”不是不小于0的整数",
  },
  "read.cell.ratingNotOnScale": {
    en: "{column}: “{found}” is not on the rating scale ({scale})",
    zh: "{column}：“{found}”不在评级序列中（{scale}）",
  },
  "read.cell.currency": {
    en: "{column}: “{found}” is not a currency; expected a three-letter ISO code such as CNY or USD (人民币, RMB and 元 are read as CNY)",
    zh: "{column}：“{found}”不是币种；应为三位字母的ISO代码，如CNY、USD（人民币、RMB、元均按CNY读取）",
  },
  "read.cell.requiredBlank": {
    en: "{column} is blank; every row of the {table} table needs one",
    zh: "{column}为空；{table}表的每一行都必须填写",
  },

  // Rows and items
  "read.row.duplicateId": {
    en: "{who} “{name}” has the same ID number ({id}) as “{firstName}” in {first}: one {whoLower} is listed twice; list each once",
    zh: "{who}“{name}”与{first}的“{firstName}”证件号码相同（{id}）：同一{whoLower}重复列示，每个只列一次",
  },
  "read.row.duplicateName": {
    en: "{who} “{name}” is listed twice (first in {first}); list each {whoLower} once",
    zh: "{who}“{name}”重复列示（首次出现在{first}），每个{whoLower}只列一次",
  },
  "read.row.lookalikeName": {
    en: "{who} “{name}” is “{firstName}” in {first} written with lookalike or invisible characters ({chars}); one {whoLower} must not be split across rows: list it once, or add an ID number column (证件号码) if they are different",
    zh: "{who}“{name}”与{first}的“{firstName}”仅以形近字符或不可见字符区分（{chars}）；同一{whoLower}不得拆分为多行：请只列一次，若确为不同主体请增加证件号码列",
  },
  "read.row.duplicateNameNoId": {
    en: "{who} “{name}” has the same name as “{firstName}” in {first} but no ID number, so the two cannot be told apart: give the ID number of each, or list the {whoLower} once",
    zh: "{who}“{name}”与{first}的“{firstName}”同名，但未填证件号码，无法区分：请填写各自的证件号码，或只列一次该{whoLower}",
  },
  "read.row.sameNameOtherId": {
    en: "{who} “{name}” has the same name as “{firstName}” in {first} but a different ID number: read as two different {whoPlural}",
    zh: "{who}“{name}”与{first}的“{firstName}”同名但证件号码不同：按两个不同的{whoPlural}读取",
  },
  "read.row.nearDuplicate": {
    en: "{who} “{name}” is nearly the same as “{firstName}” in {first} (one character or punctuation apart): check that they are different {whoPlural}",
    zh: "{who}“{name}”与{first}的“{firstName}”几乎相同（仅差一个字符或标点）：请核实是否为不同的{whoPlural}",
  },
  "read.row.nearDuplicateMore": {
    en: "{count} more near-duplicate names in the {table} table are not listed",
    zh: "{table}表另有{count}处近似重复的名称未逐一列出",
  },
  "read.who.shareholder": { en: "Shareholder", zh: "股东" },
  "read.who.shareholderLower": { en: "shareholder", zh: "股东" },
  "read.who.shareholderPlural": { en: "shareholders", zh: "股东" },
  "read.who.director": { en: "Director", zh: "董事" },
  "read.who.directorLower": { en: "director", zh: "董事" },
  "read.who.directorPlural": { en: "directors", zh: "董事" },
  "read.row.blankIgnored": {
    en: "Row {row} of the {table} table is blank and is ignored",
    zh: "{table}表第{row}行为空，已忽略",
  },
  "read.row.totalSkipped": {
    en: "Row {row} of the {table} table is a totals row (“{label}”) and is skipped",
    zh: "{table}表第{row}行为合计行（“{label}”），已跳过",
  },
  "read.profile.duplicateItem": {
    en: "Item {item} is listed twice (first in {first})",
    zh: "项目“{item}”重复列示（首次出现在{first}）",
  },
  "read.profile.rejectedAboveSubmitted": {
    en: "Proposals rejected ({rejected}) exceed proposals submitted ({submitted}, in {submittedCell})",
    zh: "被否决议案数（{rejected}）大于提交数（{submitted}，见{submittedCell}）",
  },
  "read.profile.unknownItem": {
    en: "“{item}” is not a profile item and is ignored",
    zh: "“{item}”不是治理概况的项目，已忽略",
  },
  "read.profile.valueWithoutItem": {
    en: "Row {row} of the {table} table has a value but no item name and is ignored",
    zh: "{table}表第{row}行有内容但没有项目名称，已忽略",
  },
} as const;
