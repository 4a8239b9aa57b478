import { ACTION_KINDS, msg, type FactorResult } from "../../../core";

/** The first layout that splits a flag's actions into due-diligence requirements and conditions. */
const ACTION_KINDS_LAYOUT = 3;
import { sourcesText, type ScorecardContext } from "../context";
import type { FactorFormulas } from "../factors";
import type { Resolve } from "../quantity";
import { writeQuantity, type SheetCells } from "../sheet-cells";

/** Where each factor's block and figures go, decided before any formula is written. */
export interface DetailsLayout {
  readonly sectionRow: number;
  readonly blocks: readonly {
    readonly factor: FactorResult;
    readonly formulas: FactorFormulas;
    readonly titleRow: number;
    readonly headerRow: number | null;
    readonly quantityRows: readonly number[];
    readonly ruleRow: number;
    readonly noteRows: readonly number[];
    readonly sourcesRow: number;
  }[];
  /** Quantity id → its row. */
  readonly rows: ReadonlyMap<string, number>;
  /** The first free row after the blocks. */
  readonly nextRow: number;
}

/**
 * Rows of every factor block, decided before any formula is written (formulas refer across blocks).
 * @example layoutDetails(59, factors).rows.get("F2.top3") // 70
 */
export function layoutDetails(
  firstRow: number,
  factors: readonly { factor: FactorResult; formulas: FactorFormulas }[]
): DetailsLayout {
  const rows = new Map<string, number>();
  let row = firstRow + 1;
  const blocks = factors.map(({ factor, formulas }) => {
    const titleRow = row++;
    const headerRow = formulas.quantities.length > 0 ? row++ : null;
    const quantityRows = formulas.quantities.map((q) => {
      rows.set(q.id, row);
      return row++;
    });
    const ruleRow = row++;
    const noteRows = factor.notes.map(() => row++);
    const sourcesRow = row++;
    row++;
    return { factor, formulas, titleRow, headerRow, quantityRows, ruleRow, noteRows, sourcesRow };
  });
  return { sectionRow: firstRow, blocks, rows, nextRow: row };
}

/**
 * Each factor: its figures (formulas or engine values with their sources), the rule, the notes, the
 * cells read.
 * @example writeDetails(ctx, cells, layoutDetails(59, factors), resolve)
 */
export function writeDetails(
  ctx: ScorecardContext,
  cells: SheetCells,
  layout: DetailsLayout,
  resolve: Resolve
): void {
  const { t } = ctx;
  cells.section(layout.sectionRow, t(msg("sc.section.details")));
  for (const block of layout.blocks) {
    const { factor } = block;
    cells.value(`A${block.titleRow}`, `${factor.id} ${t(factor.name)}`, "subtitle");
    cells.value(
      `E${block.titleRow}`,
      t(msg(factor.status === "scored" ? "sc.status.scored" : "sc.status.missing")),
      factor.status === "scored" ? "muted" : "warning"
    );
    if (block.headerRow !== null) {
      cells.value(`A${block.headerRow}`, t(msg("sc.header.measure")), "header");
      cells.value(`B${block.headerRow}`, t(msg("sc.header.value")), "header");
      cells.value(`E${block.headerRow}`, t(msg("sc.header.source")), "header");
    }
    block.formulas.quantities.forEach((q, i) =>
      writeQuantity(cells, block.quantityRows[i] ?? 0, q, resolve)
    );
    cells.value(`A${block.ruleRow}`, t(msg("sc.label.rule")), "label");
    cells.wide(block.ruleRow, t(factor.rule), factor.status === "scored" ? "value" : "warning");
    factor.notes.forEach((n, i) => {
      const row = block.noteRows[i] ?? 0;
      cells.value(`A${row}`, t(msg("sc.label.ruleNote")), "label");
      cells.wide(row, t(n), "warning");
    });
    cells.value(`A${block.sourcesRow}`, t(msg("sc.label.sources")), "label");
    cells.wide(block.sourcesRow, sourcesText(factor.sources, 12), "muted");
  }
}

/**
 * Red flags, each followed by its due-diligence actions. Returns the next free row.
 * @example writeFlags(ctx, cells, 120) // 131, the first row after the flags
 */
export function writeFlags(ctx: ScorecardContext, cells: SheetCells, firstRow: number): number {
  const { t, result } = ctx;
  cells.section(firstRow, t(msg("sc.section.flags")));
  let row = firstRow + 1;
  if (result.flags.length === 0) {
    cells.wide(row++, t(msg("sc.flags.none")), "muted");
    return row + 1;
  }
  for (const flag of result.flags) {
    cells.value(`A${row}`, flag.factor ?? "—", "label");
    cells.value(`B${row}`, t(flag.title), "bad");
    cells.merge(`B${row}:D${row}`);
    cells.value(`E${row}`, sourcesText(flag.sources), "muted");
    row++;
    // Layout 3 lists the due-diligence requirements, then the credit conditions, each labelled.
    const split = ctx.layoutVersion >= ACTION_KINDS_LAYOUT;
    const groups = split
      ? ACTION_KINDS.map((kind) => ({
          label: msg(`sc.label.action.${kind}`),
          actions: flag.actions.filter((a) => a.kind === kind),
        }))
      : [{ label: msg("sc.label.actions"), actions: flag.actions }];
    for (const group of groups)
      group.actions.forEach((action, i) => {
        if (i === 0) cells.value(`A${row}`, t(group.label), "label");
        cells.wide(row, t(action.text), "value");
        row++;
      });
  }
  return row + 1;
}

/**
 * Every blank that mattered, with its factor and cell. Returns the last row written.
 * @example writeGaps(ctx, cells, 131) // 134
 */
export function writeGaps(ctx: ScorecardContext, cells: SheetCells, firstRow: number): number {
  const { t, result } = ctx;
  cells.section(firstRow, t(msg("sc.section.gaps")));
  let row = firstRow + 1;
  if (result.gaps.length === 0) {
    cells.wide(row, t(msg("sc.gaps.none")), "muted");
    return row;
  }
  for (const gap of result.gaps) {
    cells.value(`A${row}`, gap.factor ?? "—", "label");
    cells.value(`B${row}`, t(gap.message), "warning");
    cells.merge(`B${row}:D${row}`);
    if (gap.at !== undefined) cells.value(`E${row}`, sourcesText([gap.at]), "muted");
    row++;
  }
  return row - 1;
}
