import {
  msg,
  type Decimal,
  type EnumName,
  type FactorResult,
  type MessageKey,
  profileItem,
  type Sourced,
} from "../../../core";
import { displayRef } from "../../model-sheet";
import { profileRef, yesWordRef, type ProfileRef, type ScorecardContext } from "../context";
import { asFraction, enumLabel, isYes, unlessBlank } from "../formula";
import { PERCENT, type Quantity, type Resolve } from "../quantity";

/** What a factor contributes to the scorecard: its figures and its points formula. */
export interface FactorFormulas {
  readonly quantities: readonly Quantity[];
  /** Engine measure ids the quantities already show (the others are listed as they are). */
  readonly covered: readonly string[];
  /** Points over the quantities and model cells, reproducing the factor's rule. */
  readonly points: (resolve: Resolve) => string;
}

export type FactorFormulaBuilder = (ctx: ScorecardContext, factor: FactorResult) => FactorFormulas;

/** Notes for figures the engine computed, naming where from and why. */
export const note = {
  engine: (ctx: ScorecardContext, source: string) => ctx.t(msg("sc.note.engine", { source })),
  concert: (ctx: ScorecardContext, source: string) =>
    ctx.t(msg("sc.note.engineConcert", { source })),
  notSafe: (ctx: ScorecardContext, source: string) =>
    ctx.t(msg("sc.note.engineNotSafe", { source })),
  posts: (ctx: ScorecardContext, source: string) => ctx.t(msg("sc.note.enginePosts", { source })),
  notInProfile: (ctx: ScorecardContext) => ctx.t(msg("sc.note.notInProfile")),
  derived: (ctx: ScorecardContext) => ctx.t(msg("sc.note.derived")),
};

function itemInput<T>(ctx: ScorecardContext, key: string): Sourced<T> | undefined {
  return profileItem<T>(ctx.inputs.profile, key);
}

function atText(input: Sourced<unknown> | undefined): string {
  return input?.at === undefined ? "" : displayRef(input.at.sheet, input.at.cell);
}

/**
 * A number item of the profile, "" when blank: a formula on the input cell when the reader found
 * it formula-safe, else the engine's value and a note naming the cell.
 */
function decimalItem(
  ctx: ScorecardContext,
  id: string,
  key: string,
  label: string,
  numberFormat: string | undefined,
  fromCell: (ref: Extract<ProfileRef, { kind: "formula" }>) => string
): Quantity {
  const input = itemInput<Decimal>(ctx, key);
  const value = input?.value ?? null;
  const ref = profileRef(ctx, key);
  const base = numberFormat === undefined ? { id, label } : { id, label, numberFormat };
  if (ref.kind === "absent") return { ...base, value: null, note: note.notInProfile(ctx) };
  if (ref.kind === "engine")
    return { ...base, value: value?.toNumber() ?? null, note: note.notSafe(ctx, atText(input)) };
  return {
    ...base,
    value: value === null ? "" : value.toNumber(),
    formula: () => unlessBlank(ref.ref, fromCell(ref)),
    note: atText(input),
  };
}

/**
 * A percentage item of the profile (as a fraction), "" when blank.
 * @example percentItem(ctx, "F5.ratio", "relatedReceivablesRatio", "关联方应收款占总资产比例").value // 0.12
 */
export function percentItem(
  ctx: ScorecardContext,
  id: string,
  key: string,
  label: string
): Quantity {
  return decimalItem(ctx, id, key, label, PERCENT, (ref) => asFraction(ref.ref, ref.form));
}

/**
 * A whole-number or amount item of the profile, "" when blank.
 * @example
 * numberItem(ctx, "F2.submitted", "proposalsSubmitted", label).formula?.(q)
 * // "IF(ISBLANK(…),\"\",…)"
 */
export function numberItem(
  ctx: ScorecardContext,
  id: string,
  key: string,
  label: string,
  numberFormat?: string
): Quantity {
  return decimalItem(ctx, id, key, label, numberFormat, (ref) => ref.ref);
}

/**
 * A yes/no item: TRUE or FALSE, blank and absent counting as no (an absent item is written as
 * FALSE, not left empty: AND() and OR() skip empty cells).
 * @example
 * yesItem(ctx, "F6.equity", "equityIncentive", label).formula?.(q)
 * // "OR(…=TRUE,…=1,ISNUMBER(MATCH(…)))"
 */
export function yesItem(ctx: ScorecardContext, id: string, key: string, label: string): Quantity {
  const input = itemInput<boolean>(ctx, key);
  const value = input?.value === true;
  const ref = yesWordRef(ctx, key) ?? profileRef(ctx, key);
  if (ref.kind === "absent") return { id, label, value: false, note: note.notInProfile(ctx) };
  if (ref.kind === "engine") return { id, label, value, note: note.notSafe(ctx, atText(input)) };
  return {
    id,
    label,
    value,
    formula: () => isYes(ref.ref, ctx.model.yesWords),
    note: atText(input),
  };
}

/**
 * An enum item shown as its label in the scorecard's language, "" when blank.
 * @example
 * enumItem(ctx, "F3.appointment", "gmAppointment", "gmAppointment", label).value
 * // "董事会任免"
 */
export function enumItem(
  ctx: ScorecardContext,
  id: string,
  key: string,
  enumName: EnumName,
  label: string
): Quantity {
  const input = itemInput<string>(ctx, key);
  const value = input?.value ?? null;
  const shown = value === null ? null : ctx.t(msg(`enum.${enumName}.${value}` as MessageKey));
  const ref = profileRef(ctx, key);
  if (ref.kind === "absent") return { id, label, value: null, note: note.notInProfile(ctx) };
  if (ref.kind === "engine")
    return { id, label, value: shown, note: note.notSafe(ctx, atText(input)) };
  return {
    id,
    label,
    value: shown ?? "",
    formula: () => unlessBlank(ref.ref, enumLabel(ref.ref, ctx.model.lookups[enumName])),
    note: atText(input),
  };
}
