import { formatPercent, type Decimal } from "../decimal";
import { msg, type MessageKey, type MessageRef } from "../i18n/messages";
import type { EnumName } from "../inputs/enums";
import type { ProfileKey, Sourced } from "../inputs/types";
import type { CellRef } from "../issues";
import type { Gap, Measure, MeasureValue } from "../result";

/** The label of an enum value as a message, e.g. enumLabel("condition", "poor"). */
export function enumLabel(enumName: EnumName, value: string): MessageRef {
  return msg(`enum.${enumName}.${value}` as Parameters<typeof msg>[0]);
}

export function percent(value: Decimal): string {
  return formatPercent(value);
}

export function measure(
  id: string,
  label: Parameters<typeof msg>[0],
  value: MeasureValue,
  sources: readonly CellRef[] = []
): Measure {
  return { id, label: msg(label), value, sources };
}

/** A measure of a profile item; blank when the item is absent or blank. */
export function itemMeasure<T>(
  id: string,
  label: Parameters<typeof msg>[0],
  input: Sourced<T> | undefined,
  toValue: (value: T) => MeasureValue
): Measure {
  const value = input?.value ?? null;
  return measure(
    id,
    label,
    value === null ? { kind: "blank" } : toValue(value),
    input?.at ? [input.at] : []
  );
}

export function blankGap(factor: string, item: ProfileKey | (string & {}), at?: CellRef): Gap {
  const message = msg("gap.itemBlank", { item: msg(`item.${item}` as MessageKey) });
  return at === undefined ? { factor, item, message } : { factor, item, message, at };
}

export function blankCountedAsGap(
  factor: string,
  item: ProfileKey | (string & {}),
  countedAs: MessageRef,
  at?: CellRef
): Gap {
  const message = msg("gap.itemBlankCountedAs", {
    item: msg(`item.${item}` as MessageKey),
    value: countedAs,
  });
  return at === undefined ? { factor, item, message } : { factor, item, message, at };
}

export function tableGap(
  factor: string,
  table: "shareholders" | "board",
  absent: boolean,
  at?: CellRef
): Gap {
  const message = msg(absent ? "gap.tableMissing" : "gap.tableEmpty", {
    table: msg(`table.${table}`),
  });
  return at === undefined ? { factor, item: table, message } : { factor, item: table, message, at };
}

export function yesNo(value: boolean): MeasureValue {
  return { kind: "yesNo", value };
}
