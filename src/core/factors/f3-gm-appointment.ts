import { item, VALUE } from "../inputs/schema";
import { lookupFactor } from "./kinds";

/**
 * F3 GM appointment (weight 15): a GM chosen by the board represents the board; one named or
 * recommended by a higher authority invites administrative interference. A lookup by category.
 */
export const f3GmAppointment = lookupFactor({
  id: "F3",
  section: "f3",
  name: "factor.F3.name",
  weight: "15",
  item: item("gmAppointment", ["GM appointment", "总经理产生方式"], VALUE.enumOf("gmAppointment")),
  enumName: "gmAppointment",
  pointsKey: "appointmentPoints",
  points: { board: "100", recommendedByAuthority: "60", appointedByAuthority: "20" },
  pointsDescription: "ms.param.f3.appointmentPoints",
  pointsArg: "appointment",
  rule: "rule.F3.appointment",
  ruleArg: "appointment",
  measure: "measure.gmAppointment",
  flags: { appointedByAuthority: "administrativeGm" },
});
