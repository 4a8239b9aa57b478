/**
 * Messages of the adapters: why an .xlsx file was refused (`xlsx.*`, read-issue.ts), what the
 * Office.js adapter could not do (`office.*`, errors.ts), and the front ends' own few texts. See
 * messages.ts for the catalogue they join. Numbers arrive already grouped (formatAmount).
 */
export const ADAPTER_MESSAGES = {
  // A list of alternatives: "a or b" / "a、b"
  "xlsx.or": { en: "{first} or {rest}", zh: "{first}、{rest}" },

  // The file
  "xlsx.file.notFound": {
    en: "The file “{file}” was not found or is not a regular file. Expected the path of an .xlsx workbook.",
    zh: "找不到文件“{file}”，或该路径不是普通文件。请提供 .xlsx 工作簿的路径。",
  },
  "xlsx.file.unreadable": {
    en: "The file “{file}” could not be read ({detail}). Check that it exists and that you may read it.",
    zh: "无法读取文件“{file}”（{detail}）。请确认文件存在且有读取权限。",
  },
  "xlsx.file.tooLarge": {
    en: "The file is {size}; the largest workbook accepted is {max}.",
    zh: "文件大小为 {size}，超过允许的上限 {max}。",
  },
  "xlsx.file.empty": {
    en: "The file is empty (0 bytes); expected an .xlsx workbook.",
    zh: "文件为空（0 字节），应为 .xlsx 工作簿。",
  },
  "xlsx.file.notZip": {
    en: "The file is not an .xlsx workbook (no zip signature).",
    zh: "文件不是 .xlsx 工作簿（缺少 zip 签名）。",
  },
  "xlsx.file.notZip.pdf": {
    en: "The file is not an .xlsx workbook (no zip signature). It looks like a PDF document.",
    zh: "文件不是 .xlsx 工作簿（缺少 zip 签名）。它看起来是 PDF 文档。",
  },
  "xlsx.file.notZip.text": {
    en: "The file is not an .xlsx workbook (no zip signature). It looks like a text file (for example CSV); open it in Excel and save it as .xlsx.",
    zh: "文件不是 .xlsx 工作簿（缺少 zip 签名）。它看起来是文本文件（例如 CSV），请用 Excel 打开后另存为 .xlsx。",
  },
  "xlsx.file.zipWithoutWorkbook": {
    en: "The file is a zip archive but not an Excel workbook: it has no {parts}.",
    zh: "文件是 zip 压缩包，但不是 Excel 工作簿：缺少 {parts}。",
  },
  "xlsx.file.encryptedOrLegacy": {
    en: "The file is a password-protected workbook or a legacy .xls workbook, which cannot be read. Remove the password or save it as .xlsx.",
    zh: "文件是受密码保护的工作簿或旧版 .xls 工作簿，无法读取。请取消密码保护或另存为 .xlsx。",
  },
  "xlsx.file.truncated": {
    en: "The .xlsx file is incomplete: its zip directory is missing, so it was probably cut off while copying or downloading. Expected a complete workbook; copy or download it again.",
    zh: "该 .xlsx 文件不完整：缺少 zip 目录，可能在复制或下载时被截断。请重新复制或下载完整的工作簿。",
  },

  // The zip package
  "xlsx.zip.corrupt": {
    en: "The workbook's zip structure is damaged ({detail}). Save the workbook again from Excel.",
    zh: "工作簿的 zip 结构已损坏（{detail}）。请在 Excel 中重新保存该工作簿。",
  },
  "xlsx.zip.encryptedEntry": {
    en: "The part “{part}” is encrypted; .xlsx workbooks never encrypt their parts.",
    zh: "部件“{part}”已加密；.xlsx 工作簿的部件不会加密。",
  },
  "xlsx.zip.unsupportedMethod": {
    en: "The part “{part}” uses compression method {method}; .xlsx workbooks use only 0 or 8.",
    zh: "部件“{part}”使用压缩方式 {method}；.xlsx 工作簿只使用 0 或 8。",
  },
  "xlsx.zip.tooManyEntries": {
    en: "The workbook contains {count} parts; at most {max} are accepted.",
    zh: "工作簿包含 {count} 个部件，最多允许 {max} 个。",
  },
  "xlsx.zip.tooLargeUncompressed": {
    en: "The workbook expands to at least {size} when unzipped; at most {max} is accepted.",
    zh: "工作簿解压后至少 {size}，最多允许 {max}。",
  },
  "xlsx.zip.compressionRatio": {
    en: "The workbook expands {ratio} times when unzipped; at most {max} times is accepted. Such ratios are typical of a zip bomb, not of a spreadsheet.",
    zh: "工作簿解压后膨胀 {ratio} 倍，最多允许 {max} 倍。如此高的压缩比是 zip 炸弹的特征，而非正常电子表格。",
  },
  "xlsx.zip.partCompressionRatio": {
    en: "The part “{part}” expands {ratio} times when unzipped; at most {max} times is accepted. Such ratios are typical of a zip bomb, not of a spreadsheet.",
    zh: "部件“{part}”解压后膨胀 {ratio} 倍，最多允许 {max} 倍。如此高的压缩比是 zip 炸弹的特征，而非正常电子表格。",
  },
  "xlsx.zip.sizeMismatch.more": {
    en: "The part “{part}” declares {declared} bytes but expands to more than {actual} bytes; the zip directory does not describe the file truthfully.",
    zh: "部件“{part}”声明大小为 {declared} 字节，实际解压后超过 {actual} 字节；zip 目录与文件内容不符。",
  },
  "xlsx.zip.sizeMismatch.less": {
    en: "The part “{part}” declares {declared} bytes but expands to only {actual} bytes; the zip directory does not describe the file truthfully.",
    zh: "部件“{part}”声明大小为 {declared} 字节，实际解压后仅有 {actual} 字节；zip 目录与文件内容不符。",
  },

  // Sheets
  "xlsx.sheet.dimensionTooLarge": {
    en: "Sheet “{sheet}” declares a used range {ref} of {cells} cells; at most {max} cells are accepted.",
    zh: "工作表“{sheet}”声明的已用区域 {ref} 含 {cells} 个单元格，最多允许 {max} 个。",
  },
  "xlsx.sheet.dimensionOutsideGrid": {
    en: "Sheet “{sheet}” declares a used range {ref} beyond Excel's grid of {grid} rows × columns.",
    zh: "工作表“{sheet}”声明的已用区域 {ref} 超出 Excel 的网格（{grid} 行 × 列）。",
  },
  "xlsx.sheet.cellsSpreadTooWide": {
    en: "Sheet “{sheet}” has cells spread over {rows} rows × {columns} columns ({cells} cells); at most {max} cells are accepted.",
    zh: "工作表“{sheet}”的单元格分布在 {rows} 行 × {columns} 列（{cells} 个单元格），最多允许 {max} 个。",
  },
  "xlsx.sheet.tooManyMerges": {
    en: "Sheet “{sheet}” has more than {max} merged ranges; at most {max} are accepted.",
    zh: "工作表“{sheet}”的合并区域超过 {max} 个，最多允许 {max} 个。",
  },
  "xlsx.sheet.mergeTooLarge": {
    en: "Sheet “{sheet}” merges {ref}, {cells} cells; a merged range may cover at most {max} cells.",
    zh: "工作表“{sheet}”合并了 {ref}（{cells} 个单元格），单个合并区域最多允许 {max} 个单元格。",
  },
  "xlsx.sheet.mergeOutsideGrid": {
    en: "Sheet “{sheet}” merges {ref}, which lies beyond Excel's grid of {grid} rows × columns.",
    zh: "工作表“{sheet}”合并了 {ref}，超出 Excel 的网格（{grid} 行 × 列）。",
  },
  "xlsx.sheet.mergedCellsTooMany": {
    en: "Sheet “{sheet}” has merged ranges covering more than {max} cells in total; at most {max} are accepted.",
    zh: "工作表“{sheet}”的合并区域合计超过 {max} 个单元格，最多允许 {max} 个。",
  },
  "xlsx.sheet.invalidMergeRange": {
    en: "Sheet “{sheet}” has a merged range “{ref}” that is not a valid A1 range.",
    zh: "工作表“{sheet}”的合并区域“{ref}”不是有效的 A1 区域。",
  },

  "xlsx.sheet.cellsSpreadTooThin": {
    en: "Sheet “{sheet}” holds {held} cells but spreads them over {rows} rows and up to {columns} columns ({laidOut} cells to lay out); at most {max} are accepted. Delete the stray cells far to the right or below, then save again.",
    zh: "工作表“{sheet}”仅有 {held} 个单元格，却分布在 {rows} 行、最多 {columns} 列（需展开 {laidOut} 个单元格），最多允许 {max} 个。请删除右侧或下方远处的零散单元格后重新保存。",
  },
  "xlsx.sheet.rowNumberInvalid": {
    en: "Sheet “{sheet}” has a row numbered “{row}”, which is not a row of Excel's grid (1 to 1,048,576); the file was not written correctly.",
    zh: "工作表“{sheet}”中有编号为“{row}”的行，不是 Excel 网格中的行（1 至 1,048,576）；该文件写入有误。",
  },
  "xlsx.sheet.rowOutOfOrder": {
    en: "Sheet “{sheet}”, row {row}: the file lists row {row} again after row {previous} (rows repeated or out of order), so which cells are in that row is ambiguous; nothing was read. Open the file in Excel or LibreOffice, check row {row}, and save it again.",
    zh: "工作表“{sheet}”第 {row} 行：文件在第 {previous} 行之后再次列出第 {row} 行（行重复或顺序错乱），该行包含哪些单元格无法确定，未读取任何内容。请在 Excel 或 LibreOffice 中打开文件，检查第 {row} 行后重新保存。",
  },
  "xlsx.sheet.cellRefInvalid": {
    en: "Sheet “{sheet}”, row {row}: a cell is addressed “{ref}”, which is not a cell of Excel's grid; the file was not written correctly.",
    zh: "工作表“{sheet}”第 {row} 行：有单元格的地址为“{ref}”，不是 Excel 网格中的单元格；该文件写入有误。",
  },
  "xlsx.sheet.cellOutsideRow": {
    en: "Sheet “{sheet}”, cell {ref}: the file lists it inside row {row}, so where it belongs is ambiguous; nothing was read. Open the file in Excel or LibreOffice and save it again.",
    zh: "工作表“{sheet}”单元格 {ref}：文件把它列在第 {row} 行中，其位置无法确定，未读取任何内容。请在 Excel 或 LibreOffice 中打开文件后重新保存。",
  },
  "xlsx.sheet.cellOutOfOrder": {
    en: "Sheet “{sheet}”, cell {ref}: the file lists it after {previous} (cells repeated or out of order), so its value is ambiguous; nothing was read. Open the file in Excel or LibreOffice and save it again.",
    zh: "工作表“{sheet}”单元格 {ref}：文件把它列在 {previous} 之后（单元格重复或顺序错乱），其值无法确定，未读取任何内容。请在 Excel 或 LibreOffice 中打开文件后重新保存。",
  },
  "xlsx.sheet.sharedStringMissing": {
    en: "Sheet “{sheet}”, cell {ref}: the cell refers to shared text number {index}, which the file does not hold; the file was not written correctly.",
    zh: "工作表“{sheet}”单元格 {ref}：该单元格引用了第 {index} 号共享文本，但文件中没有该文本；该文件写入有误。",
  },
  "xlsx.sheet.partMissing": {
    en: "Sheet “{sheet}”: its part {part} is missing from the file; the file is incomplete. Open it in Excel and save it again.",
    zh: "工作表“{sheet}”：文件中缺少其部件 {part}，文件不完整。请在 Excel 中打开并重新保存。",
  },
  "xlsx.part.malformed": {
    en: "The part {part} of the workbook is not well-formed XML ({detail}). Open the file in Excel or LibreOffice and save it again as .xlsx.",
    zh: "工作簿的部件 {part} 不是格式正确的 XML（{detail}）。请在 Excel 或 LibreOffice 中打开并重新另存为 .xlsx。",
  },

  "xlsx.write.rebuilt": {
    en: "The workbook's own sheets could not be carried over as they are (written by a program whose files the writer cannot load faithfully); the scored copy holds their values, formulas, number formats and tables as read and scored, without their other formatting. The input file is unchanged.",
    zh: "无法原样保留该工作簿自身的工作表（由写入组件无法忠实载入其文件的程序生成）；评分副本保存了读取和评分时的值、公式、数字格式和表格，但未保留其他格式。输入文件未改动。",
  },
  // Parsing
  "xlsx.parse.timeout": {
    en: "Reading the workbook took longer than {seconds} s and was stopped. Remove unneeded sheets, rows or formatting and try again.",
    zh: "读取工作簿超过 {seconds} 秒，已停止。请删除不需要的工作表、行或格式后重试。",
  },
  "xlsx.parse.outOfMemory": {
    en: "Reading the workbook needed more than {megabytes} MB of memory and was stopped. Remove unneeded sheets, rows or formatting and try again.",
    zh: "读取工作簿所需内存超过 {megabytes} MB，已停止。请删除不需要的工作表、行或格式后重试。",
  },
  "xlsx.parse.failed": {
    en: "The workbook could not be read ({detail}). Open it in Excel and save it again as .xlsx.",
    zh: "无法读取工作簿（{detail}）。请在 Excel 中打开并重新另存为 .xlsx。",
  },

  // The Office.js adapter
  "office.excelVersion": {
    en: "Governance Scorecard needs Excel with ExcelApi {requiredSet}: Microsoft 365, Excel 2019 or later, Excel on the web, or Excel for Mac 16.9 or later.",
    zh: "治理评分卡需要支持 ExcelApi {requiredSet} 的 Excel：Microsoft 365、Excel 2019 或更高版本、网页版 Excel，或 Mac 版 Excel 16.9 及以上。",
  },
  "office.workbookProtected": {
    en: "The workbook structure is protected, so no sheet can be added or replaced. Unprotect the workbook and try again.",
    zh: "工作簿结构受保护，无法添加或替换工作表。请撤销工作簿保护后重试。",
  },
  "office.sheetProtected": {
    en: 'The sheet "{sheet}" is protected and would be replaced. Unprotect it and try again.',
    zh: "工作表“{sheet}”受保护，而本次需要替换它。请撤销该工作表的保护后重试。",
  },
  "office.sheetNameTaken": {
    en: 'A sheet named "{sheet}" exists and is not one the add-in wrote, so it is left alone and nothing was written.',
    zh: "已有名为“{sheet}”的工作表且并非本加载项生成，为保护该表未做任何写入。",
  },
  "office.sheetMissing": {
    en: 'There is no sheet named "{sheet}".',
    zh: "没有名为“{sheet}”的工作表。",
  },
  "office.sheetTooLarge": {
    en: 'The used range of "{sheet}" spans {cells} cells, more than the {limit} the add-in reads. Delete stray values far from the data and try again.',
    zh: "工作表“{sheet}”的已用区域共 {cells} 个单元格，超过加载项可读取的 {limit} 个。请删除远离数据区域的零散内容后重试。",
  },
  "office.invalidPlan": {
    en: "Cannot write the sheets: {what}.",
    zh: "无法写入工作表：{what}。",
  },
  "office.writeFailed.restored": {
    en: "Excel refused the write ({reason}); the workbook is unchanged.",
    zh: "Excel 拒绝了本次写入（{reason}），工作簿未作任何改动。",
  },
  "office.writeFailed.sheetsRemoved": {
    en: "Excel refused the write ({reason}) after the old result sheets were removed; score again to rebuild them.",
    zh: "Excel 在删除旧结果表后拒绝了写入（{reason}），请重新评分以重建结果表。",
  },
  /** Who scored from the ribbon: Office.js names no user without single sign-on. */
  "office.ribbonUser": { en: "Excel ribbon", zh: "Excel 功能区" },
  /** Shown, in both languages, when the task pane cannot start at all. */
  "office.paneFailedToStart": {
    en: "Governance Scorecard could not start. Reload the task pane.",
    zh: "治理评分卡无法启动，请重新加载任务窗格。",
  },
} as const;
