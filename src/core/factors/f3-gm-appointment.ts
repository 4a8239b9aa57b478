import { msg } from "../i18n/messages";
import { blankGap, enumLabel, itemMeasure } from "./helpers";
import type { FactorDefinition } from "./types";

/**
 * F3 GM appointment (weight 15): a GM chosen by the board represents the board; one named or
 * recommended by a higher authority invites administrative interference.
 */
export const f3GmAppointment: FactorDefinition = {
  id: "F3",
  name: "factor.F3.name",
  score({ inputs, params }) {
    const input = inputs.profile.gmAppointment;
    const appointment = input?.value ?? null;
    if (appointment === null) {
      return {
        status: "missing",
        gaps: [blankGap("F3", "gmAppointment", input?.at)],
        sources: input?.at ? [input.at] : [],
      };
    }
    const sources = input?.at ? [input.at] : [];
    return {
      status: "scored",
      points: params.f3.appointmentPoints[appointment],
      ruleId: `F3.${appointment}`,
      rule: msg("rule.F3.appointment", { appointment: enumLabel("gmAppointment", appointment) }),
      notes: [],
      measures: [
        itemMeasure("gmAppointment", "measure.gmAppointment", input, (v) => ({
          kind: "label",
          value: enumLabel("gmAppointment", v),
        })),
      ],
      sources,
      gaps: [],
      flags:
        appointment === "appointedByAuthority"
          ? [{ id: "administrativeGm", title: msg("flag.administrativeGm"), sources }]
          : [],
    };
  },
};
