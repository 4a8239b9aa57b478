import { formatMessage, msg, type Language, type MessageKey } from "../../core";
import type { PlannedCell, SheetPlan } from "../plan";

/** The instructions, in reading order: [message key, style]. */
const LINES: readonly (readonly [MessageKey | null, PlannedCell["style"]])[] = [
  ["tpl.title", "title"],
  ["tpl.intro", "note"],
  [null, undefined],
  ["tpl.shareholders.title", "subtitle"],
  ["tpl.shareholders.body", "value"],
  ["tpl.shareholders.concert", "value"],
  [null, undefined],
  ["tpl.board.title", "subtitle"],
  ["tpl.board.body", "value"],
  [null, undefined],
  ["tpl.profile.title", "subtitle"],
  ["tpl.profile.body", "value"],
  ["tpl.profile.request", "value"],
  [null, undefined],
  ["tpl.values.title", "subtitle"],
  ["tpl.values.percent", "value"],
  ["tpl.values.yesNo", "value"],
  ["tpl.values.choices", "value"],
  ["tpl.values.amount", "value"],
  ["tpl.values.blank", "value"],
  [null, undefined],
  ["tpl.score.title", "subtitle"],
  ["tpl.score.addin", "value"],
  ["tpl.score.cli", "value"],
  ["tpl.score.output", "value"],
];

/**
 * A short instructions sheet (填写说明 / Instructions): what each table holds, the value forms
 * accepted, and how to score.
 * @example instructionsPlan("zh-CN").cells[0].value // "治理评分输入模板：填写说明"
 */
export function instructionsPlan(language: Language): SheetPlan {
  const cells: PlannedCell[] = [];
  LINES.forEach(([key, style], i) => {
    if (key === null) return;
    cells.push({
      ref: `A${i + 1}`,
      value: formatMessage(msg(key), language),
      ...(style === undefined ? {} : { style }),
    });
  });
  return {
    name: formatMessage(msg("sheet.instructions"), language),
    role: "instructions",
    cells,
    columnWidths: [120],
  };
}
