import {
  Decimal,
  formatMessage,
  msg,
  parameterFingerprint,
  type CellRef,
  type GroupAnalysis,
  type GroupInputs,
  type Language,
  type MessageKey,
  type MessageRef,
  type ModelParameters,
} from "../../core";
import { displayRef, sheetCell } from "../a1";
import { AMOUNT_FORMAT } from "../cell-styles";
import { modelSheetLayout, PARAM_COLUMNS } from "../model-sheet/layout";
import type { PlannedCell, SheetPlan } from "../plan";
import type { GroupLayout } from "../read/group";

/** Columns of the member table of the group sheet. */
export const GROUP_COLUMNS = {
  member: "A",
  clientId: "B",
  relation: "C",
  parentStake: "D",
  lookThrough: "E",
  grade: "F",
  condition: "G",
  parentGovernance: "H",
  parentCondition: "I",
  siblingsCondition: "J",
  netAssets: "K",
  existing: "L",
  requested: "M",
  recommended: "N",
  eligible: "O",
  allocated: "P",
  outcome: "Q",
  source: "R",
} as const;

/** The first member row; members follow in tree order. */
export const FIRST_MEMBER_ROW = 8;
const PERCENT = "0.00%";
const STAKE = "0.00####%";

const num = (d: Decimal) => d.toNumber();

/** The cell of a member's value in its table, when the column may be referenced by a formula. */
function inputRef(layout: GroupLayout, key: string, at: CellRef | undefined): string | null {
  const column = layout.members.columns.find((c) => c.key === key);
  if (column === undefined || !column.formulaSafe || at === undefined) return null;
  const row = Number(/\d+$/.exec(at.cell)?.[0] ?? "0");
  return row > 0 ? sheetCell(at.sheet, column.column, row) : null;
}

/**
 * The group sheet (集团评估, group-model.md §6): the structure as an indented tree with
 * look-through stakes; per member its grade, condition, derived F5 inputs, exposures, recommended
 * and allocated limits; the cap calculation; the guarantee findings; the flags with actions; the
 * model version and fingerprints. Stakes, look-through products, sums, cap, headroom and the
 * pro-rata shares (ROUNDDOWN) are live formulas over the group tables and the model sheet, each
 * with the engine's value cached; the rest names its sources.
 * @example groupSheetPlan(analysis, inputs, layout, params, "zh-CN", fp).name // "集团评估"
 */
export function groupSheetPlan(
  analysis: GroupAnalysis,
  inputs: GroupInputs,
  layout: GroupLayout,
  params: ModelParameters,
  language: Language,
  groupFingerprint: string
): SheetPlan {
  const t = (ref: MessageRef) => formatMessage(ref, language);
  const k = (key: MessageKey, params?: Readonly<Record<string, string | number | MessageRef>>) =>
    t(msg(key, params));
  const model = modelSheetLayout(params, language);
  const paramCell = (path: string): string | null => {
    const row = model.parameters.find((p) => p.spec.path === path)?.row;
    return row === undefined ? null : sheetCell(model.sheet, PARAM_COLUMNS.value, row);
  };
  const cells: PlannedCell[] = [];
  const put = (ref: string, value: PlannedCell["value"], extra: Partial<PlannedCell> = {}) =>
    cells.push({ ref, value, ...extra });
  const C = GROUP_COLUMNS;

  put("A1", k("grp.title"), { style: "title" });
  put("A2", k("grp.label.group"), { style: "label" });
  put("B2", analysis.groupName);
  put("A3", k("grp.label.outcome"), { style: "label" });
  put("B3", t(msg(`group.memberOutcome.${analysis.outcome}`)), {
    style:
      analysis.outcome === "proceed" ? "good" : analysis.outcome === "refer" ? "warning" : "bad",
  });
  put("C3", t(analysis.outcomeReason), { style: "note" });
  put("A4", k("grp.label.modelVersion"), { style: "label" });
  put("B4", params.version);
  put("A5", k("grp.label.modelFingerprint"), { style: "label" });
  put("B5", parameterFingerprint(params), { style: "muted" });
  put("A6", k("grp.label.groupFingerprint"), { style: "label" });
  put("B6", groupFingerprint, { style: "muted" });

  const header = FIRST_MEMBER_ROW - 1;
  for (const [key, column] of Object.entries(C))
    put(`${column}${header}`, k(`grp.col.${key}` as MessageKey), { style: "header" });

  // Members in tree order.
  const rowOf = new Map<number, number>();
  analysis.treeOrder.forEach((index, i) => rowOf.set(index, FIRST_MEMBER_ROW + i));
  const lastRow = FIRST_MEMBER_ROW + analysis.treeOrder.length - 1;
  const unitCell =
    paramCell(`limitRounding.unitByCurrency.${analysis.credit.currency}`) ??
    paramCell("limitRounding.defaultUnit");
  // Rows of the cap block (below the members and their total).
  const totalRow = lastRow + 1;
  const capRow = totalRow + 2;
  const R = {
    capital: capRow,
    ratio: capRow + 1,
    cap: capRow + 2,
    existing: capRow + 3,
    headroom: capRow + 4,
    unit: capRow + 5,
    eligible: capRow + 6,
    allocated: capRow + 7,
  };
  const B = (row: number) => `$B$${row}`;

  for (const index of analysis.treeOrder) {
    const m = analysis.members[index]!;
    const input = inputs.members[index]!;
    const row = rowOf.get(index)!;
    const at = (column: string) => `${column}${row}`;
    put(at(C.member), `${"    ".repeat(m.depth)}${m.name}`, {
      style: m.depth === 0 ? "emphasis" : "value",
    });
    put(at(C.clientId), m.clientId ?? "");
    put(at(C.relation), k(`enum.groupRelation.${m.relation}` as MessageKey));
    // Direct stake: a live reference to the Members table (÷100 where written as points).
    const stake = input.parentStake.value;
    const stakeColumn = layout.members.columns.find((c) => c.key === "parentStake");
    const stakeRef = inputRef(layout, "parentStake", input.parentStake.at);
    if (m.relation === "parent") put(at(C.parentStake), null);
    else if (stake === null) put(at(C.parentStake), "—");
    else if (stakeRef !== null)
      put(at(C.parentStake), num(stake), {
        formula: stakeColumn?.form === "points" ? `${stakeRef}/100` : stakeRef,
        numberFormat: STAKE,
      });
    else put(at(C.parentStake), num(stake), { numberFormat: STAKE });
    // Look-through: the product along the chain, as a formula on the direct parent's row.
    const parentRow = m.ancestors[0] === undefined ? undefined : rowOf.get(m.ancestors[0]);
    if (m.relation === "parent") put(at(C.lookThrough), 1, { formula: "1", numberFormat: STAKE });
    else if (m.lookThroughStake === null) put(at(C.lookThrough), "—");
    else
      put(at(C.lookThrough), num(m.lookThroughStake), {
        formula: `${C.parentStake}${row}*${C.lookThrough}${parentRow ?? row}`,
        numberFormat: STAKE,
      });
    put(at(C.grade), m.grade ?? "—");
    put(
      at(C.condition),
      input.condition.value === null
        ? "—"
        : k(`enum.condition.${input.condition.value}` as MessageKey)
    );
    const cond = (c: string | null) => (c === null ? "—" : k(`enum.condition.${c}` as MessageKey));
    put(at(C.parentGovernance), m.depth === 0 ? "" : cond(m.derived.parentGovernance));
    put(at(C.parentCondition), m.depth === 0 ? "" : cond(m.derived.parentCondition));
    put(at(C.siblingsCondition), cond(m.derived.siblingsCondition));
    const amount = (
      column: string,
      key: string,
      value: Decimal | null,
      src: CellRef | undefined
    ) => {
      const ref = inputRef(layout, key, src);
      if (value === null) return put(at(column), null, { numberFormat: AMOUNT_FORMAT });
      return put(at(column), num(value), {
        ...(ref === null ? {} : { formula: ref }),
        numberFormat: AMOUNT_FORMAT,
      });
    };
    amount(C.netAssets, "netAssets", input.netAssets.value, input.netAssets.at);
    amount(C.existing, "existingExposure", input.existingExposure.value, input.existingExposure.at);
    amount(C.requested, "requestedLimit", input.requestedLimit.value, input.requestedLimit.at);
    put(at(C.recommended), num(m.recommendedLimit), { numberFormat: AMOUNT_FORMAT });
    put(at(C.eligible), num(m.eligibleLimit), { numberFormat: AMOUNT_FORMAT });
    // Pro rata when the eligible total exceeds the headroom, each share rounded down to the unit.
    put(at(C.allocated), num(m.allocatedLimit), {
      formula:
        `IF(${B(R.eligible)}<=${B(R.headroom)},${C.eligible}${row},` +
        `IF(${C.eligible}${row}=0,0,ROUNDDOWN(${B(R.headroom)}*${C.eligible}${row}/(${B(R.eligible)}*${B(R.unit)}),0)*${B(R.unit)}))`,
      numberFormat: AMOUNT_FORMAT,
      style: "emphasis",
    });
    put(at(C.outcome), k(`group.memberOutcome.${m.outcome}` as MessageKey));
    put(
      at(C.source),
      m.recommendationBasis === "scorecard"
        ? (m.scoreSource ?? "")
        : k(`grp.basis.${m.recommendationBasis}` as MessageKey)
    );
  }

  // Totals.
  put(`A${totalRow}`, k("grp.label.total"), { style: "label" });
  const credit = analysis.credit;
  const sumOf = (column: string, value: Decimal) =>
    put(`${column}${totalRow}`, num(value), {
      formula: `SUM(${column}${FIRST_MEMBER_ROW}:${column}${lastRow})`,
      numberFormat: AMOUNT_FORMAT,
      style: "emphasis",
    });
  sumOf(C.existing, credit.existingTotal);
  sumOf(C.requested, credit.requestedTotal);
  sumOf(C.recommended, credit.recommendedTotal);
  sumOf(C.eligible, credit.eligibleTotal);
  sumOf(C.allocated, credit.allocatedTotal);

  // The cap calculation.
  put(`A${capRow - 1}`, k("grp.section.cap"), { style: "subtitle" });
  const capitalAt = inputs.profile.bankNetCapital.at;
  const capitalSafe =
    layout.profileItems["bankNetCapital"]?.formulaSafe === true && capitalAt !== undefined;
  const line = (
    row: number,
    label: string,
    value: Decimal,
    formula: string | null,
    note: string,
    format = AMOUNT_FORMAT
  ) => {
    put(`A${row}`, label, { style: "label" });
    put(`B${row}`, num(value), { ...(formula === null ? {} : { formula }), numberFormat: format });
    put(`C${row}`, note, { style: "note" });
  };
  line(
    R.capital,
    k("grp.cap.capital", { base: msg(`capitalBase.${params.group.capitalBase}`) }),
    credit.bankNetCapital,
    capitalSafe
      ? sheetCell(
          capitalAt.sheet,
          capitalAt.cell.replace(/\d+$/, ""),
          Number(/\d+$/.exec(capitalAt.cell)?.[0])
        )
      : null,
    capitalAt === undefined ? "" : displayRef(capitalAt.sheet, capitalAt.cell)
  );
  const ratioCell = paramCell("group.groupCapRatio");
  line(R.ratio, k("grp.cap.ratio"), credit.capRatio, ratioCell, "group.groupCapRatio", PERCENT);
  line(R.cap, k("grp.cap.cap"), credit.cap, `B${R.ratio}*B${R.capital}`, "");
  line(R.existing, k("grp.cap.existing"), credit.existingTotal, `${C.existing}${totalRow}`, "");
  line(R.headroom, k("grp.cap.headroom"), credit.headroom, `MAX(0,B${R.cap}-B${R.existing})`, "");
  line(R.unit, k("grp.cap.unit"), credit.roundingUnit, unitCell, credit.currency);
  line(R.eligible, k("grp.cap.eligible"), credit.eligibleTotal, `${C.eligible}${totalRow}`, "");
  line(
    R.allocated,
    k("grp.cap.allocated"),
    credit.allocatedTotal,
    `${C.allocated}${totalRow}`,
    t(credit.explanation)
  );

  // Findings and flags.
  let row = R.allocated + 2;
  put(`A${row}`, k("grp.section.findings"), { style: "subtitle" });
  row++;
  if (analysis.findings.length === 0) put(`A${row++}`, k("grp.none"), { style: "note" });
  for (const f of analysis.findings) {
    put(`A${row}`, k(`grp.finding.${f.id}` as MessageKey), { style: "warning" });
    put(`B${row}`, t(f.message));
    put(`C${row}`, t(f.action), { style: "note" });
    put(`D${row}`, f.sources.map((s) => displayRef(s.sheet, s.cell)).join("; "), {
      style: "muted",
    });
    row++;
  }
  row++;
  put(`A${row}`, k("grp.section.flags"), { style: "subtitle" });
  row++;
  if (analysis.flags.length === 0) put(`A${row++}`, k("grp.none"), { style: "note" });
  for (const f of analysis.flags) {
    put(`A${row}`, k(`grp.flag.${f.id}` as MessageKey), { style: "warning" });
    put(`B${row}`, t(f.message));
    put(`C${row}`, t(f.action), { style: "note" });
    put(`D${row}`, f.sources.map((s) => displayRef(s.sheet, s.cell)).join("; "), {
      style: "muted",
    });
    row++;
  }
  return {
    name: k("sheet.group"),
    role: "group",
    cells,
    columnWidths: [34, 18, 16, 12, 12, 8, 10, 12, 12, 12, 16, 16, 16, 16, 16, 16, 14, 28],
    freeze: { rows: FIRST_MEMBER_ROW - 1, columns: 1 },
  };
}
