/** Messages of the portfolio register (govscore register, --db, verify --db). */
export const REGISTER_MESSAGES = {
  "register.event": {
    en: "event {sequence} ({event} by {actor} at {time}, hash {hash}…)",
    zh: "第{sequence}条事件（{event}，{actor}，{time}，哈希{hash}…）",
  },
  "register.conflict.emptyLog": {
    en: "the workbook has no audit log to compare with the register",
    zh: "工作簿没有可与登记簿比对的审计日志",
  },
  "register.conflict.notRecorded": {
    en: "the register holds nothing of this audit chain {chain}… (client {client}): record it first with govscore register import",
    zh: "登记簿中没有本审计链{chain}…（客户{client}）的任何记录：请先用 govscore register import 登记",
  },
  "register.conflict.replaced": {
    en: "history replaced: the register holds {chains} other audit {chains|chain|chains} of client {client} (the latest {chain}… with {events} events), not this workbook's chain {found}…",
    zh: "历史被替换：登记簿持有客户{client}的其他{chains}条审计链（最新一条{chain}…，共{events}条事件），而非本工作簿的审计链{found}…",
  },
  "register.conflict.truncated": {
    en: "history truncated: the audit log has {rows} events, the register holds {held}; first missing: {expected}",
    zh: "历史被截断：审计日志有{rows}条事件，登记簿持有{held}条；第一条缺失的是{expected}",
  },
  "register.conflict.rewritten": {
    en: "history rewritten: the register holds {expected}, the audit log has {found}",
    zh: "历史被改写：登记簿记录为{expected}，审计日志中为{found}",
  },
  "cli.register.unavailable": {
    en: "The register {db} could not be opened: {detail}",
    zh: "无法打开登记簿 {db}：{detail}",
  },
  "cli.register.newerSchema": {
    en: "schema version {found} was written by a newer release (this one knows up to {known}); nothing was written",
    zh: "架构版本 {found} 由更新的版本写入（本版本最高支持 {known}）；未写入任何内容",
  },
  "cli.register.recorded": {
    en: "{file}: recorded {added} new {added|event|events}, {known} already held · client {client} · chain {chain}…",
    zh: "{file}：登记新事件 {added} 条，已有 {known} 条 · 客户 {client} · 审计链 {chain}…",
  },
  "cli.register.behind": {
    en: "{file}: nothing new: an older copy (the register holds {behind} later {behind|event|events} of its chain)",
    zh: "{file}：无新内容：这是较早的副本（登记簿持有其审计链之后的 {behind} 条事件）",
  },
  "cli.register.restarted": {
    en: "  note: a new audit chain for client {client}, whose earlier chains the register holds (a restarted chain)",
    zh: "  提示：客户 {client} 的新审计链，登记簿持有其此前的审计链（审计链已重新开始）",
  },
  "cli.register.notVerified": {
    en: "{file}: NOT RECORDED: it does not verify: {message}",
    zh: "{file}：未登记：校验未通过：{message}",
  },
  "cli.register.unreadable": {
    en: "{file}: NOT RECORDED: it could not be read",
    zh: "{file}：未登记：无法读取",
  },
  "cli.register.conflict": {
    en: "{file}: NOT RECORDED: {message}",
    zh: "{file}：未登记：{message}",
  },
  "cli.register.totals": {
    en: "Register {db}: {workbooks} {workbooks|workbook|workbooks} read, {added} {added|event|events} added, {known} already held, {refused} refused",
    zh: "登记簿 {db}：读取工作簿 {workbooks} 个，新增事件 {added} 条，已有 {known} 条，拒绝 {refused} 个",
  },
  "cli.register.noScored": {
    en: "No scored workbooks (*.scored.xlsx) in {folder}",
    zh: "{folder} 中没有已评分的工作簿（*.scored.xlsx）",
  },
  "cli.register.verifyOk": {
    en: "Register: the audit chain extends what {db} holds ({held} of {rows} events recorded)",
    zh: "登记簿：审计链延续了 {db} 中的记录（{rows} 条事件中已登记 {held} 条）",
  },
  "cli.register.anchorFailed": {
    en: "Register check failed: the audit chain does not extend what {db} holds:",
    zh: "登记簿核对未通过：审计链未延续 {db} 中的记录：",
  },
  "cli.register.verifyFailed": {
    en: "  {sheet}!A{row}: {message}",
    zh: "  {sheet}!A{row}：{message}",
  },
  "cli.usage.registerSubcommand": {
    en: "Unknown register subcommand {subcommand} (expected: import).",
    zh: "未知的 register 子命令 {subcommand}（应为 import）。",
  },
} as const;
