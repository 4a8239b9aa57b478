import { ModelInvariantError, msg, type CellRef } from "../../../core";
import type { HoldingUnit, OwnershipAnalysis } from "../../../core/ownership";
import { majorHolderDistress } from "../../../core/factors/f2-ownership-concentration";
import {
  columnRef,
  profileRef,
  rowCellRef,
  sourcesText,
  tableDisplay,
  yesWordRef,
  YES_WORD_FORMULA_LAYOUT,
  type ScorecardContext,
} from "../context";
import { asFraction, enumLabel, isYes, sumAsFraction } from "../formula";
import { PARENT_CONTROL_ABOVE, subsidiaryConcentration } from "../../../core/factors/f2-subsidiary";
import type { GroupParameterValues } from "../../../core/params/group";
import { GROUP_INPUTS_LAYOUT } from "../../versions";
import { GROUP_BLOCK } from "../sections/group-inputs";
import { PERCENT, type Quantity } from "../quantity";
import { note, numberItem, type FactorFormulaBuilder } from "./common";

/**
 * F2: top-3 holdings (a formula over the stake column unless concert groups must be aggregated
 * first), the controlling holder's distress, the proposal counts, and the full rule as the
 * points formula. The stake sum and the holdings of type "other" (for the ownership knock-out)
 * are shown here too.
 * @example f2Formulas(ctx, factor).points(resolve) // "IF(B70>…concentratedAbove…,IF(B72,…),…)"
 */
export const f2Formulas: FactorFormulaBuilder = (ctx) => {
  const ownership = ctx.ownership;
  if (ownership === null || ownership.principal === null)
    throw new ModelInvariantError("F2 scored without holders");
  const stakes = columnRef(ctx, "shareholders", "stake");
  const types = columnRef(ctx, "shareholders", "type");
  const table = tableDisplay(ctx, "shareholders");
  const rows = ctx.inputs.shareholders?.rows ?? [];
  const groupsUsed = rows.some((r) => (r.concertGroup?.value ?? "").trim() !== "");
  const t = ctx.t;

  const top3Base = {
    id: "F2.top3",
    label: t(msg("measure.top3")),
    value: ownership.top3.toNumber(),
    numberFormat: PERCENT,
  };
  const top3: Quantity =
    groupsUsed || stakes === null || !stakes.safe
      ? {
          ...top3Base,
          note: groupsUsed
            ? note.concert(ctx, stakes?.display ?? table)
            : note.notSafe(ctx, stakes?.display ?? table),
        }
      : {
          ...top3Base,
          formula: () =>
            sumAsFraction(
              [1, 2, 3].map((k) => `IFERROR(LARGE(${stakes.range},${k}),0)`).join("+"),
              stakes.form
            ),
          note: stakes.display,
        };

  const stakeSumBase = {
    id: "F2.stakeSum",
    label: t(msg("measure.stakeSum")),
    value: ownership.stakeSum.toNumber(),
    numberFormat: PERCENT,
  };
  const stakeSum: Quantity =
    stakes === null || !stakes.safe
      ? { ...stakeSumBase, note: note.notSafe(ctx, stakes?.display ?? table) }
      : {
          ...stakeSumBase,
          formula: () => sumAsFraction(`SUM(${stakes.range})`, stakes.form),
          note: stakes.display,
        };

  const otherBase = {
    id: "F2.otherStake",
    label: t(msg("measure.otherTypeStake")),
    value: ownership.otherTypeStake.toNumber(),
    numberFormat: PERCENT,
  };
  const criteria = distinctForms(ctx.model.lookups.shareholderType.forms["other"] ?? []);
  const otherStake: Quantity =
    stakes === null || types === null || !stakes.safe || !types.safe
      ? { ...otherBase, note: note.notSafe(ctx, table) }
      : {
          ...otherBase,
          formula: () =>
            sumAsFraction(
              criteria.map((c) => `SUMIF(${types.range},${c},${stakes.range})`).join("+"),
              stakes.form
            ),
          note: `${types.display}, ${stakes.display}`,
        };

  const submitted = numberItem(
    ctx,
    "F2.submitted",
    "proposalsSubmitted",
    t(msg("item.proposalsSubmitted"))
  );
  const rejected = numberItem(
    ctx,
    "F2.rejected",
    "proposalsRejected",
    t(msg("item.proposalsRejected"))
  );
  const sub = ctx.inputs.profile.proposalsSubmitted?.value ?? null;
  const rej = ctx.inputs.profile.proposalsRejected?.value ?? null;
  const rate: Quantity = {
    id: "F2.rejectionRate",
    label: t(msg("measure.rejectionRate")),
    value: sub !== null && rej !== null && sub.gt(0) ? rej.div(sub).toNumber() : "",
    numberFormat: PERCENT,
    formula: (q) =>
      `IF(AND(ISNUMBER(${q("F2.rejected")}),ISNUMBER(${q("F2.submitted")})),IF(${q("F2.submitted")}>0,${q("F2.rejected")}/${q("F2.submitted")},""),"")`,
    note: note.derived(ctx),
  };

  const p = (path: string) => ctx.param(`f2.${path}`);
  const groupLevel = groupLevelQuantities(ctx, ownership, groupsUsed);
  return {
    quantities: [
      top3,
      {
        id: "F2.top3Holders",
        label: t(msg("measure.top3Holders")),
        value: ownership.top3Units.map((u) => u.name).join(", "),
        note: note.engine(ctx, stakes?.display ?? table),
      },
      distressQuantity(ctx, ownership, ownership.principal),
      submitted,
      rejected,
      rate,
      stakeSum,
      otherStake,
      ...groupLevel,
    ],
    covered: [
      "top3",
      "top3Holders",
      "proposals",
      "rejectionRate",
      ...(groupLevel.length > 0 ? ["groupLevel"] : []),
    ],
    points: (q) => {
      const [top3Cell, distressed, s, r] = [
        q("F2.top3"),
        q("F2.distressed"),
        q("F2.submitted"),
        q("F2.rejected"),
      ];
      const noData = `NOT(AND(ISNUMBER(${s}),ISNUMBER(${r})))`;
      const rarelyRejected = `AND(${s}>=${p("minProposals")},${r}<ROUND(${p("lowRejectionBelow")}*${s},10))`;
      const dispersed = `IF(OR(${noData},${rarelyRejected}),${p("dispersedUnconstrainedPoints")},${p("dispersedConstrainedPoints")})`;
      // groupLevel (layout 4): a subsidiary whose controlling holder is the group parent scores as balanced.
      const concentrated =
        groupLevel.length > 0
          ? `IF(${q("F2.groupLevel")},${p("balancedPoints")},${p("concentratedPoints")})`
          : p("concentratedPoints");
      return (
        `IF(${top3Cell}>${p("concentratedAbove")},` +
        `IF(${distressed},${p("concentratedDistressedPoints")},${concentrated}),` +
        `IF(${top3Cell}<${p("dispersedBelow")},${dispersed},${p("balancedPoints")}))`
      );
    },
  };
};

/** Forms of an enum value that differ ignoring case ("other" and "Other" count once in a SUMIF). */
function distinctForms(forms: readonly { ref: string; text: string }[]): string[] {
  const seen = new Set<string>();
  const refs: string[] = [];
  for (const form of forms) {
    const key = form.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(form.ref);
  }
  return refs;
}

/**
 * Is the controlling (or largest) holder in distress: the two profile items, a pledge above the
 * threshold or a freeze on its row. A formula when the holder is a single row and every cell
 * involved is formula-safe; otherwise the engine's verdict.
 */
function distressQuantity(
  ctx: ScorecardContext,
  ownership: OwnershipAnalysis,
  principal: HoldingUnit
): Quantity {
  const evidence = majorHolderDistress({
    inputs: ctx.inputs,
    params: ctx.params,
    ownership,
    board: ctx.board,
  });
  const base = {
    id: "F2.distressed",
    label: ctx.t(msg("sc.measure.distressed")),
    value: evidence.evidence.length > 0,
  };
  const table = tableDisplay(ctx, "shareholders");
  // Layout 3 traces a concert group's distress too: every member's pledge and freeze cells.
  const traced = ctx.layoutVersion >= YES_WORD_FORMULA_LAYOUT;
  if (principal.isConcertGroup && !traced) return { ...base, note: note.concert(ctx, table) };
  const terms: string[] = [];
  const sources: CellRef[] = [];
  for (const key of ["majorHolderDistress", "majorHolderLargeDeal"] as const) {
    const ref = yesWordRef(ctx, key) ?? profileRef(ctx, key);
    if (ref.kind === "engine") return { ...base, note: note.notSafe(ctx, table) };
    if (ref.kind === "formula") {
      terms.push(isYes(ref.ref, ctx.model.yesWords));
      sources.push(ref.at);
    }
  }
  for (const member of traced ? principal.members : principal.members.slice(0, 1)) {
    if (member.pledgedShare !== undefined) {
      const cell = rowCellRef(ctx, "shareholders", "pledgedShare", member.pledgedShare);
      if (cell === null) return { ...base, note: note.notSafe(ctx, table) };
      terms.push(`${asFraction(cell.ref, cell.form)}>${ctx.param("f2.pledgedDistressAbove")}`);
      if (member.pledgedShare.at !== undefined) sources.push(member.pledgedShare.at);
    }
    if (member.frozen !== undefined) {
      const cell = rowCellRef(ctx, "shareholders", "frozen", member.frozen);
      if (cell === null) return { ...base, note: note.notSafe(ctx, table) };
      terms.push(isYes(cell.ref, ctx.model.yesWords));
      if (member.frozen.at !== undefined) sources.push(member.frozen.at);
    }
  }
  if (terms.length === 0) return { ...base, note: note.engine(ctx, table) };
  return {
    ...base,
    formula: () => `OR(${terms.join(",")})`,
    note: sourcesText(sources),
  };
}

/**
 * F2's group-level figures (layout 4 on, when `f2SubsidiaryConcentration` is `groupLevel`): is
 * the controlling holder the group parent (with the group workbook: the engine's match of the
 * register's largest holder with the direct parent recorded in the group block; alone: a formula,
 * the largest stake above 50%), and is the one-voice-board rule therefore judged at group level
 * (a formula over the parameter, the position and the first figure). None otherwise.
 */
function groupLevelQuantities(
  ctx: ScorecardContext,
  ownership: OwnershipAnalysis,
  groupsUsed: boolean
): Quantity[] {
  const group = (ctx.params as { readonly group?: GroupParameterValues }).group;
  if (ctx.layoutVersion < GROUP_INPUTS_LAYOUT || group?.f2SubsidiaryConcentration !== "groupLevel")
    return [];
  const decided = subsidiaryConcentration({
    inputs: ctx.inputs,
    params: ctx.params,
    ownership,
    board: ctx.board,
  });
  const t = ctx.t;
  const stakes = columnRef(ctx, "shareholders", "stake");
  const table = tableDisplay(ctx, "shareholders");
  const record = ctx.inputs.group;
  const parentBase = {
    id: "F2.parentControl",
    label: t(msg("sc.measure.f2ParentControl")),
    value: decided?.parentControl ?? false,
  };
  let parentControl: Quantity;
  if (record !== undefined) {
    const block = ctx.groupBlock;
    const source = block === null ? table : `B${block.firstRow + GROUP_BLOCK.parent}, ${table}`;
    parentControl = {
      ...parentBase,
      note: t(msg("sc.note.f2ParentGroup", { parent: record.parentName ?? "—", source })),
    };
  } else if (groupsUsed || stakes === null || !stakes.safe) {
    parentControl = {
      ...parentBase,
      value: ownership.principal?.stake.gt(PARENT_CONTROL_ABOVE) ?? false,
      note: groupsUsed ? note.concert(ctx, stakes?.display ?? table) : note.notSafe(ctx, table),
    };
  } else {
    parentControl = {
      ...parentBase,
      value: ownership.principal?.stake.gt(PARENT_CONTROL_ABOVE) ?? false,
      formula: () =>
        `${sumAsFraction(`MAX(${stakes.range})`, stakes.form)}>${PARENT_CONTROL_ABOVE.toString()}`,
      note: t(msg("sc.note.f2ParentAlone", { source: stakes.display })),
    };
  }
  const position = profileRef(ctx, "groupPosition");
  const positions = ctx.model.lookups.groupPosition;
  const levelBase = {
    id: "F2.groupLevel",
    label: t(msg("sc.measure.f2GroupLevel")),
    value: decided?.groupLevel ?? false,
  };
  const levelQuantity: Quantity =
    position.kind === "formula"
      ? {
          ...levelBase,
          formula: (q) => {
            const label = enumLabel(position.ref, positions);
            const subsidiary = ["whollyOwned", "controlled"]
              .map((k) => `${label}=${positions.label[k] ?? '""'}`)
              .join(",");
            return `AND(${ctx.param("group.f2SubsidiaryConcentration")}="groupLevel",OR(${subsidiary}),${q("F2.parentControl")})`;
          },
          note: note.derived(ctx),
        }
      : {
          ...levelBase,
          note:
            position.kind === "absent"
              ? note.notInProfile(ctx)
              : note.notSafe(
                  ctx,
                  position.at === undefined ? "" : `${position.at.sheet}!${position.at.cell}`
                ),
        };
  return [parentControl, levelQuantity];
}
