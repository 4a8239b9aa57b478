import {
  CONDITIONS,
  Decimal,
  FACTOR_IDS,
  GM_APPOINTMENTS,
  GRADES,
  msg,
  SHAREHOLDER_TYPES,
  type Fraction,
  type MessageRef,
  type ModelParameters,
} from "../../core";

/** How a parameter is written on the model sheet and read back. */
export type ParameterKind =
  | "points"
  | "share"
  | "fraction"
  | "whole"
  | "amount"
  | "grade"
  | "text"
  | "policy"
  | "boolean"
  | "optionalMonths"
  | "rating";

export type ParameterCellValue = Decimal | Fraction | string | boolean | null;

/** One row of the parameter block: the path the loader reads, its value and what it means. */
export interface ParameterRow {
  readonly path: string;
  readonly kind: ParameterKind;
  readonly value: ParameterCellValue;
  readonly description: MessageRef;
}

const FACTOR_NAMES = {
  F1: "factor.F1.name",
  F2: "factor.F2.name",
  F3: "factor.F3.name",
  F4: "factor.F4.name",
  F5: "factor.F5.name",
  F6: "factor.F6.name",
} as const;

const NON_SUBSIDIARY = ["standalone", "parent", "associate", "contractual"] as const;

/** The ratings of the scale share one path; their order on the sheet is their order on the scale. */
export const RATING_SCALE_PATH = "ratingScale";
export const UNIT_BY_CURRENCY_PREFIX = "limitRounding.unitByCurrency.";

/**
 * Every parameter of a model, one row each, in the order the model sheet lists them (the rating
 * scale last, so a bank can append grades).
 * @example parameterRows(defaultParameters())[1] // { path: "weights.F1", kind: "points", ... }
 */
export function parameterRows(p: ModelParameters): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const add = (
    path: string,
    kind: ParameterKind,
    value: ParameterCellValue,
    key: Parameters<typeof msg>[0],
    args?: Parameters<typeof msg>[1]
  ) => rows.push({ path, kind, value, description: msg(key, args) });

  add("version", "text", p.version, "ms.param.version");
  for (const id of FACTOR_IDS)
    add(`weights.${id}`, "points", p.weights[id], "ms.param.weight", {
      factor: id,
      name: msg(FACTOR_NAMES[id]),
    });
  add("control.threshold", "share", p.control.threshold, "ms.param.control.threshold");
  for (const type of SHAREHOLDER_TYPES)
    add(`f1.typePoints.${type}`, "points", p.f1.typePoints[type], "ms.param.f1.typePoints", {
      type: msg(`enum.shareholderType.${type}`),
    });
  const f2 = p.f2;
  add("f2.concentratedAbove", "share", f2.concentratedAbove, "ms.param.f2.concentratedAbove");
  add("f2.concentratedPoints", "points", f2.concentratedPoints, "ms.param.f2.concentratedPoints");
  add(
    "f2.concentratedDistressedPoints",
    "points",
    f2.concentratedDistressedPoints,
    "ms.param.f2.concentratedDistressedPoints"
  );
  add(
    "f2.pledgedDistressAbove",
    "share",
    f2.pledgedDistressAbove,
    "ms.param.f2.pledgedDistressAbove"
  );
  add("f2.dispersedBelow", "share", f2.dispersedBelow, "ms.param.f2.dispersedBelow");
  add("f2.minProposals", "whole", f2.minProposals, "ms.param.f2.minProposals");
  add("f2.lowRejectionBelow", "share", f2.lowRejectionBelow, "ms.param.f2.lowRejectionBelow");
  add(
    "f2.dispersedUnconstrainedPoints",
    "points",
    f2.dispersedUnconstrainedPoints,
    "ms.param.f2.dispersedUnconstrainedPoints"
  );
  add(
    "f2.dispersedConstrainedPoints",
    "points",
    f2.dispersedConstrainedPoints,
    "ms.param.f2.dispersedConstrainedPoints"
  );
  add("f2.balancedPoints", "points", f2.balancedPoints, "ms.param.f2.balancedPoints");
  for (const a of GM_APPOINTMENTS)
    add(
      `f3.appointmentPoints.${a}`,
      "points",
      p.f3.appointmentPoints[a],
      "ms.param.f3.appointmentPoints",
      { appointment: msg(`enum.gmAppointment.${a}`) }
    );
  const f4 = p.f4;
  add("f4.lowOverlapMax", "fraction", f4.lowOverlapMax, "ms.param.f4.lowOverlapMax");
  add("f4.lowOverlapPoints", "points", f4.lowOverlapPoints, "ms.param.f4.lowOverlapPoints");
  add("f4.midOverlapMax", "fraction", f4.midOverlapMax, "ms.param.f4.midOverlapMax");
  add("f4.midOverlapPoints", "points", f4.midOverlapPoints, "ms.param.f4.midOverlapPoints");
  add("f4.highOverlapPoints", "points", f4.highOverlapPoints, "ms.param.f4.highOverlapPoints");
  add("f4.chairIsGmPenalty", "points", f4.chairIsGmPenalty, "ms.param.f4.chairIsGmPenalty");
  for (const position of NON_SUBSIDIARY)
    add(
      `f5.positionPoints.${position}`,
      "points",
      p.f5.positionPoints[position],
      "ms.param.f5.positionPoints",
      { position: msg(`enum.groupPosition.${position}`) }
    );
  for (const c of CONDITIONS)
    add(
      `f5.subsidiaryConditionPoints.${c}`,
      "points",
      p.f5.subsidiaryConditionPoints[c],
      "ms.param.f5.subsidiaryConditionPoints",
      { condition: msg(`enum.condition.${c}`) }
    );
  add(
    "f5.relatedReceivablesAbove",
    "share",
    p.f5.relatedReceivablesAbove,
    "ms.param.f5.relatedReceivablesAbove"
  );
  add(
    "f5.relatedReceivablesPenalty",
    "points",
    p.f5.relatedReceivablesPenalty,
    "ms.param.f5.relatedReceivablesPenalty"
  );
  add(
    "f6.independentVerificationPoints",
    "points",
    p.f6.independentVerificationPoints,
    "ms.param.f6.independentVerificationPoints"
  );
  add("f6.payLinkedPoints", "points", p.f6.payLinkedPoints, "ms.param.f6.payLinkedPoints");
  add(
    "f6.equityIncentivePoints",
    "points",
    p.f6.equityIncentivePoints,
    "ms.param.f6.equityIncentivePoints"
  );
  const k = p.knockouts;
  add(
    "knockouts.insiderConcentrationCap",
    "grade",
    k.insiderConcentrationCap,
    "ms.param.knockouts.insiderConcentrationCap"
  );
  add(
    "knockouts.ownershipUnclearCap",
    "grade",
    k.ownershipUnclearCap,
    "ms.param.knockouts.ownershipUnclearCap"
  );
  add("knockouts.stakeSumMin", "share", k.stakeSumMin, "ms.param.knockouts.stakeSumMin");
  add("knockouts.stakeSumMax", "share", k.stakeSumMax, "ms.param.knockouts.stakeSumMax");
  add("knockouts.otherTypeMax", "share", k.otherTypeMax, "ms.param.knockouts.otherTypeMax");
  add(
    "knockouts.adverseAuditCap",
    "grade",
    k.adverseAuditCap,
    "ms.param.knockouts.adverseAuditCap"
  );
  add(
    "knockouts.subsidiaryTunnellingCap",
    "grade",
    k.subsidiaryTunnellingCap,
    "ms.param.knockouts.subsidiaryTunnellingCap"
  );
  for (const g of GRADES)
    add(`gradeMinimums.${g}`, "points", p.gradeMinimums[g], "ms.param.gradeMinimum", { grade: g });
  for (const g of GRADES) {
    const a = p.adjustments[g];
    add(`adjustments.${g}.notches`, "whole", a.notches, "ms.param.adjustments.notches", {
      grade: g,
    });
    add(
      `adjustments.${g}.limitMultiplier`,
      "share",
      a.limitMultiplier,
      "ms.param.adjustments.limitMultiplier",
      { grade: g }
    );
    add(
      `adjustments.${g}.tenorCapMonths`,
      "optionalMonths",
      a.tenorCapMonths,
      "ms.param.adjustments.tenorCapMonths",
      { grade: g }
    );
    add(
      `adjustments.${g}.enhancedCovenants`,
      "boolean",
      a.enhancedCovenants,
      "ms.param.adjustments.enhancedCovenants",
      { grade: g }
    );
  }
  add(
    "limitRounding.defaultUnit",
    "amount",
    p.limitRounding.defaultUnit,
    "ms.param.limitRounding.defaultUnit"
  );
  for (const [currency, unit] of Object.entries(p.limitRounding.unitByCurrency))
    add(`${UNIT_BY_CURRENCY_PREFIX}${currency}`, "amount", unit, "ms.param.limitRounding.unit", {
      currency,
    });
  add("defaultCurrency", "text", p.defaultCurrency, "ms.param.defaultCurrency");
  add("missingData.policy", "policy", p.missingData.policy, "ms.param.missingData.policy");
  add(
    "missingData.conservativePoints",
    "points",
    p.missingData.conservativePoints,
    "ms.param.missingData.conservativePoints"
  );
  add(
    "missingData.neutralPoints",
    "points",
    p.missingData.neutralPoints,
    "ms.param.missingData.neutralPoints"
  );
  add("scoreDecimals", "whole", new Decimal(p.scoreDecimals), "ms.param.scoreDecimals");
  p.ratingScale.forEach((rating, i) =>
    add(RATING_SCALE_PATH, "rating", rating, "ms.param.ratingScale", { position: i + 1 })
  );
  return rows;
}

/**
 * The kind of a parameter path as read back from a sheet (a path the model does not know is read
 * as free text and left for `loadParameters` to report).
 * @example parameterKind("f4.lowOverlapMax") // "fraction"
 */
export function parameterKind(path: string): ParameterKind | null {
  if (path === RATING_SCALE_PATH) return "rating";
  if (path.startsWith(UNIT_BY_CURRENCY_PREFIX)) return "amount";
  if (/^adjustments\.[A-D]\.tenorCapMonths$/.test(path)) return "optionalMonths";
  if (/^adjustments\.[A-D]\.enhancedCovenants$/.test(path)) return "boolean";
  if (/^(f4\.(low|mid)OverlapMax)$/.test(path)) return "fraction";
  if (/Cap$/.test(path) && path.startsWith("knockouts.")) return "grade";
  if (path === "version" || path === "defaultCurrency") return "text";
  if (path === "missingData.policy") return "policy";
  return null;
}
