import { msg } from "../../../core";
import { displayRef } from "../../model-sheet";
import type { ScorecardContext } from "../context";
import { LAST_COLUMN } from "../layout";
import type { SheetCells } from "../sheet-cells";
import { AUDIT_EVENT_FORMAT, VERSIONED_LAYOUT, WORDING_LAYOUT } from "../../versions";
import { shownTime } from "../../shown-time";

/**
 * Title, client and model: who was scored, when, with which model and which inputs.
 * @example writeHeader(ctx, cells) // A1 title, B4 client name, B8 model fingerprint
 */
export function writeHeader(ctx: ScorecardContext, cells: SheetCells): void {
  const { t, result } = ctx;
  cells.value("A1", t(msg("sc.title")), "title");
  cells.merge(`A1:${LAST_COLUMN}1`);
  cells.value(
    "A2",
    t(msg("sc.subtitle", { time: timeText(ctx, ctx.generatedAt), version: modelVersionText(ctx) })),
    "muted"
  );
  cells.merge(`A2:${LAST_COLUMN}2`);
  cells.section(ctx.fixed.clientSection, t(msg("sc.section.client")));
  const rows = [
    [ctx.fixed.clientName, "sc.label.clientName", result.clientName ?? ""],
    [ctx.fixed.clientId, "sc.label.clientId", result.clientId ?? ""],
    [ctx.fixed.date, "sc.label.date", ctx.generatedAt],
    [ctx.fixed.modelVersion, "sc.label.modelVersion", modelVersionText(ctx)],
    [ctx.fixed.modelFingerprint, "sc.label.modelFingerprint", result.modelFingerprint],
    [ctx.fixed.inputFingerprint, "sc.label.inputFingerprint", result.inputFingerprint],
  ] as const;
  for (const [row, label, value] of rows) {
    cells.value(`A${row}`, t(msg(label)), "label");
    if (row === ctx.fixed.date && ctx.layoutVersion >= WORDING_LAYOUT)
      cells.time(row, value, timeText(ctx, value), "value");
    else cells.wide(row, value, "value");
  }
  const policyCell = ctx.param("missingData.policy");
  cells.value(`A${ctx.fixed.missingDataPolicy}`, t(msg("sc.label.missingDataPolicy")), "label");
  cells.value(
    `B${ctx.fixed.missingDataPolicy}`,
    t(msg(`policy.${result.missingDataPolicy}`)),
    "value"
  );
  cells.value(`E${ctx.fixed.missingDataPolicy}`, modelNote(ctx, policyCell), "note");
  if (ctx.layoutVersion >= VERSIONED_LAYOUT) {
    const row = ctx.fixed.versions;
    cells.value(`A${row}`, t(msg("sc.label.versions")), "label");
    cells.value(`B${row}`, ctx.layoutVersion, "muted", "0");
    cells.value(`C${row}`, ctx.params.schemaVersion, "muted", "0");
    cells.value(`D${row}`, AUDIT_EVENT_FORMAT, "muted", "0");
    cells.value(`E${row}`, t(msg("sc.note.versions")), "note");
  }
}

/**
 * A recorded time as the sheet shows it: layout 4 on "2026-12-03 15:04（北京时间）", before it the
 * ISO text itself.
 */
export function timeText(ctx: ScorecardContext, iso: string): string {
  return ctx.layoutVersion >= WORDING_LAYOUT ? shownTime(iso, ctx.language) : iso;
}

/** The model version label, and that its parameters are non-standard when they are. */
function modelVersionText(ctx: ScorecardContext): string {
  const version = ctx.result.modelVersion;
  return ctx.standing?.status.status === "nonStandard"
    ? ctx.t(msg("sc.modelVersion.nonStandard", { version }))
    : version;
}

/**
 * "model: 评分模型!C77" for a model-sheet cell.
 * @example modelNote(ctx, "'评分模型'!$C$77") // "评分模型：评分模型!C77"
 */
export function modelNote(ctx: ScorecardContext, absolute: string): string {
  return ctx.t(msg("sc.note.model", { source: modelCellText(absolute) }));
}

/** A model-sheet cell as a person reads it: "'评分模型'!$C$90" → "评分模型!C90". */
export function modelCellText(absolute: string): string {
  const m = /^'((?:[^']|'')*)'!\$?([A-Z]+)\$?(\d+)$/.exec(absolute);
  return m === null ? absolute : displayRef((m[1] ?? "").replace(/''/g, "'"), `${m[2]}${m[3]}`);
}
