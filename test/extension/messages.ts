import { registerMessages } from "../../src/core";

/**
 * The messages of the test model's extra factors, beside the product's catalogue (a bank adding
 * factors would add these lines to `src/core/i18n/model-messages.ts` instead).
 */
export const M = registerMessages({
  "factor.F7.name": { en: "Related-party guarantees", zh: "关联担保" },
  "item.relatedGuaranteeRatio": {
    en: "Guarantees for related parties / net assets",
    zh: "为关联方担保占净资产比例",
  },
  "factor.F8.name": { en: "Board practices", zh: "董事会运作" },
  "item.boardEvaluation": { en: "Annual board evaluation", zh: "董事会年度评价" },
  "item.relatedPartyCommittee": {
    en: "Related-party transactions committee",
    zh: "关联交易控制委员会",
  },
  "factor.F9.name": { en: "Board meetings", zh: "董事会会议" },
  "item.boardMeetings": { en: "Board meetings last year", zh: "上年董事会会议次数" },
  "item.minutesKept": { en: "Complete board minutes", zh: "董事会会议记录完整" },
  "ms.param.f9.minMeetings": {
    en: "Board meetings a year that count as an active board",
    zh: "每年董事会会议达到此次数视为董事会运作积极",
  },
  "ms.param.f9.activePoints": {
    en: "Points: minutes kept and at least the minimum of meetings",
    zh: "记录完整且会议次数达标的得分",
  },
  "ms.param.f9.infrequentPoints": {
    en: "Points: minutes kept but fewer meetings (or their number blank)",
    zh: "记录完整但会议次数不足（或未填写）的得分",
  },
  "ms.param.f9.noMinutesPoints": {
    en: "Points: minutes not kept (or blank)",
    zh: "会议记录不完整（或未填写）的得分",
  },
  "rule.F9.active": {
    en: "{meetings} board meetings (at least {min}) with complete minutes",
    zh: "董事会会议{meetings}次（不少于{min}次），记录完整",
  },
  "rule.F9.infrequent": {
    en: "Complete minutes, but {meetings} board meetings (fewer than {min})",
    zh: "记录完整，但董事会会议{meetings}次（少于{min}次）",
  },
  "rule.F9.noMinutes": {
    en: "Board minutes are not complete",
    zh: "董事会会议记录不完整",
  },
});
