/**
 * Messages of a member scored with its group workbook (group-model.md §3): the group-derived
 * inputs block of the scorecard, F2's group-level rule, the notices, the group audit events.
 */
export const GROUP_MEMBER_MESSAGES = {
  // F2 (f2SubsidiaryConcentration = groupLevel)
  "measure.f2GroupLevel": {
    en: "Subsidiary: one-voice board judged at group level",
    zh: "子公司：一言堂按集团层面判断",
  },
  "rule.F2.subsidiaryGroupLevel": {
    en: "Top-3 holdings {top3} > {above}, but the controlling holder is this {position}'s direct parent in the group workbook: the one-voice-board rule is judged at group level (F5 prices the parent's conduct)",
    zh: "前三大股东持股{top3} > {above}，但控股股东为集团工作簿所列直接母公司，本户为{position}：一言堂规则按集团层面判断（母公司行为已在F5中计价）",
  },
  "rule.F2.subsidiaryGroupLevelAlone": {
    en: "Top-3 holdings {top3} > {above}, but this {position} (profile) has a controlling holder above 50%, taken for its group parent: the one-voice-board rule is judged at group level (F5 prices the parent's conduct)",
    zh: "前三大股东持股{top3} > {above}，但本户为{position}（治理概况）且控股股东持股超过50%，视为集团母公司：一言堂规则按集团层面判断（母公司行为已在F5中计价）",
  },
  "sc.measure.f2ParentControl": {
    en: "Controlling holder is the group parent",
    zh: "控股股东为集团母公司",
  },
  "sc.measure.f2GroupLevel": {
    en: "One-voice board judged at group level",
    zh: "一言堂按集团层面判断",
  },
  "sc.note.f2ParentGroup": {
    en: "engine: the register's largest holder compared with the direct parent {parent} of the group workbook ({source})",
    zh: "引擎计算：股东名册最大股东与集团工作簿所列直接母公司{parent}比对（{source}）",
  },
  "sc.note.f2ParentAlone": {
    en: "largest holding above 50%: {source}",
    zh: "最大股东持股超过50%：{source}",
  },
  // The scorecard's block
  "sc.section.groupInputs": {
    en: "Group-derived inputs (scored with the group workbook)",
    zh: "集团派生输入（结合集团工作簿评分）",
  },
  "sc.group.file": { en: "Group workbook", zh: "集团工作簿" },
  "sc.group.name": { en: "Group", zh: "集团名称" },
  "sc.group.fingerprint": { en: "Group workbook fingerprint", zh: "集团工作簿指纹" },
  "sc.group.member": { en: "Member in the group", zh: "集团成员名称" },
  "sc.group.parent": { en: "Direct parent (name, client ID)", zh: "直接母公司（名称、客户编号）" },
  "sc.group.header.item": { en: "F5 item", zh: "F5项目" },
  "sc.group.header.used": { en: "Used", zh: "采用值" },
  "sc.group.header.member": { en: "Profile", zh: "本户填写" },
  "sc.group.header.group": { en: "Group", zh: "集团派生" },
  "sc.group.header.sources": { en: "Group workbook cells", zh: "集团工作簿单元格" },
  "sc.group.none": { en: "—", zh: "—" },
  "sc.group.note": {
    en: "Blank profile items are filled from the group workbook; where the profile states another value the worse is used. The values are recorded here and covered by the input fingerprint: verifying needs only this workbook.",
    zh: "治理概况中空白的项目由集团工作簿填入；与本户填写不一致时取较差者。上述取值记录于此并纳入输入指纹：核验只需本工作簿。",
  },
  // Notices of `score --group`
  "app.notice.groupNotMember": {
    en: "client ID {client} is not a member of the group workbook {file}: scored alone, without group-derived inputs",
    zh: "客户编号{client}不在集团工作簿{file}的成员中：按单户评分，未使用集团派生输入",
  },
  "app.notice.groupNoClientId": {
    en: "no client ID in the profile: the member cannot be found in the group workbook {file}; scored alone",
    zh: "治理概况没有客户编号：无法在集团工作簿{file}中匹配成员；按单户评分",
  },
  "app.notice.groupUsed": {
    en: "scored with the group workbook {file} as member {member}: blank F5 items filled: {filled}; conflicts decided by the worse value: {worse}",
    zh: "结合集团工作簿{file}评分（成员：{member}）：填入空白F5项目{filled}项，{worse}项不一致取较差值",
  },
  "app.notice.groupWorse": {
    en: "{item}: the profile says {member}, the group workbook {group} ({source}); the worse, {used}, is used",
    zh: "{item}：本户填写为{member}，集团工作簿为{group}（{source}）；采用较差值{used}",
  },
  "app.notice.groupDropped": {
    en: "this workbook was scored with the group workbook {file} before; scored alone now (give --group to keep the group-derived inputs)",
    zh: "本工作簿此前结合集团工作簿{file}评分；本次按单户评分（如需保留集团派生输入，请指定 --group）",
  },
  "app.verify.groupBlock": {
    en: "the group-derived inputs cannot be read back: {detail}",
    zh: "无法读回集团派生输入：{detail}",
  },
  "app.verify.groupProfile": {
    en: "the profile's {item} is {found} now, the scorecard recorded {expected} when it was scored with the group",
    zh: "治理概况的{item}现为{found}，结合集团评分时记录为{expected}",
  },
  // Audit
  "audit.reason.groupScored": {
    en: "scored with group workbook {file} (fingerprint {fingerprint})",
    zh: "结合集团工作簿{file}评分（指纹{fingerprint}）",
  },
  "audit.result.group": {
    en: "group outcome {outcome} · allocated {allocated} {currency} of headroom {headroom}",
    zh: "集团结论{outcome} · 已分配{allocated} {currency}，可用额度{headroom}",
  },
  "audit.reason.groupChain": {
    en: "group assessment of {group}",
    zh: "集团评估：{group}",
  },
  "group.issue.auditBroken": {
    en: "The audit log of the earlier group assessment does not verify ({detail}): nothing is added to a broken history. Move that file away to start a new chain",
    zh: "此前集团评估的审计日志校验未通过（{detail}），不得在损坏的记录上追加。如需开始新的审计链，请先移走该文件",
  },
  "group.issue.auditOtherGroup": {
    en: "The audit log of the earlier group assessment belongs to group {chain}, not {group}. Move that file away to start a new chain",
    zh: "此前集团评估的审计日志属于集团{chain}，而非{group}。如需开始新的审计链，请先移走该文件",
  },
} as const;
