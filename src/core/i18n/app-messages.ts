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
  "app.issue.auditLogMissing": {
    en: "This workbook was scored before, but its audit log is missing: the history cannot be continued. To start a new audit chain on purpose, give a reason (govscore: --new-chain REASON); its first row records that the old log was missing",
    zh: "本工作簿曾经评分，但审计日志缺失，无法延续历史记录。如确需开始新的审计链，请说明理由（govscore：--new-chain 理由）；新链首行将记录原日志缺失",
  },
  "app.issue.auditLogBroken": {
    en: "The audit log does not verify ({detail}): nothing is added to a broken history. To start a new audit chain on purpose, give a reason (govscore: --new-chain REASON); its first row records the old chain's head",
    zh: "审计日志校验未通过（{detail}），不得在损坏的记录上追加。如确需开始新的审计链，请说明理由（govscore：--new-chain 理由）；新链首行将记录原链的链头",
  },
  "app.issue.auditOtherClient": {
    en: "The audit log belongs to client {chain}, not to this workbook's client {client} (copied from another workbook?). To start a new audit chain on purpose, give a reason (govscore: --new-chain REASON)",
    zh: "审计日志属于客户{chain}，而非本工作簿的客户{client}（是否从其他工作簿复制？）。如确需开始新的审计链，请说明理由（govscore：--new-chain 理由）",
  },
  "app.issue.auditLogRewritten": {
    en: "The scorecard was written when the audit log had {rows} rows ending in {hash}; the log now has {foundRows} (rows removed or replaced): nothing is added to a rewritten history. To start a new audit chain on purpose, give a reason (govscore: --new-chain REASON)",
    zh: "评分卡写入时审计日志共{rows}行、末行哈希为{hash}，现为{foundRows}行（记录被删除或替换），不得在被改写的记录上追加。如确需开始新的审计链，请说明理由（govscore：--new-chain 理由）",
  },
  "app.issue.newChainReason": {
    en: "Starting a new audit chain needs a written reason",
    zh: "开始新的审计链须填写书面理由",
  },
  "app.audit.chainNew": { en: "new audit chain", zh: "新建审计链" },
  "app.audit.chainRestarted": {
    en: "new audit chain started on purpose: {reason}; {previous}",
    zh: "人工开始新的审计链：{reason}；{previous}",
  },
  "app.audit.previousNone": { en: "there was no previous log", zh: "此前无审计日志" },
  "app.audit.previousHead": {
    en: "previous chain {chain}… had {rows} rows, head {head}",
    zh: "原审计链{chain}…共{rows}行，链头{head}",
  },
  "app.notice.overrideDropped": {
    en: "The previous scorecard carried an override to grade {grade} by {officer}; it applied to the old score and was not carried over. Override again if it still holds.",
    zh: "原评分卡记录了{officer}将等级改为{grade}的人工调整；该调整针对原评分，未沿用。如仍适用，请重新调整。",
  },
  "app.notice.markerOnInput": {
    en: "The defined name {marker} points at the sheet {sheet}, which holds input data; it was not taken for the product's {role} sheet, and that sheet is left as it is.",
    zh: "定义名称{marker}指向存放输入数据的工作表“{sheet}”；未将其视为本产品的{role}工作表，该工作表保持不变。",
  },
  "app.notice.markerNotProduct": {
    en: "The defined name {marker} points at the sheet {sheet}, which is not a {role} sheet written by this product; the name was ignored and the sheet left as it is.",
    zh: "定义名称{marker}指向的工作表“{sheet}”并非本产品生成的{role}工作表；已忽略该名称，该工作表保持不变。",
  },
  "app.notice.markerNoSheet": {
    en: "The defined name {marker} points at a sheet {sheet} that the workbook does not have; the name was ignored.",
    zh: "定义名称{marker}指向的工作表“{sheet}”在工作簿中不存在；已忽略该名称。",
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

  // File jobs
  "app.job.failed": {
    en: "The workbook could not be processed ({detail}).",
    zh: "无法处理该工作簿（{detail}）。",
  },
  "app.job.writeFailed": {
    en: "The output {file} could not be written ({detail}); nothing was changed.",
    zh: "无法写入输出文件{file}（{detail}），未作任何修改。",
  },
  "app.job.changedMeanwhile": {
    en: "{file} was changed by someone else while this command worked on it; it was left as the other change made it, and nothing was written. Run the command again.",
    zh: "本命令处理期间，{file}已被他人修改；已保留其修改，本次未写入任何内容。请重新运行命令。",
  },
  "app.job.createdMeanwhile": {
    en: "{file} was created by someone else while this command worked; it was left as it is, and nothing was written. Run the command again.",
    zh: "本命令处理期间，{file}已由他人创建；该文件保持不变，本次未写入任何内容。请重新运行命令。",
  },
  "app.job.removedMeanwhile": {
    en: "{file} was removed or moved by someone else while this command worked on it; nothing was written. Run the command again.",
    zh: "本命令处理期间，{file}已被他人删除或移动；本次未写入任何内容。请重新运行命令。",
  },
  "app.job.locked": {
    en: "{file} is being written by another govscore command ({holder}, lock file {lock}); nothing was written. Run the command again when it has finished, or remove the lock file if no such command runs.",
    zh: "{file}正由另一个govscore命令写入（{holder}，锁文件{lock}），本次未写入任何内容。请待其完成后重新运行；如确无该命令在运行，可删除该锁文件。",
  },
  "app.job.lockHolder": {
    en: "process {pid} on {host} since {since}",
    zh: "主机{host}上的进程{pid}，始于{since}",
  },
  "app.job.lockHolderUnknown": { en: "holder unknown", zh: "持有者不明" },
  "app.job.outputIsInput": {
    en: "The output {file} is the input workbook itself; it is never overwritten. Choose another output.",
    zh: "输出文件{file}即输入工作簿本身，不会被覆盖。请另选输出位置。",
  },

  // Audit log reasons
  "app.audit.modelChanged": {
    en: "Model parameters changed: fingerprint {previous}… → {current}…",
    zh: "模型参数已变更：指纹 {previous}… → {current}…",
  },
  "app.audit.modelMigrated": {
    en: "Model schema migrated from {from} to {to}; no parameter value changed (parameters added with the values that reproduce earlier results): fingerprint {previous}… → {current}…",
    zh: "模型结构由{from}版迁移至{to}版，参数取值未变（新增参数取复现原结果的值）：指纹 {previous}… → {current}…",
  },
  "app.issue.schemaOlder": {
    en: "This workbook's model sheet has model schema {found}; this release writes schema {current}. Score it again first (the migration is logged), then override",
    zh: "本工作簿评分模型表的模型结构版本为{found}，本版本写入{current}版。请先重新评分（迁移将记入审计日志），再调整评级",
  },
  "app.audit.approved": {
    en: "Upgrade {from} → {to} approved by {approver}",
    zh: "上调 {from} → {to} 已由{approver}审批",
  },

  // Verification
  "app.verify.layoutVersion": {
    en: "The scorecard records workbook layout “{found}”; this release verifies layouts {known} (a newer release wrote it, or the cell was edited)",
    zh: "评分卡记录的工作簿版式为“{found}”；本版本可核验的版式为{known}（由更新的版本写入，或该单元格被修改）",
  },
  "app.verify.ok": {
    en: "OK: {cells} cells of the scorecard, model and audit-log sheets and {rows} audit-log rows check out. Score {score}, model grade {model}, final grade {final}.",
    zh: "校验通过：评分卡、模型表与审计日志的{cells}个单元格及审计日志{rows}行均一致。得分{score}，模型等级{model}，最终等级{final}。",
  },
  "app.verify.nonStandard": {
    en: "Scored with NON-STANDARD model parameters ({count} differ from approved model {version}): the grade is not final.",
    zh: "按非标准模型参数评分（与已批准模型 {version} 相比 {count} 项不同）：评级非最终结论。",
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
  "app.verify.formula": {
    en: "the cell holds the formula {found} where the product wrote {expected}",
    zh: "单元格中的公式为{found}，本产品写入的是{expected}",
  },
  "app.verify.value": {
    en: "the cell holds {found} where the product wrote {expected}",
    zh: "单元格内容为{found}，本产品写入的是{expected}",
  },
  "app.verify.valueReplaced": {
    en: "the cell holds the formula {found} where the product wrote the value {expected}",
    zh: "单元格中为公式{found}，本产品写入的是数值{expected}",
  },
  "app.verify.unexpectedCell": {
    en: "the product left this cell blank; it now holds {found}",
    zh: "本产品未在此单元格写入内容，现为{found}",
  },
  "app.verify.notLogged": {
    en: "the scorecard shows {found} where the audit log records {expected}",
    zh: "评分卡显示为{found}，审计日志记录为{expected}",
  },
  "app.verify.overrideNotShown": {
    en: "the audit log records an override by {officer} that the scorecard does not show",
    zh: "审计日志记录了{officer}的人工调整，评分卡上却没有",
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
  "app.verify.auditHead": {
    en: "the scorecard was written when the audit log had {rows} rows ending in {hash}; it now has {foundRows} ending in {foundHash} (rows removed or replaced)",
    zh: "评分卡写入时审计日志共{rows}行、末行哈希为{hash}；现为{foundRows}行、末行哈希为{foundHash}（有记录被删除或替换）",
  },
  "app.verify.anchorNone": {
    en: "no anchored audit head belongs to this workbook's audit chain {chain} (the log was replaced, or the anchor file is another's)",
    zh: "外部留存的审计链头中没有属于本工作簿审计链{chain}的记录（日志被替换，或留存文件不对应）",
  },
  "app.verify.anchorMissing": {
    en: "the audit log no longer holds the anchored head: row {rows} with hash {hash} (rows were removed or rewritten after it was kept)",
    zh: "审计日志中已无外部留存的链头：第{rows}行、哈希{hash}（留存后有记录被删除或改写）",
  },
  "app.verify.overrideNotLogged": {
    en: "the scorecard records an override that the audit log does not",
    zh: "评分卡记录了人工调整，审计日志中却没有相应记录",
  },
  "app.verify.unreadable": {
    en: "the workbook cannot be scored again to check it:",
    zh: "无法重新评分以进行校验：",
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
  "app.portfolio.reportSheet": { en: "Report", zh: "组合报表" },
  "app.portfolio.reportTitle": {
    en: "Governance scorecard: portfolio report",
    zh: "公司治理评分：组合报表",
  },
  "app.portfolio.chartTitle": { en: "Clients by final grade", zh: "各最终等级客户数" },
  "app.portfolio.col.file": { en: "File", zh: "文件" },
  "app.portfolio.col.client": { en: "Client", zh: "客户名称" },
  "app.portfolio.col.clientId": { en: "Client ID", zh: "客户编号" },
  "app.portfolio.col.modelGrade": { en: "Model grade", zh: "模型等级" },
  "app.portfolio.col.finalGrade": { en: "Final grade", zh: "最终等级" },
  "app.portfolio.col.override": { en: "Override", zh: "人工调整" },
  "app.portfolio.override": { en: "{grade} (by {officer})", zh: "{grade}（{officer}）" },
  "app.portfolio.col.approval": { en: "Approval", zh: "审批状态" },
  "app.portfolio.approvedBy": { en: "approved by {approver}", zh: "已审批（{approver}）" },
  "app.portfolio.col.requestedLimit": { en: "Requested limit", zh: "申请额度" },
  "app.portfolio.col.officer": { en: "Scored by", zh: "经办人员" },
  "app.portfolio.col.scoredAt": { en: "Scored at", zh: "评分时间" },
  "app.portfolio.col.modelFingerprint": { en: "Model fingerprint", zh: "模型指纹" },
  "app.portfolio.col.modelStatus": { en: "Model status", zh: "模型状态" },
  "app.portfolio.nonStandard": {
    en: "NON-STANDARD: {count} {count|parameter differs|parameters differ} from model {version}; grade not final. {change}",
    zh: "非标准模型参数：与模型 {version} 相比 {count} 项不同，评级非最终结论。{change}",
  },
  "app.portfolio.col.auditHead": {
    en: "Audit head (chain rows hash)",
    zh: "审计链头（链 行数 哈希）",
  },
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
    en: "not scored, {count} {count|problem|problems}; first: {first}",
    zh: "未评分，共{count}个问题；第一个：{first}",
  },

  // Command line
  "cli.usage": {
    en: `govscore: governance scorecard for corporate borrowers

Usage:
  govscore template <out.xlsx> [--lang zh|en] [--force] [--group]
      Write a blank client workbook (shareholders, board, profile); with --group a
      blank group workbook (members, guarantees, group profile). An existing
      file is kept unless --force is given.
  govscore group <group.xlsx> [--members DIR] [--out DIR] [--json] [--lang zh|en] [--force]
                 [--user NAME]
      Assess a group: structure, look-through stakes, derived F5 inputs, the group
      credit cap and allocation, guarantee findings. Uses the members' verified
      *.scored.xlsx in DIR (default: the group workbook's folder); writes
      <name>.group.xlsx (kept unless --force) with an audit log: a groupAssessed
      row per run, continuing the log of the output it replaces.
  govscore score <file.xlsx | folder> [--out DIR] [--lang zh|en] [--json] [--user NAME]
                 [--jobs N] [--memory-mb MB] [--force] [--amount-unit yuan|wan]
                 [--group GROUP.xlsx]
      Score one workbook, or every .xlsx in a folder (in parallel; *.scored.xlsx,
      the product's portfolio.xlsx and ~$ lock files are skipped). Writes
      <name>.scored.xlsx beside the input or in DIR, never over the input (a
      .scored.xlsx the product wrote is scored again in place). A folder
      run also writes portfolio.xlsx, portfolio.csv and portfolio.json. A name two
      inputs would share (A.xlsx, A.XLSX), or a file there that govscore did not
      write, is kept and the output gets a numbered name, e.g. "A (2).scored.xlsx"
      (said on stderr); --force replaces files govscore did not write.
      --json prints one JSON object per workbook, as an array, on stdout.
      --user names the person in the audit log (default: the login name).
      --jobs N scores at most N workbooks at a time (default and most: one per core).
      --memory-mb MB the memory the run's workers may use in all (default 2048;
      at least 512 MB per job, so fewer jobs run when the budget is small).
      --new-chain REASON starts a new audit chain where the log is missing, broken
      or another client's (refused otherwise); the new chain records the old head.
      Every written workbook prints its audit head: keep it (portfolio.json holds it).
      --amount-unit yuan|wan shows the committee summary's limits in yuan (default) or
      in units of 10,000 (wan); a scored workbook keeps its unit unless told.
      Model parameters: an approved model only (built in: model 1, and model 2 from
      2026-12-01; or one in --models FILE / GOVSCORE_MODELS). A model sheet that is not an approved model is ignored and
      reported; --use-workbook-model scores with it as NON-STANDARD parameters (the
      grade is not final; the change is logged and waits for govscore approve).
      --group GROUP.xlsx fills each member's blank F5 items (matched by client ID)
      from the group workbook, the worse value winning on conflict; the scorecard
      records them, their cells and the group's fingerprint (verify needs only the
      member's workbook). A client the group does not list is scored alone, said.
  govscore override <scored.xlsx> --grade A|B|C|D --reason TEXT --officer NAME
                    [--out FILE] [--lang zh|en]
      Record an officer's override. A downgrade needs a reason and takes effect; an
      upgrade (one grade at most) waits for a second person's approval. Written back
      into a .scored.xlsx, otherwise to --out FILE.
  govscore approve <scored.xlsx> --approver NAME [--out FILE] [--lang zh|en]
      The second person approves the upgrade pending on the scorecard, and a pending
      change to non-standard model parameters (never the person who made it). Names
      are declared, not verified: the log says so.
  govscore verify <scored.xlsx> [--anchor FILE] [--lang zh|en]
      Score the workbook again from its inputs and model sheet and check every
      scorecard figure, both fingerprints and the audit log. --anchor FILE
      (portfolio.json, --json output, or lines "chain rows hash") also checks that
      the log still holds the heads kept there.
  score, override, approve and verify take --models FILE: the bank's approved-models
  file (default: the file GOVSCORE_MODELS names, else the built-in models alone).
  govscore register import <folder | scored.xlsx> --db <file.sqlite | postgres://...>
      Verify each scored workbook and record its client, scorings and every audit
      event in the register (SQLite file, or PostgreSQL); an event already there
      is not added again; a workbook that does not verify is named, not recorded.
  score, override and approve take --db to record what they wrote; verify --db
  fails when the audit log does not extend what the register holds for it.
  govscore models <workbook.xlsx> --version LABEL --effective YYYY-MM-DD [--models FILE]
      Print an approved-models file (JSON, stdout): the sets of --models and the
      workbook's model-sheet parameters as a new set, its fingerprint computed.
  govscore help

Language: --lang, else LC_ALL / LANG (zh… gives Chinese), else English.
Exit codes: 0 done; 1 a workbook could not be scored, an override was refused or a
check failed; 2 usage error.`,
    zh: `govscore：企业借款人公司治理评分卡

用法：
  govscore template <输出.xlsx> [--lang zh|en] [--force] [--group]
      生成空白客户工作簿（股东名册、董事会、治理概况）；加 --group 生成空白集团
      工作簿（集团成员、担保关系、集团概况）。文件已存在时不覆盖，除非指定 --force。
  govscore group <集团.xlsx> [--members 目录] [--out 目录] [--json] [--lang zh|en] [--force]
                 [--user 姓名]
      集团客户评估：股权结构、穿透持股、F5 派生输入、集团授信上限与分配、担保
      网络。采用目录（默认为集团工作簿所在文件夹）中通过校验的成员 *.scored.xlsx；
      写入 <名称>.group.xlsx（已存在时不覆盖，除非指定 --force），含审计日志：每次
      运行追加一行 groupAssessed，并延续被替换输出文件的日志。
  govscore score <文件.xlsx | 文件夹> [--out 目录] [--lang zh|en] [--json] [--user 姓名]
                 [--jobs N] [--memory-mb MB] [--force] [--amount-unit yuan|wan]
                 [--group 集团.xlsx]
      为一个工作簿评分，或为文件夹中的每个 .xlsx 评分（并行；跳过 *.scored.xlsx、
      本产品写出的 portfolio.xlsx 及 ~$ 临时文件）。在输入文件旁或指定目录中写入
      <名称>.scored.xlsx，绝不覆盖输入文件（本产品写出的 .scored.xlsx 重新评分时原地更新）。文件夹评分另写入 portfolio.xlsx、
      portfolio.csv 和 portfolio.json。两个输入会写出同名文件（A.xlsx 与 A.XLSX），
      或同名文件已存在且非 govscore 写出时，保留原文件，输出改用带编号的名称，
      如“A (2).scored.xlsx”（在标准错误输出中说明）；--force 覆盖非 govscore 写出的文件。
      --json 在标准输出打印 JSON 数组，每个工作簿一个对象。
      --user 审计日志中记录的操作人（默认为登录名）。
      --jobs N 同时评分的工作簿数上限（默认及最多为 CPU 核数）。
      --memory-mb MB 本次运行各工作线程合计可用内存（默认 2048；每个任务至少
      512 MB，预算较小时减少并行数）。
      --new-chain 理由 在审计日志缺失、损坏或属于其他客户时开始新的审计链
      （否则拒绝）；新链记录原链头。每个写出的工作簿都会打印审计链头，请留存
      （portfolio.json 中亦有）。
      --amount-unit yuan|wan 评审摘要中的额度以元（默认）或万元列示；再次评分时沿用
      工作簿原有单位，除非另行指定。
      模型参数：仅使用已批准模型（内置模型 1，及自 2026-12-01 起生效的模型 2；或
      --models 文件 / GOVSCORE_MODELS 中的模型）。模型工作表若非已批准模型则忽略并提示；--use-workbook-model 按其参数
      评分，视为非标准模型参数（评级非最终结论；变更记入日志，待 govscore approve）。
      --group 集团.xlsx 按客户编号匹配集团成员，用集团工作簿填入空白的F5项目，与本户
      填写不一致时取较差值；评分卡记录取值、来源单元格及集团工作簿指纹（核验只需成员
      本身的工作簿）。集团未列出的客户按单户评分并提示。
  govscore override <已评分.xlsx> --grade A|B|C|D --reason 理由 --officer 姓名
                    [--out 文件] [--lang zh|en]
      记录信贷员的人工调整。下调须填写理由，立即生效；上调（最多一级）须经
      另一人审批后生效。写回 .scored.xlsx，否则写入 --out 指定的文件。
  govscore approve <已评分.xlsx> --approver 姓名 [--out 文件] [--lang zh|en]
      由第二人审批评分卡上待审批的上调及待批准的非标准模型参数变更（不得为变更人
      本人）。姓名为自行填写，未经验证，审计日志如实记录。
  govscore verify <已评分.xlsx> [--anchor 文件] [--lang zh|en]
      依据输入数据和模型参数表重新评分，核对评分卡每个数值、两个指纹及审计日志。
      --anchor 文件（portfolio.json、--json 输出，或每行“链 行数 哈希”）另核对
      日志是否仍包含该文件留存的链头。
  score、override、approve 和 verify 均接受 --models 文件：本行的已批准模型文件
  （默认为 GOVSCORE_MODELS 指定的文件，否则仅内置模型）。
  govscore register import <文件夹 | 已评分.xlsx> --db <文件.sqlite | postgres://...>
      校验每个已评分工作簿，并将其客户、评分及全部审计事件登记到登记簿（SQLite
      文件或 PostgreSQL）；已登记的事件不重复添加；校验未通过的工作簿列明、不予登记。
  score、override 和 approve 接受 --db，登记其写出的工作簿；verify --db 在审计
  日志未延续登记簿所持记录时判为不通过。
  govscore models <工作簿.xlsx> --version 标签 --effective YYYY-MM-DD [--models 文件]
      输出已批准模型文件（JSON，标准输出）：--models 中的参数集，加上该工作簿模型
      工作表的参数作为新参数集，并计算其指纹。
  govscore help

语言：--lang；否则依据 LC_ALL / LANG（以 zh 开头为中文）；否则为英文。
退出码：0 完成；1 有工作簿无法评分、人工调整被拒绝或校验未通过；2 用法错误。`,
  },
  "cli.usage.unknownCommand": {
    en: "Unknown command {command}.",
    zh: "未知命令 {command}。",
  },
  "cli.usage.noCommand": { en: "No command given.", zh: "未指定命令。" },
  "cli.usage.unknownOption": {
    en: "Unknown option {option} for {command}.",
    zh: "{command} 不支持选项 {option}。",
  },
  "cli.usage.optionValue": {
    en: "The option {option} needs a value.",
    zh: "选项 {option} 需要一个值。",
  },
  "cli.usage.extraArgument": {
    en: "Unexpected argument {argument} for {command}.",
    zh: "{command} 不接受参数 {argument}。",
  },
  "cli.usage.missingArgument": {
    en: "{command} needs {argument}.",
    zh: "{command} 需要 {argument}。",
  },
  "cli.usage.missingOption": {
    en: "{command} needs {option}.",
    zh: "{command} 需要 {option}。",
  },
  "cli.usage.badLanguage": {
    en: "--lang must be zh or en, not {value}.",
    zh: "--lang 只能为 zh 或 en，不能为 {value}。",
  },
  "cli.usage.badMemory": {
    en: "--memory-mb must be a whole number of MB, at least {least}, not {value}.",
    zh: "--memory-mb 须为不小于 {least} 的整数（MB），不能为 {value}。",
  },
  "cli.jobsMemory": {
    en: "{jobs} jobs at once would exceed the memory budget of {budget} MB ({least} MB each at least): scoring {fit} at a time (raise it with --memory-mb).",
    zh: "同时运行 {jobs} 个任务将超出 {budget} MB 的内存预算（每个任务至少 {least} MB），改为每次 {fit} 个（可用 --memory-mb 调整）。",
  },
  "cli.usage.badJobs": {
    en: "--jobs must be a whole number of at least 1, not {value}.",
    zh: "--jobs 须为不小于 1 的整数，不能为 {value}。",
  },
  "cli.usage.badGrade": {
    en: "--grade must be one of A, B, C, D, not {value}.",
    zh: "--grade 只能为 A、B、C、D 之一，不能为 {value}。",
  },
  "cli.usage.overrideOut": {
    en: "{file} is not a .scored.xlsx file; give --out FILE for the overridden copy.",
    zh: "{file} 不是 .scored.xlsx 文件；请用 --out 指定调整后副本的文件名。",
  },
  "cli.usage.seeHelp": {
    en: "Run govscore help for usage.",
    zh: "运行 govscore help 查看用法。",
  },
  "cli.notFound": { en: "{path} was not found.", zh: "找不到 {path}。" },
  "cli.noWorkbooks": {
    en: "No .xlsx workbooks to score in {folder}.",
    zh: "{folder} 中没有待评分的 .xlsx 工作簿。",
  },
  "cli.outNotFolder": {
    en: "--out {path} is not a folder.",
    zh: "--out {path} 不是文件夹。",
  },
  "cli.outNotWritable": {
    en: "--out {path} cannot be written to ({detail}); nothing was scored.",
    zh: "无法写入 --out {path}（{detail}），未评分任何工作簿。",
  },
  "cli.folderNotWritable": {
    en: "{path} cannot be written to ({detail}), and the scored copies go beside the inputs: give --out DIR. Nothing was scored.",
    zh: "无法写入 {path}（{detail}），而评分副本写在输入文件旁：请用 --out 指定目录。未评分任何工作簿。",
  },
  "cli.outputTaken": {
    en: "{file}: {wanted} is also the scored copy of {other} (names that differ only in case are one file on Windows and macOS); written to {output} instead.",
    zh: "{file}：{wanted} 也是 {other} 的评分副本（仅大小写不同的文件名在 Windows 和 macOS 上是同一个文件），改写入 {output}。",
  },
  "cli.outputNotOurs": {
    en: "{file}: {wanted} exists and was not written by govscore; it is kept and the scored copy is written to {output} (--force replaces it).",
    zh: "{file}：{wanted} 已存在且不是 govscore 写出的，予以保留，评分副本改写入 {output}（--force 可覆盖）。",
  },
  "cli.portfolioNotOurs": {
    en: "{wanted} (or its .csv or .json) exists and was not written by govscore; it is kept and the portfolio is written to {xlsx}, {csv} and {json} (--force replaces it).",
    zh: "{wanted}（或同名 .csv、.json）已存在且不是 govscore 写出的，予以保留，组合汇总改写入 {xlsx}、{csv} 和 {json}（--force 可覆盖）。",
  },
  "cli.jobsClamped": {
    en: "--jobs {value} is more than the {cores} processor {cores|core|cores} of this machine; {cores} {cores|workbook is|workbooks are} scored at a time.",
    zh: "--jobs {value} 超过本机 {cores} 个处理器核心，改为同时评分 {cores} 个工作簿。",
  },
  "cli.outUnusable": {
    en: "--out {path} cannot be created ({detail}).",
    zh: "无法创建 --out {path}（{detail}）。",
  },
  "cli.scored": {
    en: "{file}: {client}: grade {grade}, score {score}, completeness {completeness}, adjusted rating {rating}, limit {limit}, tenor {tenor}, {flags} red {flags|flag|flags} → {output}",
    zh: "{file}：{client}：等级 {grade}，得分 {score}，数据完整度 {completeness}，调整后评级 {rating}，建议额度 {limit}，期限 {tenor}，风险信号 {flags} 项 → {output}",
  },
  "cli.gradeOverridden": { en: "{final} (model {model})", zh: "{final}（模型 {model}）" },
  "cli.gradeNotFinal": {
    en: "{grade} NOT FINAL: non-standard model parameters",
    zh: "{grade}（非最终结论：非标准模型参数）",
  },
  "cli.models.entry": {
    en: "Model set {version}: fingerprint {fingerprint}. The file above approves nothing until the bank distributes it (--models, GOVSCORE_MODELS, the add-in's build).",
    zh: "模型参数集 {version}：指纹 {fingerprint}。上述文件须经本行发布（--models、GOVSCORE_MODELS、加载项构建）后方生效。",
  },
  "cli.modelsUnreadable": {
    en: "The approved-models file {file} cannot be read ({detail}); nothing was scored.",
    zh: "无法读取已批准模型文件 {file}（{detail}），未进行评分。",
  },
  "cli.modelsRefused": {
    en: "The approved-models file {file} is refused; nothing was scored:",
    zh: "已批准模型文件 {file} 未通过校验，未进行评分：",
  },
  "cli.months": { en: "{months} months", zh: "{months}个月" },
  "cli.none": { en: "—", zh: "—" },
  "cli.noClientName": { en: "(no client name)", zh: "（无客户名称）" },
  "cli.failed": {
    en: "{file}: not scored ({count} {count|problem|problems}):",
    zh: "{file}：未评分（{count} 个问题）：",
  },
  "cli.notice": { en: "  note: {text}", zh: "  提示：{text}" },
  "cli.issue": { en: "  {text}", zh: "  {text}" },
  "cli.portfolio": {
    en: "Portfolio: {scored} scored, {failed} not scored → {xlsx}, {csv}, {json}",
    zh: "组合汇总：已评分 {scored} 个，未评分 {failed} 个 → {xlsx}、{csv}、{json}",
  },
  "cli.template.written": { en: "Template written: {file}", zh: "已生成模板：{file}" },
  "cli.template.exists": {
    en: "{file} already exists; it was left as it is. Use --force to replace it.",
    zh: "{file} 已存在，未作修改。如需替换，请使用 --force。",
  },
  "cli.template.failed": {
    en: "The template could not be written to {file} ({detail}).",
    zh: "无法将模板写入 {file}（{detail}）。",
  },
  "cli.override.done": {
    en: "Override recorded: model grade {model} → final grade {final} ({file})",
    zh: "已记录人工调整：模型等级 {model} → 最终等级 {final}（{file}）",
  },
  "cli.approve.done": {
    en: "Approval recorded: final grade {final} in effect ({file})",
    zh: "已记录审批：最终等级 {final} 生效（{file}）",
  },
  "cli.approve.modelDone": {
    en: "Approval recorded: the change to non-standard model parameters by {officer} is approved; the parameters remain non-standard and the grade is not final ({file})",
    zh: "已记录审批：{officer}所作的非标准模型参数变更已批准；参数仍属非标准，评级非最终结论（{file}）",
  },
  "cli.approve.refused": {
    en: "Approval refused; the workbook was not changed:",
    zh: "审批被拒绝，工作簿未作修改：",
  },
  "cli.override.pending": {
    en: "The upgrade to {grade} waits for a second person: govscore approve {file} --approver NAME",
    zh: "上调至{grade}须经第二人审批：govscore approve {file} --approver 姓名",
  },
  "cli.auditHead": {
    en: "  Audit head: chain {chain}…, row {rows}, hash {hash} (keep it to check later with verify --anchor)",
    zh: "  审计链头：链 {chain}…，第{rows}行，哈希 {hash}（请留存，以后用 verify --anchor 核对）",
  },
  "cli.usage.approverIsAnAct": {
    en: "An approval is a separate act of the approver: they run govscore approve <scored.xlsx> --approver NAME after the override.",
    zh: "审批须由审批人本人另行操作：在人工调整之后运行 govscore approve <已评分.xlsx> --approver 姓名。",
  },
  "cli.anchorUnreadable": {
    en: '{file}: no audit heads could be read ({detail}); expected portfolio.json, --json output, or lines "chain rows hash"',
    zh: "{file}：无法读取审计链头（{detail}）；应为 portfolio.json、--json 输出，或每行“链 行数 哈希”",
  },
  "cli.override.refused": {
    en: "Override refused; the workbook was not changed:",
    zh: "人工调整被拒绝，工作簿未作修改：",
  },
  "cli.verify.expectedFound": {
    en: "  expected: {expected}\n  found:    {found}",
    zh: "  应为：{expected}\n  实为：{found}",
  },
  "cli.portfolioFailed": {
    en: "The portfolio files could not be written ({detail}).",
    zh: "无法写入组合汇总文件（{detail}）。",
  },
} as const;
