import {
  defaultParameters,
  ENUMS,
  formatMessage,
  msg,
  type ColumnSpec,
  type Language,
  type MessageKey,
  type MessageRef,
  type ValueKind,
} from "../../core";
import { dropDownLabel } from "../../workbook/model-sheet";

const CJK = /[\u3400-\u9fff]/;

/**
 * The header or item label the template writes: the first alias in the language (the reader
 * matches every alias, so the label always reads back).
 * @example aliasIn({ key: "stake", aliases: ["Stake", "Holding", "持股比例"] }, "zh-CN") // "持股比例"
 */
export function aliasIn(spec: Pick<ColumnSpec, "aliases" | "key">, language: Language): string {
  const wanted = (alias: string) => CJK.test(alias) === (language === "zh-CN");
  return spec.aliases.find(wanted) ?? spec.aliases[0] ?? spec.key;
}

/**
 * The drop-down choices of a value kind in the language, or null when it has none.
 * @example choicesOf({ kind: "yesNo" }, "zh-CN") // ["是", "否"]
 */
export function choicesOf(kind: ValueKind, language: Language): readonly string[] | null {
  const t = (key: MessageKey) => dropDownLabel(formatMessage(msg(key), language));
  switch (kind.kind) {
    case "enum": {
      const keys: readonly string[] = ENUMS[kind.enumName];
      return keys.map((key) => t(`enum.${kind.enumName}.${key}` as MessageKey));
    }
    case "yesNo":
      return [t("value.yes"), t("value.no")];
    case "rating":
      return defaultParameters().ratingScale;
    default:
      return null;
  }
}

/** How the template formats the cells of a value kind. */
export function numberFormatOf(kind: ValueKind): string | undefined {
  switch (kind.kind) {
    case "percent":
      return "0.00%";
    case "amount":
      return "#,##0";
    case "wholeNumber":
      return "0";
    default:
      return undefined;
  }
}

/** What a cell of a value kind should hold, worded as the reader words it; null for free text. */
export function expectedOf(kind: ValueKind, label: string): MessageRef | null {
  switch (kind.kind) {
    case "text":
      return null;
    case "enum":
      return msg("read.expected.enum", { column: label });
    default:
      return msg(`read.expected.${kind.kind}`);
  }
}
