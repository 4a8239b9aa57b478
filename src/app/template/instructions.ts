import { formatMessage, msg, type Language, type MessageKey } from "../../core";
import type { PlannedCell, SheetPlan } from "../../workbook/plan";
import { inputSheets } from "./input-sheets";

const STEPS: readonly MessageKey[] = [
  "app.tpl.step.shareholders",
  "app.tpl.step.board",
  "app.tpl.step.profile",
  "app.tpl.step.blanks",
  "app.tpl.step.score",
];

/** The instructions sheet (填写说明 / Instructions): what goes where and how to score. */
export function instructionsSheet(language: Language): SheetPlan {
  const [shareholders, board, profile] = inputSheets(language).map((s) => s.name);
  const names = { shareholders: shareholders ?? "", board: board ?? "", profile: profile ?? "" };
  const t = (key: MessageKey) => formatMessage(msg(key, names), language);
  const cells: PlannedCell[] = [
    { ref: "A1", value: t("app.tpl.title"), style: "title" },
    { ref: "A2", value: t("app.tpl.intro"), style: "note" },
    ...STEPS.map((key, i): PlannedCell => ({
      ref: `A${i + 4}`,
      value: `${i + 1}. ${t(key)}`,
      style: "value",
    })),
    { ref: `A${STEPS.length + 5}`, value: t("app.tpl.yesNo"), style: "note" },
    { ref: `A${STEPS.length + 6}`, value: t("app.tpl.percent"), style: "note" },
  ];
  return {
    name: formatMessage(msg("sheet.instructions"), language),
    role: "instructions",
    cells,
    columnWidths: [110],
    print: {
      area: `A1:A${STEPS.length + 6}`,
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      header: t("app.tpl.title"),
    },
  };
}
