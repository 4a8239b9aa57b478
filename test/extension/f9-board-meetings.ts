import {
  blankGap,
  defineFactor,
  group,
  item,
  msg,
  points,
  profileItem,
  VALUE,
  whole,
  type Decimal,
  type FactorOutcome,
} from "../../src/core";
import { M } from "./messages";

/** Introduced in schema 3: a set written before it migrates to these values. */
const V2 = { since: 3 } as const;

/**
 * A factor of no generic kind, with its own rule (and its formula twin beside it): does the board
 * meet, and does it keep minutes? Minutes kept and at least `minMeetings` meetings: active;
 * minutes kept, fewer meetings: infrequent; minutes not kept: no minutes. Both items blank: the
 * factor is missing.
 */
export const f9BoardMeetings = defineFactor({
  id: "F9",
  section: "f9",
  name: M["factor.F9.name"],
  weight: "5",
  since: 3,
  parameters: group({
    minMeetings: whole("4", { max: "365", ...V2, migrated: "4" }),
    activePoints: points("100", { ...V2, migrated: "100" }),
    infrequentPoints: points("50", { ...V2, migrated: "50" }),
    noMinutesPoints: points("20", { ...V2, migrated: "20" }),
  }),
  items: [
    item("boardMeetings", ["Board meetings", "董事会会议次数"], VALUE.wholeNumber),
    item("minutesKept", ["Board minutes", "会议记录"], VALUE.yesNo),
  ],
  score({ inputs }, p): FactorOutcome {
    const meetingsInput = profileItem<Decimal>(inputs.profile, "boardMeetings");
    const minutesInput = profileItem<boolean>(inputs.profile, "minutesKept");
    const meetings = meetingsInput?.value ?? null;
    const minutes = minutesInput?.value ?? null;
    const sources = [meetingsInput?.at, minutesInput?.at].filter((c) => c !== undefined);
    if (meetings === null && minutes === null)
      return {
        status: "missing",
        gaps: [
          blankGap("F9", "boardMeetings", meetingsInput?.at),
          blankGap("F9", "minutesKept", minutesInput?.at),
        ],
        sources,
      };
    const args = { meetings: meetings?.toString() ?? "—", min: p.minMeetings.toString() };
    const band =
      minutes !== true
        ? "noMinutes"
        : meetings !== null && meetings.gte(p.minMeetings)
          ? "active"
          : "infrequent";
    return {
      status: "scored",
      points: p[`${band}Points`],
      ruleId: `F9.${band}`,
      rule: msg(M[`rule.F9.${band}`], args),
      notes: [],
      measures: [
        {
          id: "boardMeetings",
          label: msg(M["item.boardMeetings"]),
          value: meetings === null ? { kind: "blank" } : { kind: "count", value: meetings },
          sources: meetingsInput?.at ? [meetingsInput.at] : [],
        },
        {
          id: "minutesKept",
          label: msg(M["item.minutesKept"]),
          value: minutes === null ? { kind: "blank" } : { kind: "yesNo", value: minutes },
          sources: minutesInput?.at ? [minutesInput.at] : [],
        },
      ],
      sources,
      gaps: [
        ...(meetings === null ? [blankGap("F9", "boardMeetings", meetingsInput?.at)] : []),
        ...(minutes === null ? [blankGap("F9", "minutesKept", minutesInput?.at)] : []),
      ],
      flags: [],
    };
  },
});
