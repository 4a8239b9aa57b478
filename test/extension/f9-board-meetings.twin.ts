import { msg, type MessageKey } from "../../src/core";
import { numberItem, yesItem, type FactorFormulaBuilder } from "../../src/workbook/scorecard";

/**
 * F9's formula twin: the meetings and the minutes from the Profile table, and the rule as a
 * formula over them and the model sheet.
 * @example f9Twin(ctx, factor).points(q) // "IF(B120,IF(AND(ISNUMBER(B119),B119>=…),…,…),…)"
 */
export const f9Twin: FactorFormulaBuilder = (ctx) => {
  const label = (key: string) => ctx.t(msg(`item.${key}` as MessageKey));
  const p = (name: string) => ctx.param(`f9.${name}`);
  return {
    quantities: [
      numberItem(ctx, "F9.meetings", "boardMeetings", label("boardMeetings")),
      yesItem(ctx, "F9.minutes", "minutesKept", label("minutesKept")),
    ],
    covered: ["boardMeetings", "minutesKept"],
    points: (q) => {
      const [meetings, minutes] = [q("F9.meetings"), q("F9.minutes")];
      const enough = `AND(ISNUMBER(${meetings}),${meetings}>=${p("minMeetings")})`;
      return `IF(${minutes},IF(${enough},${p("activePoints")},${p("infrequentPoints")}),${p("noMinutesPoints")})`;
    },
  };
};
